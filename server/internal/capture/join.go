package capture

import (
	"context"
	"errors"
	"sync"
)

// Join runs several sources as one: the TCP server beside libpcap or the
// UDP server. The Handler is called by one source at a time. Run returns
// when ctx is done or the first source ends (the others are stopped), with
// every source's error; Close closes them all.
func Join(sources ...Source) Source { return joined(sources) }

type joined []Source

func (j joined) Run(ctx context.Context, h Handler) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var mu sync.Mutex
	one := func(p *Packet) {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() == nil { // a Handler may have cancelled the context
			h(p)
		}
	}
	errs := make([]error, len(j))
	var wg sync.WaitGroup
	for i, s := range j {
		wg.Go(func() {
			defer stop()
			errs[i] = s.Run(ctx, one)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (j joined) Close() error {
	errs := make([]error, len(j))
	for i, s := range j {
		errs[i] = s.Close()
	}
	return errors.Join(errs...)
}

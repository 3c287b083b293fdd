package daemon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync/atomic"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
)

// The stock fwknopd exits when the interface it sniffs goes down
// (EXIT_AT_INTF_DOWN, default Y: pcap_dispatch fails with ENETDOWN), so
// that a supervisor restarts it on an interface that works. libpcap does
// not always report that to Sesame's capture (a down interface just goes
// quiet), so the daemon watches the interface's flags instead.

// intfPollInterval is how often the sniffed interface is looked at.
const intfPollInterval = time.Second

// errIntfDown ends a run whose sniffed interface went down.
var errIntfDown = errors.New("the sniffed interface went down (EXIT_AT_INTF_DOWN Y)")

// intfFlags returns an interface's flags; a test replaces it.
type intfFlags func(name string) (net.Flags, error)

func systemIntfFlags(name string) (net.Flags, error) {
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return 0, err
	}
	return ifi.Flags, nil
}

// watchInterface polls name every interval until ctx is done, and calls
// down once with the reason when the interface is gone or no longer up.
func watchInterface(ctx context.Context, name string, interval time.Duration, flags intfFlags, down func(reason string)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		f, err := flags(name)
		switch {
		case err != nil:
			down(fmt.Sprintf("[*] Fatal error from pcap_dispatch: interface %s: %v", name, err))
			return
		case f&net.FlagUp == 0:
			down(fmt.Sprintf("[*] Fatal error from pcap_dispatch: interface %s is down", name))
			return
		}
	}
}

// startIntfWatch watches the sniffed interface when EXIT_AT_INTF_DOWN asks
// for it (libpcap on a named interface), stopping the run when it goes
// down; the returned function turns the run's end into errIntfDown then.
func startIntfWatch(ctx context.Context, opts Options, srv *config.Server, log *Logger, stop context.CancelFunc) func(error) error {
	if !srv.ExitAtIntfDown || opts.PCAPFile != "" || opts.UDPServer || srv.EnableUDPServer || srv.PCAPIntf == "any" {
		return func(err error) error { return err }
	}
	var down atomic.Bool
	go watchInterface(ctx, srv.PCAPIntf, intfPollInterval, systemIntfFlags, func(reason string) {
		log.Warnf("%s; exiting (EXIT_AT_INTF_DOWN Y)", reason)
		down.Store(true)
		stop()
	})
	return func(err error) error {
		if err == nil && down.Load() {
			return errIntfDown
		}
		return err
	}
}

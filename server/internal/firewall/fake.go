package firewall

import (
	"context"
	"sync"
	"time"
)

// Fake is a Firewall in memory with the contract of IPTables, for tests of
// the packages that use a Firewall. Like the kernel's tables, its state
// outlives any one user: a test simulates a daemon restart by handing the
// same Fake to the new daemon, which calls Init again.
type Fake struct {
	cfg Config

	mu     sync.Mutex
	ready  bool
	grants map[key]int64 // expiry by access
	fail   error
}

var _ Firewall = (*Fake)(nil)

// NewFake returns an empty Fake that accepts the grants cfg allows (NAT,
// IPv6); chain names do not matter to it.
func NewFake(cfg Config) *Fake {
	return &Fake{cfg: cfg, grants: make(map[key]int64)}
}

// Fail makes every later call return err, as a failing iptables command
// would, until Fail(nil). Nothing changes while it fails.
func (f *Fake) Fail(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = err
}

// Init marks the Fake initialized; grants already there stay.
func (f *Fake) Init(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	f.ready = true
	return nil
}

// Initialized reports whether Init was called, and no Flush since: List,
// which needs no Init, cannot tell.
func (f *Fake) Initialized() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ready
}

// check returns why a call cannot go ahead: an injected failure, or no Init.
func (f *Fake) check() error {
	if f.fail != nil {
		return f.fail
	}
	if !f.ready {
		return ErrNotInitialized
	}
	return nil
}

// Grant records g, or extends the same access to the later expiry.
func (f *Fake) Grant(_ context.Context, g Grant) error {
	g, err := normalize(f.cfg, g, true)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return err
	}
	k := keyOf(g)
	f.grants[k] = max(f.grants[k], g.Expires.Unix())
	return nil
}

// Revoke forgets the access g names.
func (f *Fake) Revoke(_ context.Context, g Grant) error {
	g, err := normalize(f.cfg, g, false)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return err
	}
	k := keyOf(g)
	if _, ok := f.grants[k]; !ok {
		return ErrNotGranted
	}
	delete(f.grants, k)
	return nil
}

// Expire forgets the grants due at now.
func (f *Fake) Expire(_ context.Context, now time.Time) ([]Grant, time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, time.Time{}, err
	}
	var removed []Grant
	var next time.Time
	for k, exp := range f.grants {
		g := k.grant(exp)
		if exp <= now.Unix() {
			removed = append(removed, g)
			delete(f.grants, k)
		} else if next.IsZero() || g.Expires.Before(next) {
			next = g.Expires
		}
	}
	sortGrants(removed)
	return removed, next, nil
}

// List returns the grants, sorted as IPTables sorts them. Like IPTables'
// it needs no Init.
func (f *Fake) List(context.Context) ([]Grant, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	gs := make([]Grant, 0, len(f.grants))
	for k, exp := range f.grants {
		gs = append(gs, k.grant(exp))
	}
	sortGrants(gs)
	return gs, nil
}

// Flush forgets every grant; Init is needed again.
func (f *Fake) Flush(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	clear(f.grants)
	f.ready = false
	return nil
}

package daemon

import (
	"context"
	"net/netip"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// grantReq asks the firewall worker to open access for an accepted packet;
// the worker logs the decision once it knows the outcome.
type grantReq struct {
	ev     Event
	grants []firewall.Grant
}

// CheckInterval is how often the firewall worker asks a backend that can
// repair itself (nftables) whether the administrator's ruleset reload took
// its sets away.
const CheckInterval = 5 * time.Second

// checkTimeout bounds one such check.
const checkTimeout = 2 * time.Second

// checker is a Firewall that notices and repairs missing pieces of its own
// (*firewall.NFTables).
type checker interface {
	Check(ctx context.Context) (restored bool, err error)
}

// withPrefix widens the decision's grants to its source prefix when
// GRANT_PREFIX_V4/V6 makes that wider than one address; host grants stay
// plain, as they are read back and logged. The grants belong to the
// decision, so they are changed in place.
func withPrefix(gs []firewall.Grant, p netip.Prefix) []firewall.Grant {
	if !widens(p) {
		return gs
	}
	for i := range gs {
		gs[i].SourcePrefix = p
	}
	return gs
}

// widens reports whether p, a decision's SourcePrefix, is wider than one
// address.
func widens(p netip.Prefix) bool { return p.IsValid() && p.Bits() < p.Addr().BitLen() }

// fwWorker is the only goroutine that changes the firewall. It adds grants
// and removes them when due, with one timer set to the earliest expiry that
// Firewall.Expire reports: no polling for expiry, and no grant outlives its
// time by more than the timer's latency.
type fwWorker struct {
	fw    firewall.Firewall
	clock Clock
	log   *Logger
	reqs  chan grantReq
	timer Timer
	next  time.Time // earliest pending expiry; zero: none
}

func newFWWorker(fw firewall.Firewall, clock Clock, log *Logger) *fwWorker {
	t := clock.NewTimer(time.Hour)
	t.Stop()
	return &fwWorker{fw: fw, clock: clock, log: log, reqs: make(chan grantReq, 64), timer: t}
}

// start prepares the firewall: the chains, then the grants already live in
// it (left by an earlier run, a crash, or the stock daemon), which are
// reported and either removed now, if their time has passed, or scheduled.
func (w *fwWorker) start(ctx context.Context, flushFirst bool) error {
	if flushFirst {
		if err := w.fw.Flush(ctx); err != nil {
			return err
		}
	}
	if err := w.fw.Init(ctx); err != nil {
		return err
	}
	live, err := w.fw.List(ctx)
	if err != nil {
		return err
	}
	now := w.clock.Now()
	for _, g := range live {
		w.log.Warnf("live grant found at start: %s (%s left)", g, max(0, g.Expires.Sub(now)).Truncate(time.Second))
	}
	return w.expire(ctx)
}

// run serves grant requests and expiries, and checks a self-repairing
// firewall every CheckInterval, until reqs is closed and drained or ctx
// ends.
func (w *fwWorker) run(ctx context.Context) {
	defer w.timer.Stop()
	ck, _ := w.fw.(checker)
	check := w.clock.NewTimer(CheckInterval)
	defer check.Stop()
	if ck == nil {
		check.Stop()
	}
	for {
		select {
		case <-ctx.Done():
			return
		case r, ok := <-w.reqs:
			if !ok {
				return
			}
			w.grant(ctx, r)
		case <-w.timer.C():
			if err := w.expire(ctx); err != nil {
				w.log.Warnf("removing expired grants: %v (retrying in 1s)", err)
				w.timer.Reset(time.Second)
			}
		case <-check.C():
			w.check(ctx, ck)
			check.Reset(CheckInterval)
		}
	}
}

// check asks the firewall to put back what a ruleset reload removed.
func (w *fwWorker) check(ctx context.Context, ck checker) {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	restored, err := ck.Check(ctx)
	switch {
	case err != nil:
		w.log.Warnf("firewall check: %v (next check in %s)", err, CheckInterval)
	case restored:
		w.log.Warnf("firewall check: Sesame's sets or rule were missing (ruleset reloaded?); put back with the live grants on record")
	}
}

func (w *fwWorker) grant(ctx context.Context, r grantReq) {
	for _, g := range r.grants {
		if g.SourcePrefix.IsValid() {
			w.log.Infof("grant for %s widened to %s (GRANT_PREFIX)", g.Source, g.SourcePrefix)
		}
		if err := w.fw.Grant(ctx, g); err != nil {
			r.ev.Error = err.Error()
			break
		}
		if w.next.IsZero() || g.Expires.Before(w.next) {
			w.next = g.Expires
			w.arm()
		}
	}
	w.log.Decision(r.ev)
}

// expire removes what is due and re-arms the timer for what is next.
func (w *fwWorker) expire(ctx context.Context) error {
	removed, next, err := w.fw.Expire(ctx, w.clock.Now())
	if err != nil {
		return err
	}
	for _, g := range removed {
		w.log.Warnf("%s%sgrant expired and removed: %s", stockRemoved(g), stockSep, g)
	}
	w.next = next
	w.arm()
	return nil
}

func (w *fwWorker) arm() {
	if w.next.IsZero() {
		w.timer.Stop()
		return
	}
	w.timer.Reset(max(0, w.next.Sub(w.clock.Now())))
}

// startGrantsAt makes an accepted decision's grants last their timeout from
// end, when deciding took from start until then (a gpg child can take a
// second): the stock daemon times a grant from when it adds the rule, and
// a 3 s grant cut short by the decision's own time is gone before a client
// can use it.
func startGrantsAt(dec *access.Decision, start, end time.Time) {
	late := end.Sub(start)
	if !dec.Accept || late <= 0 {
		return
	}
	for i := range dec.Grants {
		dec.Grants[i].Expires = dec.Grants[i].Expires.Add(late)
	}
}

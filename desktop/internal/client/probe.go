// Package client is Sesame's one client pipeline: the stock client's
// flags (`sesame knock -A tcp/22 -D host`), the saved profiles (`sesame
// knock NAME`, ssh, proxy) and the GUI all knock through Pipeline.Run:
// options → resolve → allow → message → keys → seal → send → optional
// port check. The flags run it without the port check (and --test stops it
// after the seal); package knock holds the stages' building blocks. A
// failed -R says so in the stock client's words (resolvewords.go).
//
// With a saved profile a Knocker runs the pipeline with the port check on
// and tells whether the knock worked: it connects to the opened port until
// it answers, and when it does not, says the likely reason (no answer:
// wrong key, the clock off, or blocked on the way; the external address
// changed; connection refused; DNS failure). A port that answers already
// before the knock is reported as already open (with the time left of the
// profile's last grant, when the history knows it), never as opened by the
// knock: the knock is still sent, as a renewal, but whether the server took
// it cannot be seen. A Knocker runs that flow off the caller's goroutine,
// reports each state for a tray icon, keeps a grant open by knocking again,
// and keeps a history of knocks with the decoded packet fields (never a
// key).
//
// A Pipeline, a Knocker and a History are safe for concurrent use.
package client

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// Probe checks that a TCP port answers.
type Probe struct {
	Attempt  time.Duration // bound of one connect; 0: 500 ms
	Total    time.Duration // how long to keep trying; 0: 5 s
	Interval time.Duration // pause between attempts; 0: 50 ms
	// Before bounds the one connect made before the knock, which tells a
	// port already open from one the knock opens; 0: 500 ms. A port slower
	// than that to answer (a link with a round trip above it) is taken as
	// closed, and its knock reported as if it had opened it.
	Before time.Duration
	// Dial connects; nil: a net.Dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// PortResult is what a probe found.
type PortResult struct {
	Open     bool
	After    time.Duration // from the probe's start to the first answer
	Refused  bool          // the last attempt was refused (RST): reachable, nothing listening
	Attempts int
	Err      error // the last attempt's error when not open
}

func (p Probe) attempt() time.Duration { return orDur(p.Attempt, 500*time.Millisecond) }

// attemptN bounds the n-th connect (from 1): short at first, as a SYN that
// the firewall dropped is only sent again after a second, while a new
// connect passes as soon as the rule is in; longer later, for slow links.
func (p Probe) attemptN(n int) time.Duration {
	d := 25 * time.Millisecond << min(n-1, 10)
	return min(d, p.attempt())
}
func (p Probe) total() time.Duration  { return orDur(p.Total, 5*time.Second) }
func (p Probe) before() time.Duration { return orDur(p.Before, 500*time.Millisecond) }
func (p Probe) interval() time.Duration {
	return orDur(p.Interval, 50*time.Millisecond)
}

func orDur(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// Answers reports whether addr answers one connect within Before: the
// check made before a knock. It runs on a goroutine of its own, so that
// the knock is built meanwhile; the channel receives the answer.
func (p Probe) Answers(ctx context.Context, addr netip.AddrPort) <-chan bool {
	ch := make(chan bool, 1) // buffered: a knock that fails first never reads it
	go func() {
		ctx, cancel := context.WithTimeout(ctx, p.before())
		defer cancel()
		c, err := p.dialer()(ctx, "tcp", addr.String())
		if err == nil {
			c.Close()
		}
		ch <- err == nil
	}()
	return ch
}

func (p Probe) dialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	if p.Dial != nil {
		return p.Dial
	}
	return (&net.Dialer{}).DialContext
}

// Check connects to addr again and again until it answers, Total passes or
// ctx ends. The firewall rule may appear a few milliseconds after the
// packet, so early failures are expected.
func (p Probe) Check(ctx context.Context, addr netip.AddrPort) PortResult {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, p.total())
	defer cancel()
	dial := p.dialer()
	var r PortResult
	for ctx.Err() == nil {
		r.Attempts++
		actx, acancel := context.WithTimeout(ctx, p.attemptN(r.Attempts))
		c, err := dial(actx, "tcp", addr.String())
		acancel()
		if err == nil {
			c.Close()
			return PortResult{Open: true, After: time.Since(start), Attempts: r.Attempts}
		}
		r.Err, r.Refused = err, errors.Is(err, syscall.ECONNREFUSED)
		select {
		case <-ctx.Done():
		case <-time.After(p.interval()):
		}
	}
	return r
}

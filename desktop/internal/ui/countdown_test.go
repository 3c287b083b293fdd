package ui_test

import (
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// TestIdleTickRedrawsNothing: a tick with no grant open changes nothing
// and tells no watcher, so neither the window nor the tray redraws. (The
// app ticked every second from its start and each tick redrew both.)
func TestIdleTickRedrawsNothing(t *testing.T) {
	f := setup(t)
	calls := 0
	f.ctl.Watch(func() { calls++ })
	for range 3 {
		f.ctl.Tick()
	}
	if calls != 0 {
		t.Fatalf("3 ticks with no grant open told the watchers %d times, want 0", calls)
	}
}

// fakeTimers stands in for time.AfterFunc: it keeps what is scheduled
// until the test fires it.
type fakeTimers struct {
	pending []*fakeTimer
}

type fakeTimer struct {
	d       time.Duration
	f       func()
	stopped bool
}

func (ft *fakeTimers) after(d time.Duration, f func()) func() bool {
	tm := &fakeTimer{d: d, f: f}
	ft.pending = append(ft.pending, tm)
	return func() bool {
		was := !tm.stopped
		tm.stopped = true
		return was
	}
}

// live returns the timers neither fired nor stopped.
func (ft *fakeTimers) live() []*fakeTimer {
	var out []*fakeTimer
	for _, tm := range ft.pending {
		if !tm.stopped {
			out = append(out, tm)
		}
	}
	return out
}

// fire runs the one live timer, as its expiry would.
func (ft *fakeTimers) fire(t *testing.T) {
	t.Helper()
	live := ft.live()
	if len(live) != 1 {
		t.Fatalf("%d timers pending, want 1", len(live))
	}
	live[0].stopped = true
	live[0].f()
}

// TestCountdownTicksOnlyWhileAGrantIsOpen: the countdown has no timer
// while nothing is open (the app at rest, shown or hidden in the tray),
// one a second while a grant runs, and none again once it ends or the next
// knock fails.
func TestCountdownTicksOnlyWhileAGrantIsOpen(t *testing.T) {
	f := setup(t)
	var timers fakeTimers
	c := ui.StartCountdown(f.ctl, timers.after, func(g func()) { g() })
	if c.Running() || len(timers.live()) != 0 {
		t.Fatalf("idle app: countdown running %v, %d timers; want none", c.Running(), len(timers.live()))
	}
	f.ctl.Knock("web", false)
	if !c.Running() || len(timers.live()) != 1 || timers.live()[0].d != time.Second {
		t.Fatalf("grant open: countdown running %v, %d timers; want one of 1 s", c.Running(), len(timers.live()))
	}
	for s := 1; s < 300; s++ {
		*f.clock = now.Add(time.Duration(s) * time.Second)
		timers.fire(t) // fails unless exactly one tick is pending each second
	}
	if got := f.ctl.Left(); got != "0:01 left" {
		t.Fatalf("countdown after 299 ticks %q, want 0:01 left", got)
	}
	*f.clock = now.Add(300 * time.Second)
	timers.fire(t)
	if f.ctl.Status().State != ui.Idle || c.Running() || len(timers.live()) != 0 {
		t.Fatalf("grant ended: state %v, countdown running %v, %d timers; want idle and none",
			f.ctl.Status().State, c.Running(), len(timers.live()))
	}

	f.ctl.Knock("web", false)
	if len(timers.live()) != 1 {
		t.Fatalf("second grant: %d timers, want 1", len(timers.live()))
	}
	f.ctl.Knock(demo.Failing, false)
	if f.ctl.Status().State != ui.Failed || c.Running() || len(timers.live()) != 0 {
		t.Fatalf("failed knock during a grant: state %v, countdown running %v, %d timers; want failed and none",
			f.ctl.Status().State, c.Running(), len(timers.live()))
	}
}

// TestCountdownCancelledTickDoesNothing: a tick that fired just as the
// knock that stopped it ran (its fyne.Do already queued) must not tick.
func TestCountdownCancelledTickDoesNothing(t *testing.T) {
	f := setup(t)
	var timers fakeTimers
	var queued []func()
	ui.StartCountdown(f.ctl, timers.after, func(g func()) { queued = append(queued, g) })
	f.ctl.Knock("web", false)
	timers.fire(t) // its UI half is queued, not run
	f.ctl.Knock(demo.Failing, false)
	calls := 0
	f.ctl.Watch(func() { calls++ })
	for _, g := range queued {
		g()
	}
	if calls != 0 || len(timers.live()) != 0 {
		t.Fatalf("a stale tick told the watchers %d times and left %d timers; want 0 and 0", calls, len(timers.live()))
	}
}

package ui

import "time"

// countdownPeriod is how often the countdown of an open grant is redrawn:
// the window shows seconds ("4:05 left") and so does the tray icon in a
// grant's last minute.
const countdownPeriod = time.Second

// Countdown drives the countdown of an open grant: it calls the
// Controller's Tick once a second while a grant with a known end is open,
// and has no timer at all otherwise, so an app that waits (nearly always,
// often hidden in the tray) is not woken by a clock of its own.
//
// It watches the Controller, so it starts when a knock opens a grant and
// stops when the grant ends or the next knock begins. It runs on the UI
// goroutine; after schedules f to run once after d off it (time.AfterFunc,
// or a fake in tests) and returns the function that cancels it, and do
// brings f back to the UI goroutine (fyne.Do).
type Countdown struct {
	ctl   *Controller
	after func(d time.Duration, f func()) (stop func() bool)
	do    func(func())
	stop  func() bool // cancels the pending tick; nil when none is pending
	gen   uint64      // counts the ticks set and cancelled, so a cancelled one that fired anyway does nothing
}

// StartCountdown makes a Countdown for ctl and has it watch ctl.
func StartCountdown(ctl *Controller, after func(time.Duration, func()) func() bool, do func(func())) *Countdown {
	c := &Countdown{ctl: ctl, after: after, do: do}
	ctl.Watch(c.update)
	c.update()
	return c
}

// Running reports whether a tick is pending.
func (c *Countdown) Running() bool { return c.stop != nil }

// ticking reports whether st shows a countdown: an open grant whose end
// is known (a port found already open has none).
func ticking(st Status) bool { return st.State == Open && !st.Until.IsZero() }

// update starts or stops the ticks to match the Controller's status.
func (c *Countdown) update() {
	want := ticking(c.ctl.Status())
	switch {
	case want && c.stop == nil:
		c.schedule()
	case !want && c.stop != nil:
		c.stop()
		c.stop = nil
		c.gen++
	}
}

// schedule sets the next tick. When it fires, Tick tells the watchers,
// update among them, which sets the one after while the grant lasts.
func (c *Countdown) schedule() {
	c.gen++
	gen := c.gen
	c.stop = c.after(countdownPeriod, func() {
		c.do(func() {
			if c.gen != gen {
				return // cancelled after it fired
			}
			c.stop = nil
			c.ctl.Tick()
		})
	})
}

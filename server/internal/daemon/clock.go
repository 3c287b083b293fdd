package daemon

import "time"

// Clock is the daemon's time source. Tests inject a fake one so that
// expiry and the once-a-second log summary can be driven without sleeping.
type Clock interface {
	Now() time.Time
	// NewTimer returns a timer that fires once, d from now.
	NewTimer(d time.Duration) Timer
}

// Timer is the part of *time.Timer the daemon uses.
type Timer interface {
	C() <-chan time.Time
	// Reset makes the timer fire d from now, whether or not it had fired.
	Reset(d time.Duration)
	Stop()
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// NewTimer wraps time.NewTimer.
func (SystemClock) NewTimer(d time.Duration) Timer { return sysTimer{time.NewTimer(d)} }

type sysTimer struct{ t *time.Timer }

func (t sysTimer) C() <-chan time.Time { return t.t.C }

// Reset relies on Go 1.23 timer semantics: Reset and Stop discard a pending
// tick, so no stale value is read afterwards.
func (t sysTimer) Reset(d time.Duration) { t.t.Reset(d) }
func (t sysTimer) Stop()                 { t.t.Stop() }

// Package uitest runs Fyne's test app with a UI goroutine of its own, the
// test's goroutine, for tests of work that crosses goroutines (a store call
// asking a passphrase in a dialog). Fyne's test driver runs fyne.Do at once
// on the calling goroutine; here fyne.Do queues the function until the test
// runs the queue (Until), as a real app's event loop would, so the race
// detector sees the widgets touched from one goroutine only. It also finds
// the widgets of the dialog on top of a window. For tests only; a Loop is
// used from the test's goroutine, except fyne.Do, which any may call.
package uitest

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Wait bounds each Until: long enough for a slow race-detector run, short
// enough that a broken test fails instead of hanging.
const Wait = 20 * time.Second

// Loop is the queue of functions given to fyne.Do.
type Loop struct {
	mu    sync.Mutex
	queue []func()
	wake  chan struct{}
}

// New starts a test app whose fyne.Do queues on the returned Loop; the
// test's cleanup puts a plain test app back.
func New(t testing.TB) (fyne.App, *Loop) {
	a := test.NewTempApp(t)
	l := &Loop{wake: make(chan struct{}, 1)}
	fyne.SetCurrentApp(loopApp{a, loopDriver{a.Driver(), l}})
	return a, l
}

type loopApp struct {
	fyne.App
	d fyne.Driver
}

func (a loopApp) Driver() fyne.Driver { return a.d }

type loopDriver struct {
	fyne.Driver
	l *Loop
}

// DoFromGoroutine queues f; waiting for it is not supported (the app does
// not use fyne.DoAndWait).
func (d loopDriver) DoFromGoroutine(f func(), _ bool) {
	d.l.mu.Lock()
	d.l.queue = append(d.l.queue, f)
	d.l.mu.Unlock()
	select {
	case d.l.wake <- struct{}{}:
	default: // a wake-up is pending already
	}
}

// run runs the queued functions, in order, and those they queue.
func (l *Loop) run() {
	for {
		l.mu.Lock()
		q := l.queue
		l.queue = nil
		l.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, f := range q {
			f()
		}
	}
}

// Until runs queued functions until cond holds, failing the test when it
// does not within Wait. cond runs on the test's goroutine, between queued
// functions; it is checked again after each fyne.Do.
func (l *Loop) Until(t testing.TB, what string, cond func() bool) {
	t.Helper()
	l.wait(t, what, nil, cond)
}

// Receive runs queued functions until ch yields a value, and returns it.
func Receive[T any](t testing.TB, l *Loop, what string, ch <-chan T) T {
	t.Helper()
	var v T
	received := make(chan struct{})
	go func() {
		v = <-ch
		close(received)
	}()
	l.wait(t, what, received, func() bool {
		select {
		case <-received:
			return true
		default:
			return false
		}
	})
	return v
}

// wait runs the queue until done holds, checking it after each fyne.Do and
// each signal on also (nil: none).
func (l *Loop) wait(t testing.TB, what string, also <-chan struct{}, done func() bool) {
	t.Helper()
	deadline := time.NewTimer(Wait)
	defer deadline.Stop()
	for {
		l.run()
		if done() {
			return
		}
		select {
		case <-l.wake:
		case <-also:
		case <-deadline.C:
			t.Fatalf("still waiting after %s for %s", Wait, what)
		}
	}
}

// Dialog returns the objects of the dialog on top of win, or nil when none
// is shown.
func Dialog(win fyne.Window) []fyne.CanvasObject {
	top := win.Canvas().Overlays().Top()
	if top == nil || !top.Visible() {
		return nil
	}
	return test.LaidOutObjects(top)
}

// Shows reports whether a visible label among objs contains text.
func Shows(objs []fyne.CanvasObject, text string) bool {
	for _, o := range objs {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

// Entries returns the entries among objs, in order.
func Entries(objs []fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	for _, o := range objs {
		if e, ok := o.(*widget.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// Tap taps the button among objs whose text is label; it fails the test
// when there is none.
func Tap(t testing.TB, objs []fyne.CanvasObject, label string) {
	t.Helper()
	for _, o := range objs {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q in the dialog", label)
}

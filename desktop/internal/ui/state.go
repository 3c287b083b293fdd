package ui

import (
	"context"
	"fmt"
	"sort"
	"time"

	"fyne.io/fyne/v2"
)

// State is what the app is doing, as the tray icon shows it.
type State int

// The states.
const (
	Idle State = iota
	Knocking
	Open
	Failed
)

func (s State) String() string {
	return [...]string{"idle", "knocking", "open", "failed"}[s]
}

// Status is the outcome of the latest knock, or the one under way.
type Status struct {
	State   State
	Profile string
	Until   time.Time // when an open grant ends
	Message string    // "open after 42 ms", a diagnosis, or an error
}

// knockTimeout bounds a knock with its port check: the Knocker retries the
// port for a few seconds, and a hung resolver must not leave the tray
// "knocking" for ever.
const knockTimeout = 30 * time.Second

func contextWithTimeout() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), knockTimeout)
}

// askTimeout bounds a store call that may wait for the user to type a
// passphrase (twice, for a new key file); the store bounds its keyring
// calls much tighter.
const askTimeout = 5 * time.Minute

func askingContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), askTimeout)
}

// Controller holds what the window and the tray show: the profiles, the
// latest status, the history. It is used on the Fyne UI goroutine only; long
// work goes through background and comes back with fyne.Do (see UseLoop).
type Controller struct {
	svc        Services
	now        func() time.Time
	background func(func())
	notify     func(title, body string)
	do         func(func()) // back to the UI goroutine: fyne.Do, or UseLoop's

	profiles []Profile
	status   Status
	history  []Record
	err      error // the latest failure of the store, shown in the window
	watchers []func()

	keep    map[string]*keepRun // keep-open runs by profile (keepopen.go)
	renewal map[string]bool     // recordKey of each keep-open renewal
}

// NewController returns a Controller over svc. background runs long work
// (a goroutine in the app, inline in tests); notify sends a desktop
// notification.
func NewController(svc Services, now func() time.Time, background func(func()), notify func(title, body string)) *Controller {
	return &Controller{svc: svc, now: now, background: background, notify: notify, do: fyne.Do}
}

// UseLoop makes the Controller bring the outcome of background work back
// with do instead of fyne.Do: the tray process (package trayapp) has no
// Fyne app, and runs the Controller on a goroutine of its own. Call it
// before any other method.
func (c *Controller) UseLoop(do func(func())) { c.do = do }

// Watch registers f to run after every change.
func (c *Controller) Watch(f func()) { c.watchers = append(c.watchers, f) }

func (c *Controller) changed() {
	for _, f := range c.watchers {
		f()
	}
}

// Profiles returns the profiles, sorted by name.
func (c *Controller) Profiles() []Profile { return c.profiles }

// Profile returns the profile called name.
func (c *Controller) Profile(name string) (Profile, bool) {
	for _, p := range c.profiles {
		if p.Name() == name {
			return p, true
		}
	}
	return Profile{}, false
}

// Status returns the latest status.
func (c *Controller) Status() Status { return c.status }

// History returns the knocks, newest first.
func (c *Controller) History() []Record { return c.history }

// Err returns the latest store failure, or nil.
func (c *Controller) Err() error { return c.err }

// Reload reads the profiles and the history again, off the UI goroutine.
func (c *Controller) Reload() {
	c.background(func() {
		ctx, cancel := contextWithTimeout()
		defer cancel()
		ps, err := c.svc.Profiles.List(ctx)
		h := c.svc.Knocker.History()
		c.do(func() {
			c.err = err
			if err == nil {
				sort.Slice(ps, func(i, j int) bool { return ps[i].Name() < ps[j].Name() })
				c.profiles = ps
			}
			c.setHistory(h)
			c.changed()
		})
	})
}

// newestFirst orders h (oldest first, as a Knocker keeps it) newest first.
func newestFirst(h []Record) []Record {
	out := make([]Record, len(h))
	for i, r := range h {
		out[len(h)-1-i] = r
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out
}

// Knock knocks for the profile name, then checks its port; with ssh set it
// then opens a terminal running ssh.
func (c *Controller) Knock(name string, ssh bool) {
	if c.status.State == Knocking {
		return // one knock at a time: the tray has one icon
	}
	if !ssh && c.keptOpen(name) {
		return // no second knock within a kept-open grant
	}
	c.status = Status{State: Knocking, Profile: name, Message: "knocking…"}
	c.changed()
	c.background(func() {
		ctx, cancel := contextWithTimeout()
		defer cancel()
		knock := c.svc.Knocker.Knock
		if ssh {
			knock = c.svc.Knocker.OpenSSH
		}
		rec, err := knock(ctx, name)
		h := c.svc.Knocker.History()
		c.do(func() {
			c.setHistory(h)
			c.finish(name, rec, err)
		})
	})
}

func (c *Controller) finish(name string, rec Record, err error) {
	switch {
	case err != nil:
		c.status = Status{State: Failed, Profile: name, Message: err.Error()}
	case rec.AlreadyOpen:
		c.status = Status{State: Open, Profile: name, Until: rec.Until, Message: "already open"}
	case rec.Opened:
		c.status = Status{State: Open, Profile: name, Until: rec.Until,
			Message: fmt.Sprintf("open after %s", Millis(rec.After))}
	default:
		c.status = Status{State: Failed, Profile: name, Message: rec.Diagnosis}
	}
	c.notify("Sesame: "+name, c.status.Message)
	c.changed()
}

// Tick ends an open status whose grant has run out; the Countdown calls it
// every second while a grant is open, which also redraws the countdown. An
// open status without a known end (a port already open) stays until the
// next knock. With no countdown shown it changes nothing and tells no
// watcher, so a stray tick redraws nothing.
func (c *Controller) Tick() {
	if !ticking(c.status) {
		return
	}
	if !c.now().Before(c.status.Until) {
		c.status = Status{State: Idle, Profile: c.status.Profile, Message: "the grant has ended"}
	}
	c.changed()
}

// Left returns the countdown text of an open status: "4:05 left".
func (c *Controller) Left() string {
	if c.status.State != Open || c.status.Until.IsZero() {
		return ""
	}
	d := c.status.Until.Sub(c.now()).Round(time.Second)
	if d < 0 {
		d = 0
	}
	return fmt.Sprintf("%d:%02d left", int(d.Minutes()), int(d.Seconds())%60)
}

// Save stores p (renaming previous) and, when s is not nil, its keys; done
// runs on the UI goroutine with the outcome.
func (c *Controller) Save(previous string, p Profile, s *Secrets, done func(error)) {
	c.change(func(ctx context.Context) error {
		return c.svc.Profiles.Save(ctx, previous, p, s)
	}, done)
}

// SaveCopy stores p as a new profile with a copy of the keys of the
// profile from; done runs on the UI goroutine with the outcome.
func (c *Controller) SaveCopy(from string, p Profile, done func(error)) {
	c.change(func(ctx context.Context) error { return c.svc.Profiles.Duplicate(ctx, from, p) }, done)
}

// Delete removes the profile name.
func (c *Controller) Delete(name string, done func(error)) {
	c.change(func(ctx context.Context) error { return c.svc.Profiles.Delete(ctx, name) }, done)
}

// change runs a change of the store off the UI goroutine (the keyring may
// block), then done with its outcome on the UI goroutine, and reloads.
func (c *Controller) change(op func(context.Context) error, done func(error)) {
	c.background(func() {
		ctx, cancel := askingContext()
		defer cancel()
		err := op(ctx)
		c.do(func() {
			done(err)
			c.Reload()
		})
	})
}

// Millis formats d as the window shows durations: "42 ms", "1.5 s".
func Millis(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// TrayLine is the status line at the top of the tray menu. Its countdown
// counts minutes, so the menu is rebuilt once a minute, not every second.
func TrayLine(st Status, now time.Time) string {
	switch st.State {
	case Knocking:
		return st.Profile + ": knocking…"
	case Open:
		left := st.Until.Sub(now)
		if left < time.Minute {
			return st.Profile + ": open, under a minute left"
		}
		return fmt.Sprintf("%s: open, %d min left", st.Profile, int(left.Minutes()+0.5))
	case Failed:
		return st.Profile + ": " + truncate(st.Message, 60)
	}
	if st.Profile != "" {
		return st.Profile + ": " + st.Message
	}
	return "Sesame: ready"
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

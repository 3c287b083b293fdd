package trayapp

import (
	"context"
	"errors"
	"fmt"
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/systray"

	"github.com/sesame-spa/sesame/desktop/internal/tray"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// WindowEnv, set to "1", makes `sesame` the window process of a running tray.
const WindowEnv = "SESAME_WINDOW"

// writeTimeout bounds a write to a window process, so that a stuck one
// cannot stall the tray.
const writeTimeout = time.Second

// launchGrace is how long a started window process has to say hello before
// "show" starts another.
const launchGrace = 15 * time.Second

// ErrNeedsWindow: the knock's keys need a passphrase, which only the window
// can ask for.
var ErrNeedsWindow = errors.New("the keys are in a passphrase-protected file: knock from the window, which asks for the passphrase")

// Config is how Run starts the tray process.
type Config struct {
	Services ui.Services
	// Listener is the tray's socket (Listen); Run closes it.
	Listener net.Listener
	// Hidden starts the tray without opening the window.
	Hidden bool
	// QuitAfter, when set, quits that long after start, as Quit would.
	QuitAfter time.Duration
	// StartWindow starts a window process; nil: this program with
	// WindowEnv=1.
	StartWindow func() (wait func() error, err error)
	// Logf reports what the tray cannot show (a window that would not
	// start); nil: standard error.
	Logf func(format string, args ...any)
}

// trayProc is the tray process's state. Its fields are used on the loop
// goroutine only.
type trayProc struct {
	cfg      Config
	ctl      *ui.Controller
	do       func(func())
	windows  map[net.Conn]bool
	launched time.Time // when a window process was started and has not yet said hello
	lastWire string    // the status line last sent or received
	update   func()    // brings the icon and menu in step (ui.TrayUpdater)
}

// Run runs the tray until its Quit, SIGINT or SIGTERM, and returns the exit
// status.
func Run(cfg Config) int {
	if cfg.StartWindow == nil {
		cfg.StartWindow = startSelf
	}
	if cfg.Logf == nil {
		cfg.Logf = func(f string, a ...any) { fmt.Fprintf(os.Stderr, "sesame: "+f+"\n", a...) }
	}
	loop := make(chan func(), 256)
	do := func(f func()) { loop <- f }
	t := &trayProc{cfg: cfg, do: do, windows: map[net.Conn]bool{}}
	t.ctl = ui.NewController(cfg.Services, time.Now, func(f func()) { go f() }, notify)
	t.ctl.UseLoop(do)
	if cfg.Services.UsePrompter != nil {
		cfg.Services.UsePrompter(windowPrompter{do: do, show: t.show})
	}
	done := make(chan struct{})
	go func() { // the loop: the Controller and the menu live here
		for {
			select {
			case f := <-loop:
				f()
			case <-done:
				return
			}
		}
	}()
	isDark := dark()
	do(func() { t.start(isDark) })
	go t.accept(cfg.Listener)
	t.quitOn(cfg.QuitAfter)
	systray.Run(func() { do(t.ready) }, nil)
	cfg.Listener.Close()
	close(done)
	return 0
}

// start sets up the Controller and its watchers on the loop.
func (t *trayProc) start(dark bool) {
	ui.StartCountdown(t.ctl, func(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }, t.do)
	t.lastWire = wire.Format(statusMsg(t.ctl.Status()))
	t.ctl.Watch(t.tellWindows)
	actions := tray.Actions{
		Knock:   func(n string) { t.ctl.Knock(n, false) },
		OpenSSH: func(n string) { t.ctl.Knock(n, true) },
		Show:    t.show,
		Quit:    t.quit,
	}
	t.update = ui.TrayUpdater(t.ctl, dark, actions, setIcon, t.setMenu)
	t.ctl.Reload()
	if !t.cfg.Hidden {
		t.show()
	}
}

// ready runs once systray has its D-Bus item: the icon and menu follow the
// Controller from now on, and a click on the icon shows the window.
func (t *trayProc) ready() {
	systray.SetTitle("Sesame")
	systray.SetTooltip("Sesame")
	systray.SetOnTapped(func() { t.do(t.show) })
	t.update()
	t.ctl.Watch(t.update)
}

func setIcon(r fyne.Resource) { systray.SetIcon(r.Content()) }

// setMenu shows m (tray.Menu's, built for Fyne) in systray's menu, anew:
// it changes at most once a minute. Each item's clicks run its action on
// the loop; the goroutine waiting for them ends when ResetMenu removes the
// item (which closes its channel).
func (t *trayProc) setMenu(m *fyne.Menu) {
	systray.ResetMenu()
	for _, it := range m.Items {
		if it.IsSeparator {
			systray.AddSeparator()
			continue
		}
		mi := systray.AddMenuItem(it.Label, "")
		if it.Disabled {
			mi.Disable()
		}
		if it.ChildMenu == nil {
			t.onClick(mi, it.Action)
			continue
		}
		for _, sub := range it.ChildMenu.Items {
			t.onClick(mi.AddSubMenuItem(sub.Label, ""), sub.Action)
		}
	}
}

func (t *trayProc) onClick(mi *systray.MenuItem, action func()) {
	if action == nil {
		return
	}
	go func() {
		for range mi.ClickedCh {
			t.do(action)
		}
	}()
}

// show raises the window process, or starts one when none runs (nor is
// starting).
func (t *trayProc) show() {
	if len(t.windows) > 0 {
		t.send(wire.Msg{Kind: wire.KindRaise})
		return
	}
	if !t.launched.IsZero() && time.Since(t.launched) < launchGrace {
		return
	}
	wait, err := t.cfg.StartWindow()
	if err != nil {
		t.cfg.Logf("cannot open the window: %v", err)
		return
	}
	t.launched = time.Now()
	go func() {
		err := wait()
		t.do(func() {
			t.launched = time.Time{}
			if err != nil {
				t.cfg.Logf("the window process: %v", err)
			}
		})
	}()
}

// quit ends the window process and the tray.
func (t *trayProc) quit() {
	t.send(wire.Msg{Kind: wire.KindQuit})
	systray.Quit()
}

// send writes m to each window process, dropping one that cannot take it.
func (t *trayProc) send(m wire.Msg) {
	for c := range t.windows {
		c.SetWriteDeadline(time.Now().Add(writeTimeout))
		if err := wire.Write(c, m); err != nil {
			delete(t.windows, c)
			c.Close()
		}
	}
}

// tellWindows sends the Controller's status to the windows when it is not
// the one last sent or received.
func (t *trayProc) tellWindows() {
	m := statusMsg(t.ctl.Status())
	if line := wire.Format(m); line != t.lastWire {
		t.lastWire = line
		t.send(m)
	}
}

// accept serves the socket's connections until it is closed.
func (t *trayProc) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go t.serve(c)
	}
}

// serve reads c's lines and handles each on the loop; a bad line ends c.
func (t *trayProc) serve(c net.Conn) {
	r := wire.NewReader(c)
	for {
		m, err := r.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.cfg.Logf("%v", err)
			}
			t.do(func() { delete(t.windows, c); c.Close() })
			return
		}
		t.do(func() { t.handle(c, m) })
	}
}

func (t *trayProc) handle(c net.Conn, m wire.Msg) {
	switch m.Kind {
	case wire.KindShow:
		t.show()
	case wire.KindWindow:
		t.windows[c] = true
		t.launched = time.Time{}
		c.SetWriteDeadline(time.Now().Add(writeTimeout))
		wire.Write(c, statusMsg(t.ctl.Status()))
	case wire.KindReload:
		t.ctl.Reload()
	case wire.KindStatus:
		t.lastWire = wire.Format(m)
		t.ctl.Adopt(uiStatus(m.Status))
	}
}

// quitOn quits on SIGINT or SIGTERM, and after d when d is set.
func (t *trayProc) quitOn(d time.Duration) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		t.do(t.quit)
	}()
	if d > 0 {
		time.AfterFunc(d, func() { t.do(t.quit) })
	}
}

// startSelf starts this program as the window process.
func startSelf() (func() error, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), WindowEnv+"=1")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return cmd.Wait, nil
}

// windowPrompter is the tray's answer to a passphrase question: it opens
// the window, where the user can knock again and type it.
type windowPrompter struct {
	do   func(func())
	show func()
}

func (p windowPrompter) Passphrase(context.Context, string, bool) ([]byte, error) {
	p.do(p.show)
	return nil, ErrNeedsWindow
}

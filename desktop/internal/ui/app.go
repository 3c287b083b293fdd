// Package ui is Sesame's desktop app in Fyne: the main window (profiles,
// the profile editor, knocks and their history, imports and exports) and
// the tray icon and menu. It knows the rest of Sesame only through the
// small interfaces in ports.go (ProfileStore, KeyStore, Porter, Knocker),
// so it can be tested with fakes and the store and knock code know nothing
// of the window; they ask the user for passphrases through the Prompter
// the window gives them.
//
// Everything here runs on the Fyne UI goroutine except the calls to those
// interfaces, which run on their own goroutines and come back with fyne.Do,
// and the Prompter's, which waits on the caller's goroutine for a dialog
// shown with fyne.Do.
//
// At rest the app has no timer of its own: the countdown (Countdown) ticks
// once a second only while a grant is open, and nothing is redrawn while
// nothing changes. What it still costs at rest is Fyne's driver loop,
// which polls for window events 60 times a second, shown or hidden; so
// where there is a tray host the tray runs in a process of its own
// without Fyne (package trayapp), and this app is only its window
// (Config.Peer), which ends when it is closed. make bench measures both.
package ui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"github.com/sesame-spa/sesame/desktop/internal/sessionbus"
	"github.com/sesame-spa/sesame/desktop/internal/tray"
	"github.com/sesame-spa/sesame/icons"
)

// AppID is the app's id, as in FyneApp.toml.
const AppID = "dev.sesame.Sesame"

// trayProbeTimeout bounds the look for a tray host at start.
const trayProbeTimeout = 2 * time.Second

// errNoTrayDriver: Fyne's driver here is not a desktop one (a mobile
// build), so it has no tray.
var errNoTrayDriver = errors.New("this build's driver has no tray")

// Config is how Run starts the app.
type Config struct {
	Services Services
	// QuitAfter, when set, quits the app that long after start, as a quit
	// request from the tray would: for the tests of start and quit.
	QuitAfter time.Duration
	// Screenshots, when set, is a folder where the app writes PNGs of its
	// window (main, editor, knock result), then quits.
	Screenshots string
	// Peer, when set, is the tray process this window belongs to (package
	// trayapp): the app then has no tray of its own, closing the window
	// ends it, and Peer is called once on the UI goroutine to keep ctl and
	// the tray in step; do is fyne.Do, raise shows the window, quit quits.
	Peer func(ctl *Controller, do func(func()), raise, quit func())
}

// Run starts the app and returns the process exit status when it quits:
// from the tray's Quit, by closing the window when there is no tray, or on
// SIGINT or SIGTERM.
func Run(cfg Config) int {
	// Before Fyne, its systray or the keyring touch D-Bus: with no session
	// bus they would launch one that outlives the app.
	sessionbus.Settle()
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("sesame.png", icons.App()))
	win := a.NewWindow("Sesame")
	win.SetMaster()
	ctl := NewController(cfg.Services, time.Now, func(f func()) { go f() }, func(title, body string) {
		a.SendNotification(fyne.NewNotification(title, body))
	})

	desk, isDesktop := a.(desktop.App)
	trayErr := errNoTrayDriver
	if cfg.Peer != nil {
		trayErr = nil // the tray process shows the icon
	} else if isDesktop {
		trayErr = ProbeTray()
	}
	if trayErr != nil {
		fmt.Fprintln(os.Stderr, "sesame: no tray icon:", trayErr)
	}
	// Without a tray, closing the master window ends the app, as Fyne's
	// own close does (the app's Quit twice crashes in GLFW).
	w := NewWindow(ctl, win, trayErr, win.Close)
	switch {
	case cfg.Peer != nil:
		// The tray lives on in its own process, so that nothing of Fyne
		// runs while the window is closed.
		win.SetCloseIntercept(win.Close)
		cfg.Peer(ctl, fyne.Do, func() { win.Show(); win.RequestFocus() }, a.Quit)
	case trayErr == nil:
		startTray(a, desk, ctl, win)
	}
	quitOn(a, cfg.QuitAfter)
	StartCountdown(ctl, func(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }, fyne.Do)
	if cfg.Screenshots != "" {
		go screenshots(a, w, ctl, cfg.Screenshots)
	}

	ctl.Reload()
	win.Resize(fyne.NewSize(960, 720))
	win.ShowAndRun()
	return 0
}

// ProbeTray looks for a tray host, saying in plain words when there is no
// session bus to look on (sessionbus.Settle has found none).
func ProbeTray() error {
	if !sessionbus.Available() {
		return fmt.Errorf("%w (%s is not set)", tray.ErrNoSessionBus, sessionbus.Variable)
	}
	return tray.Probe(trayProbeTimeout)
}

// startTray shows the state icon, then the menu (a tray shown without an
// icon logs "unknown format"), and keeps both up to date. The tray shows
// the window when its icon is clicked.
func startTray(a fyne.App, desk desktop.App, ctl *Controller, win fyne.Window) {
	dark := a.Settings().ThemeVariant() == theme.VariantDark
	actions := tray.Actions{
		Knock:   func(n string) { ctl.Knock(n, false) },
		OpenSSH: func(n string) { ctl.Knock(n, true) },
		Show:    func() { win.Show(); win.RequestFocus() },
		Quit:    a.Quit,
	}
	update := TrayUpdater(ctl, dark, actions, desk.SetSystemTrayIcon, desk.SetSystemTrayMenu)
	update()
	desk.SetSystemTrayWindow(win)
	ctl.Watch(update)
}

// quitOn quits the app on SIGINT or SIGTERM, and after d when d is set.
// Fyne's driver handles the signals too, but only once its loop has
// started: a signal before then would kill the app. Both handlers call the
// driver's Quit, which runs once however often it is called (the app's Quit
// twice crashes in GLFW).
func quitOn(a fyne.App, d time.Duration) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fyne.Do(a.Driver().Quit)
	}()
	if d > 0 {
		time.AfterFunc(d, func() { fyne.Do(a.Quit) })
	}
}

// Package tray is Sesame's system tray: the menu built from the profiles
// (Knock and Open SSH for each, open the window, quit), the countdown drawn
// on the state icon while a port is open, and the check whether the
// desktop has a tray host at all.
//
// Fyne's systray (fyne.io/systray) talks to a StatusNotifierWatcher on the
// D-Bus session bus. Started where there is none it logs "failed to
// register", and with no session bus at all it panics on shutdown (a nil
// D-Bus connection), so Probe looks first and the app starts the tray only
// when Probe finds a host. Menu and Countdown are pure functions; Probe is
// safe for concurrent use.
package tray

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"github.com/godbus/dbus/v5"
)

// watcher is the D-Bus name of the StatusNotifierItem host registry that
// KDE, most panels, and GNOME's AppIndicator extension provide.
const watcher = "org.kde.StatusNotifierWatcher"

// Reasons Probe gives for having no tray, for errors.Is.
var (
	ErrNoSessionBus = errors.New("no D-Bus session bus, so no tray icon")
	ErrNoHost       = errors.New("this desktop shows no tray icons (on GNOME, install the AppIndicator extension)")
)

// Probe reports whether a tray host is running on the session bus: nil,
// or ErrNoSessionBus or ErrNoHost wrapped with the detail. It gives up
// after timeout rather than hang the start of the app.
func Probe(timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := dbus.SessionBusPrivate(dbus.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoSessionBus, err)
	}
	defer conn.Close()
	if err := conn.Auth(nil); err != nil {
		return fmt.Errorf("%w: %v", ErrNoSessionBus, err)
	}
	if err := conn.Hello(); err != nil {
		return fmt.Errorf("%w: %v", ErrNoSessionBus, err)
	}
	var owned bool
	err = conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.NameHasOwner", 0, watcher).Store(&owned)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoHost, err)
	}
	if !owned {
		return ErrNoHost
	}
	return nil
}

// Actions are what the menu items do. Each runs on the UI goroutine.
type Actions struct {
	Knock   func(profile string)
	OpenSSH func(profile string)
	Show    func()
	Quit    func()
}

// Menu returns the tray menu: a status line, then each profile with a
// submenu of Knock and Open SSH, the window, and Quit.
func Menu(profiles []string, status string, a Actions) *fyne.Menu {
	st := fyne.NewMenuItem(status, nil)
	st.Disabled = true
	items := []*fyne.MenuItem{st, fyne.NewMenuItemSeparator()}
	for _, name := range profiles {
		item := fyne.NewMenuItem(name, nil)
		item.ChildMenu = fyne.NewMenu(name,
			fyne.NewMenuItem("Knock", func() { a.Knock(name) }),
			fyne.NewMenuItem("Open SSH", func() { a.OpenSSH(name) }),
		)
		items = append(items, item)
	}
	if len(profiles) == 0 {
		none := fyne.NewMenuItem("No profiles yet", nil)
		none.Disabled = true
		items = append(items, none)
	}
	quit := fyne.NewMenuItem("Quit", a.Quit)
	quit.IsQuit = true
	items = append(items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Open Sesame…", a.Show),
		quit)
	return fyne.NewMenu("Sesame", items...)
}

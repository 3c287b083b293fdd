//go:build !nogui

package desktop

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	// Before Fyne's own init: see the package doc.
	_ "github.com/sesame-spa/sesame/desktop/internal/guilocale"
	"github.com/sesame-spa/sesame/desktop/internal/sessionbus"
	"github.com/sesame-spa/sesame/desktop/internal/trayapp"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
	"github.com/sesame-spa/sesame/desktop/internal/ui/live"
)

// The GUI build starts the Fyne app when sesame runs without a command.
func init() { runGUI = startGUI }

// startGUI reads the app's test and tooling switches from the environment
// (the GUI takes no command-line arguments, so a desktop launcher and a
// test start it the same way):
//
//	SESAME_DEMO=1          sample profiles and knocks, nothing stored or sent
//	SESAME_QUIT_AFTER=N    quit after N seconds, as the tray's Quit would
//	SESAME_SCREENSHOTS=DIR write PNGs of the window to DIR, then quit (implies demo)
//	SESAME_HIDDEN=1        start the tray without opening the window (autostart)
//	SESAME_WINDOW=1        be the window of the running tray (the tray sets it)
//
// Where there is a tray host, the app is two processes (package trayapp):
// the tray, without Fyne, and the window, started from it; a second
// `sesame` asks the running tray to show the window and exits 0. With no
// tray host (or in the demo) it is the window alone, and closing it quits.
func startGUI([]string) int {
	cfg := ui.Config{Screenshots: os.Getenv("SESAME_SCREENSHOTS")}
	if v := os.Getenv("SESAME_QUIT_AFTER"); v != "" {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "sesame: SESAME_QUIT_AFTER=%q: want a number of seconds\n", v)
			return 2
		}
		cfg.QuitAfter = time.Duration(n * float64(time.Second))
	}
	// First: the store and Fyne must find the session bus settled, so
	// that neither launches one (see package sessionbus).
	sessionbus.Settle()
	useDemo := os.Getenv("SESAME_DEMO") == "1" || cfg.Screenshots != ""
	if os.Getenv(trayapp.WindowEnv) == "1" {
		os.Unsetenv(trayapp.WindowEnv) // not for the ssh terminals it starts
		cfg.Peer = linkToTray()
	} else if cfg.Screenshots == "" {
		if status, done := runTray(cfg.QuitAfter, useDemo); done {
			return status
		}
	}
	svc, err := services(useDemo)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sesame:", err)
		return 1
	}
	cfg.Services = svc
	trimIdleMemory()
	return ui.Run(cfg)
}

// runTray hands over to the running tray, or becomes the tray process
// (trayapp.Main); done is false when the window is to run alone.
func runTray(quitAfter time.Duration, useDemo bool) (status int, done bool) {
	return trayapp.Main(trayapp.Options{
		Services:  func() (ui.Services, error) { return services(useDemo) },
		Probe:     ui.ProbeTray,
		Hidden:    os.Getenv("SESAME_HIDDEN") == "1",
		QuitAfter: quitAfter,
		BeforeRun: trimIdleMemory,
	})
}

// linkToTray connects the window process to its tray, or returns nil when
// the tray is gone (the window then runs alone).
func linkToTray() func(*ui.Controller, func(func()), func(), func()) {
	path, err := trayapp.SocketPath()
	if err == nil {
		var link *trayapp.WindowLink
		if link, err = trayapp.DialWindow(path); err == nil {
			return link.Attach
		}
	}
	fmt.Fprintln(os.Stderr, "sesame: the tray is gone, so the window runs alone:", err)
	return nil
}

// trimIdleMemory keeps the tray app small while it waits, which is nearly
// always. Its live heap is ~13 MiB (mostly parsed fonts); Go's default
// GOGC=100 lets the heap grow to twice that between collections, and the
// start-up (font parsing, the first frames) leaves garbage that Go returns
// to the OS only slowly. A lower GC target costs an idle app nothing, and
// one forced return of free memory after start-up drops ~6 MiB of RSS.
// GOGC in the environment still wins, for measuring.
func trimIdleMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	time.AfterFunc(2*time.Second, debug.FreeOSMemory)
}

// services are the demo's, or the user's store, keyring and knock history.
// An unreadable history is said and the app runs on with an empty one.
func services(useDemo bool) (ui.Services, error) {
	if useDemo {
		return demo.New(time.Now).Services(), nil
	}
	s, err := live.Open()
	if s == nil {
		return ui.Services{}, err
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sesame:", err)
	}
	return s.Services(), nil
}

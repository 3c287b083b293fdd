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
	svc, err := services(os.Getenv("SESAME_DEMO") == "1" || cfg.Screenshots != "")
	if err != nil {
		fmt.Fprintln(os.Stderr, "sesame:", err)
		return 1
	}
	cfg.Services = svc
	trimIdleMemory()
	return ui.Run(cfg)
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

package trayapp

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// Options are how Main starts.
type Options struct {
	// Services opens the store, the keyring and the knock history; called
	// only when this process becomes the tray.
	Services func() (ui.Services, error)
	// Probe reports whether there is a tray host (ui.ProbeTray).
	Probe     func() error
	Hidden    bool
	QuitAfter time.Duration
	// StartWindow, Logf: as in Config.
	StartWindow func() (wait func() error, err error)
	Logf        func(format string, args ...any)
	// BeforeRun runs once this process is the tray, before Run.
	BeforeRun func()
}

// Main is what a plain `sesame` does on a desktop: hand over to the
// running tray (it shows the window; status 0), or become the tray
// process. done is false when there is no tray host or no socket for it:
// the caller then runs the window alone, as before there was a tray
// process.
func Main(o Options) (status int, done bool) {
	path, err := SocketPath()
	if err != nil {
		fmt.Fprintln(os.Stderr, "sesame:", err)
		return 0, false
	}
	if HandOver(path) == nil {
		return 0, true
	}
	if o.Probe() != nil {
		return 0, false // the window says why, in its banner
	}
	ln, err := Listen(path)
	if errors.Is(err, ErrRunning) && HandOver(path) == nil {
		return 0, true // another started at the same moment
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sesame:", err)
		return 0, false
	}
	svc, err := o.Services()
	if err != nil {
		ln.Close()
		fmt.Fprintln(os.Stderr, "sesame:", err)
		return 1, true
	}
	if o.BeforeRun != nil {
		o.BeforeRun()
	}
	return Run(Config{Services: svc, Listener: ln, Hidden: o.Hidden, QuitAfter: o.QuitAfter,
		StartWindow: o.StartWindow, Logf: o.Logf}), true
}

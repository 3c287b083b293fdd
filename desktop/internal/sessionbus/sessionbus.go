// Package sessionbus decides, once at the start of the app and before
// anything opens the D-Bus session bus, whether there is one. godbus (used
// by Fyne, its systray, the tray probe and go-keyring's Secret Service)
// runs `dbus-launch` when DBUS_SESSION_BUS_ADDRESS is unset and no bus
// socket is found; the dbus-daemon it starts, and the gnome-keyring that
// daemon then activates, outlive the app, and with no dbus-launch the
// user sees exec's raw error. Settle prevents that: it keeps a set
// address, takes the session's socket when there is one
// ($XDG_RUNTIME_DIR/bus, /run/user/UID/bus, as godbus and libdbus look),
// and otherwise sets the address to "disabled:", which godbus (and
// libdbus, for the app's children) refuse without launching anything. The
// app then keeps keys in passphrase-protected files and runs without a
// tray. Settle changes the process environment, so call it first, from
// the main goroutine.
package sessionbus

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
)

// Variable is the environment variable holding the bus address.
const Variable = "DBUS_SESSION_BUS_ADDRESS"

// Disabled is the address Settle sets when there is no session bus.
const Disabled = "disabled:"

// ErrNone: there is no D-Bus session bus; nothing was launched.
var ErrNone = errors.New("no D-Bus session")

// Settle returns the session bus address, after setting it in the
// environment when it was found by its socket, or ErrNone after setting
// Disabled. runtimeDirs are where a session's "bus" socket is looked for;
// none given means $XDG_RUNTIME_DIR and /run/user/UID.
func Settle(runtimeDirs ...string) (string, error) {
	switch addr := os.Getenv(Variable); addr {
	case Disabled:
		return "", ErrNone
	case "", "autolaunch:":
	default:
		return addr, nil
	}
	if len(runtimeDirs) == 0 {
		runtimeDirs = []string{os.Getenv("XDG_RUNTIME_DIR"), filepath.Join("/run/user", strconv.Itoa(os.Getuid()))}
	}
	for _, dir := range runtimeDirs {
		if dir == "" {
			continue
		}
		sock := filepath.Join(dir, "bus")
		if fi, err := os.Stat(sock); err == nil && fi.Mode().Type() == os.ModeSocket {
			addr := "unix:path=" + sock
			os.Setenv(Variable, addr)
			return addr, nil
		}
	}
	os.Setenv(Variable, Disabled)
	return "", ErrNone
}

// Available reports whether Settle found a session bus (it must have run).
func Available() bool {
	addr := os.Getenv(Variable)
	return addr != "" && addr != Disabled && addr != "autolaunch:"
}

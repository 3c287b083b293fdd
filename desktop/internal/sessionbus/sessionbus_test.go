package sessionbus

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/godbus/dbus/v5"
)

// fakeLaunch puts a dbus-launch first in PATH that records it was run, and
// returns the file it writes.
func fakeLaunch(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	ran := filepath.Join(t.TempDir(), "dbus-launch-ran")
	script := "#!/bin/sh\necho run >> " + ran + "\nexit 1\n"
	if err := os.WriteFile(filepath.Join(bin, "dbus-launch"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return ran
}

// TestNoSessionNeverLaunches: with the address unset and no bus socket,
// Settle says there is no session, and a later connection to the session
// bus (as Fyne, the tray and go-keyring make) fails at once without
// running dbus-launch. Without Settle godbus runs it.
func TestNoSessionNeverLaunches(t *testing.T) {
	ran := fakeLaunch(t)
	t.Setenv(Variable, "")
	os.Unsetenv(Variable)
	if _, err := Settle(t.TempDir()); !errors.Is(err, ErrNone) {
		t.Fatalf("Settle: %v, want ErrNone", err)
	}
	if Available() {
		t.Error("Available after no bus was found")
	}
	if conn, err := dbus.SessionBusPrivate(); err == nil {
		conn.Close()
		t.Fatal("connected to a session bus that is not there")
	}
	if _, err := os.Stat(ran); err == nil {
		t.Fatal("dbus-launch was run")
	}
}

// TestSessionSocketFound: the session's bus socket in the runtime folder
// is taken as the address; a set address is kept as it is.
func TestSessionSocketFound(t *testing.T) {
	fakeLaunch(t)
	dir, err := os.MkdirTemp("", "sb") // short: a socket path is at most 108 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	l, err := net.Listen("unix", filepath.Join(dir, "bus"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	t.Setenv(Variable, "")
	want := "unix:path=" + filepath.Join(dir, "bus")
	if addr, err := Settle(t.TempDir(), dir); err != nil || addr != want || os.Getenv(Variable) != want || !Available() {
		t.Fatalf("Settle: %q, %v; variable %q; want %q", addr, err, os.Getenv(Variable), want)
	}
	t.Setenv(Variable, "unix:path=/elsewhere")
	if addr, err := Settle(dir); err != nil || addr != "unix:path=/elsewhere" {
		t.Fatalf("a set address: %q, %v", addr, err)
	}
}

package ui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// TestNoSessionBusNeverLaunches starts the app with DBUS_SESSION_BUS_ADDRESS
// unset, no session bus socket, and a dbus-launch first in PATH that
// records being run: the app runs without a tray, says why in plain words,
// and never runs dbus-launch (godbus would, through Fyne and the tray, and
// the bus it starts would outlive the app).
func TestNoSessionBusNeverLaunches(t *testing.T) {
	display := xvfb(t)
	bin := t.TempDir()
	ran := filepath.Join(t.TempDir(), "dbus-launch-ran")
	script := "#!/bin/sh\necho run >> " + ran + "\nexit 1\n"
	if err := os.WriteFile(filepath.Join(bin, "dbus-launch"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "XDG_RUNTIME_DIR=" + t.TempDir()}
	a := startApp(t, display, env, "env", "-u", "DBUS_SESSION_BUS_ADDRESS")
	a.waitWindow(t, display)
	a.quit(t)
	if _, err := os.Stat(ran); err == nil {
		t.Fatalf("the app ran dbus-launch\n%s", a.out.String())
	}
	if out := a.out.String(); !strings.Contains(out, "no D-Bus session bus") || !strings.Contains(out, "DBUS_SESSION_BUS_ADDRESS is not set") || strings.Contains(out, "exec:") {
		t.Errorf("the app did not say plainly why there is no tray:\n%s", out)
	}
}

// TestNoKeyringKeepsKeysInAFile: with no OS keyring (no D-Bus session),
// new keys bound for the keyring are kept in the profile's passphrase-
// protected file instead, and the editor says so and where.
func TestNoKeyringKeepsKeysInAFile(t *testing.T) {
	test.NewTempApp(t)
	d := demo.New(func() time.Time { return now })
	svc := d.Services()
	svc.NoKeyring = "no desktop keyring (no D-Bus session)"
	ctl := ui.NewController(svc, func() time.Time { return now }, func(f func()) { f() }, func(string, string) {})
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	win := ui.NewWindow(ctl, w, nil, func() {})
	ctl.Reload()
	win.New()
	e := win.Editor()
	e.Set(ui.FieldName, "laptop")
	e.Set(ui.FieldHost, "203.0.113.30")
	e.GenerateKeys()
	e.Save()
	file := svc.Profiles.KeyFile("laptop")
	if want := "Saved. No desktop keyring (no D-Bus session): keys are kept in " + file + ", protected by a passphrase."; e.Message() != want {
		t.Fatalf("message %q, want saved and %q", e.Message(), want)
	}
	if p, _ := ctl.Profile("laptop"); p.Values[ui.FieldKeySource] != "age:"+file {
		t.Errorf("key source %q, want age:%s", p.Values[ui.FieldKeySource], file)
	}
}

package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// childTest marks a test binary run again by runChild: only then do the
// tests that need a process of their own (go-keyring's real provider, not
// the mock other tests install) do their work.
const childTest = "SESAME_TEST_CHILD"

// runChild runs the test named test in a new process of this test binary,
// through wrapper (a command and its arguments, or nothing), with env added,
// and fails t unless it passes.
func runChild(t *testing.T, test string, env []string, wrapper ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	argv := append(wrapper, os.Args[0], "-test.run", "^"+test+"$", "-test.v")
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(append(os.Environ(), childTest+"=1"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: "+test) {
		t.Fatalf("%s in a child process: %v\n%s", test, err, out)
	}
}

func childOnly(t *testing.T) {
	if os.Getenv(childTest) == "" {
		t.Skip("runs in a child process started by its parent test")
	}
}

// TestGnomeKeyring stores, reads, renames and deletes keys in a real
// gnome-keyring: the test binary runs itself again under dbus-run-session,
// which starts a private session bus, with a fresh login keyring unlocked
// in a temporary home.
func TestGnomeKeyring(t *testing.T) {
	if os.Getenv(childTest) != "" {
		t.Skip("in a child process")
	}
	for _, prog := range []string{"dbus-run-session", "gnome-keyring-daemon"} {
		if _, err := exec.LookPath(prog); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing; scripts/install-deps.sh installs dbus and gnome-keyring", prog)
			}
			t.Skipf("%s is not installed (apt-get install dbus gnome-keyring): cannot test against a real keyring", prog)
		}
	}
	home := t.TempDir()
	env := []string{"HOME=" + home, "XDG_DATA_HOME=" + home + "/data", "XDG_RUNTIME_DIR=" + home, "XDG_CONFIG_HOME=" + home + "/config"}
	script := `echo sesame-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"`
	runChild(t, "TestGnomeKeyringChild", env, "dbus-run-session", "--", "sh", "-c", script, "sh")
}

func TestGnomeKeyringChild(t *testing.T) {
	childOnly(t)
	ctx := context.Background()
	s := &Store{Dir: t.TempDir(), Secrets: &Keyring{Service: "sesame-test", Timeout: 20 * time.Second}}
	k := testKeys()
	if err := s.Add(ctx, web1(), &k); err != nil {
		t.Fatal(err)
	}
	got, err := s.Keys(ctx, web1())
	if err != nil || string(got.Rijndael) != string(k.Rijndael) || string(got.HMAC) != string(k.HMAC) {
		t.Fatalf("keys from gnome-keyring: %v", err)
	}
	p := web1()
	p.Name = "renamed"
	if err := s.Update(ctx, "web1", p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Secrets.Get(ctx, "web1"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("old entry: %v", err)
	}
	if err := s.Remove(ctx, "renamed"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Secrets.Get(ctx, "renamed"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("after remove: %v", err)
	}
}

// Without a session bus the keyring is unavailable: a clear error, fast,
// and no key in any file.
func TestNoSessionBus(t *testing.T) {
	if os.Getenv(childTest) != "" {
		t.Skip("in a child process")
	}
	runChild(t, "TestNoSessionBusChild", []string{"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"})
}

func TestNoSessionBusChild(t *testing.T) {
	childOnly(t)
	s := &Store{Dir: t.TempDir(), Secrets: &Keyring{Service: "sesame-test", Timeout: 10 * time.Second}}
	k := testKeys()
	err := s.Add(context.Background(), web1(), &k)
	if !errors.Is(err, ErrNoKeyring) || !strings.Contains(err.Error(), "age:FILE") {
		t.Fatalf("got %v", err)
	}
	if entries, _ := os.ReadDir(s.Dir); len(entries) != 0 {
		t.Fatalf("files written: %v", entries)
	}
}

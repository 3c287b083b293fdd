package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The pid file stays after the daemon stops, as the stock fwknopd's does;
// the released lock says that nothing runs, and a new start takes it over.
func TestPIDFileLeftAtExit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fwknopd.pid")
	pf, err := LockPIDFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := pf.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || strings.TrimSpace(string(b)) != strconv.Itoa(os.Getpid()) {
		t.Fatalf("pid file after exit: %q, %v; want it left with the pid", b, err)
	}
	if _, err := RunningPID(path); !errors.Is(err, ErrNotRunning) {
		t.Errorf("RunningPID after exit: %v, want ErrNotRunning", err)
	}
	pf, err = LockPIDFile(path)
	if err != nil {
		t.Fatalf("a start over the left file: %v", err)
	}
	pf.Close()
}

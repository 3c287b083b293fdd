package onboard

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// startNamed runs sleep under the given program name, so that its
// /proc/PID/comm is that name, and writes its pid file.
func startNamed(t *testing.T, name string) (*exec.Cmd, string) {
	t.Helper()
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep program")
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, name)
	src, err := os.Open(sleep)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(prog, os.O_CREATE|os.O_WRONLY, 0o700)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()
	cmd := exec.Command(prog, "60")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	pidFile := filepath.Join(dir, "fwknopd.pid")
	if err := os.WriteFile(pidFile, []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return cmd, pidFile
}

func TestReloadSignalsDaemon(t *testing.T) {
	cmd, pidFile := startNamed(t, daemonName)
	msg := reload(pidFile)
	if !strings.HasPrefix(msg, "Daemon reloaded (SIGHUP to pid "+strconv.Itoa(cmd.Process.Pid)) {
		t.Fatalf("reload: %s", msg)
	}
	// sleep does not catch SIGHUP, so it dies of it.
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGHUP {
		t.Errorf("process ended with %v, want SIGHUP", err)
	}
}

func TestReloadLeavesOtherProcesses(t *testing.T) {
	cmd, pidFile := startNamed(t, "sleep")
	if msg := reload(pidFile); !strings.Contains(msg, `is "sleep", not fwknopd`) {
		t.Errorf("reload: %s", msg)
	}
	if err := cmd.Process.Signal(syscall.Signal(0)); err != nil {
		t.Errorf("the unrelated process was signalled: %v", err)
	}
}

func TestReloadNoDaemon(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	done := exec.Command("true")
	if err := done.Run(); err != nil {
		t.Skip("no true program")
	}
	tests := map[string]string{
		"":                         "No pid file given",
		filepath.Join(dir, "none"): "not running (no ",
		write("junk", "abc\n"):     "holds no process id",
		write("one", "1\n"):        "holds no process id",
		write("gone", strconv.Itoa(done.Process.Pid)): "is gone",
	}
	for pidFile, want := range tests {
		if msg := reload(pidFile); !strings.Contains(msg, want) {
			t.Errorf("reload(%q) = %q, want %q", pidFile, msg, want)
		}
	}
}

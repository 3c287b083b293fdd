package daemon

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// holderEnv, when set to a path, makes the test binary a stubborn daemon:
// it locks that pid file, ignores SIGTERM and waits to be killed.
const holderEnv = "SESAME_TEST_PIDFILE_HOLDER"

func TestMain(m *testing.M) {
	if path := os.Getenv(holderEnv); path != "" {
		holdPIDFile(path)
		return
	}
	os.Exit(m.Run())
}

func holdPIDFile(path string) {
	signal.Ignore(syscall.SIGTERM)
	if _, err := LockPIDFile(path); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("ready")
	time.Sleep(time.Minute) // bounded: the test kills it long before
	os.Exit(2)
}

// startHolder starts a stubborn daemon holding path and waits until it
// holds it.
func startHolder(t *testing.T, path string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), holderEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Harmless when the test has killed and waited for it already.
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("pid file holder: %q", line)
	}
	return cmd
}

func TestKillFallsBackToSIGKILLAndRemovesPIDFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fwknopd.pid")
	holder := startHolder(t, path)
	if pid, err := RunningPID(path); err != nil || pid != holder.Process.Pid {
		t.Fatalf("RunningPID = %d, %v; want %d", pid, err, holder.Process.Pid)
	}
	var out strings.Builder
	// The holder ignores SIGTERM, so the fallback is certain however short
	// the grace.
	if err := kill(path, &out, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("Killed fwknopd (pid=%d) via SIGKILL\n", holder.Process.Pid)
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the pid file is still there after SIGKILL: %v", err)
	}
	err := holder.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Errorf("holder ended with %v, want killed by SIGKILL", err)
	}
	if err := kill(path, &out, 0); !errors.Is(err, ErrNotRunning) {
		t.Errorf("second -K: %v, want ErrNotRunning", err)
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		writeConf(t, p, text)
		return p
	}
	stale := write("stale.pid", "4242\n")
	if err := removeStale(stale, 4242); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a stale file naming the pid was kept: %v", err)
	}
	// A file that names another pid (a daemon started since) stays.
	other := write("other.pid", "4343\n")
	if err := removeStale(other, 4242); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file naming another pid was removed: %v", err)
	}
	// A file some daemon holds stays, even naming the pid.
	held := filepath.Join(dir, "held.pid")
	pf, err := LockPIDFile(held)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	if err := removeStale(held, os.Getpid()); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(held); err != nil || string(b) != strconv.Itoa(os.Getpid())+"\n" {
		t.Errorf("a held pid file was changed or removed: %q, %v", b, err)
	}
	if err := removeStale(filepath.Join(dir, "absent.pid"), 1); err != nil {
		t.Errorf("absent file: %v", err)
	}
}

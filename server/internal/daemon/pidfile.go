package daemon

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrRunning: another fwknopd holds the pid file's lock.
var ErrRunning = errors.New("an instance of fwknopd is already running")

// ErrNotRunning: no fwknopd holds the pid file's lock.
var ErrNotRunning = errors.New("no running fwknopd detected")

// PIDFile is the pid file of a running daemon, held with an exclusive
// flock(2) for the life of the process: the lock, not the number in the
// file, says whether a daemon runs, so a stale file left by kill -9 never
// blocks a start and -K never signals a recycled pid.
type PIDFile struct {
	f    *os.File
	path string
}

// LockPIDFile creates the pid file (and its directory), locks it and writes
// this process's pid, or returns ErrRunning naming the running pid.
func LockPIDFile(path string) (*PIDFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		pid := readPID(f)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (pid=%d)", ErrRunning, pid)
		}
		return nil, fmt.Errorf("pid file %s: %w", path, err)
	}
	if err := f.Truncate(0); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0); err != nil {
		f.Close()
		return nil, err
	}
	return &PIDFile{f: f, path: path}, nil
}

// Close releases the lock and leaves the file, as the stock fwknopd leaves
// its pid file at exit (fwknop's test suite reads it after the daemon
// stopped): the lock, not the file, says whether a daemon runs.
func (p *PIDFile) Close() error {
	return p.f.Close()
}

func readPID(f *os.File) int {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(b[:n])))
	if err != nil {
		return 0
	}
	return pid
}

// RunningPID returns the pid of the daemon holding the pid file's lock, or
// ErrNotRunning.
func RunningPID(path string) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, ErrNotRunning
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
	if err == nil {
		return 0, ErrNotRunning // nobody holds it: a stale file
	}
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		return 0, fmt.Errorf("pid file %s: %w", path, err)
	}
	pid := readPID(f)
	if pid <= 0 {
		return 0, fmt.Errorf("pid file %s: no pid in it", path)
	}
	return pid, nil
}

// Status prints whether a daemon runs (-S); ErrNotRunning if not.
func Status(path string, out io.Writer) error {
	pid, err := RunningPID(path)
	if err != nil {
		fmt.Fprintln(out, "No running fwknopd detected.")
		return err
	}
	fmt.Fprintf(out, "Detected fwknopd is running (pid=%d).\n", pid)
	return nil
}

// Restart sends SIGHUP to the running daemon (-R), which re-reads its
// configuration as the stock daemon's restart does; grants stay.
func Restart(path string, out io.Writer) error {
	pid, err := RunningPID(path)
	if err != nil {
		fmt.Fprintln(out, "No running fwknopd detected.")
		return err
	}
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		return fmt.Errorf("unable to send signal to fwknopd (pid=%d): %w", pid, err)
	}
	fmt.Fprintf(out, "Sent restart signal to fwknopd (pid=%d)\n", pid)
	return nil
}

// Kill stops the running daemon (-K): SIGTERM, then SIGKILL if it has not
// released its pid file within killGrace. A daemon killed so cannot remove
// its pid file, so Kill removes it (removeStale). Grants stay in the
// firewall unless FLUSH_IPT_AT_EXIT is Y.
func Kill(path string, out io.Writer) error { return kill(path, out, killGrace) }

// kill is Kill with the time SIGTERM is given as a parameter (tests).
func kill(path string, out io.Writer, termGrace time.Duration) error {
	pid, err := RunningPID(path)
	if err != nil {
		return err
	}
	for _, step := range []struct {
		sig   syscall.Signal
		grace time.Duration
	}{{syscall.SIGTERM, termGrace}, {syscall.SIGKILL, killGrace}} {
		if err := syscall.Kill(pid, step.sig); err != nil && !errors.Is(err, syscall.ESRCH) {
			return fmt.Errorf("unable to kill fwknopd (pid=%d): %w", pid, err)
		}
		if !waitStopped(path, step.grace) {
			continue
		}
		if step.sig == syscall.SIGKILL {
			if err := removeStale(path, pid); err != nil {
				fmt.Fprintf(out, "Could not remove the stale pid file %s: %v\n", path, err)
			}
		}
		fmt.Fprintf(out, "Killed fwknopd (pid=%d) via %s\n", pid, sigName(step.sig))
		return nil
	}
	return fmt.Errorf("unable to kill fwknopd (pid=%d)", pid)
}

const killGrace = 5 * time.Second

// removeStale removes the pid file at path if it still names pid and no
// daemon holds it. It takes the file's lock first and checks that the path
// still names the file it locked, so that a daemon starting meanwhile,
// which writes its own pid under the lock, keeps its file.
func removeStale(path string, pid int) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return nil // a new daemon holds it
	}
	if readPID(f) != pid {
		return nil
	}
	locked, err := f.Stat()
	if err != nil {
		return err
	}
	if now, err := os.Stat(path); err != nil || !os.SameFile(locked, now) {
		return nil
	}
	return os.Remove(path)
}

func waitStopped(path string, limit time.Duration) bool {
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := RunningPID(path); errors.Is(err, ErrNotRunning) {
			return true
		}
	}
	return false
}

func sigName(s syscall.Signal) string {
	if s == syscall.SIGKILL {
		return "SIGKILL"
	}
	return "SIGTERM"
}

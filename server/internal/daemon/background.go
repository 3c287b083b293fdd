package daemon

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
)

// backgroundEnv marks the child that StartBackground starts.
const backgroundEnv = "SESAME_FWKNOPD_BACKGROUND"

// readyFD is the descriptor on which the background child reports that it
// serves: the write end of a pipe the parent reads.
const readyFD = 3

// InBackground reports whether this process is the background child of
// StartBackground.
func InBackground() bool { return os.Getenv(backgroundEnv) == "1" }

// StartBackground is the stock daemon's fork into the background without
// -f: it starts this program again with the same arguments in a new
// session, and returns once the child serves (nil) or has failed (its
// error is on stderr, which it shares until it is ready).
func StartBackground(args []string, stderr io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	defer r.Close()
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), backgroundEnv+"=1")
	cmd.Stderr = stderr
	cmd.ExtraFiles = []*os.File{w} // becomes readyFD
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		w.Close()
		return err
	}
	w.Close()
	line, _ := bufio.NewReader(r).ReadString('\n')
	if line == "ready\n" {
		return cmd.Process.Release()
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("the background fwknopd failed: %w", err)
	}
	return errors.New("the background fwknopd exited before serving")
}

// Serve runs the daemon in this process. In the background child it logs
// to syslog (falling back to stderr) and tells the parent when it serves.
func Serve(ctx context.Context, opts Options, cfg *Config, stdout, stderr io.Writer) error {
	stdio := Stdio{Stdout: stdout, Stderr: stderr}
	var ready func()
	if InBackground() {
		if s, err := NewSyslogSink(); err == nil {
			stdio.Human = s
		}
		ready = func() {
			f := os.NewFile(readyFD, "ready")
			f.WriteString("ready\n")
			f.Close()
		}
	}
	return Run(ctx, opts, cfg, stdio, ready)
}

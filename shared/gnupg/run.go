package gnupg

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultExe is the stock's GPG_EXE default.
const DefaultExe = "/usr/bin/gpg"

// DefaultTimeout bounds one gpg run when GPG.Timeout is zero. The agent's
// first start and an RSA-4096 decryption take well under a second; the
// margin is for a loaded machine.
const DefaultTimeout = 10 * time.Second

// maxOutput bounds what is kept of a child's stdout and stderr: SPA data is
// under 1500 bytes, key listings of one home a few kB per key.
const maxOutput = 1 << 20

// Pinentry says how gpg may obtain a passphrase the caller did not give.
type Pinentry int

const (
	// PinentryCancel: gpg asks nobody (--pinentry-mode cancel). A key
	// without a passphrase, or one the agent has cached, still works. For
	// daemons, where no one could answer.
	PinentryCancel Pinentry = iota
	// PinentryAgent: the agent's own pinentry may ask the user (the stock
	// client's --gpg-agent).
	PinentryAgent
)

// GPG runs the gpg program on one GnuPG home. The zero value is not
// usable: Home is required. A GPG is safe for concurrent use.
type GPG struct {
	// Exe is the gpg program (GPG_EXE); DefaultExe when empty.
	Exe string
	// Home is the GnuPG home (--homedir).
	Home string
	// Timeout bounds each run; DefaultTimeout when zero.
	Timeout time.Duration
	// Pinentry applies when an operation is given no passphrase.
	Pinentry Pinentry
	// MaxRuns, when positive, bounds the gpg children running at once
	// (a daemon decrypting a burst of packets); others wait their turn
	// within their own timeout.
	MaxRuns int

	once sync.Once
	sem  chan struct{}
}

// ErrTimeout is returned (wrapped) when gpg did not finish within Timeout.
var ErrTimeout = errors.New("gnupg: gpg did not finish in time and was killed")

// IsHome reports whether dir is a GnuPG home as gpg --import leaves it:
// it has a keybox (pubring.kbx, GnuPG 2.1 and later) or a keyring
// (pubring.gpg).
func IsHome(dir string) bool {
	for _, name := range []string{"pubring.kbx", "pubring.gpg"} {
		if st, err := os.Stat(filepath.Join(dir, name)); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// run is one gpg child: its arguments (after the common ones), stdin, and
// the passphrase to hand over through fd 3 (nil: none).
type run struct {
	args  []string
	stdin []byte
	pass  []byte
}

// result is what one gpg child produced.
type result struct {
	stdout []byte
	stderr []byte
	status []status
	exit   error // from Wait: nil or an *exec.ExitError
}

// status is one "[GNUPG:] KEYWORD args..." line.
type status struct {
	key  string
	args []string
}

func (g *GPG) exe() string {
	if g.Exe != "" {
		return g.Exe
	}
	return DefaultExe
}

func (g *GPG) timeout() time.Duration {
	if g.Timeout > 0 {
		return g.Timeout
	}
	return DefaultTimeout
}

// acquire waits for a run slot (MaxRuns) until ctx ends.
func (g *GPG) acquire(ctx context.Context) (release func(), err error) {
	g.once.Do(func() {
		if g.MaxRuns > 0 {
			g.sem = make(chan struct{}, g.MaxRuns)
		}
	})
	if g.sem == nil {
		return func() {}, nil
	}
	select {
	case g.sem <- struct{}{}:
		return func() { <-g.sem }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%w (waiting for another gpg run)", ErrTimeout)
	}
}

// commonArgs are given to every run, as GPGME gives them: no terminal, no
// questions, machine-readable status on fd 4, the home named.
func (g *GPG) commonArgs(r *run) []string {
	args := []string{"--homedir", g.Home, "--batch", "--no-tty", "--yes", "--status-fd", "4", "--exit-on-status-write-error"}
	switch {
	case r.pass != nil:
		args = append(args, "--pinentry-mode", "loopback", "--passphrase-fd", "3")
	case g.Pinentry == PinentryCancel:
		args = append(args, "--pinentry-mode", "cancel")
	}
	return append(args, r.args...)
}

// exec runs one gpg child and collects its output, killing its process
// group when ctx or the timeout ends first.
func (g *GPG) exec(ctx context.Context, r *run) (*result, error) {
	if g.Home == "" {
		return nil, errors.New("gnupg: no GnuPG home given")
	}
	ctx, cancel := context.WithTimeout(ctx, g.timeout())
	defer cancel()
	release, err := g.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()

	passR, passW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	statR, statW, err := os.Pipe()
	if err != nil {
		passR.Close()
		passW.Close()
		return nil, err
	}
	cmd := exec.Command(g.exe(), g.commonArgs(r)...)
	cmd.Env = childEnv(os.Environ(), r.pass)
	cmd.Stdin = bytes.NewReader(r.stdin)
	var stdout, stderr limitedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.ExtraFiles = []*os.File{passR, statW} // fd 3 and fd 4
	// A process group of its own, killed whole on a timeout (procgroup_unix.go).
	ownGroup(cmd)
	// And a bound on Wait's copying of stdout/stderr, which a descendant
	// outside the group could otherwise hold open.
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		passR.Close()
		passW.Close()
		statR.Close()
		statW.Close()
		return nil, fmt.Errorf("gnupg: starting %s: %w", g.exe(), err)
	}
	passR.Close()
	statW.Close()
	go feedPassphrase(passW, r.pass)

	statusDone := make(chan []status, 1)
	go func() { statusDone <- readStatus(statR) }()
	waitDone := make(chan error, 1)
	go func() { waitDone <- cmd.Wait() }()

	var waitErr error
	timedOut := false
	select {
	case waitErr = <-waitDone:
	case <-ctx.Done():
		timedOut = true
		killGroup(cmd)
		waitErr = <-waitDone
	}
	// The status pipe reaches EOF when every holder of its write end has
	// exited; a descendant outside the group could keep it open, so close
	// our end after a grace period rather than wait forever.
	var st []status
	select {
	case st = <-statusDone:
	case <-time.After(time.Second):
		statR.Close()
		st = <-statusDone
	}
	statR.Close()
	if timedOut {
		return nil, fmt.Errorf("%w after %v (%s --homedir %s)", ErrTimeout, g.timeout(), g.exe(), g.Home)
	}
	return &result{stdout: stdout.Bytes(), stderr: stderr.Bytes(), status: st, exit: waitErr}, nil
}

// feedPassphrase writes the passphrase and a newline to fd 3's pipe and
// closes it; with no passphrase it only closes it. A child that never reads
// it gets EPIPE on our side, which is ignored.
func feedPassphrase(w *os.File, pass []byte) {
	if pass != nil {
		line := make([]byte, 0, len(pass)+1)
		line = append(append(line, pass...), '\n')
		w.Write(line)
		clear(line)
	}
	w.Close()
}

// readStatus reads the status lines until EOF.
func readStatus(r io.Reader) []status {
	var out []status
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64*1024)
	for sc.Scan() && len(out) < 1000 {
		rest, ok := strings.CutPrefix(sc.Text(), "[GNUPG:] ")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) > 0 {
			out = append(out, status{key: f[0], args: f[1:]})
		}
	}
	io.Copy(io.Discard, r) // let the child finish writing
	return out
}

// childEnv is env without GNUPGHOME (--homedir says where), without the
// variables that carry Sesame's secrets, and without any variable whose
// value is the passphrase.
func childEnv(env []string, pass []byte) []string {
	out := make([]string, 0, len(env))
	for _, kv := range env {
		name, val, _ := strings.Cut(kv, "=")
		if name == "GNUPGHOME" || strings.HasPrefix(name, "SESAME_") || len(pass) > 0 && val == string(pass) {
			continue
		}
		out = append(out, kv)
	}
	return out
}

// limitedBuffer keeps the first maxOutput bytes written to it and discards
// the rest, so a runaway child cannot exhaust memory.
type limitedBuffer struct{ bytes.Buffer }

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := maxOutput - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// find returns the first status line with key, nil if none.
func (r *result) find(key string) *status {
	for i := range r.status {
		if r.status[i].key == key {
			return &r.status[i]
		}
	}
	return nil
}

// count is the number of status lines with key.
func (r *result) count(key string) int {
	n := 0
	for _, s := range r.status {
		if s.key == key {
			n++
		}
	}
	return n
}

// libgpg-error codes (the low 16 bits of the numbers in ERROR and FAILURE
// lines; the high bits name the component).
const (
	errBadPassphrase = 11
	errCanceled      = 99
	errNoPinentry    = 85
	errPinentry      = 86
	errNoPassphrase  = 177
)

func isCancel(code int) bool {
	return code == errCanceled || code == errNoPinentry || code == errPinentry || code == errNoPassphrase
}

// errCode is the error code of the first ERROR or FAILURE line, 0 if none.
func (r *result) errCode() int {
	for _, s := range r.status {
		if (s.key == "ERROR" || s.key == "FAILURE") && len(s.args) >= 2 {
			if n, err := strconv.Atoi(s.args[1]); err == nil && n != 0 {
				return n & 0xFFFF
			}
		}
	}
	return 0
}

// has reports whether some status line has key.
func (r *result) has(key string) bool { return r.find(key) != nil }

// stderrLine is the last line gpg wrote on stderr, for error messages (it
// never holds a passphrase: gpg does not echo it).
func (r *result) stderrLine() string {
	lines := strings.Split(strings.TrimSpace(string(r.stderr)), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	if len(last) > 200 {
		last = last[:200]
	}
	return last
}

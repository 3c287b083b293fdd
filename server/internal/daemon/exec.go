package daemon

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/sesame-spa/sesame/server/internal/childcaps"
)

// MaxCommandArgs is how many words a command may have (the stock daemon's
// MAX_CMDLINE_ARGS).
const MaxCommandArgs = 30

// ErrCommand is why a command message was not run.
var ErrCommand = errors.New("command refused")

// SplitCommand turns a command message into an argv exactly as the stock
// daemon's strtoargv does: words are separated by runs of ASCII white space
// (space, \t, \n, \v, \f, \r), and nothing else is special. There is no
// shell: quotes, backslashes, $, `, ;, |, &, <, >, * and ~ are ordinary
// characters of the word they are in, so `touch "a b"` makes the two
// arguments `"a` and `b"`, and `id; rm -rf /` runs id with the arguments
// `;`, `rm`, `-rf` and `/`. argv[0] is looked up in PATH when it has no '/'.
func SplitCommand(cmd string) ([]string, error) {
	var argv []string
	start := -1
	for i := 0; i <= len(cmd); i++ {
		if i < len(cmd) && !isSpace(cmd[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			argv = append(argv, cmd[start:i])
			start = -1
		}
	}
	switch {
	case len(argv) == 0:
		return nil, fmt.Errorf("%w: empty command", ErrCommand)
	case len(argv) > MaxCommandArgs:
		return nil, fmt.Errorf("%w: more than %d words", ErrCommand, MaxCommandArgs)
	}
	return argv, nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Command is a command message to run.
type Command struct {
	Line     string        // the command text from the packet
	UID, GID uint32        // who runs it (CMD_EXEC_USER / CMD_EXEC_GROUP)
	Timeout  time.Duration // killed after this (CMD_EXEC_TIMEOUT)
	// Keep are the capabilities the command keeps: none for a command
	// message, CAP_NET_ADMIN for a CMD_CYCLE command (childcaps.Start).
	Keep childcaps.Set
}

// CommandRunner runs command messages.
type CommandRunner interface {
	Run(ctx context.Context, c Command) (exitCode int, err error)
}

// ExecRunner runs commands as child processes with no shell, an empty
// environment but PATH, stdin from /dev/null, output discarded, and the
// credentials of the command's user (setuid/setgid in the child, which
// needs CAP_SETUID and CAP_SETGID unless it is the daemon's own user), and
// only the capabilities in Command.Keep: childcaps.Start clears the
// ambient and inheritable sets the daemon holds and sets no_new_privs, so
// a non-root daemon's command runs with no capability at all.
type ExecRunner struct {
	// CanSwitchUser: the process may run commands as another user.
	CanSwitchUser bool
}

// Run starts c and waits for it, killing it at c.Timeout.
func (r ExecRunner) Run(ctx context.Context, c Command) (int, error) {
	argv, err := SplitCommand(c.Line)
	if err != nil {
		return -1, err
	}
	self := uint32(os.Geteuid()) == c.UID && uint32(os.Getegid()) == c.GID
	if !self && !r.CanSwitchUser {
		return -1, fmt.Errorf("%w: running as uid %d needs CAP_SETUID and CAP_SETGID", ErrCommand, c.UID)
	}
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
	cmd.Dir = "/"
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if !self {
		// Groups is empty on purpose: the daemon's supplementary groups
		// must not leak to the command.
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: c.UID, Gid: c.GID, Groups: []uint32{}}
	}
	// Kill the whole process group at the timeout, not just the leader.
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	if err = childcaps.Start(cmd, c.Keep); err == nil {
		err = cmd.Wait()
	}
	if ctx.Err() == context.DeadlineExceeded {
		return -1, fmt.Errorf("%w: killed after %s", ErrCommand, c.Timeout)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), nil
	}
	if err != nil {
		return -1, fmt.Errorf("%w: %w", ErrCommand, err)
	}
	return 0, nil
}

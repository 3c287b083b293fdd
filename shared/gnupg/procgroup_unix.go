//go:build unix

package gnupg

import (
	"os/exec"
	"syscall"
)

// ownGroup starts gpg in a process group of its own, so a timeout kills
// whatever gpg (or a wrapper script given as GPG_EXE) started that still
// holds our pipes. The agent detaches into a session of its own and
// survives, as it should.
func ownGroup(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} }

// killGroup kills the group ownGroup made.
func killGroup(cmd *exec.Cmd) { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }

//go:build !darwin && !windows

package sshlaunch

import "os/exec"

// Terminal returns a command that opens the user's terminal emulator
// running argv (for example "ssh" and the result of Args). The caller
// starts it; the terminal outlives the call.
func Terminal(argv []string) (*exec.Cmd, error) {
	return unixTerminal(argv, osEnv())
}

package sshlaunch

import "os/exec"

// Terminal returns a command that opens a Terminal.app window running argv
// (for example "ssh" and the result of Args). The caller starts it.
func Terminal(argv []string) (*exec.Cmd, error) {
	return macTerminal(argv), nil
}

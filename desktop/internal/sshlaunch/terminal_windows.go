package sshlaunch

import "os/exec"

// Terminal returns a command that opens Windows Terminal (or a console
// window) running argv, for example "ssh" and the result of Args. The
// caller starts it.
func Terminal(argv []string) (*exec.Cmd, error) {
	return windowsTerminal(argv, osEnv()), nil
}

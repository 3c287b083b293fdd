package cli

import (
	"errors"
	"os"
	"os/exec"
)

// execSSH runs ssh with this console and exits with its status, as
// Windows has no exec.
func execSSH(args []string) error {
	path, err := exec.LookPath("ssh")
	if err != nil {
		return errNoSSH
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		os.Exit(exitErr.ExitCode())
	}
	if err != nil {
		return err
	}
	os.Exit(0)
	return nil
}

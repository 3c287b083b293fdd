//go:build !windows

package cli

import (
	"os"
	"os/exec"
	"syscall"
)

// execSSH replaces this process with ssh, so that ssh has the terminal and
// its exit status is the command's.
func execSSH(args []string) error {
	path, err := exec.LookPath("ssh")
	if err != nil {
		return errNoSSH
	}
	return syscall.Exec(path, append([]string{"ssh"}, args...), os.Environ())
}

//go:build !unix

package gnupg

import "os/exec"

// ownGroup: Windows has no process groups to kill as one, and gpg's
// passphrase and status descriptors (fd 3 and 4) cannot be handed to a
// child there either, so starting gpg fails with an error naming it; these
// exist so that the Windows client, which links this package, builds.
func ownGroup(*exec.Cmd) {}

// killGroup kills gpg itself.
func killGroup(cmd *exec.Cmd) { _ = cmd.Process.Kill() }

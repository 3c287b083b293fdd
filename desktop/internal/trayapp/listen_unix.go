//go:build unix

package trayapp

import (
	"net"
	"syscall"
)

// listenPrivate makes the unix socket at path with a umask that leaves no
// moment at which another user could connect (Listen chmods it after too).
func listenPrivate(path string) (net.Listener, error) {
	old := syscall.Umask(0o177)
	defer syscall.Umask(old)
	return net.Listen("unix", path)
}

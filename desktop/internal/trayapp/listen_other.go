//go:build !unix

package trayapp

import "net"

// listenPrivate makes the socket at path. Windows has no umask: the
// socket's folder (SocketPath, in the user's own profile) keeps others
// out, and Listen chmods the file after.
func listenPrivate(path string) (net.Listener, error) {
	return net.Listen("unix", path)
}

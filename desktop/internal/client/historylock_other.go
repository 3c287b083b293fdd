//go:build !unix

package client

// lockHistory does nothing where there is no flock: the two-process
// desktop (tray and window) runs on Linux only.
func lockHistory(string) (unlock func()) { return func() {} }

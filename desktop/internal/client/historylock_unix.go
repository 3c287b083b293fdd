//go:build unix

package client

import (
	"os"
	"syscall"
)

// lockHistory holds an exclusive flock on path's ".lock" companion until
// the returned function runs, so the tray and the window process never
// interleave the read and the write of one Add. Where the lock cannot be
// taken (a read-only folder), Add goes on unlocked: a lost row is better
// than a knock that fails for its history.
func lockHistory(path string) (unlock func()) {
	f, err := os.OpenFile(path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return func() {}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return func() {}
	}
	return func() { f.Close() } // closing the file releases the lock
}

// Package childcaps starts child processes with the Linux capabilities
// they are meant to have and no more.
//
// fwknopd runs unprivileged with ambient capabilities (CAP_NET_ADMIN,
// CAP_NET_RAW, and CAP_SETUID/CAP_SETGID where commands run as another
// user): the iptables program it runs itself must inherit them. A child
// that os/exec starts plainly inherits them too, so a command message
// could run `iptables -I INPUT -j ACCEPT` or `setpriv --reuid=0`. Start
// fixes that at the mechanism: the child gets exactly the capabilities
// the caller names, whatever user it runs as.
//
// # How
//
// Capabilities, the ambient set and no_new_privs are per thread on Linux,
// and os/exec forks the child from the calling OS thread (syscall
// forkAndExecInChild1: clone(CLONE_VFORK|CLONE_VM) on the current thread;
// the child gets a copy of that thread's credentials). Start therefore runs
// exec.Cmd.Start on a fresh goroutine that has called runtime.LockOSThread
// and changed only its own thread: no_new_privs on, the inheritable set
// cut to the kept capabilities, the ambient set cleared and the kept ones
// raised again. The effective and permitted sets are left alone, so the
// child can still setuid/setgid to SysProcAttr.Credential before execve.
// The goroutine then returns without runtime.UnlockOSThread, and the Go
// runtime terminates a thread whose goroutine exits locked ("If the calling
// goroutine exits without unlocking the thread, the thread will be
// terminated", runtime.LockOSThread; the main thread would be wedged
// instead, so Start never limits that one). While the thread is locked,
// any new thread the runtime needs is cloned by its template thread, not
// from this one (runtime.newm, lockedExt != 0), so the change never
// spreads. All this was read in Go 1.26's syscall/exec_linux.go and
// runtime/proc.go (goexit0, mexit, newm) and is tested: no thread of the
// process is left limited. The rest of the process, and the daemon's own
// iptables runs, keep their capabilities. This is the technique of
// libcap's cap.Launcher.
//
// # What the child holds
//
// After execve a child of a non-root process holds, in CapEff, CapPrm,
// CapInh and CapAmb, the kept capabilities that the process held in its
// permitted set (and bounding set), and nothing else: file capabilities
// and setuid bits are inert under no_new_privs, and the inheritable set
// left is the kept one. A child that runs as uid 0 (the daemon is root and
// no other user is named) gets root's full capabilities from the kernel at
// execve whatever this package does, as with the stock fwknopd; a root
// process that switches the child to another user drops every capability
// at that setuid.
//
// no_new_privs is set on every child on purpose: a command must not gain
// through a setuid or file-capability program (sudo, su, a setcap'd tool)
// more than it was given. The shipped systemd unit sets NoNewPrivileges
// anyway; setting it here makes a daemon started by hand behave the same.
// A command that needs another user's rights runs as that user
// (CMD_EXEC_USER) instead.
package childcaps

import (
	"errors"
	"fmt"
	"os/exec"
	"runtime"

	"golang.org/x/sys/unix"
)

// Set is a set of capabilities: bit n is capability n of linux/capability.h.
type Set uint64

// None keeps no capability: what a command message gets.
const None Set = 0

// NetAdmin is CAP_NET_ADMIN alone: what CMD_CYCLE commands keep so that
// the iptables they usually run works under an unprivileged daemon.
const NetAdmin Set = 1 << unix.CAP_NET_ADMIN

// Start starts cmd (exec.Cmd.Start) with its ambient and inheritable sets
// set to keep (less what this process does not hold) and no_new_privs on.
// The rest of the process is not changed. cmd is waited for as usual.
func Start(cmd *exec.Cmd, keep Set) error {
	errc := make(chan error, 1)
	go startLocked(cmd, keep, errc)
	return <-errc
}

// startLocked starts cmd from a thread of its own that it limits first
// and leaves to the runtime to end.
func startLocked(cmd *exec.Cmd, keep Set, errc chan<- error) {
	runtime.LockOSThread()
	if unix.Gettid() == unix.Getpid() {
		// The main thread is wedged, not ended, when a goroutine exits
		// locked to it; it would go on showing the limited sets in
		// /proc/PID/status. Hold it, untouched, while another thread
		// (which cannot be this one while it is held) does the work.
		defer runtime.UnlockOSThread()
		inner := make(chan error, 1)
		go startLocked(cmd, keep, inner)
		errc <- <-inner
		return
	}
	// No UnlockOSThread: this thread's credentials are changed for good,
	// so the runtime must end it when this goroutine returns.
	if err := restrictThread(keep); err != nil {
		errc <- fmt.Errorf("limiting the capabilities of %s: %w", cmd.Path, err)
		return
	}
	errc <- cmd.Start()
}

// restrictThread limits the calling thread, which must be locked, so that
// what it starts holds keep at most.
func restrictThread(keep Set) error {
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return fmt.Errorf("PR_SET_NO_NEW_PRIVS: %w", err)
	}
	hdr := unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
	var data [2]unix.CapUserData // pid 0: this thread
	if err := unix.Capget(&hdr, &data[0]); err != nil {
		return fmt.Errorf("capget: %w", err)
	}
	keep &= Set(data[0].Permitted) | Set(data[1].Permitted)<<32
	keep &= bounding(keep)
	// Without CAP_SETPCAP a bit may enter the inheritable set only from
	// the permitted and bounding sets, which keep is now within.
	data[0].Inheritable, data[1].Inheritable = uint32(keep), uint32(keep>>32)
	if err := unix.Capset(&hdr, &data[0]); err != nil {
		return fmt.Errorf("capset inheritable=%#x: %w", uint64(keep), err)
	}
	// Cutting the inheritable set already drops the other ambient bits
	// (ambient must stay within permitted and inheritable); clear anyway,
	// so that the result does not rest on that rule.
	err := unix.Prctl(unix.PR_CAP_AMBIENT, unix.PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
	if errors.Is(err, unix.EINVAL) {
		return nil // a kernel before 4.3 has no ambient set: nothing to clear or raise
	}
	if err != nil {
		return fmt.Errorf("PR_CAP_AMBIENT_CLEAR_ALL: %w", err)
	}
	for c := range 64 {
		if keep&(1<<c) == 0 {
			continue
		}
		if err := unix.Prctl(unix.PR_CAP_AMBIENT, unix.PR_CAP_AMBIENT_RAISE, uintptr(c), 0, 0); err != nil {
			return fmt.Errorf("PR_CAP_AMBIENT_RAISE %d: %w", c, err)
		}
	}
	return nil
}

// bounding returns the capabilities of s that are in the bounding set.
func bounding(s Set) Set {
	var in Set
	for c := range 64 {
		if s&(1<<c) == 0 {
			continue
		}
		// prctl returns 1 for a capability in the set, a result
		// unix.Prctl drops: call it raw.
		r, _, e := unix.RawSyscall6(unix.SYS_PRCTL, unix.PR_CAPBSET_READ, uintptr(c), 0, 0, 0, 0)
		if e == 0 && r == 1 {
			in |= 1 << c
		}
	}
	return in
}

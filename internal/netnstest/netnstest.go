// Package netnstest gives integration tests their own Linux network
// namespaces, so that tests can change firewalls, bind addresses and send
// packets without touching the host's network.
//
// New makes one empty namespace (loopback up); Pair makes two, "server" and
// "client", joined by a veth link carrying 198.51.100.1/24 and 2001:db8::1/64
// on the server side and 198.51.100.7/24 and 2001:db8::7/64 on the client
// side. A program runs inside a namespace with NS.Command or NS.Run (through
// `ip netns exec`), Go code with NS.Do. Everything is removed by t.Cleanup:
// the processes left in the namespace are killed and the namespace deleted.
//
// The package needs root and the iproute2 `ip` command; RequireRoot skips the
// calling test with a clear message where either is missing. Addresses come
// only from the documentation ranges 198.51.100.0/24 and 2001:db8::/32.
//
// An NS may be used from several goroutines at once: Do runs each function on
// an OS thread of its own.
package netnstest

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/sys/unix"
)

// The addresses Pair puts on the veth link.
var (
	ServerAddr4 = netip.MustParseAddr("198.51.100.1")
	ClientAddr4 = netip.MustParseAddr("198.51.100.7")
	ServerAddr6 = netip.MustParseAddr("2001:db8::1")
	ClientAddr6 = netip.MustParseAddr("2001:db8::7")
)

// Link is the name of the veth end that Pair puts in each namespace.
const Link = "sesame0"

// Prefix starts the name of every namespace this package creates.
const Prefix = "sesame-"

// NS is a network namespace created for one test.
type NS struct {
	// Name is the namespace's name under /run/netns, as `ip netns` knows it.
	Name string

	mu   sync.Mutex
	cmds []*exec.Cmd // made by Command, killed at cleanup
}

// RequireRoot skips t unless the process is root and `ip netns` works.
func RequireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("netnstest: skipped: network namespaces need root (CI runs as root)")
	}
	if out, err := exec.Command("ip", "netns", "list").CombinedOutput(); err != nil {
		t.Skipf("netnstest: skipped: `ip netns` is unavailable (install iproute2): %v: %s", err, out)
	}
}

var validName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,23}$`)

// New creates a namespace named Prefix + name + "-" + a random suffix, with
// its loopback interface up, and deletes it when the test ends. It skips the
// test as RequireRoot does; name must be short lower-case letters, digits
// and dashes.
func New(t testing.TB, name string) *NS {
	t.Helper()
	RequireRoot(t)
	if !validName.MatchString(name) {
		t.Fatalf("netnstest: namespace name %q: want 1-24 of [a-z0-9-]", name)
	}
	var suffix [4]byte
	if _, err := rand.Read(suffix[:]); err != nil {
		t.Fatalf("netnstest: random name: %v", err)
	}
	ns := &NS{Name: Prefix + name + "-" + hex.EncodeToString(suffix[:])}
	ip(t, "netns", "add", ns.Name)
	t.Cleanup(func() { ns.remove(t) })
	ip(t, "-n", ns.Name, "link", "set", "lo", "up")
	return ns
}

// Pair creates a "server" and a "client" namespace joined by a veth link
// named Link at both ends, addressed as the package documentation says.
// IPv6 addresses skip duplicate address detection so they work at once.
func Pair(t testing.TB) (server, client *NS) {
	t.Helper()
	server, client = New(t, "server"), New(t, "client")
	ip(t, "-n", server.Name, "link", "add", Link, "type", "veth", "peer", "name", Link, "netns", client.Name)
	for _, end := range []struct {
		ns     *NS
		v4, v6 netip.Addr
	}{{server, ServerAddr4, ServerAddr6}, {client, ClientAddr4, ClientAddr6}} {
		ip(t, "-n", end.ns.Name, "addr", "add", netip.PrefixFrom(end.v4, 24).String(), "dev", Link)
		ip(t, "-n", end.ns.Name, "-6", "addr", "add", netip.PrefixFrom(end.v6, 64).String(), "dev", Link, "nodad")
		ip(t, "-n", end.ns.Name, "link", "set", Link, "up")
	}
	return server, client
}

// Command returns a command that runs the program name inside the namespace.
func (ns *NS) Command(name string, arg ...string) *exec.Cmd {
	cmd := exec.Command("ip", append([]string{"netns", "exec", ns.Name, name}, arg...)...)
	ns.mu.Lock()
	ns.cmds = append(ns.cmds, cmd)
	ns.mu.Unlock()
	return cmd
}

// Run runs the program name inside the namespace and returns its standard
// output; it fails the test, showing standard error, if the program fails.
func (ns *NS) Run(t testing.TB, name string, arg ...string) string {
	t.Helper()
	cmd := ns.Command(name, arg...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("netnstest: in %s: %s %s: %v: %s", ns.Name, name, strings.Join(arg, " "), err, stderr.String())
	}
	return string(out)
}

// ErrAborted is returned by Do when its function ended without returning,
// as runtime.Goexit (t.FailNow, t.Skip) makes it do.
var ErrAborted = errors.New("netnstest: function inside Do did not return (t.FailNow or runtime.Goexit?)")

// Do runs f on an OS thread that has entered the namespace and returns f's
// error. Whatever f does on its own goroutine happens inside the namespace:
// sockets it opens belong to the namespace, and programs it starts with
// os/exec run in it (the child inherits the thread's namespace). Goroutines
// that f starts do not: they run on other threads.
//
// Afterwards the thread goes back to its namespace; if that fails it stays
// locked to Do's goroutine, so the runtime discards it rather than letting
// other goroutines run in the wrong namespace. f must not call t.FailNow;
// if it does, Do returns ErrAborted.
func (ns *NS) Do(f func() error) error {
	err := ErrAborted
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.LockOSThread()
		back, e := unix.Open("/proc/thread-self/ns/net", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if e != nil {
			err = fmt.Errorf("netnstest: open own namespace: %w", e)
			return
		}
		defer unix.Close(back)
		if e := ns.enter(); e != nil {
			err = e
			return
		}
		defer func() {
			if unix.Setns(back, unix.CLONE_NEWNET) == nil {
				runtime.UnlockOSThread()
			}
		}()
		e = f() // err stays ErrAborted if f never returns
		err = e
	}()
	<-done
	return err
}

// Path is the namespace's file under /run/netns.
func (ns *NS) Path() string { return "/run/netns/" + ns.Name }

// Inode identifies the namespace: /proc/PID/ns/net of any process inside it
// links to "net:[Inode]".
func (ns *NS) Inode() (uint64, error) {
	var st unix.Stat_t
	if err := unix.Stat(ns.Path(), &st); err != nil {
		return 0, fmt.Errorf("netnstest: %s: %w", ns.Path(), err)
	}
	return st.Ino, nil
}

func (ns *NS) enter() error {
	fd, err := unix.Open(ns.Path(), unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("netnstest: open %s: %w", ns.Path(), err)
	}
	defer unix.Close(fd)
	if err := unix.Setns(fd, unix.CLONE_NEWNET); err != nil {
		return fmt.Errorf("netnstest: setns %s: %w", ns.Name, err)
	}
	return nil
}

// remove kills the processes still inside the namespace (all started by the
// test, since nothing else knows its name) and deletes it.
func (ns *NS) remove(t testing.TB) {
	t.Helper()
	// A command started just before cleanup may still be `ip netns exec`
	// on its way into the namespace, invisible to `ip netns pids`: kill
	// the commands this package made by their own pid first.
	ns.mu.Lock()
	for _, cmd := range ns.cmds {
		if cmd.Process != nil {
			cmd.Process.Kill() // an error means it has already ended
		}
	}
	ns.mu.Unlock()
	out, err := exec.Command("ip", "netns", "pids", ns.Name).Output()
	if err != nil {
		t.Errorf("netnstest: ip netns pids %s: %v", ns.Name, err)
	}
	for _, field := range strings.Fields(string(out)) {
		pid, err := strconv.Atoi(field)
		if err != nil || pid == os.Getpid() {
			continue
		}
		if err := unix.Kill(pid, unix.SIGKILL); err != nil && !errors.Is(err, unix.ESRCH) {
			t.Errorf("netnstest: kill %d in %s: %v", pid, ns.Name, err)
		}
	}
	if out, err := exec.Command("ip", "netns", "del", ns.Name).CombinedOutput(); err != nil {
		t.Errorf("netnstest: ip netns del %s: %v: %s", ns.Name, err, out)
	}
}

func ip(t testing.TB, arg ...string) {
	t.Helper()
	if out, err := exec.Command("ip", arg...).CombinedOutput(); err != nil {
		t.Fatalf("netnstest: ip %s: %v: %s", strings.Join(arg, " "), err, out)
	}
}

// ServeTCP listens on addr inside the namespace and accepts and closes
// connections until the test ends: a stand-in for sshd behind the
// firewall, for tests that check whether a TCP connect gets through.
func (ns *NS) ServeTCP(t testing.TB, addr string) net.Listener {
	t.Helper()
	var ln net.Listener
	if err := ns.Do(func() (err error) {
		ln, err = net.Listen("tcp", addr)
		return err
	}); err != nil {
		t.Fatalf("netnstest: listen on %s in %s: %v", addr, ns.Name, err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return ln
}

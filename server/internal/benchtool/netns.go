package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// Addresses on the veth link between the two namespaces of a pair (the
// documentation ranges 198.51.100.0/24 and 2001:db8::/32).
const (
	serverAddr  = "198.51.100.1"
	clientAddr  = "198.51.100.7"
	serverAddr6 = "2001:db8::1"
	clientAddr6 = "2001:db8::7"
	link        = "spabench0"
)

// netns is a network namespace this program created.
type netns struct{ name string }

// registry remembers what the program created, so that cleanup removes
// all of it however the program ends.
type registry struct {
	mu    sync.Mutex
	nss   []*netns
	procs []*os.Process
	dirs  []string
}

var created registry

// cleanup kills the processes the program started (by pid) and deletes
// its namespaces.
func (r *registry) cleanup() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, p := range r.procs {
		p.Kill()
	}
	r.procs = nil
	for _, d := range r.dirs {
		os.RemoveAll(d)
	}
	r.dirs = nil
	for _, ns := range r.nss {
		exec.Command("ip", "netns", "del", ns.name).Run()
	}
	r.nss = nil
}

func (r *registry) addProc(p *os.Process) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.procs = append(r.procs, p)
}

// tempDir makes a private folder that cleanup removes, on tmpfs where
// there is one: the stock daemon's digest cache lives on tmpfs (/run) in
// Debian, and a disk's writeback would only add noise to the timings.
func (r *registry) tempDir() (string, error) {
	parent := ""
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		parent = "/dev/shm"
	}
	d, err := os.MkdirTemp(parent, "spabench-")
	if err != nil {
		return "", err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.dirs = append(r.dirs, d)
	return d, nil
}

// newNS creates a namespace named prefix-role with loopback up.
func newNS(prefix, role string) (*netns, error) {
	ns := &netns{name: prefix + "-" + role}
	if err := ipCmd("netns", "add", ns.name); err != nil {
		return nil, err
	}
	created.mu.Lock()
	created.nss = append(created.nss, ns)
	created.mu.Unlock()
	return ns, ipCmd("-n", ns.name, "link", "set", "lo", "up")
}

// newPair creates a server and a client namespace joined by a veth link.
func newPair(prefix string) (server, client *netns, err error) {
	if server, err = newNS(prefix, "srv"); err != nil {
		return nil, nil, err
	}
	if client, err = newNS(prefix, "cli"); err != nil {
		return nil, nil, err
	}
	if err := ipCmd("-n", server.name, "link", "add", link, "type", "veth", "peer", "name", link, "netns", client.name); err != nil {
		return nil, nil, err
	}
	for _, end := range []struct {
		ns          *netns
		addr, addr6 string
	}{{server, serverAddr, serverAddr6}, {client, clientAddr, clientAddr6}} {
		if err := ipCmd("-n", end.ns.name, "addr", "add", end.addr+"/24", "dev", link); err != nil {
			return nil, nil, err
		}
		// nodad: the address is usable at once.
		if err := ipCmd("-n", end.ns.name, "addr", "add", end.addr6+"/64", "dev", link, "nodad"); err != nil {
			return nil, nil, err
		}
		if err := ipCmd("-n", end.ns.name, "link", "set", link, "up"); err != nil {
			return nil, nil, err
		}
	}
	return server, client, nil
}

// delete removes the namespace now (cleanup would do it at exit).
func (ns *netns) delete() {
	created.mu.Lock()
	defer created.mu.Unlock()
	for i, n := range created.nss {
		if n == ns {
			created.nss = append(created.nss[:i], created.nss[i+1:]...)
			break
		}
	}
	exec.Command("ip", "netns", "del", ns.name).Run()
}

// command runs a program inside the namespace.
func (ns *netns) command(name string, arg ...string) *exec.Cmd {
	return exec.Command("ip", append([]string{"netns", "exec", ns.name, name}, arg...)...)
}

// run runs a program inside the namespace and returns its output.
func (ns *netns) run(name string, arg ...string) (string, error) {
	out, err := ns.command(name, arg...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("in %s: %s %s: %v: %s", ns.name, name, strings.Join(arg, " "), err, out)
	}
	return string(out), nil
}

// do runs f on an OS thread inside the namespace: sockets f opens belong
// to it. The thread is thrown away afterwards rather than reused in the
// wrong namespace.
func (ns *netns) do(f func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread exits with the goroutine
		fd, err := unix.Open("/run/netns/"+ns.name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			errc <- err
			return
		}
		err = unix.Setns(fd, unix.CLONE_NEWNET)
		unix.Close(fd)
		if err != nil {
			errc <- fmt.Errorf("setns %s: %w", ns.name, err)
			return
		}
		errc <- f()
	}()
	return <-errc
}

func ipCmd(arg ...string) error {
	if out, err := exec.Command("ip", arg...).CombinedOutput(); err != nil {
		return fmt.Errorf("ip %s: %v: %s", strings.Join(arg, " "), err, out)
	}
	return nil
}

package netnstest_test

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

func netLink(t *testing.T, ns *netnstest.NS) string {
	t.Helper()
	ino, err := ns.Inode()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("net:[%d]", ino)
}

// The property the firewall tests rely on: inside Do, both the thread itself
// and every program it starts through os/exec are in the namespace, while
// the rest of the process stays where it was.
func TestDoEntersNamespace(t *testing.T) {
	ns := netnstest.New(t, "do")
	want := netLink(t, ns)
	host, err := os.Readlink("/proc/thread-self/ns/net")
	if err != nil {
		t.Fatal(err)
	}
	if host == want {
		t.Fatalf("test process already in %s", want)
	}
	var thread, child string
	err = ns.Do(func() error {
		var err error
		if thread, err = os.Readlink("/proc/thread-self/ns/net"); err != nil {
			return err
		}
		out, err := exec.Command("readlink", "/proc/self/ns/net").Output()
		child = strings.TrimSpace(string(out))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if thread != want || child != want {
		t.Errorf("inside Do: thread in %s, child process in %s; want both %s", thread, child, want)
	}
	// The thread went back: the process, including its main thread, is
	// still in the host namespace after many calls.
	for range 20 {
		if err := ns.Do(func() error { return nil }); err != nil {
			t.Fatal(err)
		}
	}
	for _, link := range []string{"/proc/self/ns/net", "/proc/thread-self/ns/net"} {
		if after, _ := os.Readlink(link); after != host {
			t.Errorf("after Do %s is %s, want %s", link, after, host)
		}
	}
}

func TestDoReturnsError(t *testing.T) {
	ns := netnstest.New(t, "err")
	sentinel := errors.New("sentinel")
	if err := ns.Do(func() error { return sentinel }); err != sentinel {
		t.Errorf("Do = %v, want the function's error", err)
	}
	if err := ns.Do(func() error { runtime.Goexit(); return nil }); !errors.Is(err, netnstest.ErrAborted) {
		t.Errorf("Do with Goexit = %v, want ErrAborted", err)
	}
}

func TestRunInNamespace(t *testing.T) {
	ns := netnstest.New(t, "run")
	if got, want := strings.TrimSpace(ns.Run(t, "readlink", "/proc/self/ns/net")), netLink(t, ns); got != want {
		t.Errorf("Run: child in %s, want %s", got, want)
	}
	links := ns.Run(t, "ip", "-o", "link", "show")
	if !strings.Contains(links, "lo:") || !strings.Contains(links, "UP") || strings.Count(links, "\n") != 1 {
		t.Errorf("a new namespace should hold only loopback, up; got:\n%s", links)
	}
}

// TCP over the veth link, both families, server side listening in one
// namespace and the client dialling from the other.
func TestPairConnects(t *testing.T) {
	server, client := netnstest.Pair(t)
	for _, addr := range []netip.Addr{netnstest.ServerAddr4, netnstest.ServerAddr6} {
		var ln net.Listener
		if err := server.Do(func() (err error) {
			ln, err = net.Listen("tcp", netip.AddrPortFrom(addr, 0).String())
			return err
		}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		go func() {
			if c, err := ln.Accept(); err == nil {
				c.Close()
			}
		}()
		var local netip.AddrPort
		err := client.Do(func() error {
			c, err := net.DialTimeout("tcp", ln.Addr().String(), 5*time.Second)
			if err != nil {
				return err
			}
			defer c.Close()
			local = c.LocalAddr().(*net.TCPAddr).AddrPort()
			return nil
		})
		if err != nil {
			t.Fatalf("dial %s from the client namespace: %v", ln.Addr(), err)
		}
		if want := map[bool]netip.Addr{true: netnstest.ClientAddr4, false: netnstest.ClientAddr6}[addr.Is4()]; local.Addr().Unmap() != want {
			t.Errorf("client address %s, want %s", local.Addr(), want)
		}
	}
}

// Cleanup kills what runs inside and deletes the namespace.
func TestCleanupRemovesEverything(t *testing.T) {
	var name string
	var cmd *exec.Cmd
	t.Run("inner", func(t *testing.T) {
		ns := netnstest.New(t, "cleanup")
		name = ns.Name
		cmd = ns.Command("sleep", "600")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	})
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err == nil {
			t.Error("sleep 600 exited normally; want it killed")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the process inside the namespace survived cleanup")
	}
	out, err := exec.Command("ip", "netns", "list").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), name) {
		t.Errorf("namespace %s still listed after cleanup:\n%s", name, out)
	}
}

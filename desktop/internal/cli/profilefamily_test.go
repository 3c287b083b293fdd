package cli

import (
	"bytes"
	"io"
	"net"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// storeRun runs `sesame knock` or `sesame profile` with a store of its
// own, the test keys in LO_KEYS and lookup for server names.
func storeRun(t *testing.T, lookup hosts) func(args ...string) (int, string, string) {
	keyring.MockInit()
	env := map[string]string{"SESAME_CONFIG_DIR": filepath.Join(t.TempDir(), "config"), "LO_KEYS": keysText}
	return func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		sys := testSystem(&out, &errOut, env)
		sys.Lookup = lookup
		st := 0
		if args[0] == "knock" {
			st = Knock(args[1:], sys)
		} else {
			st = Profile(args[1:], sys, strings.NewReader(""))
		}
		return st, out.String(), errOut.String()
	}
}

// `sesame knock NAME -6` honours -6 as the flags do: the server's name
// resolves to its IPv6 address and the packet goes there. It went to the
// IPv4 address: the profile path read only --server-resolve-ipv4.
func TestKnockProfileIPv6Option(t *testing.T) {
	port, receive := listenUDP6(t)
	run := storeRun(t, hosts{
		"dual.example": {netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")},
		"v6.example":   {netip.MustParseAddr("::1")},
	})
	for name, allow := range map[string]string{"dual": "2001:db8::7", "v6": "source"} {
		if st, _, errOut := run("profile", "add", name, "--host", name+".example", "--port", port,
			"--access", "udp/53", "--allow", allow, "--key-source", "env:LO_KEYS"); st != 0 {
			t.Fatal(errOut)
		}
	}
	st, out, errOut := run("knock", "dual", "-6")
	if st != 0 || !strings.Contains(out, "[::1]:"+port+"/udp") {
		t.Fatalf("exit %d, %q %q", st, out, errOut)
	}
	if m := receive(); m.Message != "2001:db8::7,udp/53" {
		t.Fatalf("message %q", m.Message)
	}
	// -4 on a name with no IPv4 address: refused, nothing sent.
	st, out, errOut = run("knock", "v6", "-4")
	if st != 1 || out != "" || !strings.Contains(errOut, `cannot resolve host "v6.example" to an IPv4 address`) {
		t.Fatalf("-4: exit %d, %q %q", st, out, errOut)
	}
	// -4 against an IPv6 allow address fixed in the profile.
	st, _, errOut = run("knock", "dual", "-4")
	if st != 1 || !strings.Contains(errOut, "-4 asks for IPv4, but -a 2001:db8::7 is not an IPv4 address") {
		t.Fatalf("-4 with an IPv6 allow address: exit %d, %q", st, errOut)
	}
}

// listenHTTP6 listens on [::1] for TCP and returns its port and a function
// that reads one request's head.
func listenHTTP6(t *testing.T) (string, func() string) {
	t.Helper()
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		t.Skipf("no IPv6 loopback: %v", err)
	}
	t.Cleanup(func() { ln.Close() })
	return strings.TrimPrefix(ln.Addr().String(), "[::1]:"), func() string {
		t.Helper()
		ln.(*net.TCPListener).SetDeadline(time.Now().Add(10 * time.Second))
		c, err := ln.Accept()
		if err != nil {
			t.Fatalf("no request arrived: %v", err)
		}
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		head, _ := io.ReadAll(c) // the client closes after the request
		return string(head)
	}
}

// SPA over HTTP to an IPv6 literal writes it in brackets in the Host
// header, from the flags and from a saved profile alike. The profile path
// wrote "Host: ::1".
func TestKnockHTTPHostIPv6(t *testing.T) {
	port, receive := listenHTTP6(t)
	run := storeRun(t, nil)
	if st, _, errOut := run("profile", "add", "web6", "--host", "::1", "--port", port, "--transport", "http",
		"--access", "udp/53", "--allow", "source", "--key-source", "env:LO_KEYS"); st != 0 {
		t.Fatal(errOut)
	}
	for _, args := range [][]string{
		{"knock", "web6"},
		append([]string{"knock", "-P", "http", "-D", "::1", "-p", port, "-A", "udp/53", "-s"}, testKeyArgs...),
	} {
		if st, out, errOut := run(args...); st != 0 {
			t.Fatalf("%q: exit %d, %q %q", args, st, out, errOut)
		}
		if head := receive(); !strings.Contains(head, "\r\nHost: [::1]\r\n") || !strings.HasPrefix(head, "GET /") {
			t.Errorf("%q: request %q", args, head)
		}
	}
}

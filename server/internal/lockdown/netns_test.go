package lockdown

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// dropWait is how long a connect may go unanswered before it counts as
// dropped; a connect that is let in answers within milliseconds.
const dropWait = 500 * time.Millisecond

var counters = regexp.MustCompile(`\[\d+:\d+\]`)

// ruleset is iptables-save and ip6tables-save without comments and counters.
func ruleset(t *testing.T, ns *netnstest.NS) string {
	t.Helper()
	var b strings.Builder
	for _, cmd := range []string{"iptables-save", "ip6tables-save"} {
		for _, l := range strings.Split(ns.Run(t, cmd), "\n") {
			if !strings.HasPrefix(l, "#") {
				b.WriteString(counters.ReplaceAllString(l, "") + "\n")
			}
		}
	}
	return b.String()
}

// setupServer makes the server namespace look like one where the daemon
// runs: its grant chain jumped to first from INPUT, in both families, and
// an echo server on port 22 of both addresses.
func setupServer(t *testing.T) (server, client *netnstest.NS) {
	server, client = netnstest.Pair(t)
	for _, cmd := range []string{"iptables", "ip6tables"} {
		server.Run(t, cmd, "-N", "FWKNOP_INPUT")
		server.Run(t, cmd, "-I", "INPUT", "1", "-j", "FWKNOP_INPUT")
	}
	for _, addr := range []string{"198.51.100.1:22", "[2001:db8::1]:22"} {
		var ln net.Listener
		if err := server.Do(func() (err error) { ln, err = net.Listen("tcp", addr); return err }); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		go echo(ln)
	}
	return server, client
}

func echo(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() { defer c.Close(); io.Copy(c, c) }()
	}
}

func dial(t *testing.T, client *netnstest.NS, addr string) (net.Conn, error) {
	t.Helper()
	var c net.Conn
	err := client.Do(func() (err error) {
		c, err = net.DialTimeout("tcp", addr, dropWait)
		return err
	})
	if err == nil {
		t.Cleanup(func() { c.Close() })
	}
	return c, err
}

// roundTrip checks that c still carries data both ways.
func roundTrip(t *testing.T, c net.Conn) {
	t.Helper()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write([]byte("x")); err != nil {
		t.Fatalf("write on established connection: %v", err)
	}
	buf := make([]byte, 1)
	if _, err := io.ReadFull(c, buf); err != nil {
		t.Fatalf("established connection cut: %v", err)
	}
}

func run(t *testing.T, ns *netnstest.NS, f func(context.Context, Options) error, opts Options) (string, error) {
	t.Helper()
	var out strings.Builder
	opts.Out = &out
	err := ns.Do(func() error { return f(context.Background(), opts) })
	return out.String(), err
}

func TestLockdownInNamespace(t *testing.T) {
	server, client := setupServer(t)
	before := ruleset(t, server)

	established, err := dial(t, client, "198.51.100.1:22")
	if err != nil {
		t.Fatalf("connect before lockdown: %v", err)
	}
	roundTrip(t, established)

	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22,udp/53", Yes: true})
	if err != nil {
		t.Fatalf("Lockdown: %v\n%s", err, out)
	}
	for _, want := range []string{
		"iptables -t filter -N SESAME_LOCKDOWN",
		"iptables -t filter -A SESAME_LOCKDOWN -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
		"ip6tables -t filter -A SESAME_LOCKDOWN -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j DROP",
		"iptables -t filter -A SESAME_LOCKDOWN -p udp -m udp --dport 53 -j DROP",
		"iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The printed commands are exactly what the kernel now holds.
	for _, cmd := range []string{"iptables", "ip6tables"} {
		got := server.Run(t, cmd, "-S", "INPUT")
		if !strings.Contains(got, "-A INPUT -j FWKNOP_INPUT\n-A INPUT -j SESAME_LOCKDOWN\n") {
			t.Errorf("%s INPUT: want the grant jump right before the lockdown jump:\n%s", cmd, got)
		}
	}

	roundTrip(t, established)
	for _, addr := range []string{"198.51.100.1:22", "[2001:db8::1]:22"} {
		if _, err := dial(t, client, addr); err == nil {
			t.Errorf("new connection to %s let in after lockdown", addr)
		}
	}
	var lc net.Conn
	if err := server.Do(func() (err error) { lc, err = net.DialTimeout("tcp", "127.0.0.1:22", dropWait); return err }); err == nil {
		lc.Close()
	} else if !strings.Contains(err.Error(), "refused") {
		t.Errorf("loopback blocked: %v", err) // nothing listens there: refused, not dropped
	}

	again, err := run(t, server, Lockdown, Options{Ports: "tcp/22,udp/53", Yes: true})
	if err != nil || !strings.Contains(again, "nothing to change") {
		t.Errorf("second Lockdown: %v\n%s", err, again)
	}

	grant := []string{"FWKNOP_INPUT", "-p", "6", "-s", "198.51.100.7", "--dport", "22", "-j", "ACCEPT"}
	server.Run(t, "iptables", append([]string{"-A"}, grant...)...)
	granted, err := dial(t, client, "198.51.100.1:22")
	if err != nil {
		t.Fatalf("a grant in FWKNOP_INPUT did not win over the lockdown: %v", err)
	}
	roundTrip(t, granted)
	server.Run(t, "iptables", append([]string{"-D"}, grant...)...)

	out, err = run(t, server, Undo, Options{})
	if err != nil {
		t.Fatalf("Undo: %v\n%s", err, out)
	}
	if !strings.Contains(out, "iptables -t filter -X SESAME_LOCKDOWN") {
		t.Errorf("Undo output lacks the chain removal:\n%s", out)
	}
	if after := ruleset(t, server); after != before {
		t.Errorf("Undo did not restore the ruleset:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	if _, err := dial(t, client, "198.51.100.1:22"); err != nil {
		t.Errorf("connect after Undo: %v", err)
	}
	roundTrip(t, established)
}

func TestLockdownGrantChainAddedLater(t *testing.T) {
	server, client := netnstest.Pair(t)
	var ln net.Listener
	if err := server.Do(func() (err error) { ln, err = net.Listen("tcp", "198.51.100.1:22"); return err }); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go echo(ln)
	if out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true}); err != nil {
		t.Fatalf("Lockdown: %v\n%s", err, out)
	}
	// The daemon starting after the lockdown puts its jump first, as the
	// stock fwknopd does.
	server.Run(t, "iptables", "-N", "FWKNOP_INPUT")
	server.Run(t, "iptables", "-I", "INPUT", "1", "-j", "FWKNOP_INPUT")
	server.Run(t, "iptables", "-A", "FWKNOP_INPUT", "-p", "6", "-s", "198.51.100.7", "--dport", "22", "-j", "ACCEPT")
	if _, err := dial(t, client, "198.51.100.1:22"); err != nil {
		t.Fatalf("grant added after the lockdown did not win: %v", err)
	}
}

func TestLockdownRefusesWithoutConntrack(t *testing.T) {
	server, _ := setupServer(t)
	before := ruleset(t, server)
	// A match module the kernel does not have stands for a missing conntrack.
	old := establishedRule
	establishedRule = []string{"-m", "sesame_no_such_match", "-j", "ACCEPT"}
	t.Cleanup(func() { establishedRule = old })

	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true})
	if !errors.Is(err, ErrConntrack) {
		t.Fatalf("Lockdown error %v, want ErrConntrack\n%s", err, out)
	}
	if after := ruleset(t, server); after != before {
		t.Errorf("a refused lockdown left rules behind:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func TestLockdownNeedsYesWithoutTerminal(t *testing.T) {
	server, _ := setupServer(t)
	before := ruleset(t, server)
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", In: devnull})
	if !errors.Is(err, ErrNeedYes) {
		t.Fatalf("Lockdown error %v, want ErrNeedYes", err)
	}
	if !strings.Contains(out, "-j DROP") {
		t.Errorf("the commands were not shown before refusing:\n%s", out)
	}
	if after := ruleset(t, server); after != before {
		t.Errorf("ruleset changed without confirmation")
	}
}

// With IPTablesExe iptables-legacy (FIREWALL_EXE), the lockdown goes in
// the legacy tables of both families, as printed, and none in
// iptables-nft's; Undo takes it out of the same tables.
func TestLockdownIPTablesLegacy(t *testing.T) {
	const legacy = "/usr/sbin/iptables-legacy"
	server, client := netnstest.Pair(t)
	if _, err := os.Stat(legacy); err != nil {
		t.Skipf("%s is not installed", legacy)
	}
	var ln net.Listener
	if err := server.Do(func() (err error) { ln, err = net.Listen("tcp", "198.51.100.1:22"); return err }); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go echo(ln)

	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true, IPTablesExe: legacy})
	if err != nil {
		t.Fatalf("Lockdown: %v\n%s", err, out)
	}
	for _, want := range []string{legacy + " -t filter -N SESAME_LOCKDOWN", "/usr/sbin/ip6tables-legacy -t filter -N SESAME_LOCKDOWN"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, cmd := range []string{legacy, "/usr/sbin/ip6tables-legacy"} {
		if got := server.Run(t, cmd, "-S", "INPUT"); !strings.Contains(got, "-A INPUT -j SESAME_LOCKDOWN") {
			t.Errorf("%s INPUT lacks the lockdown jump:\n%s", cmd, got)
		}
	}
	if got := server.Run(t, "iptables-nft", "-S"); strings.Contains(got, "SESAME_LOCKDOWN") {
		t.Errorf("the lockdown went to iptables-nft's tables:\n%s", got)
	}
	if _, err := dial(t, client, "198.51.100.1:22"); err == nil {
		t.Error("new connection let in after lockdown")
	}
	if out, err := run(t, server, Undo, Options{IPTablesExe: legacy}); err != nil {
		t.Fatalf("Undo: %v\n%s", err, out)
	}
	if _, err := dial(t, client, "198.51.100.1:22"); err != nil {
		t.Errorf("connect after Undo: %v", err)
	}
}

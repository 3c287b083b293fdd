package lockdown

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/google/nftables/expr"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// adminRuleset is Debian's /etc/nftables.conf (policy accept: the lockdown
// is what drops) with one rule of the administrator's in the input chain.
const adminRuleset = `flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy accept;
		tcp dport 8080 accept
	}
	chain forward {
		type filter hook forward priority filter; policy accept;
	}
	chain output {
		type filter hook output priority filter; policy accept;
	}
}
`

// setupNFT makes a server namespace with adminRuleset loaded and an echo
// server on port 22 of both addresses, and a client namespace.
func setupNFT(t *testing.T) (server, client *netnstest.NS) {
	t.Helper()
	netnstest.RequireRoot(t)
	if _, err := exec.LookPath("nft"); err != nil {
		t.Skip("lockdown: skipped: no nft command to load the administrator's ruleset (scripts/install-deps.sh installs the nftables package)")
	}
	server, client = netnstest.Pair(t)
	cmd := server.Command("nft", "-f", "-")
	cmd.Stdin = strings.NewReader(adminRuleset)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nft -f: %v: %s", err, out)
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

// nftBackend opens the nftables backend in ns, as fwknopd does.
func nftBackend(t *testing.T, ns *netnstest.NS) *firewall.NFTables {
	t.Helper()
	var fw *firewall.NFTables
	if err := ns.Do(func() (err error) {
		fw, err = firewall.NewNFTables(firewall.DefaultConfig(), firewall.DefaultNFTConfig())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fw.Close() })
	return fw
}

func nftRuleset(t *testing.T, ns *netnstest.NS) string {
	t.Helper()
	return ns.Run(t, "nft", "list", "ruleset")
}

// chainText is the input chain's rules as nft lists them, after the ones
// the lockdown puts: the grant rules, then the lockdown, then the
// administrator's.
func chainText(withGrants bool, rules []rule) string {
	var b strings.Builder
	if withGrants {
		b.WriteString("\t\tip6 saddr . ip6 daddr . meta l4proto . th dport @sesame_grants6 accept comment \"sesame: fwknopd grants (ipv6)\"\n" +
			"\t\tip saddr . ip daddr . meta l4proto . th dport @sesame_grants4 accept comment \"sesame: fwknopd grants (ipv4)\"\n")
	}
	for _, r := range rules {
		b.WriteString("\t\t" + r.nftText() + " comment \"" + r.nftComment() + "\"\n")
	}
	b.WriteString("\t\ttcp dport 8080 accept\n")
	return b.String()
}

func wantChain(t *testing.T, ns *netnstest.NS, withGrants bool, ports string) {
	t.Helper()
	pp, err := parsePorts(ports)
	if err != nil {
		t.Fatal(err)
	}
	want := "type filter hook input priority filter; policy accept;\n" + chainText(withGrants, wantRules(pp)) + "\t}"
	if got := ns.Run(t, "nft", "list", "chain", "inet", "filter", "input"); !strings.Contains(got, want) {
		t.Errorf("input chain:\n%s\nwant the rules:\n%s", got, want)
	}
}

// With the nftables backend the lockdown drops new connections from its
// place right below the grant rules, keeps established ones and loopback,
// lets a grant in; --fw-flush (the backend's Flush) keeps it, and with
// Undo the administrator's ruleset is exactly as it was.
func TestLockdownNFTables(t *testing.T) {
	server, client := setupNFT(t)
	before := nftRuleset(t, server)
	established, err := dial(t, client, "198.51.100.1:22")
	if err != nil {
		t.Fatalf("connect before lockdown: %v", err)
	}
	roundTrip(t, established)

	fw := nftBackend(t, server)
	if err := server.Do(func() error { return fw.Init(context.Background()) }); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22,udp/53", Yes: true, NFTables: fw})
	if err != nil {
		t.Fatalf("Lockdown: %v\n%s", err, out)
	}
	for _, want := range []string{
		`nft insert rule inet filter input position `,
		` iifname "lo" accept comment "sesame: lockdown loopback"`,
		` tcp dport 22 tcp flags syn / fin,syn,rst,ack drop comment "sesame: lockdown tcp/22"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// What was printed is what nft lists, in place.
	wantChain(t, server, true, "tcp/22,udp/53")

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
		t.Errorf("loopback blocked: %v", err)
	}
	again, err := run(t, server, Lockdown, Options{Ports: "tcp/22,udp/53", Yes: true, NFTables: fw})
	if err != nil || !strings.Contains(again, "nothing to change") {
		t.Errorf("second Lockdown: %v\n%s", err, again)
	}

	for _, g := range []struct{ src, dst string }{{"198.51.100.7", "198.51.100.1:22"}, {"2001:db8::7", "[2001:db8::1]:22"}} {
		grant := firewall.Grant{Source: netip.MustParseAddr(g.src), Proto: firewall.TCP, Port: 22, Expires: time.Now().Add(time.Hour)}
		if err := server.Do(func() error { return fw.Grant(context.Background(), grant) }); err != nil {
			t.Fatal(err)
		}
		granted, err := dial(t, client, g.dst)
		if err != nil {
			t.Fatalf("a grant did not win over the lockdown: %v", err)
		}
		roundTrip(t, granted)
	}

	if err := server.Do(func() error { return fw.Flush(context.Background()) }); err != nil {
		t.Fatal(err)
	}
	wantChain(t, server, false, "tcp/22,udp/53")
	if _, err := dial(t, client, "198.51.100.1:22"); err == nil {
		t.Error("new connection let in after Flush: it removed the lockdown")
	}
	roundTrip(t, established)
	if out, err := run(t, server, Undo, Options{NFTables: fw}); err != nil {
		t.Fatalf("Undo: %v\n%s", err, out)
	}
	if after := nftRuleset(t, server); after != before {
		t.Errorf("Flush and Undo did not restore the administrator's ruleset:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// Locked down before the daemon ever ran, the rules go first; the backend
// then puts its grant rules above them, and the lockdown is in place as it
// is. Other ports rebuild it; Undo removes exactly the lockdown.
func TestLockdownNFTablesBeforeDaemon(t *testing.T) {
	server, client := setupNFT(t)
	before := nftRuleset(t, server)
	fw := nftBackend(t, server)
	if out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true, NFTables: fw}); err != nil {
		t.Fatalf("Lockdown: %v\n%s", err, out)
	}
	wantChain(t, server, false, "tcp/22")
	if err := server.Do(func() error { return fw.Init(context.Background()) }); err != nil {
		t.Fatal(err)
	}
	wantChain(t, server, true, "tcp/22")
	if out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true, NFTables: fw}); err != nil || !strings.Contains(out, "nothing to change") {
		t.Errorf("Lockdown after the daemon's start: %v\n%s", err, out)
	}
	grant := firewall.Grant{Source: netip.MustParseAddr("198.51.100.7"), Proto: firewall.TCP, Port: 22, Expires: time.Now().Add(time.Hour)}
	if err := server.Do(func() error { return fw.Grant(context.Background(), grant) }); err != nil {
		t.Fatal(err)
	}
	if _, err := dial(t, client, "198.51.100.1:22"); err != nil {
		t.Fatalf("grant added after the lockdown did not win: %v", err)
	}
	if out, err := run(t, server, Lockdown, Options{Ports: "udp/53,tcp/22", Yes: true, NFTables: fw}); err != nil {
		t.Fatalf("Lockdown with other ports: %v\n%s", err, out)
	}
	wantChain(t, server, true, "udp/53,tcp/22")

	out, err := run(t, server, Undo, Options{NFTables: fw})
	if err != nil || !strings.Contains(out, "nft delete rule inet filter input handle ") {
		t.Fatalf("Undo: %v\n%s", err, out)
	}
	if got := server.Run(t, "nft", "list", "chain", "inet", "filter", "input"); strings.Contains(got, "lockdown") {
		t.Errorf("Undo left lockdown rules:\n%s", got)
	}
	if err := server.Do(func() error { return fw.Flush(context.Background()) }); err != nil {
		t.Fatal(err)
	}
	if after := nftRuleset(t, server); after != before {
		t.Errorf("ruleset after Undo and Flush:\n%s\nwant:\n%s", after, before)
	}
}

func TestLockdownNFTablesRefusesWithoutConntrack(t *testing.T) {
	server, _ := setupNFT(t)
	fw := nftBackend(t, server)
	if err := server.Do(func() error { return fw.Init(context.Background()) }); err != nil {
		t.Fatal(err)
	}
	before := nftRuleset(t, server)
	// A conntrack key the kernel does not have stands for a missing
	// conntrack.
	old := ctStateKey
	ctStateKey = expr.CtKey(0xff)
	t.Cleanup(func() { ctStateKey = old })

	out, err := run(t, server, Lockdown, Options{Ports: "tcp/22", Yes: true, NFTables: fw})
	if !errors.Is(err, ErrConntrack) {
		t.Fatalf("Lockdown error %v, want ErrConntrack\n%s", err, out)
	}
	if after := nftRuleset(t, server); after != before {
		t.Errorf("a refused lockdown left rules behind:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

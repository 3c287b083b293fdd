package firewall_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// requireNFT skips tb unless it can run the nft command in a namespace
// (the tests build the administrator's ruleset with it, as people do).
func requireNFT(tb testing.TB) {
	tb.Helper()
	netnstest.RequireRoot(tb)
	if _, err := exec.LookPath("nft"); err != nil {
		tb.Skip("firewall: skipped: no nft command (scripts/install-deps.sh installs the nftables package)")
	}
}

// nftablesIn opens NFTables instances working on ns's ruleset: the
// netlink socket belongs to the namespace it is opened in.
func nftablesIn(t testing.TB, ns *netnstest.NS, cfg firewall.Config, nft firewall.NFTConfig) func() *firewall.NFTables {
	return func() *firewall.NFTables {
		var fw *firewall.NFTables
		if err := ns.Do(func() (err error) {
			fw, err = firewall.NewNFTables(cfg, nft)
			return err
		}); err != nil {
			t.Fatalf("NewNFTables: %v", err)
		}
		t.Cleanup(func() { fw.Close() })
		return fw
	}
}

// debianRuleset is /etc/nftables.conf as Debian ships it, with the input
// policy turned to drop, as administrators do.
const debianRuleset = `flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		iif lo accept
		ct state established,related accept
		icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert } accept
	}
	chain forward {
		type filter hook forward priority filter;
	}
	chain output {
		type filter hook output priority filter;
	}
}
`

// loadRuleset runs `nft -f` with rules in ns, as an administrator would.
func loadRuleset(t testing.TB, ns *netnstest.NS, rules string) {
	t.Helper()
	cmd := ns.Command("nft", "-f", "-")
	cmd.Stdin = strings.NewReader(rules)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nft -f in %s: %v: %s", ns.Name, err, out)
	}
}

// clockFrom is a clock that reads base when called first and runs on
// from there at the speed of the kernel's.
func clockFrom(base time.Time) func() time.Time {
	start := time.Now()
	return func() time.Time { return base.Add(time.Since(start)) }
}

func TestNFTablesConformance(t *testing.T) {
	requireNFT(t)
	for _, mode := range []struct {
		name    string
		ruleset string
	}{
		{"OwnTable", ""},
		{"AdminTable", debianRuleset},
	} {
		t.Run(mode.name, func(t *testing.T) {
			testConformance(t, func(t *testing.T, cfg firewall.Config) opener {
				ns := netnstest.New(t, "nft")
				if mode.ruleset != "" {
					loadRuleset(t, ns, mode.ruleset)
				}
				nft := firewall.DefaultNFTConfig()
				// The suite's times are around t0, from t0 on.
				nft.Now = clockFrom(t0.Add(-time.Minute))
				open := nftablesIn(t, ns, cfg, nft)
				return func() firewall.Firewall { return open() }
			})
		})
	}
}

// ruleset is `nft list ruleset` in ns.
func ruleset(t testing.TB, ns *netnstest.NS) string {
	t.Helper()
	return ns.Run(t, "nft", "list", "ruleset")
}

func wantRuleset(t *testing.T, ns *netnstest.NS, want string) {
	t.Helper()
	if got := ruleset(t, ns); got != want {
		t.Errorf("nft list ruleset:\n%s\nwant:\n%s", got, want)
	}
}

// The layout in the administrator's table, as nft prints it, stays one
// rule per family however often Init runs, and Flush leaves the ruleset
// as it found it.
func TestNFTablesLayout(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftlayout")
	loadRuleset(t, ns, debianRuleset)
	before := ruleset(t, ns)
	nft := firewall.DefaultNFTConfig()
	open := nftablesIn(t, ns, firewall.DefaultConfig(), nft)
	fw := mustInit(t, open())
	mustInit(t, fw)
	mustInit(t, open())
	if err := ns.Do(func() error {
		g := tcp(client4, 22, time.Now().Add(time.Hour))
		g.SourcePrefix = netip.MustParsePrefix("198.51.100.0/24")
		return fw.Grant(context.Background(), g)
	}); err != nil {
		t.Fatal(err)
	}
	got := ruleset(t, ns)
	for _, want := range []string{
		"set sesame_grants4 {\n\t\ttype ipv4_addr . ipv4_addr . inet_proto . inet_service\n\t\tflags interval,timeout\n",
		"set sesame_grants6 {\n\t\ttype ipv6_addr . ipv6_addr . inet_proto . inet_service\n\t\tflags interval,timeout\n",
		"elements = { 198.51.100.0/24 . 0.0.0.0/0 . tcp . 22 timeout ",
		"\t\ttype filter hook input priority filter; policy drop;\n" +
			"\t\tip6 saddr . ip6 daddr . meta l4proto . th dport @sesame_grants6 accept comment \"sesame: fwknopd grants (ipv6)\"\n" +
			"\t\tip saddr . ip daddr . meta l4proto . th dport @sesame_grants4 accept comment \"sesame: fwknopd grants (ipv4)\"\n" +
			"\t\tiif \"lo\" accept\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("nft list ruleset lacks %q:\n%s", want, got)
		}
	}
	if err := open().Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	wantRuleset(t, ns, before)
}

// Elements expire by themselves: no Expire call closes the port.
func TestNFTablesKernelExpires(t *testing.T) {
	requireNFT(t)
	s := newNFTServer(t)
	open := nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())
	fw := mustInit(t, open())
	exp := time.Unix(time.Now().Add(2*time.Second).Unix(), 0)
	gs := []firewall.Grant{tcp(netnstest.ClientAddr4, s.port, exp), tcp(netnstest.ClientAddr6, s.port, exp)}
	mustGrant(t, fw, gs...)
	s.wantOpen(t, netnstest.ServerAddr4, s.port, true, "after Grant")
	s.wantOpen(t, netnstest.ServerAddr6, s.port, true, "after Grant")
	waitEmpty(t, mustInit(t, open()), 5*time.Second) // another instance: fw's record stays as it was
	s.wantOpen(t, netnstest.ServerAddr4, s.port, false, "after the timeout")
	s.wantOpen(t, netnstest.ServerAddr6, s.port, false, "after the timeout")
	// Expire finds the elements gone and reports the grants from its record.
	removed, next, err := fw.Expire(context.Background(), time.Now())
	if err != nil || !slices.Equal(strs(removed), strs(gs)) || !next.IsZero() {
		t.Errorf("Expire after the kernel's expiry = %q, next %v, %v; want %q, nothing next", strs(removed), next, err, strs(gs))
	}
	wantList(t, fw)
}

// waitEmpty polls List until the kernel has let every grant go.
func waitEmpty(t *testing.T, fw firewall.Firewall, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		gs, err := fw.List(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("grants still listed %v after their expiry", limit)
}

// A repeated knock extends the element's timeout in the kernel itself,
// which re-adding alone does not do on Linux 6.1.
func TestNFTablesRefreshExtends(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftrefresh")
	fw := mustInit(t, nftablesIn(t, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())())
	now := time.Now()
	mustGrant(t, fw, tcp(client4, 22, now.Add(10*time.Second)), tcp(client4, 22, now.Add(100*time.Second)))
	got := ruleset(t, ns)
	if !strings.Contains(got, "timeout 1m") || strings.Contains(got, "timeout 10s") {
		t.Errorf("after the extension the element should time out in about 100 s:\n%s", got)
	}
}

// Refreshing deletes and re-adds the element in one batch: a client that
// keeps connecting meanwhile never meets a moment without access.
func TestNFTablesExtendKeepsAccess(t *testing.T) {
	s := newNFTServer(t)
	fw := mustInit(t, nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())())
	// An extension takes some 150 µs here against milliseconds with
	// iptables: many more of them for as many connects in between.
	extendWhileDialing(t, s.server, fw, netnstest.ServerAddr4, netnstest.ClientAddr4, 1000)
	extendWhileDialing(t, s.server, fw, netnstest.ServerAddr6, netnstest.ClientAddr6, 1000)
	if got := strings.Count(ruleset(t, s.ns), "comment \"_exp_"); got != 2 {
		t.Errorf("after the extensions want one element per family, got %d:\n%s", got, ruleset(t, s.ns))
	}
}

// A new daemon lists the grants of the one before.
func TestNFTablesRestart(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftrestart")
	loadRuleset(t, ns, debianRuleset)
	open := nftablesIn(t, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())
	exp := time.Unix(time.Now().Add(time.Hour).Unix(), 0)
	gs := []firewall.Grant{tcp(client4, 22, exp), tcp(client6, 443, exp.Add(time.Second))}
	mustGrant(t, mustInit(t, open()), gs...)
	wantList(t, mustInit(t, open()), gs...)
}

// The administrator reloads their ruleset with `flush ruleset`: Check puts
// the sets, the grants and the rules back, and so does the next Grant.
func TestNFTablesRulesetReload(t *testing.T) {
	requireNFT(t)
	s := newNFTServer(t)
	fw := nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())()
	mustInit(t, fw)
	exp := time.Unix(time.Now().Add(time.Hour).Unix(), 0)
	g4, g6 := tcp(netnstest.ClientAddr4, s.port, exp), tcp(netnstest.ClientAddr6, s.port, exp)
	mustGrant(t, fw, g4, g6)
	ctx := context.Background()
	check := func(want bool) {
		t.Helper()
		if restored, err := fw.Check(ctx); err != nil || restored != want {
			t.Fatalf("Check = %v, %v; want %v", restored, err, want)
		}
	}
	check(false)

	loadRuleset(t, s.ns, s.ruleset)
	s.wantOpen(t, netnstest.ServerAddr4, s.port, false, "after the reload")
	check(true)
	check(false)
	s.wantOpen(t, netnstest.ServerAddr4, s.port, true, "after Check")
	s.wantOpen(t, netnstest.ServerAddr6, s.port, true, "after Check")
	wantList(t, fw, g4, g6)

	loadRuleset(t, s.ns, s.ruleset)
	mustGrant(t, fw, tcp(other4, 22, exp)) // finds its set gone and restores all
	wantList(t, fw, g4, tcp(other4, 22, exp), g6)
	s.wantOpen(t, netnstest.ServerAddr6, s.port, true, "after a Grant following the reload")
}

// Without the administrator's table the backend keeps its own (table inet
// sesame); once their ruleset is loaded, Check moves the grants into it and
// removes its own table.
func TestNFTablesOwnTableMovesIntoAdmins(t *testing.T) {
	s := newNFTServer(t)
	s.ns.Run(t, "nft", "flush", "ruleset")
	fw := nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())()
	mustInit(t, fw)
	if got := ruleset(t, s.ns); !strings.Contains(got, "table inet sesame {") || !strings.Contains(got, "type filter hook input priority filter - 1; policy accept;") {
		t.Errorf("own table missing or not a base chain at priority filter - 1:\n%s", got)
	}
	g := tcp(netnstest.ClientAddr4, s.port, time.Unix(time.Now().Add(time.Hour).Unix(), 0))
	mustGrant(t, fw, g)
	loadRuleset(t, s.ns, strings.TrimPrefix(s.ruleset, "flush ruleset\n"))
	// inet filter now drops, and an accept in inet sesame cannot help.
	s.wantOpen(t, netnstest.ServerAddr4, s.port, false, "with the grant in the backend's own table")
	if restored, err := fw.Check(context.Background()); err != nil || !restored {
		t.Fatalf("Check = %v, %v; want the grants moved", restored, err)
	}
	if got := ruleset(t, s.ns); strings.Contains(got, "table inet sesame") {
		t.Errorf("own table left behind:\n%s", got)
	}
	s.wantOpen(t, netnstest.ServerAddr4, s.port, true, "with the grant in the administrator's table")
	wantList(t, fw, g)
}

// nftServer is a server namespace whose administrator drops everything in
// inet filter input, with a listener in both families.
type nftServer struct {
	*server
	ruleset string
}

func newNFTServer(t *testing.T) *nftServer {
	requireNFT(t)
	s := &nftServer{server: newListener(t), ruleset: debianRuleset}
	loadRuleset(t, s.ns, s.ruleset)
	return s
}

// The point of it all, where the default drop lives in nftables: the port
// opens over IPv4 and IPv6 for the granted source only.
func TestNFTablesOpensPort(t *testing.T) {
	s := newNFTServer(t)
	ctx := context.Background()
	fw := mustInit(t, nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())())
	for _, c := range []struct{ server, client, other netip.Addr }{
		{netnstest.ServerAddr4, netnstest.ClientAddr4, netip.MustParseAddr("198.51.100.8")},
		{netnstest.ServerAddr6, netnstest.ClientAddr6, netip.MustParseAddr("2001:db8::8")},
	} {
		s.wantOpen(t, c.server, s.port, false, "before Grant")
		g := tcp(c.other, s.port, time.Now().Add(time.Hour))
		mustGrant(t, fw, g)
		s.wantOpen(t, c.server, s.port, false, "with a grant for another source")
		if err := fw.Revoke(ctx, g); err != nil {
			t.Fatal(err)
		}
		g.Source = c.client
		mustGrant(t, fw, g)
		s.wantOpen(t, c.server, s.port, true, "after Grant")
		if err := fw.Revoke(ctx, g); err != nil {
			t.Fatal(err)
		}
		s.wantOpen(t, c.server, s.port, false, "after Revoke")
	}
}

// GRANT_PREFIX: a /24 grant admits another address of the prefix, and not
// one outside it.
func TestNFTablesGrantPrefix(t *testing.T) {
	s := newNFTServer(t)
	fw := mustInit(t, nftablesIn(t, s.ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())())
	second := netip.MustParseAddr("198.51.100.77")
	s.client.Run(t, "ip", "addr", "add", second.String()+"/24", "dev", netnstest.Link)
	g := tcp(netnstest.ClientAddr4, s.port, time.Now().Add(time.Hour))
	g.SourcePrefix = netip.MustParsePrefix("198.51.100.0/25")
	mustGrant(t, fw, g)
	if err := s.dialFrom(second, netnstest.ServerAddr4, openWait); err != nil {
		t.Errorf("dial from %s inside the granted %s: %v", second, g.SourcePrefix, err)
	}
	outside := netip.MustParseAddr("198.51.100.200")
	s.client.Run(t, "ip", "addr", "add", outside.String()+"/24", "dev", netnstest.Link)
	if err := s.dialFrom(outside, netnstest.ServerAddr4, dropped); err == nil {
		t.Errorf("dial from %s outside the granted %s got through", outside, g.SourcePrefix)
	}
}

// natRuleset drops what is not granted on the input and the forward hook.
const natRuleset = `flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
	}
	chain forward {
		type filter hook forward priority filter; policy drop;
		ct state established,related accept
	}
}
`

// NAT access: a port of the server sends the granted client on to the
// server's own listener (local NAT) or to a host behind it (forwarded),
// in both families, through the DNAT map and the accept it goes with.
func TestNFTablesNAT(t *testing.T) {
	requireNFT(t)
	s := newListener(t)
	loadRuleset(t, s.ns, natRuleset)
	behind, behindAddr4, behindAddr6 := newBehind(t, s.ns)
	var behindPort uint16
	for _, a := range []netip.Addr{behindAddr4, behindAddr6} {
		behindPort = listen(t, behind, netip.AddrPortFrom(a, behindPort))
	}
	fw := mustInit(t, nftablesIn(t, s.ns, natCfg(), firewall.DefaultNFTConfig())())
	exp := time.Now().Add(time.Hour)
	for _, c := range []struct {
		server, client netip.Addr
		to             netip.AddrPort
		local          bool
	}{
		{netnstest.ServerAddr4, netnstest.ClientAddr4, netip.AddrPortFrom(netnstest.ServerAddr4, s.port), true},
		{netnstest.ServerAddr6, netnstest.ClientAddr6, netip.AddrPortFrom(netnstest.ServerAddr6, s.port), true},
		{netnstest.ServerAddr4, netnstest.ClientAddr4, netip.AddrPortFrom(behindAddr4, behindPort), false},
		{netnstest.ServerAddr6, netnstest.ClientAddr6, netip.AddrPortFrom(behindAddr6, behindPort), false},
	} {
		const outside = 2222
		g := tcp(c.client, outside, exp)
		g.NAT = &firewall.NAT{To: c.to, Local: c.local}
		s.wantOpen(t, c.server, outside, false, "before "+g.String())
		mustGrant(t, fw, g)
		s.wantOpen(t, c.server, outside, true, "after "+g.String())
		if err := fw.Revoke(context.Background(), g); err != nil {
			t.Fatal(err)
		}
		s.wantOpen(t, c.server, outside, false, "after revoking "+g.String())
	}
}

// newBehind makes a namespace routed behind srv, which forwards:
// 203.0.113.5 and 2001:db8:1::5 there, 203.0.113.1 and 2001:db8:1::1 on srv.
func newBehind(t *testing.T, srv *netnstest.NS) (*netnstest.NS, netip.Addr, netip.Addr) {
	behind := netnstest.New(t, "behind")
	srv.Run(t, "ip", "link", "add", "behind0", "type", "veth", "peer", "name", "behind0", "netns", behind.Name)
	for _, c := range []struct {
		ns         *netnstest.NS
		v4, v6     string
		via4, via6 string
	}{
		{srv, "203.0.113.1/24", "2001:db8:1::1/64", "", ""},
		{behind, "203.0.113.5/24", "2001:db8:1::5/64", "203.0.113.1", "2001:db8:1::1"},
	} {
		c.ns.Run(t, "ip", "addr", "add", c.v4, "dev", "behind0")
		c.ns.Run(t, "ip", "-6", "addr", "add", c.v6, "dev", "behind0", "nodad")
		c.ns.Run(t, "ip", "link", "set", "behind0", "up")
		if c.via4 != "" {
			c.ns.Run(t, "ip", "route", "add", "default", "via", c.via4)
			c.ns.Run(t, "ip", "-6", "route", "add", "default", "via", c.via6)
		}
	}
	srv.Run(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1", "net.ipv6.conf.all.forwarding=1")
	return behind, netip.MustParseAddr("203.0.113.5"), netip.MustParseAddr("2001:db8:1::5")
}

// Nested grants sharing their first address cannot both be elements of an
// interval set: the second is refused with ErrOverlap and the first stays.
func TestNFTablesOverlap(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftoverlap")
	fw := mustInit(t, nftablesIn(t, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())())
	exp := time.Unix(time.Now().Add(time.Hour).Unix(), 0)
	wide := tcp(client4, 22, exp)
	wide.SourcePrefix = netip.MustParsePrefix("198.51.100.0/24")
	mustGrant(t, fw, wide)
	first := tcp(netip.MustParseAddr("198.51.100.0"), 22, exp.Add(time.Minute))
	if err := fw.Grant(context.Background(), first); !errors.Is(err, firewall.ErrOverlap) {
		t.Errorf("Grant(%s) beside %s = %v, want ErrOverlap", first, wide, err)
	}
	listed := wide
	listed.Source = netip.MustParseAddr("198.51.100.0")
	wantList(t, fw, listed)
}

func TestNFTablesMissingChain(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftchain")
	loadRuleset(t, ns, debianRuleset)
	nft := firewall.DefaultNFTConfig()
	nft.Chain = "input_wan"
	fw := nftablesIn(t, ns, firewall.DefaultConfig(), nft)()
	if err := fw.Init(context.Background()); !errors.Is(err, firewall.ErrInvalidConfig) || !strings.Contains(err.Error(), "input_wan") {
		t.Errorf("Init with a chain that does not exist = %v, want ErrInvalidConfig naming it", err)
	}
}

// dialFrom connects from the client namespace with the source address src.
func (s *server) dialFrom(src, dst netip.Addr, timeout time.Duration) error {
	return s.client.Do(func() error {
		d := net.Dialer{Timeout: timeout, LocalAddr: net.TCPAddrFromAddrPort(netip.AddrPortFrom(src, 0))}
		c, err := d.Dial("tcp", netip.AddrPortFrom(dst, s.port).String())
		if err == nil {
			c.Close()
		}
		return err
	})
}

// Detect reads the namespace's ruleset: iptables-nft's tables do not count
// as a native ruleset, Debian's inet filter does.
func TestDetect(t *testing.T) {
	requireNFT(t)
	requireIPTables(t)
	ns := netnstest.New(t, "detect")
	detect := func(want firewall.Backend, when string) {
		t.Helper()
		var got firewall.Backend
		var reason string
		if err := ns.Do(func() error { got, reason = firewall.Detect("iptables"); return nil }); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: Detect = %s (%s), want %s", when, got, reason, want)
		}
		t.Logf("%s: %s", when, reason)
	}
	detect(firewall.BackendIPTables, "empty ruleset")
	// FIREWALL_EXE naming a program that is not there: nftables.
	var missing firewall.Backend
	if err := ns.Do(func() error { missing, _ = firewall.Detect("/nonexistent/iptables-legacy"); return nil }); err != nil || missing != firewall.BackendNFTables {
		t.Errorf("Detect with a missing iptables program = %s, %v; want nftables", missing, err)
	}
	ns.Run(t, "iptables", "-A", "INPUT", "-p", "tcp", "--dport", "22", "-j", "DROP")
	ns.Run(t, "ip6tables", "-A", "INPUT", "-p", "tcp", "--dport", "22", "-j", "DROP")
	detect(firewall.BackendIPTables, "iptables-nft rules")
	loadRuleset(t, ns, strings.TrimPrefix(debianRuleset, "flush ruleset\n"))
	detect(firewall.BackendNFTables, "Debian's nftables.conf beside iptables-nft")
}

// BenchmarkNFTablesGrant times one new grant: one element with a timeout
// added in one netlink batch, in the administrator's inet filter table.
// Every 1000 grants the sets are emptied, with the timer stopped.
func BenchmarkNFTablesGrant(b *testing.B) {
	for _, src := range []netip.Addr{other4, client6} {
		b.Run(familyOf(src), func(b *testing.B) {
			benchNFTGrant(b, 1000, func(i int, now time.Time) firewall.Grant {
				return tcp(src, uint16(1+i%1000), now.Add(time.Hour))
			})
		})
	}
}

// BenchmarkNFTablesGrantExtend times a repeated knock: the element deleted
// and added again with its new timeout in one batch.
func BenchmarkNFTablesGrantExtend(b *testing.B) {
	for _, src := range []netip.Addr{other4, client6} {
		b.Run(familyOf(src), func(b *testing.B) {
			benchNFTGrant(b, 0, func(i int, now time.Time) firewall.Grant {
				return tcp(src, 22, now.Add(time.Hour+time.Duration(i+1)*time.Second))
			})
		})
	}
}

func familyOf(a netip.Addr) string {
	if a.Is4() {
		return "IPv4"
	}
	return "IPv6"
}

func benchNFTGrant(b *testing.B, reset int, grant func(i int, now time.Time) firewall.Grant) {
	requireNFT(b)
	ns := netnstest.New(b, "nftbench")
	loadRuleset(b, ns, debianRuleset)
	fw := nftablesIn(b, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())()
	ctx := context.Background()
	if err := fw.Init(ctx); err != nil {
		b.Fatal(err)
	}
	now := time.Now()
	took := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := range b.N {
		if reset > 0 && i > 0 && i%reset == 0 {
			b.StopTimer()
			if err := errors.Join(fw.Flush(ctx), fw.Init(ctx)); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		start := time.Now()
		if err := fw.Grant(ctx, grant(i, now)); err != nil {
			b.Fatalf("grant %d: %v", i, err)
		}
		took[i] = time.Since(start)
	}
	b.StopTimer()
	reportPercentiles(b, took)
}

// reportPercentiles adds the median and the 90th percentile of took to
// the benchmark's output: on a busy machine the mean alone says little.
func reportPercentiles(b *testing.B, took []time.Duration) {
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*9/10].Microseconds()), "p90-µs")
}

// Flush keeps the rules tagged NFTTag that are not the backend's
// (--lockdown's), in the administrator's chain and in the backend's own
// table, and removes the rest of what the backend added.
func TestNFTablesFlushKeepsLockdown(t *testing.T) {
	requireNFT(t)
	lockdownRule := func(ns *netnstest.NS, table string) {
		ns.Run(t, "nft", "add", "rule", "inet", table, "input", "tcp", "dport", "22", "drop", "comment", `"`+firewall.NFTTag+`lockdown tcp/22"`)
	}
	t.Run("admin", func(t *testing.T) {
		ns := netnstest.New(t, "nftkeep")
		loadRuleset(t, ns, debianRuleset)
		ns.Run(t, "nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "8080", "accept", "comment", `"sesame-like, not ours"`)
		lockdownRule(ns, "filter")
		before := ruleset(t, ns)
		fw := nftablesIn(t, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())()
		mustInit(t, fw)
		if c, err := fw.InputChain(); err != nil || c == nil || c.Name != "input" || c.Table.Name != "filter" {
			t.Fatalf("InputChain = %v, %v; want inet filter input", c, err)
		}
		if err := fw.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
		wantRuleset(t, ns, before)
	})
	t.Run("own", func(t *testing.T) {
		ns := netnstest.New(t, "nftkeepown")
		fw := nftablesIn(t, ns, firewall.DefaultConfig(), firewall.DefaultNFTConfig())()
		mustInit(t, fw)
		lockdownRule(ns, "sesame")
		if err := fw.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
		got := ruleset(t, ns)
		if !strings.Contains(got, "lockdown tcp/22") || strings.Contains(got, "@sesame_") || strings.Contains(got, "set sesame_") {
			t.Fatalf("after Flush, want the lockdown rule and none of the backend's:\n%s", got)
		}
		mustInit(t, fw) // the backend comes back above the lockdown
		if got := ruleset(t, ns); strings.Index(got, "@sesame_grants4") > strings.Index(got, "lockdown tcp/22") || !strings.Contains(got, "@sesame_grants4") {
			t.Fatalf("after Init, want the grant rule above the lockdown:\n%s", got)
		}
	})
}

// A Flush in another process (fwknopd --fw-flush) touches the FlushMark,
// and the daemon's backend then forgets the flushed grants instead of
// putting them back at its next Check or Grant, as it does after a ruleset
// reload.
func TestNFTablesFlushMark(t *testing.T) {
	requireNFT(t)
	ctx := context.Background()
	for _, mark := range []bool{false, true} {
		t.Run(fmt.Sprintf("mark=%v", mark), func(t *testing.T) {
			ns := netnstest.New(t, "nft")
			loadRuleset(t, ns, debianRuleset)
			nft := firewall.DefaultNFTConfig()
			if mark {
				nft.FlushMark = filepath.Join(t.TempDir(), "fwknopd.fw-flushed")
			}
			open := nftablesIn(t, ns, firewall.DefaultConfig(), nft)
			daemon := open()
			mustInit(t, daemon)
			in := time.Now().Add(time.Hour)
			mustGrant(t, daemon, tcp(client4, 22, in))
			if err := open().Flush(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := daemon.Check(ctx); err != nil {
				t.Fatal(err)
			}
			mustGrant(t, daemon, tcp(other4, 22, in))
			want := []firewall.Grant{tcp(client4, 22, in), tcp(other4, 22, in)}
			if mark {
				want = want[1:]
			}
			wantList(t, open(), want...)
		})
	}
}

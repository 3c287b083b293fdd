package firewall_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// requireIPTables skips tb unless it can run iptables in a namespace.
func requireIPTables(tb testing.TB) {
	tb.Helper()
	netnstest.RequireRoot(tb)
	for _, cmd := range []string{"iptables", "ip6tables"} {
		if _, err := exec.LookPath(cmd); err != nil {
			tb.Skipf("firewall: skipped: no %s command (the Makefile installs the iptables package)", cmd)
		}
	}
}

// inNS runs every call of an IPTables inside a namespace: go-iptables
// starts iptables from the calling thread, which Do has moved there.
type inNS struct {
	ns *netnstest.NS
	fw *firewall.IPTables
}

func (w inNS) Init(ctx context.Context) error {
	return w.ns.Do(func() error { return w.fw.Init(ctx) })
}

func (w inNS) Grant(ctx context.Context, g firewall.Grant) error {
	return w.ns.Do(func() error { return w.fw.Grant(ctx, g) })
}

func (w inNS) Revoke(ctx context.Context, g firewall.Grant) error {
	return w.ns.Do(func() error { return w.fw.Revoke(ctx, g) })
}

func (w inNS) Expire(ctx context.Context, now time.Time) (removed []firewall.Grant, next time.Time, err error) {
	err = w.ns.Do(func() (err error) {
		removed, next, err = w.fw.Expire(ctx, now)
		return err
	})
	return removed, next, err
}

func (w inNS) List(ctx context.Context) (gs []firewall.Grant, err error) {
	err = w.ns.Do(func() (err error) {
		gs, err = w.fw.List(ctx)
		return err
	})
	return gs, err
}

func (w inNS) Flush(ctx context.Context) error {
	return w.ns.Do(func() error { return w.fw.Flush(ctx) })
}

// iptablesIn opens IPTables instances working on ns's tables.
func iptablesIn(t testing.TB, ns *netnstest.NS, cfg firewall.Config) opener {
	return func() firewall.Firewall {
		fw, err := firewall.NewIPTables(cfg)
		if err != nil {
			t.Fatalf("NewIPTables: %v", err)
		}
		return inNS{ns, fw}
	}
}

func TestIPTablesConformance(t *testing.T) {
	requireIPTables(t)
	testConformance(t, func(t *testing.T, cfg firewall.Config) opener {
		return iptablesIn(t, netnstest.New(t, "fw"), cfg)
	})
}

// rules returns `iptables -S` (cmd is iptables or ip6tables) for a table
// and chain, one line each.
func rules(t *testing.T, ns *netnstest.NS, cmd, table, chain string) []string {
	t.Helper()
	args := []string{"-t", table, "-S"}
	if chain != "" {
		args = append(args, chain)
	}
	return strings.Split(strings.TrimSpace(ns.Run(t, cmd, args...)), "\n")
}

func wantRules(t *testing.T, ns *netnstest.NS, cmd, table, chain string, want ...string) {
	t.Helper()
	if got := rules(t, ns, cmd, table, chain); !slices.Equal(got, want) {
		t.Errorf("%s -t %s -S %s:\n got %q\nwant %q", cmd, table, chain, got, want)
	}
}

// The rules are the stock fwknopd's, one per access, extended in place.
func TestIPTablesLayout(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "layout")
	open := iptablesIn(t, ns, firewall.DefaultConfig())
	fw := mustInit(t, open())
	mustInit(t, open())
	for _, cmd := range []string{"iptables", "ip6tables"} {
		wantRules(t, ns, cmd, "filter", "INPUT", "-P INPUT ACCEPT", "-A INPUT -j FWKNOP_INPUT")
	}
	mustGrant(t, fw, tcp(client4, 22, time.Unix(1795563433, 0)), tcp(client6, 22, time.Unix(1795563433, 0)))
	mustGrant(t, mustInit(t, open()), tcp(client4, 22, time.Unix(1795563500, 0))) // another instance extends
	wantRules(t, ns, "iptables", "filter", "FWKNOP_INPUT", "-N FWKNOP_INPUT",
		"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563500 -j ACCEPT")
	wantRules(t, ns, "ip6tables", "filter", "FWKNOP_INPUT", "-N FWKNOP_INPUT",
		"-A FWKNOP_INPUT -s 2001:db8::7/128 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT")

	cfg := natCfg()
	cfg.Prepend = true
	nat := mustInit(t, iptablesIn(t, ns, cfg)())
	fwd := tcp(client4, 2222, time.Unix(1795563433, 0))
	fwd.NAT = &firewall.NAT{To: netip.MustParseAddrPort("203.0.113.5:22")}
	fwd.Dest = netip.MustParsePrefix("198.51.100.1/32")
	mustGrant(t, nat, fwd)
	wantRules(t, ns, "iptables", "filter", "FORWARD", "-P FORWARD ACCEPT", "-A FORWARD -j FWKNOP_FORWARD")
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD",
		"-A FWKNOP_FORWARD -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING", "-N FWKNOP_PREROUTING",
		"-A FWKNOP_PREROUTING -s 198.51.100.7/32 -d 198.51.100.1/32 -p tcp -m tcp --dport 2222 -m comment --comment _exp_1795563433 -j DNAT --to-destination 203.0.113.5:22")
	mustGrant(t, nat, tcp(other4, 22, time.Unix(1795563433, 0))) // prepended
	if got := rules(t, ns, "iptables", "filter", "FWKNOP_INPUT"); len(got) != 3 || !strings.Contains(got[1], "203.0.113.9") {
		t.Errorf("with Prepend the new rule should come first:\n%s", strings.Join(got, "\n"))
	}
}

// Rules left by the stock fwknopd, duplicates included, are taken over.
func TestIPTablesTakesOverStockRules(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "stock")
	for _, cmd := range [][]string{
		{"-N", "FWKNOP_INPUT"},
		{"-I", "INPUT", "1", "-j", "FWKNOP_INPUT"},
		// The stock daemon's repeated knock: a second rule, not an extension.
		{"-A", "FWKNOP_INPUT", "-t", "filter", "-p", "6", "-s", "198.51.100.7", "-d", "0.0.0.0/0", "--dport", "22", "-m", "comment", "--comment", "_exp_1795563100", "-j", "ACCEPT"},
		{"-A", "FWKNOP_INPUT", "-t", "filter", "-p", "6", "-s", "198.51.100.7", "-d", "0.0.0.0/0", "--dport", "22", "-m", "comment", "--comment", "_exp_1795563200", "-j", "ACCEPT"},
		// Not a grant: an administrator's own rule in the chain.
		{"-A", "FWKNOP_INPUT", "-s", "203.0.113.9", "-j", "ACCEPT"},
	} {
		ns.Run(t, "iptables", cmd...)
	}
	open := iptablesIn(t, ns, firewall.DefaultConfig())
	fw := mustInit(t, open())
	wantRules(t, ns, "iptables", "filter", "INPUT", "-P INPUT ACCEPT", "-A INPUT -j FWKNOP_INPUT")
	wantList(t, fw, tcp(client4, 22, time.Unix(1795563200, 0)))

	mustGrant(t, fw, tcp(client4, 22, time.Unix(1795563300, 0)))
	wantRules(t, ns, "iptables", "filter", "FWKNOP_INPUT", "-N FWKNOP_INPUT",
		"-A FWKNOP_INPUT -s 203.0.113.9/32 -j ACCEPT",
		"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563300 -j ACCEPT")

	removed, next, err := fw.Expire(context.Background(), time.Unix(1795563300, 0))
	if err != nil || len(removed) != 1 || !next.IsZero() {
		t.Errorf("Expire = %q, %v, %v; want the grant removed and nothing next", strs(removed), next, err)
	}
	wantRules(t, ns, "iptables", "filter", "FWKNOP_INPUT", "-N FWKNOP_INPUT", "-A FWKNOP_INPUT -s 203.0.113.9/32 -j ACCEPT")
}

// Concurrent extensions leave exactly one rule per access.
func TestIPTablesConcurrentGrants(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "concurrent")
	fw := mustInit(t, iptablesIn(t, ns, firewall.DefaultConfig())())
	want := concurrentGrants(t, fw)
	wantList(t, fw, want...)
	if got := rules(t, ns, "iptables", "filter", "FWKNOP_INPUT"); len(got) != 1+len(want) {
		t.Errorf("want one rule per access, got:\n%s", strings.Join(got, "\n"))
	}
}

// Flush leaves no trace, duplicate jumps from older runs included.
func TestIPTablesFlushLeavesNothing(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "flush")
	before := map[string]string{}
	for _, cmd := range []string{"iptables", "ip6tables"} {
		for _, table := range []string{"filter", "nat"} {
			before[cmd+table] = ns.Run(t, cmd, "-t", table, "-S")
		}
	}
	fw := mustInit(t, iptablesIn(t, ns, natCfg())())
	ns.Run(t, "iptables", "-A", "INPUT", "-j", "FWKNOP_INPUT")
	fwd := tcp(client6, 2222, at(30))
	fwd.NAT = &firewall.NAT{To: netip.MustParseAddrPort("[2001:db8::5]:22")}
	mustGrant(t, fw, tcp(client4, 22, at(30)), fwd)
	// Flushing without NAT configured still removes the NAT chains.
	if err := mustInit(t, iptablesIn(t, ns, firewall.DefaultConfig())()).Flush(context.Background()); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	for _, cmd := range []string{"iptables", "ip6tables"} {
		for _, table := range []string{"filter", "nat"} {
			if after := ns.Run(t, cmd, "-t", table, "-S"); after != before[cmd+table] {
				t.Errorf("%s -t %s -S after Flush:\n%s\nwant as before Init:\n%s", cmd, table, after, before[cmd+table])
			}
		}
	}
}

// server listens on the server end of a namespace pair, behind a DROP rule
// for its port in both families.
type server struct {
	ns, client *netnstest.NS
	port       uint16
}

func newServer(t *testing.T) *server {
	s := newListener(t)
	for _, cmd := range []string{"iptables", "ip6tables"} {
		s.ns.Run(t, cmd, "-A", "INPUT", "-p", "tcp", "--dport", strconv.Itoa(int(s.port)), "-j", "DROP")
	}
	return s
}

// newListener makes a namespace pair with a TCP listener on one port of
// both server addresses, and no firewall rules.
func newListener(t *testing.T) *server {
	srv, client := netnstest.Pair(t)
	s := &server{ns: srv, client: client}
	for _, addr := range []netip.Addr{netnstest.ServerAddr4, netnstest.ServerAddr6} {
		s.port = listen(t, srv, netip.AddrPortFrom(addr, s.port))
	}
	return s
}

// listen accepts and closes TCP connections on addr in ns until the test
// ends, and returns the port.
func listen(t *testing.T, ns *netnstest.NS, addr netip.AddrPort) uint16 {
	ln := ns.ServeTCP(t, addr.String())
	return ln.Addr().(*net.TCPAddr).AddrPort().Port()
}

// dial connects from the client namespace; a dropped SYN shows as a timeout.
func (s *server) dial(addr netip.Addr, port uint16, timeout time.Duration) error {
	return s.client.Do(func() error {
		c, err := net.DialTimeout("tcp", netip.AddrPortFrom(addr, port).String(), timeout)
		if err == nil {
			c.Close()
		}
		return err
	})
}

const (
	dropped  = 300 * time.Millisecond // how long a dial waits to call the port closed
	openWait = 5 * time.Second
)

func (s *server) wantOpen(t *testing.T, addr netip.Addr, port uint16, want bool, when string) {
	t.Helper()
	timeout := map[bool]time.Duration{true: openWait, false: dropped}[want]
	if err := s.dial(addr, port, timeout); (err == nil) != want {
		t.Errorf("%s: dial %s port %d: %v; want open=%v", when, addr, port, err, want)
	}
}

// The point of it all: a closed port opens for the granted client only
// while the grant lasts, in both families.
func TestIPTablesOpensPort(t *testing.T) {
	requireIPTables(t)
	ctx := context.Background()
	s := newServer(t)
	fw := mustInit(t, iptablesIn(t, s.ns, firewall.DefaultConfig())())
	for _, c := range []struct{ server, client netip.Addr }{
		{netnstest.ServerAddr4, netnstest.ClientAddr4},
		{netnstest.ServerAddr6, netnstest.ClientAddr6},
	} {
		g := tcp(c.client, s.port, time.Now().Add(time.Hour))
		s.wantOpen(t, c.server, s.port, false, "before Grant")
		mustGrant(t, fw, g)
		s.wantOpen(t, c.server, s.port, true, "after Grant")
		if err := fw.Revoke(ctx, g); err != nil {
			t.Fatal(err)
		}
		s.wantOpen(t, c.server, s.port, false, "after Revoke")
		mustGrant(t, fw, g)
		if _, _, err := fw.Expire(ctx, g.Expires); err != nil {
			t.Fatal(err)
		}
		s.wantOpen(t, c.server, s.port, false, "after Expire")
	}
}

// Extending swaps the rule with access never interrupted: a client that
// keeps connecting while the grant is extended over and over never fails.
func TestIPTablesExtendKeepsAccess(t *testing.T) {
	requireIPTables(t)
	s := newServer(t)
	fw := mustInit(t, iptablesIn(t, s.ns, firewall.DefaultConfig())())
	extendWhileDialing(t, s, fw, netnstest.ServerAddr4, netnstest.ClientAddr4, 50)
	if got := rules(t, s.ns, "iptables", "filter", "FWKNOP_INPUT"); len(got) != 2 {
		t.Errorf("after 50 extensions want one rule, got:\n%s", strings.Join(got, "\n"))
	}
}

// extendDialTimeout is less than the 1 s after which Linux sends a dropped
// SYN again, so a connect that met a moment without access fails, and more
// than a connect takes on a busy machine.
const extendDialTimeout = 900 * time.Millisecond

// extendWhileDialing grants the client access to s and extends it n times
// while the client keeps connecting to srv; every connect must succeed.
func extendWhileDialing(t *testing.T, s *server, fw firewall.Firewall, srv, client netip.Addr, n int) {
	t.Helper()
	base := time.Now().Add(time.Hour)
	mustGrant(t, fw, tcp(client, s.port, base))
	var stop atomic.Bool
	var dials, slow, failures atomic.Int64
	dial := func() bool {
		c, err := net.DialTimeout("tcp", netip.AddrPortFrom(srv, s.port).String(), extendDialTimeout)
		if err == nil {
			c.Close()
		}
		return err == nil
	}
	done := make(chan error, 1)
	go func() {
		done <- s.client.Do(func() error {
			for i := 0; i < 100000 && !stop.Load(); i++ {
				dials.Add(1)
				// On a loaded machine a SYN can be lost or a connect slow
				// for reasons of its own: such a connect gets one retry.
				// A gap in every refresh would still fail many first tries.
				if dial() {
					continue
				}
				slow.Add(1)
				if !dial() {
					failures.Add(1)
				}
			}
			return nil
		})
	}()
	for i := range n {
		mustGrant(t, fw, tcp(client, s.port, base.Add(time.Duration(i+1)*time.Second)))
	}
	stop.Store(true)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	t.Logf("%d connects to %s during %d extensions, %d needed a retry", dials.Load(), srv, n, slow.Load())
	if failures.Load() != 0 || dials.Load() == 0 || slow.Load() > max(1, dials.Load()/20) {
		t.Errorf("%d of %d connects to %s failed twice and %d once while the grant was extended %d times",
			failures.Load(), dials.Load(), srv, slow.Load(), n)
	}
}

// A local NAT grant sends another port to the listener, and the accept rule
// that goes with it opens the listener's port.
func TestIPTablesLocalNAT(t *testing.T) {
	requireIPTables(t)
	s := newServer(t)
	fw := mustInit(t, iptablesIn(t, s.ns, natCfg())())
	const outside = 2222
	g := tcp(netnstest.ClientAddr4, outside, time.Now().Add(time.Hour))
	g.NAT = &firewall.NAT{To: netip.AddrPortFrom(netnstest.ServerAddr4, s.port), Local: true}
	s.wantOpen(t, netnstest.ServerAddr4, outside, false, "before Grant")
	mustGrant(t, fw, g)
	s.wantOpen(t, netnstest.ServerAddr4, outside, true, "after Grant")
	if err := fw.Revoke(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	s.wantOpen(t, netnstest.ServerAddr4, outside, false, "after Revoke")
}

// BenchmarkGrant times one new grant: one rule added by one iptables run.
// Every 100 grants the chain is emptied, with the timer stopped, so that
// the cost measured is that of a chain as small as a daemon's.
func BenchmarkGrant(b *testing.B) {
	benchGrant(b, 100, func(i int) firewall.Grant {
		return tcp(other4, uint16(1+i%100), t0)
	})
}

// BenchmarkGrantExtend times a repeated knock: the new rule in, the old out.
func BenchmarkGrantExtend(b *testing.B) {
	benchGrant(b, 0, func(i int) firewall.Grant {
		return tcp(other4, 22, at(i+1))
	})
}

// benchGrant times grant(i) for i < b.N, emptying the chain every reset
// grants (never if 0).
func benchGrant(b *testing.B, reset int, grant func(i int) firewall.Grant) {
	requireIPTables(b)
	ns := netnstest.New(b, "bench")
	fw, err := firewall.NewIPTables(firewall.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	took := make([]time.Duration, b.N)
	err = ns.Do(func() error {
		if err := fw.Init(ctx); err != nil {
			return err
		}
		b.ResetTimer()
		for i := range b.N {
			if reset > 0 && i > 0 && i%reset == 0 {
				b.StopTimer()
				if err := errors.Join(fw.Flush(ctx), fw.Init(ctx)); err != nil {
					return err
				}
				b.StartTimer()
			}
			start := time.Now()
			if err := fw.Grant(ctx, grant(i)); err != nil {
				return fmt.Errorf("grant %d: %w", i, err)
			}
			took[i] = time.Since(start)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	reportPercentiles(b, took)
}

package firewall_test

import (
	"context"
	"errors"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// fwdAll is a FORWARD_ALL grant from other4 to 198.51.100.9 (the client
// asked for tcp/22; the rules name no protocol or port).
func fwdAll(exp time.Time, snat netip.Addr) firewall.Grant {
	g := tcp(other4, 22, exp)
	g.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:22"), All: true, SNATTo: snat}
	return g
}

// A FORWARD_ALL grant makes the stock's forward_all rules: FORWARD and DNAT
// (to the NAT host's address alone) and MASQUERADE (or SNAT) matching the
// client's source with no protocol or port; List reads it back from
// another process; its expiry removes every one of its rules.
func TestIPTablesForwardAll(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "fwdall")
	var mu sync.Mutex
	var trace []string
	cfg := snatCfg()
	cfg.Trace = func(s string) { mu.Lock(); trace = append(trace, s); mu.Unlock() }
	open := iptablesIn(t, ns, cfg)
	fw := mustInit(t, open())
	masq := fwdAll(at(60), netip.Addr{})
	snat := fwdAll(at(90), netip.MustParseAddr("203.0.113.33"))
	snat.Source = client4
	mustGrant(t, fw, masq, snat)

	wantRules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING", "-N FWKNOP_PREROUTING",
		"-A FWKNOP_PREROUTING -s 203.0.113.9/32 -m comment --comment _exp_1795563493 -j DNAT --to-destination 198.51.100.9",
		"-A FWKNOP_PREROUTING -s 198.51.100.7/32 -m comment --comment _exp_1795563523 -j DNAT --to-destination 198.51.100.9")
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD",
		"-A FWKNOP_FORWARD -s 203.0.113.9/32 -m comment --comment _exp_1795563493 -j ACCEPT",
		"-A FWKNOP_FORWARD -s 198.51.100.7/32 -m comment --comment _exp_1795563523 -j ACCEPT")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE",
		"-A FWKNOP_MASQUERADE -s 203.0.113.9/32 -m comment --comment _exp_1795563493 -j MASQUERADE")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_POSTROUTING", "-N FWKNOP_POSTROUTING",
		"-A FWKNOP_POSTROUTING -s 198.51.100.7/32 -m comment --comment _exp_1795563523 -j SNAT --to-source 203.0.113.33")

	mu.Lock()
	want := "Added DNAT ALL rule to FWKNOP_PREROUTING for 203.0.113.9 -> 0.0.0.0/0 */*, expires at 1795563493"
	if !slices.Contains(trace, want) {
		t.Errorf("-v -v trace lacks %q:\n%s", want, strings.Join(trace, "\n"))
	}
	mu.Unlock()

	gs, err := open().List(context.Background())
	if err != nil || len(gs) != 2 {
		t.Fatalf("List from another process: %v %v, want the two FORWARD_ALL grants", strs(gs), err)
	}
	for _, g := range gs {
		if g.NAT == nil || !g.NAT.All || g.NAT.To.Addr() != netip.MustParseAddr("198.51.100.9") {
			t.Errorf("List: %s read back as %+v, want a FORWARD_ALL grant to 198.51.100.9", g, g.NAT)
		}
	}
	if s := gs[1].String(); !strings.Contains(s, "-> */*") || !strings.Contains(s, "all ports") {
		t.Errorf("String %q does not say every port is forwarded", s)
	}

	// A second Grant of the same access extends it rather than adding rules.
	mustGrant(t, fw, fwdAll(at(70), netip.Addr{}))
	if _, _, err := fw.Expire(context.Background(), at(70)); err != nil {
		t.Fatal(err)
	}
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE")
	if _, _, err := fw.Expire(context.Background(), at(90)); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"nat", "FWKNOP_PREROUTING"}, {"filter", "FWKNOP_FORWARD"}, {"nat", "FWKNOP_POSTROUTING"}} {
		wantRules(t, ns, "iptables", c[0], c[1], "-N "+c[1])
	}
}

// The nftables backend has no forward-everything rules: a FORWARD_ALL
// grant is refused saying what it needs, and nothing is opened.
func TestNFTablesRefusesForwardAll(t *testing.T) {
	requireNFT(t)
	ns := netnstest.New(t, "nftall")
	nft := firewall.DefaultNFTConfig()
	nft.Now = clockFrom(t0.Add(-time.Minute))
	fw := nftablesIn(t, ns, natCfg(), nft)()
	mustInit(t, fw)
	err := fw.Grant(context.Background(), fwdAll(at(60), netip.Addr{}))
	if !errors.Is(err, firewall.ErrInvalidGrant) || !strings.Contains(err.Error(), "FORWARD_ALL") {
		t.Fatalf("Grant: %v, want ErrInvalidGrant naming FORWARD_ALL", err)
	}
	if gs, err := fw.List(context.Background()); err != nil || len(gs) != 0 {
		t.Errorf("List after the refusal: %v %v", strs(gs), err)
	}
}

// FORWARD_ALL with FORCE_SNAT and no FORCE_NAT (the stock's implied
// "0.0.0.0 0", fwknop's suite's "FORWARD_ALL" test) forwards and rewrites
// everything from the client and DNATs nowhere; expiry removes both rules.
func TestIPTablesForwardAllNoTarget(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "fwdall0")
	fw := mustInit(t, iptablesIn(t, ns, snatCfg())())
	g := tcp(other4, 22, at(60))
	g.NAT = &firewall.NAT{To: netip.MustParseAddrPort("0.0.0.0:0"), All: true, SNATTo: netip.MustParseAddr("203.0.113.44")}
	mustGrant(t, fw, g)
	wantRules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING", "-N FWKNOP_PREROUTING")
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD",
		"-A FWKNOP_FORWARD -s 203.0.113.9/32 -m comment --comment _exp_1795563493 -j ACCEPT")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_POSTROUTING", "-N FWKNOP_POSTROUTING",
		"-A FWKNOP_POSTROUTING -s 203.0.113.9/32 -m comment --comment _exp_1795563493 -j SNAT --to-source 203.0.113.44")
	if _, _, err := fw.Expire(context.Background(), at(60)); err != nil {
		t.Fatal(err)
	}
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_POSTROUTING", "-N FWKNOP_POSTROUTING")
	bad := tcp(other4, 22, at(60))
	bad.NAT = &firewall.NAT{To: netip.MustParseAddrPort("0.0.0.0:0")}
	if err := fw.Grant(context.Background(), bad); !errors.Is(err, firewall.ErrInvalidGrant) {
		t.Errorf("NAT to 0.0.0.0 without FORWARD_ALL: %v, want ErrInvalidGrant", err)
	}
}

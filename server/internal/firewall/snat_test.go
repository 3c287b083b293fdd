package firewall_test

import (
	"context"
	"net/netip"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// snatCfg is natCfg with the stock's SNAT chains (ENABLE_IPT_SNAT).
func snatCfg() firewall.Config {
	cfg := natCfg()
	cfg.SNAT = firewall.ChainSpec{Target: "SNAT", Table: "nat", FromChain: "POSTROUTING", JumpPosition: 1, ToChain: "FWKNOP_POSTROUTING", RulePosition: 1}
	cfg.Masquerade = firewall.ChainSpec{Target: "MASQUERADE", Table: "nat", FromChain: "POSTROUTING", JumpPosition: 1, ToChain: "FWKNOP_MASQUERADE", RulePosition: 1}
	return cfg
}

// A forwarded NAT grant with source rewriting adds the stock's SNAT (or
// MASQUERADE) rule for the NAT target, and its expiry removes it with the
// rest of the grant; Flush removes the chains.
func TestIPTablesSNAT(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "snat")
	fw := mustInit(t, iptablesIn(t, ns, snatCfg())())
	to := netip.MustParseAddrPort("198.51.100.9:2222")
	snat := tcp(other4, 22, at(60))
	snat.NAT = &firewall.NAT{To: to, SNATTo: netip.MustParseAddr("203.0.113.33")}
	masq := tcp(other4, 80, at(90))
	masq.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:8080"), Masquerade: true}
	mustGrant(t, fw, snat, masq)

	wantRules(t, ns, "iptables", "nat", "FWKNOP_POSTROUTING", "-N FWKNOP_POSTROUTING",
		"-A FWKNOP_POSTROUTING -d 198.51.100.9/32 -p tcp -m tcp --dport 2222 -m comment --comment _exp_1795563493 -j SNAT --to-source 203.0.113.33")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE",
		"-A FWKNOP_MASQUERADE -d 198.51.100.9/32 -p tcp -m tcp --dport 8080 -m comment --comment _exp_1795563523 -j MASQUERADE --to-ports 80")
	if gs, err := fw.List(context.Background()); err != nil || len(gs) != 2 {
		t.Fatalf("List: %v %v, want the two NAT grants", gs, err)
	}

	if _, _, err := fw.Expire(context.Background(), at(60)); err != nil {
		t.Fatal(err)
	}
	wantRules(t, ns, "iptables", "nat", "FWKNOP_POSTROUTING", "-N FWKNOP_POSTROUTING")
	if _, _, err := fw.Expire(context.Background(), at(90)); err != nil {
		t.Fatal(err)
	}
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE")

	if err := fw.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := ns.Run(t, "iptables", "-t", "nat", "-S"); contains(got, "FWKNOP_POSTROUTING") || contains(got, "FWKNOP_MASQUERADE") {
		t.Errorf("after Flush:\n%s", got)
	}
}

// Without SNAT chains (ENABLE_IPT_SNAT N) a grant asking for rewriting gets
// none, as from the stock, and still opens.
func TestIPTablesSNATWithoutChains(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "nosnat")
	fw := mustInit(t, iptablesIn(t, ns, natCfg())())
	g := tcp(other4, 22, at(60))
	g.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:22"), SNATTo: netip.MustParseAddr("203.0.113.33")}
	mustGrant(t, fw, g)
	if got := ns.Run(t, "iptables", "-t", "nat", "-S"); contains(got, "SNAT") {
		t.Errorf("SNAT rule without SNAT chains:\n%s", got)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// DISABLE_DNAT: a forwarded grant without its DNAT rule still makes its
// accept and MASQUERADE rules, and Expire removes them.
func TestIPTablesNoDNAT(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "nodnat")
	fw := mustInit(t, iptablesIn(t, ns, snatCfg())())
	g := tcp(other4, 22, at(60))
	g.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:22"), Masquerade: true, NoDNAT: true}
	mustGrant(t, fw, g)
	wantRules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING", "-N FWKNOP_PREROUTING")
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD",
		"-A FWKNOP_FORWARD -s 203.0.113.9/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563493 -j ACCEPT")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE",
		"-A FWKNOP_MASQUERADE -d 198.51.100.9/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563493 -j MASQUERADE --to-ports 22")
	if _, _, err := fw.Expire(context.Background(), at(60)); err != nil {
		t.Fatal(err)
	}
	wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD")
	wantRules(t, ns, "iptables", "nat", "FWKNOP_MASQUERADE", "-N FWKNOP_MASQUERADE")
}

package firewall_test

import (
	"context"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// A NAT grant whose rules another process already added (fwknop's suite
// inserts them while the daemon runs) adds no second copy, as the stock
// fwknopd's rule_exists: with `iptables -C`, and with NoCheck
// (--no-ipt-check-support) from the chain's listing, which, as the stock's
// search, ignores the destination. A rule differing in the NAT address is
// not the same (the suite's "!= dupe" tests). Each answer is traced in the
// stock's words.
func TestIPTablesNATDuplicate(t *testing.T) {
	requireIPTables(t)
	exp := at(60)
	comment := "_exp_" + strconv.FormatInt(exp.Unix(), 10)
	dnat := func(to string) []string {
		return []string{"-t", "nat", "-A", "FWKNOP_PREROUTING", "-p", "6", "-s", other4.String(), "-d", "0.0.0.0/0",
			"--dport", "22", "-m", "comment", "--comment", comment, "-j", "DNAT", "--to-destination", to}
	}
	fwd := func(dst ...string) []string {
		a := append([]string{"-A", "FWKNOP_FORWARD", "-p", "6", "-s", other4.String()}, dst...)
		return append(a, "--dport", "22", "-m", "comment", "--comment", comment, "-j", "ACCEPT")
	}
	for _, tc := range []struct {
		name      string
		noCheck   bool
		add       [][]string
		dnatN     int // rules in FWKNOP_PREROUTING after the grant
		fwdN      int
		tracePre  string // in the trace
		readFirst bool   // List before the Grant
	}{
		{"check", false, [][]string{dnat("198.51.100.9:22"), fwd()}, 1, 1, "rule_exists_chk_support() Rule : '-t nat -p 6 -s 203.0.113.9 -d 0.0.0.0/0 --dport 22", false},
		{"check other target", false, [][]string{dnat("198.51.100.9:1234")}, 2, 1, "in FWKNOP_PREROUTING does not exist", false},
		{"listing", true, [][]string{dnat("198.51.100.9:22"), fwd("-d", "198.51.100.9")}, 1, 1, "rule_exists_no_chk_support() tcp 22 -> 203.0.113.9 expires: " + strconv.FormatInt(exp.Unix(), 10) + " rule already exists", false},
		{"listing other target", true, [][]string{dnat("198.51.100.9:1234")}, 2, 1, "rule does not exist", false},
		{"read back", true, [][]string{dnat("198.51.100.9:22"), fwd("-d", "198.51.100.9")}, 1, 1, "rule_exists_no_chk_support() tcp 22 -> 203.0.113.9 expires: " + strconv.FormatInt(exp.Unix(), 10) + " rule already exists", true},
		{"read back names the chain", true, [][]string{dnat("198.51.100.9:22"), fwd("-d", "198.51.100.9")}, 1, 1, "in FWKNOP_PREROUTING already exists", true},
		{"listing names the chain", true, [][]string{dnat("198.51.100.9:22")}, 1, 1, "rule_exists() Rule : '-t nat -p 6 -s 203.0.113.9 -d 0.0.0.0/0 --dport 22 -m comment --comment " + comment + " -j DNAT --to-destination 198.51.100.9:22' in FWKNOP_PREROUTING already exists", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns := netnstest.New(t, "dupe")
			var mu sync.Mutex
			var trace []string
			cfg := natCfg()
			cfg.NoCheck = tc.noCheck
			cfg.Trace = func(l string) { mu.Lock(); trace = append(trace, l); mu.Unlock() }
			fw := mustInit(t, iptablesIn(t, ns, cfg)())
			for _, a := range tc.add {
				ns.Run(t, "iptables", a...)
			}
			if tc.readFirst {
				// The daemon has read the rules back (each Expire
				// does): the grant is covered, and the check is still
				// traced.
				if _, err := fw.List(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			g := tcp(other4, 22, exp)
			g.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:22")}
			mustGrant(t, fw, g)
			if n := len(rules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING")) - 1; n != tc.dnatN {
				t.Errorf("FWKNOP_PREROUTING holds %d rules, want %d", n, tc.dnatN)
			}
			if n := len(rules(t, ns, "iptables", "filter", "FWKNOP_FORWARD")) - 1; n != tc.fwdN {
				t.Errorf("FWKNOP_FORWARD holds %d rules, want %d", n, tc.fwdN)
			}
			mu.Lock()
			all := strings.Join(trace, "\n")
			mu.Unlock()
			if !strings.Contains(all, tc.tracePre) {
				t.Errorf("trace lacks %q:\n%s", tc.tracePre, all)
			}
			// The grant's expiry removes the rules, whoever added them.
			if _, _, err := fw.Expire(context.Background(), exp); err != nil {
				t.Fatal(err)
			}
			wantRules(t, ns, "iptables", "nat", "FWKNOP_PREROUTING", "-N FWKNOP_PREROUTING")
			wantRules(t, ns, "iptables", "filter", "FWKNOP_FORWARD", "-N FWKNOP_FORWARD")
		})
	}
}

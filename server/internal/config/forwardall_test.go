package config

import "testing"

// TestForwardAllLoads: FORWARD_ALL Y loads as the stock reads it (the
// iptables backend builds its rules; the nftables backend refuses the
// grant, firewall's TestNFTablesRefusesForwardAll); N loads as N.
func TestForwardAllLoads(t *testing.T) {
	if a, _ := mustParseAcc(t, "SOURCE ANY\nKEY testtest\nFORWARD_ALL Y\n"); !a.Stanzas[0].ForwardAll {
		t.Error("FORWARD_ALL Y read as N")
	}
	if a, _ := mustParseAcc(t, "SOURCE ANY\nKEY testtest\nFORWARD_ALL N\n"); a.Stanzas[0].ForwardAll {
		t.Error("FORWARD_ALL N read as Y")
	}
	if _, _, err := parseAcc("SOURCE ANY\nKEY testtest\nFORWARD_ALL maybe\n"); err == nil {
		t.Error("FORWARD_ALL maybe loaded")
	}
}

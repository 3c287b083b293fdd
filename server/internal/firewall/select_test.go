package firewall

import (
	"errors"
	"strings"
	"testing"
)

func TestChoose(t *testing.T) {
	iptablesNFT := []hookChain{{"ip", "filter", "INPUT"}, {"ip6", "filter", "INPUT"}, {"ip", "mangle", "INPUT"}}
	for _, c := range []struct {
		name     string
		chains   []hookChain
		listErr  error
		iptables bool
		want     Backend
		reason   string
	}{
		{"Debian nftables.conf", []hookChain{{"inet", "filter", "input"}}, nil, true, BackendNFTables, "inet filter chain input"},
		{"OpenWrt fw4", []hookChain{{"inet", "fw4", "input"}}, nil, true, BackendNFTables, "inet fw4 chain input"},
		{"native ip table", []hookChain{{"ip", "filter", "input"}}, nil, true, BackendNFTables, "ip filter chain input"},
		{"native beside iptables-nft", append(iptablesNFT, hookChain{"inet", "filter", "input"}), nil, true, BackendNFTables, "inet filter"},
		{"iptables-nft only", iptablesNFT, nil, true, BackendIPTables, "no native nftables base chain"},
		{"empty ruleset", nil, nil, true, BackendIPTables, "/usr/sbin/iptables exists"},
		{"Sesame's own table", []hookChain{{"inet", "sesame", "input"}}, nil, true, BackendIPTables, "no native"},
		{"no iptables command", iptablesNFT, nil, false, BackendNFTables, "no iptables program /usr/sbin/iptables"},
		{"unreadable ruleset", nil, errors.New("permission denied"), true, BackendIPTables, "permission denied"},
	} {
		got, reason := choose(c.chains, c.listErr, "/usr/sbin/iptables", c.iptables)
		if got != c.want || !strings.Contains(reason, c.reason) || !strings.HasPrefix(reason, string(got)+": ") {
			t.Errorf("%s: choose = %s, %q; want %s, a reason naming %q", c.name, got, reason, c.want, c.reason)
		}
	}
}

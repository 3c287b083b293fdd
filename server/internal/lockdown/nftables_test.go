package lockdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// A chain as the plan sees it: the backend's grant rules (handles 10, 11),
// the administrator's rules (20, 21), lockdown rules (30...).
var (
	grant4 = nftRule{10, "sesame: fwknopd grants (ipv4)"}
	grant6 = nftRule{11, "sesame: fwknopd grants (ipv6)"}
	admin1 = nftRule{20, ""}
	admin2 = nftRule{21, "allow web"}
	ldLo   = nftRule{30, "sesame: lockdown loopback"}
	ldEst  = nftRule{31, "sesame: lockdown established"}
	ld22   = nftRule{32, "sesame: lockdown tcp/22"}
	ld53   = nftRule{33, "sesame: lockdown udp/53"}
	stray  = nftRule{34, "sesame: lockdown tcp/22"}
)

func TestPlanNFT(t *testing.T) {
	ssh := wantRules([]spa.ProtoPort{{Proto: "tcp", Port: 22}})
	sshDNS := wantRules([]spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}})
	const (
		lo   = `iifname "lo" accept comment "sesame: lockdown loopback"`
		est  = `ct state established,related accept comment "sesame: lockdown established"`
		d22  = `tcp dport 22 tcp flags syn / fin,syn,rst,ack drop comment "sesame: lockdown tcp/22"`
		dU53 = `udp dport 53 drop comment "sesame: lockdown udp/53"`
	)
	before := func(h string, rules ...string) []string {
		var out []string
		for _, r := range rules {
			out = append(out, "nft insert rule inet filter input position "+h+" "+r)
		}
		return out
	}
	tests := []struct {
		name  string
		rules []nftRule
		want  []rule
		steps []string
	}{
		{"below the grant rules", []nftRule{grant6, grant4, admin1, admin2}, ssh, before("20", lo, est, d22)},
		{"first without grant rules", []nftRule{admin1, admin2}, ssh, before("20", lo, est, d22)},
		{"empty chain: appended", nil, ssh,
			[]string{"nft add rule inet filter input " + lo, "nft add rule inet filter input " + est, "nft add rule inet filter input " + d22}},
		{"only grant rules: appended", []nftRule{grant6, grant4}, ssh,
			[]string{"nft add rule inet filter input " + lo, "nft add rule inet filter input " + est, "nft add rule inet filter input " + d22}},
		{"grant rule not first", []nftRule{admin1, grant4, admin2}, ssh, before("21", lo, est, d22)},
		{"in place", []nftRule{grant6, grant4, ldLo, ldEst, ld22, admin1}, ssh, nil},
		{"in place, no grant rules yet", []nftRule{ldLo, ldEst, ld22, admin1}, ssh, nil},
		{"grant rules inserted above the lockdown later: in place", []nftRule{grant6, grant4, ldLo, ldEst, ld22}, ssh, nil},
		{"above the grant rules: moved", []nftRule{ldLo, ldEst, ld22, grant6, grant4, admin1},
			ssh, append([]string{
				"nft delete rule inet filter input handle 30", "nft delete rule inet filter input handle 31",
				"nft delete rule inet filter input handle 32",
			}, before("20", lo, est, d22)...)},
		{"other ports: rebuilt", []nftRule{grant4, ldLo, ldEst, ld22, admin1}, sshDNS,
			append([]string{
				"nft delete rule inet filter input handle 30", "nft delete rule inet filter input handle 31",
				"nft delete rule inet filter input handle 32",
			}, before("20", lo, est, d22, dU53)...)},
		{"a stray copy: rebuilt", []nftRule{grant4, ldLo, ldEst, ld22, admin1, stray}, ssh,
			append([]string{
				"nft delete rule inet filter input handle 30", "nft delete rule inet filter input handle 31",
				"nft delete rule inet filter input handle 32", "nft delete rule inet filter input handle 34",
			}, before("20", lo, est, d22)...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := planNFT(nftChain{where: "inet filter input", rules: tt.rules}, tt.want)
			if got := stepsText(steps); !slices.Equal(got, tt.steps) {
				t.Errorf("steps:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.steps, "\n"))
			}
			assertSafeOrder(t, steps)
		})
	}
}

func TestPlanNFTUndo(t *testing.T) {
	c := nftChain{where: "ip6 fw input_wan", rules: []nftRule{grant6, ldLo, admin1, ldEst, ld53}}
	want := []string{
		"nft delete rule ip6 fw input_wan handle 30",
		"nft delete rule ip6 fw input_wan handle 31",
		"nft delete rule ip6 fw input_wan handle 33",
	}
	if got := stepsText(planNFTUndo(c)); !slices.Equal(got, want) {
		t.Errorf("steps %q, want %q", got, want)
	}
	if got := planNFTUndo(nftChain{rules: []nftRule{grant4, admin1}}); len(got) != 0 {
		t.Errorf("nothing to undo, got %q", stepsText(got))
	}
}

// The iptables and the nftables lockdown are the same rules in the same
// order: the plan is shared, only its writing differs.
func TestSamePlanBothFirewalls(t *testing.T) {
	rules := wantRules([]spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}})
	ipt := planLockdown("iptables", state{}, rules, DefaultGrantChain)
	nft := planNFT(nftChain{where: "inet filter input"}, rules)
	var iptAdds []string
	for _, s := range stepsText(ipt) {
		if r, ok := strings.CutPrefix(s, "iptables -t filter -A SESAME_LOCKDOWN "); ok {
			iptAdds = append(iptAdds, r)
		}
	}
	if len(iptAdds) != len(nft) {
		t.Fatalf("iptables adds %d rules, nftables %d", len(iptAdds), len(nft))
	}
	for i, r := range rules {
		if !strings.Contains(nft[i].String(), r.nftText()) || iptAdds[i] != strings.Join(r.iptArgs(), " ") {
			t.Errorf("rule %d: iptables %q, nftables %q", i, iptAdds[i], nft[i])
		}
	}
}

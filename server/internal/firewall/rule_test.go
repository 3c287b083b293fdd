package firewall

import (
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"
)

var (
	inputChain = chain{kindInput, DefaultConfig().Input}
	fwdChain   = chain{kindForward, DefaultConfig().Forward}
	dnatChain  = chain{kindDNAT, DefaultConfig().DNAT}
)

// Lines as iptables-nft 1.8.9 prints them for rules written by fwknopd.
var stockLines = []struct {
	line string
	c    chain
	v6   bool
}{
	{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT", inputChain, false},
	{"-A FWKNOP_INPUT -s 198.51.100.7/32 -d 198.51.100.1/32 -p udp -m udp --dport 53 -m comment --comment _exp_1795563433 -j ACCEPT", inputChain, false},
	{"-A FWKNOP_INPUT -s 2001:db8::7/128 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT", inputChain, true},
	{"-A FWKNOP_FORWARD -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT", fwdChain, false},
	{"-A FWKNOP_PREROUTING -s 198.51.100.7/32 -p tcp -m tcp --dport 2222 -m comment --comment _exp_1795563433 -j DNAT --to-destination 203.0.113.5:22", dnatChain, false},
	{"-A FWKNOP_PREROUTING -s 2001:db8::7/128 -p tcp -m tcp --dport 2222 -m comment --comment _exp_1795563433 -j DNAT --to-destination [2001:db8::5]:22", dnatChain, true},
}

func TestParseRuleStock(t *testing.T) {
	for _, c := range stockLines {
		r, ok := parseRule(c.line, c.c, c.v6)
		if !ok || !r.ok || r.exp != 1795563433 || r.proto == 0 || r.port == 0 || !r.src.IsValid() {
			t.Errorf("parseRule(%q) = %+v, %v; want a grant rule expiring at 1795563433", c.line, r, ok)
		}
	}
}

func TestParseRuleOthers(t *testing.T) {
	for _, c := range []struct {
		line    string
		isRule  bool
		grant   bool
		exp     int64
		comment string
	}{
		{"-N FWKNOP_INPUT", false, false, 0, "chain line"},
		{"-A INPUT -j FWKNOP_INPUT", false, false, 0, "another chain"},
		{"-A FWKNOP_INPUT -s 203.0.113.9/32 -j ACCEPT", true, false, 0, "no expiry, no port"},
		{"-A FWKNOP_INPUT -s 198.51.100.0/24 -p tcp -m tcp --dport 22 -m comment --comment _exp_5 -j ACCEPT", true, true, 5, "network source (GRANT_PREFIX)"},
		{"-A FWKNOP_INPUT -s 0.0.0.0/0 -p tcp -m tcp --dport 22 -m comment --comment _exp_5 -j ACCEPT", true, false, 5, "any source"},
		{"-A FWKNOP_INPUT ! -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_5 -j ACCEPT", true, false, 5, "negated"},
		{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p icmp -m comment --comment _exp_5 -j ACCEPT", true, false, 5, "icmp"},
		{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment \"_exp_5 x\" -j ACCEPT", true, false, 0, "other comment"},
		{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_5 -j DROP", true, false, 5, "other target"},
		{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m state --state NEW -m comment --comment _exp_5 -j ACCEPT", true, false, 5, "extra match"},
		{"-A FWKNOP_INPUT -s 2001:db8::7/128 -p tcp -m tcp --dport 22 -m comment --comment _exp_5 -j ACCEPT", true, false, 5, "wrong family"},
		{"-A FWKNOP_INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_99999999999999999999 -j ACCEPT", true, false, 0, "expiry overflows"},
		{"-A FWKNOP_INPUT -s \"198.51.100.7/32", false, false, 0, "unterminated quote"},
	} {
		r, isRule := parseRule(c.line, inputChain, false)
		if isRule != c.isRule || r.ok != c.grant || r.exp != c.exp {
			t.Errorf("%s: parseRule(%q) = rule %v, grant %v, exp %d; want %v, %v, %d", c.comment, c.line, isRule, r.ok, r.exp, c.isRule, c.grant, c.exp)
		}
	}
	// A FORWARD_ALL DNAT (no protocol, no port, the address alone) is a
	// grant of every port; half of that shape is no grant but still expires.
	r, _ := parseRule("-A FWKNOP_PREROUTING -s 198.51.100.7/32 -m comment --comment _exp_5 -j DNAT --to-destination 203.0.113.5", dnatChain, false)
	if !r.ok || r.exp != 5 || r.proto != 0 || r.port != 0 || r.to != netip.MustParseAddrPort("203.0.113.5:0") {
		t.Errorf("FORWARD_ALL DNAT: %+v; want a grant of every port to 203.0.113.5, exp 5", r)
	}
	for _, line := range []string{
		"-A FWKNOP_PREROUTING -s 198.51.100.7/32 -m comment --comment _exp_5 -j DNAT --to-destination 203.0.113.5:22",
		"-A FWKNOP_PREROUTING -s 198.51.100.7/32 -p tcp -m comment --comment _exp_5 -j DNAT --to-destination 203.0.113.5",
		"-A FWKNOP_INPUT -s 198.51.100.7/32 -m comment --comment _exp_5 -j ACCEPT",
	} {
		c := dnatChain
		if strings.Contains(line, "INPUT") {
			c = inputChain
		}
		if r, _ := parseRule(line, c, false); r.ok || r.exp != 5 {
			t.Errorf("parseRule(%q) = ok %v exp %d; want no grant, exp 5", line, r.ok, r.exp)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	got, err := splitArgs(`-A X  --comment "a \"b\" \\c" -j  ACCEPT`)
	want := []string{"-A", "X", "--comment", `a "b" \c`, "-j", "ACCEPT"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("splitArgs = %q, %v; want %q", got, err, want)
	}
}

// Every grant's rules, printed back the way iptables -S prints them, read
// back as the same grant.
func TestRulesRoundTrip(t *testing.T) {
	cfg := DefaultConfig()
	cfg.NAT = true
	exp := time.Unix(1795563433, 0)
	for _, g := range []Grant{
		{Source: netip.MustParseAddr("198.51.100.7"), Proto: TCP, Port: 22, Expires: exp},
		{Source: netip.MustParseAddr("2001:db8::7"), Proto: UDP, Port: 53, Dest: netip.MustParsePrefix("2001:db8::/64"), Expires: exp},
		{Source: netip.MustParseAddr("198.51.100.0"), SourcePrefix: netip.MustParsePrefix("198.51.100.0/24"), Proto: TCP, Port: 22, Expires: exp},
		{Source: netip.MustParseAddr("2001:db8::"), SourcePrefix: netip.MustParsePrefix("2001:db8::/48"), Proto: TCP, Port: 2222, Expires: exp, NAT: &NAT{To: netip.MustParseAddrPort("[2001:db8::1]:22")}},
		{Source: netip.MustParseAddr("198.51.100.7"), Proto: TCP, Port: 2222, Expires: exp, NAT: &NAT{To: netip.MustParseAddrPort("203.0.113.5:22")}},
		{Source: netip.MustParseAddr("2001:db8::7"), Proto: TCP, Port: 2222, Expires: exp, NAT: &NAT{To: netip.MustParseAddrPort("[2001:db8::1]:22"), Local: true}},
	} {
		var parsed []rule
		for _, r := range rulesFor(cfg, g) {
			c := chain{r.kind, cfg.spec(r.kind)}
			p, ok := parseRule("-A "+c.ToChain+" "+strings.Join(r.args, " "), c, r.v6)
			if !ok || !p.ok {
				t.Fatalf("%s: rule %q does not read back", g, r.args)
			}
			parsed = append(parsed, p)
		}
		if got := grants(group(parsed)); len(got) != 1 || got[0].String() != g.String() {
			t.Errorf("rules of %s read back as %q", g, strs(got))
		}
	}
}

func strs(gs []Grant) []string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = g.String()
	}
	return out
}

// FuzzParseRule: any line of iptables -S output is read without panic, and
// a line read as a grant rule reads the same once written out again.
func FuzzParseRule(f *testing.F) {
	for _, c := range stockLines {
		f.Add(c.line, int(c.c.kind), c.v6)
	}
	f.Add("-A FWKNOP_INPUT -s \"a b\" -p 6 --dport 1 -m comment --comment _exp_1 -j ACCEPT", 0, false)
	f.Fuzz(func(t *testing.T, line string, k int, v6 bool) {
		cfg := DefaultConfig()
		c := chain{kind(uint(k) % 3), cfg.spec(kind(uint(k) % 3))}
		r, ok := parseRule(line, c, v6)
		if !ok || !r.ok {
			return
		}
		again, ok := parseRule("-A "+c.ToChain+" "+strings.Join(quoteAll(r.args), " "), c, v6)
		if !ok || !again.ok || again.src != r.src || again.dst != r.dst || again.proto != r.proto ||
			again.port != r.port || again.to != r.to || again.exp != r.exp {
			t.Errorf("%q read as %+v, written and read again as %+v", line, r, again)
		}
	})
}

// quoteAll quotes words the way iptables -S does.
func quoteAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		if w == "" || strings.ContainsAny(w, " \t\"\\") {
			w = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(w) + `"`
		}
		out[i] = w
	}
	return out
}

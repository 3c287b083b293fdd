package firewall

import (
	"errors"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// kind is the part a chain plays in a grant.
type kind int

const (
	kindInput      kind = iota // accept rules for this host (FWKNOP_INPUT)
	kindForward                // accept rules for forwarded NAT access (FWKNOP_FORWARD)
	kindDNAT                   // DNAT rules of NAT access (FWKNOP_PREROUTING)
	kindSNAT                   // SNAT rules of NAT access (FWKNOP_POSTROUTING; iptables only)
	kindMasquerade             // MASQUERADE rules of NAT access (FWKNOP_MASQUERADE; iptables only)
)

// expPrefix starts the comment that carries a rule's expiry, as in fwknopd.
const expPrefix = "_exp_"

// rule is one rule in a chain the firewall owns.
type rule struct {
	kind kind
	v6   bool
	args []string // the rule spec after "-A CHAIN", as iptables -A/-D take it
	exp  int64    // from the _exp_<epoch> comment; 0 if there is none

	// The rest is set only when ok: the rule has the shape of one this
	// package writes (or the stock fwknopd does for the same access).
	ok    bool
	src   netip.Prefix // a single address is a full-length prefix
	dst   netip.Prefix // zero: any
	proto uint8
	port  uint16
	to    netip.AddrPort // DNAT rules only
}

// rulesFor renders g (normalized) as the stock daemon would, the DNAT rule
// first: if the process dies between two inserts, what is left is a DNAT
// rule, which alone still names the whole grant and so can be read back.
func rulesFor(cfg Config, g Grant) []rule {
	exp := g.Expires.Unix()
	mk := func(k kind, port uint16, withDest bool, extra ...string) rule {
		all := g.NAT != nil && g.NAT.All && k != kindInput
		args := []string{"-s", sourceArg(g)}
		if !all {
			args = []string{"-p", strconv.Itoa(int(g.Proto)), "-s", sourceArg(g)}
		}
		if withDest {
			args = append(args, "-d", destArg(g))
		}
		if !all {
			args = append(args, "--dport", strconv.Itoa(int(port)))
		}
		args = append(args, "-m", "comment", "--comment", expPrefix+strconv.FormatInt(exp, 10),
			"-j", cfg.spec(k).Target)
		return rule{kind: k, v6: g.Source.Is6(), args: append(args, extra...), exp: exp}
	}
	if g.NAT == nil {
		return []rule{mk(kindInput, g.Port, true)}
	}
	var rules []rule
	if !g.NAT.NoDNAT && !g.NAT.To.Addr().IsUnspecified() {
		to := g.NAT.To.String()
		if g.NAT.All { // the stock's IPT_DNAT_ALL_RULE_ARGS: the address alone
			to = g.NAT.To.Addr().String()
		}
		rules = append(rules, mk(kindDNAT, g.Port, true, "--to-destination", to))
	}
	if g.NAT.Local {
		return append(rules, mk(kindInput, g.NAT.To.Port(), true))
	}
	// The stock forward rule names no destination address.
	rules = append(rules, mk(kindForward, g.NAT.To.Port(), false))
	if r, ok := snatRule(cfg, g); ok {
		rules = append(rules, r)
	}
	return rules
}

// sourceArg is the -s of g's rules: its address, or its GRANT_PREFIX.
func sourceArg(g Grant) string {
	if g.SourcePrefix.IsValid() {
		return g.SourcePrefix.String()
	}
	return g.Source.String()
}

// destArg is the -d of g's rules, "any" of its family when unrestricted.
func destArg(g Grant) string {
	switch {
	case g.Dest.IsValid():
		return g.Dest.String()
	case g.Source.Is6():
		return netip.PrefixFrom(netip.IPv6Unspecified(), 0).String()
	}
	return netip.PrefixFrom(netip.IPv4Unspecified(), 0).String()
}

// snatRule is the stock's source rewriting of a forwarded NAT grant
// (snat_rule in fw_util_iptables.c): connections to the NAT target leave
// with the source SNATTo, or masqueraded, on the port the client asked for.
func snatRule(cfg Config, g Grant) (rule, bool) {
	if g.NAT.All {
		return snatAllRule(cfg, g)
	}
	k, extra := kindSNAT, []string{"--to-source", g.NAT.SNATTo.String()}
	switch {
	case g.NAT.SNATTo.IsValid():
	case g.NAT.Masquerade:
		k, extra = kindMasquerade, []string{"--to-ports", strconv.Itoa(int(g.Port))}
	default:
		return rule{}, false
	}
	args := []string{"-p", strconv.Itoa(int(g.Proto)), "-d", g.NAT.To.Addr().String(),
		"--dport", strconv.Itoa(int(g.NAT.To.Port()))}
	return snatTail(cfg, g, k, args, extra)
}

// snatAllRule is snat_rule's forward_all branch: everything from the source
// is rewritten, to SNATTo or (the stock's default there) masqueraded.
func snatAllRule(cfg Config, g Grant) (rule, bool) {
	k, extra := kindMasquerade, []string(nil)
	if g.NAT.SNATTo.IsValid() {
		k, extra = kindSNAT, []string{"--to-source", g.NAT.SNATTo.String()}
	}
	return snatTail(cfg, g, k, []string{"-s", sourceArg(g)}, extra)
}

// snatTail ends a source rewriting rule with its expiry and target; there
// is none without the chain (no ENABLE_IPT_SNAT), as in the stock.
func snatTail(cfg Config, g Grant, k kind, args, extra []string) (rule, bool) {
	if cfg.spec(k).ToChain == "" {
		return rule{}, false
	}
	args = append(args, "-m", "comment", "--comment", expPrefix+strconv.FormatInt(g.Expires.Unix(), 10),
		"-j", cfg.spec(k).Target)
	return rule{kind: k, v6: g.Source.Is6(), args: append(args, extra...), exp: g.Expires.Unix()}, true
}

// parseRule reads one line of `iptables -S chain` output for a chain of the
// given kind. It reports false for lines that are not rules of that chain
// (the -N line). A rule of another shape is returned with ok unset and
// still carries its expiry, so that Expire removes it in time.
func parseRule(line string, c chain, v6 bool) (rule, bool) {
	toks, err := splitArgs(line)
	if err != nil || len(toks) < 2 || toks[0] != "-A" || toks[1] != c.ToChain {
		return rule{}, false
	}
	r := rule{kind: c.kind, v6: v6, args: toks[2:], ok: true}
	var target, to string
	a := r.args
	for i := 0; i < len(a); i++ {
		opt := a[i]
		val := ""
		if i+1 < len(a) {
			val = a[i+1]
		}
		switch opt {
		case "-s", "-d", "-p", "--dport", "-m", "--comment", "-j", "--to-destination":
			i++
		default: // negations and options fwknopd never writes
			r.ok = false
			continue
		}
		switch opt {
		case "-s":
			r.src = parseSource(val)
		case "-d":
			r.dst = parseDest(val)
		case "-p":
			r.proto = map[string]uint8{"tcp": TCP, "6": TCP, "udp": UDP, "17": UDP}[val]
		case "--dport":
			port, err := strconv.ParseUint(val, 10, 16)
			r.port = uint16(port)
			r.ok = r.ok && err == nil
		case "-m":
			r.ok = r.ok && (val == "tcp" || val == "udp" || val == "comment")
		case "--comment":
			r.exp = parseExp(val)
		case "-j":
			target = val
		case "--to-destination":
			to = val
		}
	}
	// A FORWARD_ALL grant's forward and DNAT rules name no protocol, no
	// port, and the DNAT target's address alone.
	all := r.proto == 0 && r.port == 0 && argOf(a, "-p") == "" && argOf(a, "--dport") == "" &&
		(c.kind == kindForward || c.kind == kindDNAT)
	r.ok = r.ok && r.src.IsValid() && r.src.Addr().Is6() == v6 && (r.proto != 0 && r.port != 0 || all) &&
		r.exp != 0 && target == c.Target && (!r.dst.IsValid() || r.dst.Addr().Is6() == v6)
	switch {
	case c.kind == kindDNAT && all:
		addr, err := netip.ParseAddr(to)
		r.to = netip.AddrPortFrom(addr, 0)
		r.ok = r.ok && err == nil && addr.Is6() == v6 && addr.Zone() == ""
	case c.kind == kindDNAT:
		ap, err := netip.ParseAddrPort(to)
		r.to = ap
		r.ok = r.ok && err == nil && ap.Port() != 0 && ap.Addr().Is6() == v6 && ap.Addr().Zone() == ""
	case c.kind == kindForward:
		r.ok = r.ok && to == "" && !r.dst.IsValid()
	default:
		r.ok = r.ok && to == ""
	}
	if !r.ok {
		r.src, r.dst, r.proto, r.port, r.to = netip.Prefix{}, netip.Prefix{}, 0, 0, netip.AddrPort{}
	}
	return r, true
}

// parseSource accepts one address, bare or as a prefix (a grant widened by
// GRANT_PREFIX); a bare address comes back as a full-length prefix. The
// zero Prefix means not a source a grant names: "any" (/0) or unmasked.
func parseSource(s string) netip.Prefix {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		a, err := netip.ParseAddr(s)
		if err != nil || a.Zone() != "" {
			return netip.Prefix{}
		}
		return netip.PrefixFrom(a, a.BitLen())
	}
	if p.Bits() == 0 || p != p.Masked() {
		return netip.Prefix{}
	}
	return p
}

// parseDest reads a destination; "any" comes back as the zero Prefix, as
// iptables -S leaves it out altogether.
func parseDest(s string) netip.Prefix {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return netip.Prefix{}
		}
		p = netip.PrefixFrom(a, a.BitLen())
	}
	if p.Bits() == 0 {
		return netip.Prefix{}
	}
	return p.Masked()
}

// parseExp reads "_exp_<epoch>"; 0 means not an expiry comment.
func parseExp(comment string) int64 {
	digits, ok := strings.CutPrefix(comment, expPrefix)
	if !ok || digits == "" || strings.TrimLeft(digits, "0123456789") != "" {
		return 0
	}
	exp, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || exp <= 0 {
		return 0
	}
	return exp
}

var errUnterminated = errors.New("unterminated quote")

// splitArgs splits an iptables -S line into words: iptables quotes a word
// holding spaces with double quotes and escapes \ and " inside with \.
func splitArgs(line string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '\\' && i+1 < len(line):
			i++
			w.WriteByte(line[i])
		case c == '"':
			quoted, inWord = !quoted, true
		case !quoted && (c == ' ' || c == '\t'):
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if quoted {
		return nil, errUnterminated
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// entry is the live state of one grant: the latest expiry and every rule
// that implements it (more than one set after the stock daemon's repeated
// knocks).
type entry struct {
	exp   int64
	rules []rule
}

// group turns rules into grants: each DNAT rule is paired with the accept
// rule written with it (same source, protocol, expiry, and the DNAT's
// target port), rules for the same access are merged, and rules of other
// shapes are left out. A forward accept rule without its DNAT rule names
// no whole grant and is left out too; Expire still removes it.
func group(rules []rule) map[key]*entry {
	used := make([]bool, len(rules))
	out := make(map[key]*entry)
	add := func(k key, exp int64, rs ...rule) {
		e := out[k]
		if e == nil {
			e = &entry{}
			out[k] = e
		}
		e.exp = max(e.exp, exp)
		e.rules = append(e.rules, rs...)
	}
	for i, d := range rules {
		if !d.ok || d.kind != kindDNAT {
			continue
		}
		used[i] = true
		k := key{src: d.src, proto: d.proto, port: d.port, dest: d.dst, nat: true, to: d.to}
		rs := []rule{d}
		if j := partner(rules, used, d); j >= 0 {
			used[j] = true
			k.local = rules[j].kind == kindInput
			rs = append(rs, rules[j])
		}
		add(k, d.exp, rs...)
	}
	for i, r := range rules {
		if !used[i] && r.ok && r.kind == kindInput {
			add(key{src: r.src, proto: r.proto, port: r.port, dest: r.dst}, r.exp, r)
		}
	}
	return out
}

// partner finds the accept rule of DNAT rule d, a forward rule first: a
// plain grant is never taken for half of a forwarded one.
func partner(rules []rule, used []bool, d rule) int {
	for _, want := range []kind{kindForward, kindInput} {
		for j, r := range rules {
			if !used[j] && r.ok && r.kind == want && r.src == d.src && r.proto == d.proto &&
				r.port == d.to.Port() && r.exp == d.exp && (want == kindForward || r.dst == d.dst) {
				return j
			}
		}
	}
	return -1
}

// grants lists the grants of a group, sorted.
func grants(live map[key]*entry) []Grant {
	gs := make([]Grant, 0, len(live))
	for k, e := range live {
		gs = append(gs, k.grant(e.exp))
	}
	sortGrants(gs)
	return gs
}

// expired splits rules into those due at now and the rest, and returns the
// earliest expiry among the rest (zero if none).
func expired(rules []rule, now time.Time) (due, keep []rule, next time.Time) {
	n := now.Unix()
	var min int64
	for _, r := range rules {
		switch {
		case r.exp != 0 && r.exp <= n:
			due = append(due, r)
		default:
			keep = append(keep, r)
			if r.exp != 0 && (min == 0 || r.exp < min) {
				min = r.exp
			}
		}
	}
	if min != 0 {
		next = time.Unix(min, 0)
	}
	return due, keep, next
}

// removedGrants are the grants of before that are gone from after.
func removedGrants(before, after map[key]*entry) []Grant {
	var gs []Grant
	for k, e := range before {
		if after[k] == nil {
			gs = append(gs, k.grant(e.exp))
		}
	}
	sortGrants(gs)
	return gs
}

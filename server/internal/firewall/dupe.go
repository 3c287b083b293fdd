package firewall

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Rules of a NAT grant that another process already added.
//
// Before adding each rule of a NAT grant the stock fwknopd asks whether the
// very same rule (expiry comment included) is already in its chain, and
// adds only the ones that are not (rule_exists in fw_util_iptables.c): with
// `iptables -C`, or, given --no-ipt-check-support (Config.NoCheck), by
// reading the chain's listing and matching the expiry, source, protocol,
// port, target and NAT address. The daemon's own grants are known without
// asking (IPTables.live); asking costs one iptables command per rule, so
// it is done for NAT grants only, where the stock's test suite and
// administrators' scripts add rules beside the daemon's. Each answer goes
// to Config.Trace in the stock's words ("rule_exists_chk_support() Rule :
// '...' in FWKNOP_PREROUTING already exists").

// missing returns the rules of rs not yet in their chains. A rule whose
// presence cannot be read is taken as missing: adding it is what the
// daemon would have done anyway. So is a rule the same as one of another
// live grant's (a local NAT grant's accept rule is the twin of a plain
// grant's with the same expiry): each grant keeps rules of its own, so
// that revoking one leaves the other open. f.mu is held.
func (f *IPTables) missing(ctx context.Context, rs []rule) []rule {
	var out []rule
	for _, r := range rs {
		if ctx.Err() == nil && !f.claimed(r) && f.exists(r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// retell makes and traces the check for each of rs, for a grant the
// daemon's rules already cover: nothing is added whatever the answers.
func (f *IPTables) retell(ctx context.Context, rs []rule) {
	for _, r := range rs {
		if ctx.Err() == nil {
			f.exists(r)
		}
	}
}

// claimed tells whether a live grant holds a rule the same as r.
func (f *IPTables) claimed(r rule) bool {
	chain := f.cfg.spec(r.kind).ToChain
	for _, e := range f.live {
		for _, lr := range e.rules {
			if lr.kind == r.kind && lr.v6 == r.v6 && sameAccess("-A "+chain+" "+strings.Join(lr.args, " "), chain, r) {
				return true
			}
		}
	}
	return false
}

// exists tells whether r is in its chain, as the stock asks it, and
// traces the answer twice as the stock does: in the words of the way it
// asked, then in rule_exists()'s, which name the chain either way.
func (f *IPTables) exists(r rule) bool {
	s := f.cfg.spec(r.kind)
	found := f.ask(r, s)
	f.trace("rule_exists() Rule : '-t %s %s' in %s %s", s.Table, strings.Join(r.args, " "), s.ToChain, existence(found))
	return found
}

func (f *IPTables) ask(r rule, s ChainSpec) bool {
	ipt := f.family(r.v6)
	if f.cfg.NoCheck {
		lines, err := ipt.List(s.Table, s.ToChain)
		found := false
		for _, l := range lines {
			if err == nil && sameAccess(l, s.ToChain, r) {
				found = true
				break
			}
		}
		f.trace("rule_exists_no_chk_support() %s %s -> %s expires: %d rule %s",
			protoName(r.args), argOf(r.args, "--dport"), argOf(r.args, "-s"), r.exp, existence(found))
		return found
	}
	found, err := ipt.Exists(s.Table, s.ToChain, r.args...)
	found = found && err == nil
	f.trace("rule_exists_chk_support() Rule : '-t %s %s' in %s %s",
		s.Table, strings.Join(r.args, " "), s.ToChain, existence(found))
	return found
}

func existence(found bool) string {
	if found {
		return "already exists"
	}
	return "does not exist"
}

func (f *IPTables) trace(format string, args ...any) {
	if f.cfg.Trace != nil {
		f.cfg.Trace(fmt.Sprintf(format, args...))
	}
}

// sameAccess matches a line of `iptables -S chain` against r as the
// stock's listing search does: the same expiry, source, protocol, port,
// target and NAT address; the destination is not compared.
func sameAccess(line, chain string, r rule) bool {
	toks, err := splitArgs(line)
	if err != nil || len(toks) < 2 || toks[0] != "-A" || toks[1] != chain {
		return false
	}
	l := toks[2:]
	return parseExp(argOf(l, "--comment")) == r.exp &&
		parseSource(argOf(l, "-s")) == parseSource(argOf(r.args, "-s")) &&
		protoNumber(argOf(l, "-p")) == protoNumber(argOf(r.args, "-p")) &&
		argOf(l, "--dport") == argOf(r.args, "--dport") &&
		argOf(l, "-j") == argOf(r.args, "-j") &&
		argOf(l, "--to-destination") == argOf(r.args, "--to-destination")
}

// argOf is the value after the first opt in args, or "".
func argOf(args []string, opt string) string {
	for i := 0; i+1 < len(args); i++ {
		if args[i] == opt {
			return args[i+1]
		}
	}
	return ""
}

// protoNumber reads -p as a number ("tcp" and "6" alike).
func protoNumber(p string) string {
	switch p {
	case "tcp":
		return strconv.Itoa(int(TCP))
	case "udp":
		return strconv.Itoa(int(UDP))
	}
	return p
}

// protoName is -p as the stock's message shows it (" tcp ").
func protoName(args []string) string {
	switch protoNumber(argOf(args, "-p")) {
	case strconv.Itoa(int(TCP)):
		return "tcp"
	case strconv.Itoa(int(UDP)):
		return "udp"
	}
	return argOf(args, "-p")
}

package firewall

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
)

// The iptables backend's trace (Config.Trace) tells what the stock
// fwknopd's debug output (-v -v) tells: each command that changes a chain,
// as "CMD: '<program> -t <table> -A <chain> <rule>'", and after a grant the
// chains it changed as `iptables -t <table> -L <chain> --line-numbers -n`
// lists them, one "RULES LIST: " line each. Administrators and fwknop's
// test suite read a NAT grant's DNAT target ("to:198.51.100.9:22") from
// that listing. Nothing in it is secret: it is what `iptables -L` shows
// anyone who may run it.

// traceCmd traces a command that changes a chain; op and its operands are
// as iptables takes them ("-A", chain) and args is the rule.
func (f *IPTables) traceCmd(v6 bool, table string, op []string, args []string) {
	if f.cfg.Trace == nil {
		return
	}
	words := append([]string{f.program(v6), "-t", table}, op...)
	f.cfg.Trace("CMD: '" + strings.Join(append(words, args...), " ") + "'")
}

// program is the iptables (or ip6tables) program a family runs.
func (f *IPTables) program(v6 bool) string {
	if v6 {
		return f.progs.IPv6
	}
	return f.progs.IPv4
}

// traceAdded traces the stock's line for each rule of grant g added
// ("Added DNAT rule to FWKNOP_PREROUTING for SRC -> DST tcp/22, expires at
// N"; fw_util_iptables.c's ipt_rule).
func (f *IPTables) traceAdded(g Grant, rules []rule) {
	if f.cfg.Trace == nil {
		return
	}
	src := g.Source.String()
	if g.SourcePrefix.IsValid() {
		src = g.SourcePrefix.String()
	}
	dst := "0.0.0.0/0"
	if g.Source.Is6() {
		dst = "::/0"
	}
	if g.Dest.IsValid() {
		dst = g.Dest.String()
	}
	grantAccess := map[uint8]string{TCP: "tcp", UDP: "udp"}[g.Proto] + "/" + strconv.Itoa(int(g.Port))
	for _, r := range rules {
		access := grantAccess
		msg := [...]string{kindInput: "access", kindForward: "FORWARD", kindDNAT: "DNAT", kindSNAT: "SNAT", kindMasquerade: "SNAT"}[r.kind]
		if r.kind == kindInput && g.NAT != nil {
			msg = "local NAT"
		}
		if r.kind != kindInput && g.NAT != nil && g.NAT.All { // ipt_rule's "DNAT ALL", "*/*"
			msg, access = msg+" ALL", "*/*"
		}
		f.cfg.Trace(fmt.Sprintf("Added %s rule to %s for %s -> %s %s, expires at %d",
			msg, f.cfg.spec(r.kind).ToChain, src, dst, access, r.exp))
	}
}

// traceRules traces the listing of each chain that rules went into, once
// per chain, in the order of rules.
func (f *IPTables) traceRules(ctx context.Context, rules []rule) {
	if f.cfg.Trace == nil {
		return
	}
	type chainOf struct {
		v6 bool
		k  kind
	}
	seen := map[chainOf]bool{}
	for _, r := range rules {
		c := chainOf{r.v6, r.kind}
		if seen[c] {
			continue
		}
		seen[c] = true
		s := f.cfg.spec(r.kind)
		f.traceList(ctx, r.v6, s.Table, s.ToChain)
	}
}

// traceList traces `-t table -L chain --line-numbers -n`, or why it failed.
func (f *IPTables) traceList(ctx context.Context, v6 bool, table, chain string) {
	args := []string{"-t", table, "-L", chain, "--line-numbers", "-n"}
	out, err := exec.CommandContext(ctx, f.program(v6), args...).CombinedOutput()
	if err != nil {
		f.cfg.Trace("RULES LIST: " + f.program(v6) + " " + strings.Join(args, " ") + ": " + err.Error() +
			": " + strconv.Quote(strings.TrimSpace(string(out))))
		return
	}
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		f.cfg.Trace("RULES LIST: " + line)
	}
}

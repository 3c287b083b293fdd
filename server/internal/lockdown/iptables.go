package lockdown

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/coreos/go-iptables/iptables"

	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	table = "filter"
	input = "INPUT"
)

// The rules are written the way iptables -S lists them back, so that the
// chain read back can be compared with what Lockdown wants as text.
var (
	loopbackRule    = []string{"-i", "lo", "-j", "ACCEPT"}
	establishedRule = []string{"-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT"}
	jumpRule        = []string{"-j", Chain}
)

// iptArgs is r as iptables arguments.
func (r rule) iptArgs() []string {
	switch r.kind {
	case acceptLoopback:
		return loopbackRule
	case acceptEstablished:
		return establishedRule
	}
	return dropRule(r.port)
}

func dropRule(p spa.ProtoPort) []string {
	r := []string{"-p", p.Proto, "-m", p.Proto, "--dport", strconv.Itoa(int(p.Port))}
	if p.Proto == "tcp" {
		r = append(r, "--tcp-flags", "FIN,SYN,RST,ACK", "SYN")
	}
	return append(r, "-j", "DROP")
}

// iptTarget is the filter table of iptables or ip6tables: the lockdown is
// the chain Chain, jumped to from INPUT right after the grant chain's jump.
type iptTarget struct {
	cmd        string // the command, as printed: the name or path given
	ipt        *iptables.IPTables
	grantChain string
}

// openIPTables opens the iptables program exe ("" for iptables in PATH;
// FIREWALL_EXE) and its ip6tables counterpart. Both are needed: a lockdown
// of one family only would leave the ports open over the other.
func openIPTables(exe, grantChain string) ([]target, error) {
	if exe == "" {
		exe = "iptables"
	}
	progs, err := firewall.FindPrograms(exe)
	if err == nil && progs.NoIPv6 != nil {
		err = fmt.Errorf("%v: the ports would stay open over IPv6", progs.NoIPv6)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFirewall, err)
	}
	ipt4, ipt6, err := progs.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFirewall, err)
	}
	exe6, _ := firewall.IP6TablesFor(exe) // FindPrograms derived it already
	return []target{iptTarget{cmd: exe, ipt: ipt4, grantChain: grantChain},
		iptTarget{cmd: exe6, ipt: ipt6, grantChain: grantChain}}, nil
}

func (t iptTarget) lockdown(rules []rule) (plan, error) {
	st, err := readState(t.ipt)
	return plan{t: t, steps: planLockdown(t.cmd, st, rules, t.grantChain)}, err
}

func (t iptTarget) undo() (plan, error) {
	st, err := readState(t.ipt)
	return plan{t: t, steps: planUndo(t.cmd, st)}, err
}

func (t iptTarget) run(s step) error { return s.(iptStep).run(t.ipt) }

// state is what one family's filter table holds of interest.
type state struct {
	chainExists bool
	chain       []string // the chain's rules, without "-A SESAME_LOCKDOWN "
	input       []string // INPUT's rules, without "-A INPUT "
}

func readState(ipt *iptables.IPTables) (state, error) {
	var st state
	var err error
	if st.chainExists, err = ipt.ChainExists(table, Chain); err != nil {
		return st, fmt.Errorf("%w: %v", ErrFirewall, err)
	}
	if st.chainExists {
		if st.chain, err = listRules(ipt, Chain); err != nil {
			return st, err
		}
	}
	st.input, err = listRules(ipt, input)
	return st, err
}

// listRules returns chain's rules as iptables -S prints them, without the
// "-A CHAIN " in front.
func listRules(ipt *iptables.IPTables, chain string) ([]string, error) {
	lines, err := ipt.List(table, chain)
	if err != nil {
		return nil, fmt.Errorf("%w: list %s: %v", ErrFirewall, chain, err)
	}
	var out []string
	for _, l := range lines {
		if r, ok := strings.CutPrefix(l, "-A "+chain+" "); ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// jumpPosition is the 1-based place in INPUT, with no jump to Chain, where
// the jump belongs: right after the jump to the grant chain, or first.
func (st state) jumpPosition(grantChain string) int {
	rest := slices.DeleteFunc(slices.Clone(st.input), isJump)
	return slices.Index(rest, "-j "+grantChain) + 2
}

func isJump(rule string) bool { return rule == strings.Join(jumpRule, " ") }

// jumps counts INPUT's jumps to Chain.
func (st state) jumps() int {
	n := 0
	for _, r := range st.input {
		if isJump(r) {
			n++
		}
	}
	return n
}

// iptStep is one iptables command.
type iptStep struct {
	cmd  string   // iptables or ip6tables
	args []string // after "-t filter"
	// check runs after the command, before any later one.
	check func(*iptables.IPTables) error
}

func (s iptStep) String() string {
	return s.cmd + " -t " + table + " " + strings.Join(s.args, " ")
}

func (s iptStep) keepsEstablished() bool { return s.check != nil }

func (s iptStep) run(ipt *iptables.IPTables) error {
	var err error
	a := s.args
	switch a[0] {
	case "-N":
		err = ipt.NewChain(table, a[1])
	case "-F":
		err = ipt.ClearChain(table, a[1])
	case "-X":
		err = ipt.DeleteChain(table, a[1])
	case "-A":
		err = ipt.Append(table, a[1], a[2:]...)
	case "-D":
		err = ipt.Delete(table, a[1], a[2:]...)
	case "-I":
		pos, _ := strconv.Atoi(a[2])
		err = ipt.Insert(table, a[1], pos, a[3:]...)
	default:
		err = errors.New("unknown command")
	}
	if err != nil && s.check != nil {
		return fmt.Errorf("%w: %s: %v", ErrConntrack, s, err)
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrFirewall, s, err)
	}
	if s.check != nil {
		return s.check(ipt)
	}
	return nil
}

// iptSteps collects the commands of one family.
type iptSteps struct {
	cmd  string
	list []iptStep
}

func (b *iptSteps) add(args ...string) *iptStep {
	b.list = append(b.list, iptStep{cmd: b.cmd, args: args})
	return &b.list[len(b.list)-1]
}

func (b *iptSteps) steps() []step {
	out := make([]step, len(b.list))
	for i, s := range b.list {
		out[i] = s
	}
	return out
}

// planLockdown gives the commands that take st to holding rules: none when
// they are in place; otherwise the chain is (re)built complete before the
// jump to it is (re)inserted.
func planLockdown(cmd string, st state, rules []rule, grantChain string) []step {
	wantText := make([]string, len(rules))
	for i, r := range rules {
		wantText[i] = strings.Join(r.iptArgs(), " ")
	}
	rulesOK := st.chainExists && slices.Equal(st.chain, wantText)
	pos := st.jumpPosition(grantChain)
	jumpOK := st.jumps() == 1 && slices.Index(st.input, strings.Join(jumpRule, " ")) == pos-1
	if rulesOK && jumpOK {
		return nil
	}
	b := iptSteps{cmd: cmd}
	for range st.jumps() {
		b.add("-D", input, "-j", Chain)
	}
	if !rulesOK {
		if st.chainExists {
			b.add("-F", Chain)
		} else {
			b.add("-N", Chain)
		}
		for _, r := range rules {
			s := b.add(append([]string{"-A", Chain}, r.iptArgs()...)...)
			if r.kind == acceptEstablished {
				s.check = checkConntrack
			}
		}
	}
	b.add("-I", input, strconv.Itoa(pos), "-j", Chain)
	return b.steps()
}

// planUndo gives the commands that remove every jump to Chain and Chain.
func planUndo(cmd string, st state) []step {
	b := iptSteps{cmd: cmd}
	for range st.jumps() {
		b.add("-D", input, "-j", Chain)
	}
	if st.chainExists {
		b.add("-F", Chain)
		b.add("-X", Chain)
	}
	return b.steps()
}

// checkConntrack makes sure the established rule is really in the chain
// before any drop is added.
func checkConntrack(ipt *iptables.IPTables) error {
	ok, err := ipt.Exists(table, Chain, establishedRule...)
	if err != nil || !ok {
		return fmt.Errorf("%w: the conntrack rule does not read back (%v)", ErrConntrack, err)
	}
	return nil
}

package lockdown

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/coreos/go-iptables/iptables"

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

// dropRule drops new connections to p. For TCP only a SYN starts one: a
// session open before conntrack was loaded is picked up mid-stream with its
// first packet counted as NEW, and dropping that would cut the very ssh
// session running the lockdown. A stray non-SYN segment gets the stack's
// RST whether or not anything listens, so it reveals nothing.
func dropRule(p spa.ProtoPort) []string {
	r := []string{"-p", p.Proto, "-m", p.Proto, "--dport", strconv.Itoa(int(p.Port))}
	if p.Proto == "tcp" {
		r = append(r, "--tcp-flags", "FIN,SYN,RST,ACK", "SYN")
	}
	return append(r, "-j", "DROP")
}

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

// step is one iptables command.
type step struct {
	cmd  string   // iptables or ip6tables
	args []string // after "-t filter"
	// check runs after the command, before any later one.
	check func(*iptables.IPTables) error
}

func (s step) String() string {
	return s.cmd + " -t " + table + " " + strings.Join(s.args, " ")
}

func (s step) run(ipt *iptables.IPTables) error {
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

// plan is the commands for one family.
type plan struct{ steps []step }

func (p *plan) add(cmd string, args ...string) *step {
	p.steps = append(p.steps, step{cmd: cmd, args: args})
	return &p.steps[len(p.steps)-1]
}

func wantRules(ports []spa.ProtoPort) [][]string {
	rules := [][]string{loopbackRule, establishedRule}
	for _, p := range ports {
		rules = append(rules, dropRule(p))
	}
	return rules
}

// planLockdown gives the commands that take st to the lockdown of ports:
// none when it is in place; otherwise the chain is (re)built complete
// before the jump to it is (re)inserted.
func planLockdown(cmd string, st state, ports []spa.ProtoPort, grantChain string) plan {
	want := wantRules(ports)
	wantText := make([]string, len(want))
	for i, r := range want {
		wantText[i] = strings.Join(r, " ")
	}
	rulesOK := st.chainExists && slices.Equal(st.chain, wantText)
	pos := st.jumpPosition(grantChain)
	jumpOK := st.jumps() == 1 && slices.Index(st.input, strings.Join(jumpRule, " ")) == pos-1
	var p plan
	if rulesOK && jumpOK {
		return p
	}
	for range st.jumps() {
		p.add(cmd, "-D", input, "-j", Chain)
	}
	if !rulesOK {
		if st.chainExists {
			p.add(cmd, "-F", Chain)
		} else {
			p.add(cmd, "-N", Chain)
		}
		for _, r := range want {
			s := p.add(cmd, append([]string{"-A", Chain}, r...)...)
			if slices.Equal(r, establishedRule) {
				s.check = checkConntrack
			}
		}
	}
	p.add(cmd, "-I", input, strconv.Itoa(pos), "-j", Chain)
	return p
}

// planUndo gives the commands that remove every jump to Chain and Chain.
func planUndo(cmd string, st state) plan {
	var p plan
	for range st.jumps() {
		p.add(cmd, "-D", input, "-j", Chain)
	}
	if st.chainExists {
		p.add(cmd, "-F", Chain)
		p.add(cmd, "-X", Chain)
	}
	return p
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

func apply(ctx context.Context, f family, p plan) error {
	for _, s := range p.steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.run(f.ipt); err != nil {
			return err
		}
	}
	return nil
}

// rollback removes the lockdown from one family after a failure, so that
// the failure leaves the ports open rather than half closed.
func rollback(f family) error {
	st, err := readState(f.ipt)
	if err != nil {
		return err
	}
	return apply(context.Background(), f, planUndo(f.cmd, st))
}

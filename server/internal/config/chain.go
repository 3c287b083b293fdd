package config

import (
	"strconv"
	"strings"
)

// Chain is one IPT_*_ACCESS specification (server/fwknopd_common.h):
// "Target, Table, FromChain, JumpRulePos, ToChain, RulePos", e.g.
// "ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1": rules go to ToChain in Table
// with Target, and FromChain jumps to ToChain at position JumpRulePos.
type Chain struct {
	Target      string
	Table       string
	FromChain   string
	JumpRulePos int
	ToChain     string
	RulePos     int
}

// maxRulePos is RCHK_MAX_IPT_RULE_NUM.
const maxRulePos = 2 << 15

// ParseChain reads a chain specification as set_fw_chain_conf() does:
// six comma-separated fields of letters, digits and '_' (blanks ignored).
func ParseChain(s string) (Chain, error) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == ' ' || c == ',' || c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return Chain{}, badValue("invalid character %q in chain specification %s", c, quote(s))
		}
	}
	f := strings.Split(strings.ReplaceAll(s, " ", ""), ",")
	if len(f) != 6 {
		return Chain{}, badValue("want 6 comma-separated fields (target, table, from chain, jump position, to chain, rule position), got %d in %s", len(f), quote(s))
	}
	for i, name := range []string{"target", "table", "from chain", "", "to chain", ""} {
		if name != "" && f[i] == "" {
			return Chain{}, badValue("empty %s in chain specification %s", name, quote(s))
		}
	}
	jump, err := parseInt(f[3], 0, maxRulePos)
	if err != nil {
		return Chain{}, badValue("invalid jump rule position: %v", err)
	}
	pos, err := parseInt(f[5], 0, maxRulePos)
	if err != nil {
		return Chain{}, badValue("invalid chain rule position: %v", err)
	}
	return Chain{Target: f[0], Table: f[1], FromChain: f[2], JumpRulePos: jump, ToChain: f[4], RulePos: pos}, nil
}

// String formats c as fwknopd.conf writes it.
func (c Chain) String() string {
	return strings.Join([]string{c.Target, c.Table, c.FromChain, strconv.Itoa(c.JumpRulePos), c.ToChain, strconv.Itoa(c.RulePos)}, ", ")
}

func mustChain(s string) Chain {
	c, err := ParseChain(s)
	if err != nil {
		panic("config: bad built-in chain default " + s)
	}
	return c
}

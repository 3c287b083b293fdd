package lockdown

import (
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// lockdownTag starts the comment of every lockdown rule in an nftables
// chain. It begins with firewall.NFTTag, so that the backend knows the
// rules for Sesame's and keeps them when it flushes its own.
const lockdownTag = firewall.NFTTag + "lockdown"

// nftComment tags r and names it: the plan compares a chain with what it
// wants by these comments, as the iptables plan compares rule text.
func (r rule) nftComment() string {
	switch r.kind {
	case acceptLoopback:
		return lockdownTag + " loopback"
	case acceptEstablished:
		return lockdownTag + " established"
	}
	return lockdownTag + " " + r.port.String()
}

// nftText is r as `nft list` shows what nftExprs makes of it.
func (r rule) nftText() string {
	switch r.kind {
	case acceptLoopback:
		return `iifname "lo" accept`
	case acceptEstablished:
		return "ct state established,related accept"
	}
	if r.port.Proto == "tcp" {
		return fmt.Sprintf("tcp dport %d tcp flags syn / fin,syn,rst,ack drop", r.port.Port)
	}
	return fmt.Sprintf("%s dport %d drop", r.port.Proto, r.port.Port)
}

// nftChain is the chain a lockdown goes in as read from the kernel.
type nftChain struct {
	where string // "inet filter input", as nft commands name it
	rules []nftRule
}

// nftRule is one rule of the chain: its handle and comment.
type nftRule struct {
	handle  uint64
	comment string
}

func (r nftRule) lockdown() bool { return strings.HasPrefix(r.comment, lockdownTag) }

// grant reports whether r is one of the nftables backend's own rules.
func (r nftRule) grant() bool { return strings.HasPrefix(r.comment, firewall.NFTTag) && !r.lockdown() }

// nftOp is what an nftStep does.
type nftOp int

const (
	nftDelete nftOp = iota // the rule with handle
	nftInsert              // rule, before the rule with handle
	nftAdd                 // rule, at the end of the chain
)

// nftStep is one nft command, run over netlink.
type nftStep struct {
	where  string
	op     nftOp
	handle uint64
	rule   rule
}

func (s nftStep) String() string {
	switch s.op {
	case nftDelete:
		return fmt.Sprintf("nft delete rule %s handle %d", s.where, s.handle)
	case nftInsert:
		return fmt.Sprintf("nft insert rule %s position %d %s comment %q", s.where, s.handle, s.rule.nftText(), s.rule.nftComment())
	}
	return fmt.Sprintf("nft add rule %s %s comment %q", s.where, s.rule.nftText(), s.rule.nftComment())
}

func (s nftStep) keepsEstablished() bool {
	return s.op != nftDelete && s.rule.kind == acceptEstablished
}

// planNFT gives the commands that take c to holding rules right below the
// backend's grant rules, or first in the chain when there are none yet
// (the backend inserts its rules first, so a grant always comes before the
// drops, as in iptables): none when they are in place; otherwise every
// lockdown rule is deleted and the rules are inserted, in order, before
// the first rule that follows that place.
func planNFT(c nftChain, rules []rule) []step {
	start := 0
	for i, r := range c.rules {
		if r.grant() {
			start = i + 1
		}
	}
	if inPlace(c.rules, start, rules) {
		return nil
	}
	steps := planNFTUndo(c)
	var next *nftRule
	for i := start; i < len(c.rules) && next == nil; i++ {
		if !c.rules[i].lockdown() {
			next = &c.rules[i]
		}
	}
	for _, r := range rules {
		s := nftStep{where: c.where, op: nftAdd, rule: r}
		if next != nil {
			s.op, s.handle = nftInsert, next.handle
		}
		steps = append(steps, s)
	}
	return steps
}

// inPlace reports whether the lockdown rules of the chain are exactly
// want, from index start on.
func inPlace(have []nftRule, start int, want []rule) bool {
	n := 0
	for _, r := range have {
		if r.lockdown() {
			n++
		}
	}
	if n != len(want) || start+n > len(have) {
		return false
	}
	for i, r := range want {
		if have[start+i].comment != r.nftComment() {
			return false
		}
	}
	return true
}

// planNFTUndo gives the commands that delete every lockdown rule of c.
func planNFTUndo(c nftChain) []step {
	var steps []step
	for _, r := range c.rules {
		if r.lockdown() {
			steps = append(steps, nftStep{where: c.where, op: nftDelete, handle: r.handle})
		}
	}
	return steps
}

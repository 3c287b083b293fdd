package lockdown

import (
	"context"

	"github.com/sesame-spa/sesame/shared/spa"
)

// ruleKind is what one rule of a lockdown does.
type ruleKind int

const (
	// acceptLoopback accepts traffic arriving on lo.
	acceptLoopback ruleKind = iota
	// acceptEstablished accepts packets of connections conntrack knows
	// (established or related), the administrator's own session among them.
	acceptEstablished
	// dropNew drops new connections to one port. For TCP only a SYN starts
	// one: a session open before conntrack was loaded is picked up
	// mid-stream with its first packet counted as NEW, and dropping that
	// would cut the very ssh session running the lockdown. A stray non-SYN
	// segment gets the stack's RST whether or not anything listens, so it
	// reveals nothing.
	dropNew
)

// rule is one rule of a lockdown. Every firewall holds the same rules in
// the same order, below its SPA grants: iptables writes them as arguments
// (iptArgs), nftables as expressions (nftExprs).
type rule struct {
	kind ruleKind
	port spa.ProtoPort // dropNew's
}

// wantRules is the lockdown of ports: loopback and established connections
// first, then one drop per port.
func wantRules(ports []spa.ProtoPort) []rule {
	rules := []rule{{kind: acceptLoopback}, {kind: acceptEstablished}}
	for _, p := range ports {
		rules = append(rules, rule{kind: dropNew, port: p})
	}
	return rules
}

// step is one command of a plan, printed before any runs.
type step interface {
	String() string
	// keepsEstablished reports whether the step adds the acceptEstablished
	// rule: the rule must read back from the kernel before any later step
	// runs, else the target's run reports ErrConntrack.
	keepsEstablished() bool
}

// target is one firewall a lockdown goes in: iptables, ip6tables, or the
// nftables chain the nftables backend hooks.
type target interface {
	// lockdown reads the firewall and plans the steps that take it to
	// holding rules: none when they are in place.
	lockdown(rules []rule) (plan, error)
	// undo reads the firewall and plans the removal of the lockdown.
	undo() (plan, error)
	// run runs one step of a plan the target made.
	run(step) error
}

// plan is the steps for one target.
type plan struct {
	t     target
	steps []step
}

func apply(ctx context.Context, p plan) error {
	for _, s := range p.steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := p.t.run(s); err != nil {
			return err
		}
	}
	return nil
}

// rollback removes the lockdown from one target after a failure, so that
// the failure leaves the ports open rather than half closed.
func rollback(t target) error {
	p, err := t.undo()
	if err != nil {
		return err
	}
	return apply(context.Background(), p)
}

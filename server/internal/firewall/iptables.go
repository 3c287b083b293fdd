package firewall

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/coreos/go-iptables/iptables"
)

// IPTables is the Firewall on the iptables and ip6tables commands (legacy
// or nft), run through github.com/coreos/go-iptables. Each change is one
// command; a Grant that is not an extension runs one per rule. The
// commands are Config.IPTablesExe and its ip6tables counterpart
// (IP6TablesFor), never another iptables found in PATH.
//
// The commands run in the network namespace of the calling OS thread.
type IPTables struct {
	cfg   Config
	progs Programs // the programs' paths, for Config.Trace
	ipt4  *iptables.IPTables
	ipt6  *iptables.IPTables // nil unless cfg.IPv6
	// noIPv6 is why IPv6 grants are refused although IPv6 was asked for:
	// the iptables program has no ip6tables counterpart.
	noIPv6 error

	mu    sync.Mutex // serializes read-modify-write sequences of commands
	ready bool
	live  map[key]*entry // the grants as last read or written
}

var _ Firewall = (*IPTables)(nil)

// NewIPTables checks cfg and the iptables program cfg.IPTablesExe (and,
// with cfg.IPv6, its ip6tables counterpart). Without a usable counterpart
// it still serves IPv4, and IPv6 grants fail saying why. It changes
// nothing: call Init.
func NewIPTables(cfg Config) (*IPTables, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	progs, err := FindPrograms(cfg.IPTablesExe)
	if err != nil {
		return nil, err
	}
	f := &IPTables{cfg: cfg, progs: progs}
	if !cfg.IPv6 {
		progs.IPv6, progs.NoIPv6 = "", nil
	}
	if progs.NoIPv6 != nil {
		f.cfg.IPv6, f.noIPv6 = false, progs.NoIPv6
	}
	if f.ipt4, f.ipt6, err = progs.Open(); err != nil {
		return nil, err
	}
	return f, nil
}

// normalize is the package's normalize, saying why IPv6 is off when the
// ip6tables counterpart is missing.
func (f *IPTables) normalize(g Grant, grant bool) (Grant, error) {
	g, err := normalize(f.cfg, g, grant)
	if errors.Is(err, ErrIPv6Disabled) && f.noIPv6 != nil {
		err = fmt.Errorf("%w: %v", err, f.noIPv6)
	}
	return g, err
}

func (f *IPTables) families() []*iptables.IPTables {
	if f.ipt6 == nil {
		return []*iptables.IPTables{f.ipt4}
	}
	return []*iptables.IPTables{f.ipt4, f.ipt6}
}

func (f *IPTables) family(v6 bool) *iptables.IPTables {
	if v6 {
		return f.ipt6
	}
	return f.ipt4
}

// Init creates the chains and jumps that are missing, never a second jump,
// and reads the rules already in the chains back as live grants.
func (f *IPTables) Init(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, ipt := range f.families() {
		for _, c := range f.cfg.chains(false) {
			if err := ensureChain(ctx, ipt, c.ChainSpec); err != nil {
				return err
			}
		}
	}
	rules, err := f.read(ctx)
	if err != nil {
		return err
	}
	f.live, f.ready = group(rules), true
	return nil
}

func ensureChain(ctx context.Context, ipt *iptables.IPTables, s ChainSpec) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	exists, err := ipt.ChainExists(s.Table, s.ToChain)
	if err == nil && !exists {
		err = ipt.NewChain(s.Table, s.ToChain)
	}
	if err != nil {
		return fmt.Errorf("firewall: create chain %s: %w", s.ToChain, err)
	}
	jumped, err := ipt.Exists(s.Table, s.FromChain, "-j", s.ToChain)
	if err == nil && !jumped {
		err = ipt.Insert(s.Table, s.FromChain, s.JumpPosition, "-j", s.ToChain)
	}
	if err != nil {
		return fmt.Errorf("firewall: jump from %s to %s: %w", s.FromChain, s.ToChain, err)
	}
	return nil
}

// read lists the rules of every chain in use, in both families. A chain
// that does not exist holds no rules: another process (fwknopd --fw-flush)
// may have removed it, and --fw-list reads without creating it.
func (f *IPTables) read(ctx context.Context) ([]rule, error) {
	var rules []rule
	for _, ipt := range f.families() {
		for _, c := range f.cfg.chains(false) {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			lines, err := ipt.List(c.Table, c.ToChain)
			if err != nil {
				if exists, cerr := ipt.ChainExists(c.Table, c.ToChain); cerr == nil && !exists {
					continue
				}
				return nil, fmt.Errorf("firewall: list %s: %w", c.ToChain, err)
			}
			for _, line := range lines {
				if r, ok := parseRule(line, c, ipt.Proto() == iptables.ProtocolIPv6); ok {
					rules = append(rules, r)
				}
			}
		}
	}
	return rules, nil
}

// Grant adds g's rules, or extends the grant already there: the new rules
// go in before the old ones come out, so access never lapses.
func (f *IPTables) Grant(ctx context.Context, g Grant) error {
	g, err := f.normalize(g, true)
	if err != nil {
		return err
	}
	stale, err := f.add(ctx, g)
	if err != nil || len(stale) == 0 {
		return err
	}
	// Deleting a rule waits for the kernel to commit it (over 10 ms with
	// nf_tables, against about 1 ms to add one), so it is done without the
	// lock: other knocks need not queue behind an extension. A concurrent
	// call touching the same rules finds them gone, which delete allows.
	if err := f.delete(ctx, stale); err != nil {
		f.mu.Lock()
		if e := f.live[keyOf(g)]; e != nil {
			e.rules = append(e.rules, stale...) // for the next extension to retry
		}
		f.mu.Unlock()
		return fmt.Errorf("firewall: %s extended, but the old rule stays until its expiry: %w", g, err)
	}
	return nil
}

// add inserts g's rules unless the same access already lasts as long, and
// returns the rules g replaces.
func (f *IPTables) add(ctx context.Context, g Grant) (stale []rule, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return nil, ErrNotInitialized
	}
	k, exp := keyOf(g), g.Expires.Unix()
	old := f.live[k]
	if old != nil && old.exp >= exp {
		if g.NAT != nil && f.cfg.Trace != nil {
			// Covered already: nothing to add. At -v -v the stock's check
			// is still made and told (dupe.go), as log readers expect.
			f.retell(ctx, rulesFor(f.cfg, g))
		}
		return nil, nil
	}
	rules := rulesFor(f.cfg, g)
	add := rules
	if g.NAT != nil { // rules another process added stay single (dupe.go)
		add = f.missing(ctx, rules)
	}
	if err := f.insert(ctx, add); err != nil {
		// Another process (fwknopd --fw-flush, an administrator) may have
		// removed the chains since Init: make them again and retry once.
		if f.recreate(ctx) != nil {
			return nil, err
		}
		if err := f.insert(ctx, add); err != nil {
			return nil, err
		}
	}
	f.live[k] = &entry{exp: exp, rules: rules}
	f.traceAdded(g, add)
	f.traceRules(ctx, add)
	if old == nil {
		return nil, nil
	}
	return old.rules, nil
}

// insert adds rules in order; if one fails, those already added are taken
// out again.
func (f *IPTables) insert(ctx context.Context, rules []rule) error {
	for i, r := range rules {
		err := ctx.Err()
		if err == nil {
			s, ipt := f.cfg.spec(r.kind), f.family(r.v6)
			if f.cfg.Prepend {
				f.traceCmd(r.v6, s.Table, []string{"-I", s.ToChain, strconv.Itoa(s.RulePosition)}, r.args)
				err = ipt.Insert(s.Table, s.ToChain, s.RulePosition, r.args...)
			} else {
				f.traceCmd(r.v6, s.Table, []string{"-A", s.ToChain}, r.args)
				err = ipt.Append(s.Table, s.ToChain, r.args...)
			}
		}
		if err != nil {
			return errors.Join(fmt.Errorf("firewall: add rule: %w", err), f.delete(context.WithoutCancel(ctx), rules[:i]))
		}
	}
	return nil
}

// delete removes rules; a rule that is already gone is not an error.
func (f *IPTables) delete(ctx context.Context, rules []rule) error {
	var errs []error
	for _, r := range rules {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := f.cfg.spec(r.kind)
		f.traceCmd(r.v6, s.Table, []string{"-D", s.ToChain}, r.args)
		err := f.family(r.v6).Delete(s.Table, s.ToChain, r.args...)
		var ierr *iptables.Error
		if err != nil && !(errors.As(err, &ierr) && ierr.IsNotExist()) {
			errs = append(errs, fmt.Errorf("firewall: delete rule: %w", err))
		}
	}
	return errors.Join(errs...)
}

// Revoke deletes every live rule of the access g names.
func (f *IPTables) Revoke(ctx context.Context, g Grant) error {
	g, err := f.normalize(g, false)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return ErrNotInitialized
	}
	rules, err := f.read(ctx)
	if err != nil {
		return err
	}
	f.live = group(rules)
	k := keyOf(g)
	e := f.live[k]
	if e == nil {
		return fmt.Errorf("%w: %s", ErrNotGranted, g)
	}
	if err := f.delete(ctx, e.rules); err != nil {
		return err
	}
	delete(f.live, k)
	return nil
}

// Expire deletes every rule in the chains whose _exp_ time is at or before
// now, including rules of shapes that List does not show.
func (f *IPTables) Expire(ctx context.Context, now time.Time) ([]Grant, time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return nil, time.Time{}, ErrNotInitialized
	}
	rules, err := f.read(ctx)
	if err != nil {
		return nil, time.Time{}, err
	}
	due, keep, next := expired(rules, now)
	if err := f.delete(ctx, due); err != nil {
		f.live = group(rules)
		return nil, time.Time{}, err
	}
	before := group(rules)
	f.live = group(keep)
	return removedGrants(before, f.live), next, nil
}

// recreate makes the chains and jumps that are missing, and reports an
// error if none was: then a failed insert has another cause.
func (f *IPTables) recreate(ctx context.Context) error {
	missing := false
	for _, ipt := range f.families() {
		for _, c := range f.cfg.chains(false) {
			exists, err := ipt.ChainExists(c.Table, c.ToChain)
			if err != nil {
				return err
			}
			if !exists {
				missing = true
				if err := ensureChain(ctx, ipt, c.ChainSpec); err != nil {
					return err
				}
			}
		}
	}
	if !missing {
		return errors.New("firewall: no chain missing")
	}
	return nil
}

// List reads the live grants back from the rules. It needs no Init and
// then changes nothing: fwknopd --fw-list in another process than the
// daemon reads the chains the daemon made, or finds none.
func (f *IPTables) List(ctx context.Context) ([]Grant, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	rules, err := f.read(ctx)
	if err != nil {
		return nil, err
	}
	if f.ready {
		f.live = group(rules)
	}
	return grants(group(rules)), nil
}

// maxJumps bounds the removal of duplicate jumps another program left.
const maxJumps = 64

// Flush removes every jump to a chain of the configuration (the NAT ones
// too, even with NAT off) and the chains with their rules. It needs no Init.
func (f *IPTables) Flush(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ready, f.live = false, nil
	for _, ipt := range f.families() {
		for _, c := range f.cfg.chains(true) {
			if err := flushChain(ctx, ipt, c.ChainSpec); err != nil {
				return err
			}
		}
	}
	return nil
}

func flushChain(ctx context.Context, ipt *iptables.IPTables, s ChainSpec) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	exists, err := ipt.ChainExists(s.Table, s.ToChain)
	if err != nil || !exists {
		return err
	}
	for range maxJumps {
		err := ipt.Delete(s.Table, s.FromChain, "-j", s.ToChain)
		var ierr *iptables.Error
		if errors.As(err, &ierr) && ierr.IsNotExist() {
			break
		}
		if err != nil {
			return fmt.Errorf("firewall: remove jump from %s to %s: %w", s.FromChain, s.ToChain, err)
		}
	}
	if err := ipt.ClearAndDeleteChain(s.Table, s.ToChain); err != nil {
		return fmt.Errorf("firewall: remove chain %s: %w", s.ToChain, err)
	}
	return nil
}

// Package firewall opens and closes timed access for SPA clients.
//
// A Grant lets one source address reach one TCP or UDP port until a given
// second; a Firewall turns grants into kernel rules and takes them away
// again. IPTables is the backend the stock fwknopd 2.6 uses, with the same
// layout, so its --fw-list and existing runbooks keep working: a FWKNOP_INPUT
// chain in the filter table jumped to from INPUT at position 1, one rule per
// grant such as
//
//	-p 6 -s 198.51.100.7 -d 0.0.0.0/0 --dport 22 -m comment --comment _exp_1795563433 -j ACCEPT
//
// and, for NAT access, a FWKNOP_PREROUTING DNAT rule in the nat table with a
// FWKNOP_FORWARD (forwarded) or FWKNOP_INPUT (local) accept rule, and, where
// Config.SNAT/Masquerade name chains (ENABLE_IPT_SNAT), the stock's SNAT or
// MASQUERADE rule for the NAT target (NAT.SNATTo, NAT.Masquerade; iptables
// only; NAT.NoDNAT leaves the DNAT rule out; NAT.All, FORWARD_ALL, makes
// these three rules for every protocol and port of the source, iptables
// only). Config.Trace hears each
// command and the changed chains' listings (the stock's -v -v). IPv6 grants
// go to ip6tables with the same layout. The programs are the ones named
// (Config.IPTablesExe: FIREWALL_EXE, e.g. iptables-legacy) and their
// ip6tables counterpart in the same directory (IP6TablesFor), each checked
// with --version first (FindPrograms); without a counterpart, IPv4 grants
// work and IPv6 grants fail saying which program is missing.
//
// Where the stock daemon loses or duplicates access, this package promises:
//   - Init is idempotent: it adds chains and jumps only where missing and
//     keeps the rules already there, so a restarted daemon keeps its grants;
//   - List reads the live rules back (their expiry is in the _exp_ comment),
//     including rules written by the stock fwknopd; it needs no Init and
//     then changes nothing, so fwknopd --fw-list works from another
//     process than the daemon's, or with no daemon (no chains: no grants);
//   - another process may Flush the daemon's chains away (--fw-flush): the
//     daemon's Expire then finds nothing to do, and its next Grant makes
//     the chains again (nftables: with NFTConfig.FlushMark the daemon also
//     forgets the flushed grants rather than putting them back);
//   - a Grant for a source, protocol and port already granted extends that
//     rule instead of adding a second one, with no moment without access;
//   - a NAT Grant adds none of its rules that another process already
//     added with the same expiry (the stock's rule_exists, dupe.go);
//   - Expire deletes exactly the rules whose time has come, and tells when
//     the next one is due;
//   - Flush removes exactly the chains and jumps it owns.
//
// NFTables (Linux) implements the same contract over netlink: each grant is
// an element with a kernel timeout in a set hooked into the administrator's
// own nftables chain; see NewNFTables. Detect picks a backend when
// FIREWALL_BACKEND is absent.
//
// A grant may name a source prefix (Grant.SourcePrefix, GRANT_PREFIX_V4/V6)
// instead of one address, in every backend.
//
// Fake implements the same contract in memory for tests of other packages.
// All are safe for concurrent use.
package firewall

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"time"
)

// Firewall is the kernel's packet filter as the daemon sees it.
type Firewall interface {
	// Init creates the chains and jumps that are missing and reads the
	// live grants back. It may be called again at any time.
	Init(ctx context.Context) error
	// Grant opens access until g.Expires. If the same access is already
	// open, its expiry becomes the later of the two.
	Grant(ctx context.Context, g Grant) error
	// Revoke closes the access g names (g.Expires is ignored), or returns
	// ErrNotGranted.
	Revoke(ctx context.Context, g Grant) error
	// Expire closes every access whose expiry is at or before now and
	// returns those grants and the earliest expiry still pending (the zero
	// Time if none).
	Expire(ctx context.Context, now time.Time) (removed []Grant, next time.Time, err error)
	// List returns the open grants, read from the live rules, in order of
	// expiry. It needs no Init; before Init it changes nothing.
	List(ctx context.Context) ([]Grant, error)
	// Flush removes the chains and jumps the firewall owns, and every rule
	// in them. Init is needed again before the next Grant.
	Flush(ctx context.Context) error
}

// IP protocol numbers a grant may name.
const (
	TCP uint8 = 6
	UDP uint8 = 17
)

// Grant is one opening: Source may reach Proto/Port until Expires.
type Grant struct {
	// Source is the address allowed in (the SPA packet's allow IP). An
	// IPv4-mapped IPv6 address is taken as the IPv4 address.
	Source netip.Addr
	// SourcePrefix, when valid, widens the grant to every address of the
	// prefix (GRANT_PREFIX_V4/V6); it must contain Source. The zero Prefix
	// (or a full-length one) means Source alone. Grants read back from the
	// kernel carry the prefix's first address as Source.
	SourcePrefix netip.Prefix
	// Proto is TCP or UDP.
	Proto uint8
	// Port is the destination port asked for (nonzero).
	Port uint16
	// Dest restricts the destination address (ENABLE_DESTINATION_RULE);
	// the zero Prefix matches any destination.
	Dest netip.Prefix
	// NAT, when set, sends connections to Port on to another address.
	NAT *NAT
	// Expires is when access ends, kept to the second.
	Expires time.Time
}

// NAT is where a NAT grant sends its connections.
type NAT struct {
	// To is the address and port connections are sent to.
	To netip.AddrPort
	// Local means To is this host (fwknop's --nat-local): the accept rule
	// goes in FWKNOP_INPUT. Otherwise it goes in FWKNOP_FORWARD.
	Local bool
	// SNATTo, when valid, also rewrites the source of the forwarded
	// connections to it (an SNAT rule in Config.SNAT's chain: FORCE_SNAT,
	// SNAT_TRANSLATE_IP); Masquerade does so with the outgoing interface's
	// address (Config.Masquerade's chain). iptables backend only; neither
	// is part of what makes two grants the same access, and an SNAT rule
	// read back from the kernel is removed at its expiry, not by Revoke.
	SNATTo     netip.Addr
	Masquerade bool
	// NoDNAT leaves the DNAT rule out (DISABLE_DNAT): only the accept and
	// source rewriting rules are made. Such a grant is not read back by
	// List (no DNAT rule names it); Expire removes its rules in time.
	NoDNAT bool
	// All forwards every protocol and port of the source (FORWARD_ALL;
	// iptables backend only): the forward, DNAT and source rewriting rules
	// match the source alone, the DNAT rule sends to To's address keeping
	// the port (To's port may be 0 and is not used), and a grant with
	// ENABLE_IPT_SNAT chains is masqueraded unless SNATTo is set, as the
	// stock's snat_rule does for forward_all. The grant's Proto and Port
	// are what the client asked for; they do not narrow the rules, and
	// two All grants of one source to one address are the same access.
	// Local (--nat-local) keeps its accept rule for To's port. An
	// unspecified To (the "0.0.0.0 0" FORCE_NAT the stock implies for
	// FORWARD_ALL with FORCE_SNAT/FORCE_MASQUERADE) makes no DNAT rule:
	// the stock's DNAT to 0.0.0.0 would only black-hole the client; such a
	// grant is, like NoDNAT, not read back by List.
	All bool
}

func (g Grant) String() string {
	proto := map[uint8]string{TCP: "tcp", UDP: "udp"}[g.Proto]
	if proto == "" {
		proto = fmt.Sprint(g.Proto)
	}
	src := g.Source.String()
	if g.SourcePrefix.IsValid() {
		src = g.SourcePrefix.String()
	}
	s := fmt.Sprintf("%s -> %s/%d", src, proto, g.Port)
	if g.NAT != nil && g.NAT.All && !g.NAT.Local {
		s = src + " -> */*" // as the stock logs FORWARD_ALL rules
	}
	if g.Dest.IsValid() {
		s += " on " + g.Dest.String()
	}
	if g.NAT != nil {
		kind := "forwarded"
		if g.NAT.Local {
			kind = "local"
		}
		if g.NAT.All {
			s += fmt.Sprintf(" (%s NAT of all ports to %s)", kind, g.NAT.To.Addr())
		} else {
			s += fmt.Sprintf(" (%s NAT to %s)", kind, g.NAT.To)
		}
	}
	return s + fmt.Sprintf(" until %d", g.Expires.Unix())
}

// Reasons a call fails, for errors.Is.
var (
	ErrInvalidGrant   = errors.New("firewall: invalid grant")
	ErrNATDisabled    = errors.New("firewall: NAT access is not enabled")
	ErrIPv6Disabled   = errors.New("firewall: IPv6 is not enabled")
	ErrNotInitialized = errors.New("firewall: not initialized (Init not called, or Flush called since)")
	ErrNotGranted     = errors.New("firewall: no such grant")
	ErrInvalidConfig  = errors.New("firewall: invalid configuration")
)

// ChainSpec is one of fwknopd.conf's IPT_*_ACCESS values, e.g.
// "ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1".
type ChainSpec struct {
	Target       string // what the rules do: ACCEPT, DNAT
	Table        string // filter, nat
	FromChain    string // the built-in chain that jumps to ToChain
	JumpPosition int    // where in FromChain the jump goes (1 = first)
	ToChain      string // the chain owned by the firewall
	RulePosition int    // where a rule is inserted when Config.Prepend is set
}

func (c ChainSpec) String() string {
	return fmt.Sprintf("%s, %s, %s, %d, %s, %d", c.Target, c.Table, c.FromChain, c.JumpPosition, c.ToChain, c.RulePosition)
}

// Config selects the chains and how rules are added.
type Config struct {
	Input   ChainSpec // IPT_INPUT_ACCESS
	Forward ChainSpec // IPT_FORWARD_ACCESS
	DNAT    ChainSpec // IPT_DNAT_ACCESS
	// SNAT and Masquerade hold NAT grants' source rewriting
	// (IPT_SNAT_ACCESS, IPT_MASQUERADE_ACCESS); in use only when set
	// (ENABLE_IPT_SNAT), as the stock makes them only then.
	SNAT       ChainSpec
	Masquerade ChainSpec
	// NAT enables NAT grants and the Forward and DNAT chains
	// (ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT).
	NAT bool
	// Prepend inserts rules at RulePosition instead of appending them
	// (ENABLE_RULE_PREPEND).
	Prepend bool
	// IPv6 also manages ip6tables and allows IPv6 grants.
	IPv6 bool
	// IPTablesExe is the iptables program of the iptables backend
	// (FIREWALL_EXE); its ip6tables is derived by IP6TablesFor. Empty:
	// "iptables" in PATH.
	IPTablesExe string
	// Trace, when set, is told each command the iptables backend runs to
	// change a chain and, after a grant, the listing of the chains it
	// changed (see trace.go): the stock daemon's -v -v output. nil: none.
	Trace func(line string)
	// NoCheck never runs `iptables -C` (fwknopd --no-ipt-check-support):
	// whether a NAT rule is already there is read from its chain's
	// listing instead (dupe.go).
	NoCheck bool
}

// DefaultConfig is the stock fwknopd's layout, with IPv6 on and NAT off.
func DefaultConfig() Config {
	return Config{
		Input:   ChainSpec{"ACCEPT", "filter", "INPUT", 1, "FWKNOP_INPUT", 1},
		Forward: ChainSpec{"ACCEPT", "filter", "FORWARD", 1, "FWKNOP_FORWARD", 1},
		DNAT:    ChainSpec{"DNAT", "nat", "PREROUTING", 1, "FWKNOP_PREROUTING", 1},
		IPv6:    true,
	}
}

// chain is a ChainSpec with the part it plays.
type chain struct {
	kind kind
	ChainSpec
}

// chains are the chains in use; all adds the NAT ones even when NAT is off,
// for Flush to clean up after an earlier configuration.
func (c Config) chains(all bool) []chain {
	cs := []chain{{kindInput, c.Input}}
	if c.NAT || all {
		cs = append(cs, chain{kindForward, c.Forward}, chain{kindDNAT, c.DNAT})
		for _, s := range []chain{{kindSNAT, c.SNAT}, {kindMasquerade, c.Masquerade}} {
			if s.ToChain != "" {
				cs = append(cs, s)
			}
		}
	}
	return cs
}

func (c Config) spec(k kind) ChainSpec {
	return [...]ChainSpec{kindInput: c.Input, kindForward: c.Forward, kindDNAT: c.DNAT,
		kindSNAT: c.SNAT, kindMasquerade: c.Masquerade}[k]
}

func (c Config) check() error {
	for _, s := range c.chains(true) {
		if s.Target == "" || s.Table == "" || s.FromChain == "" || s.ToChain == "" || s.JumpPosition < 1 || s.RulePosition < 1 {
			return fmt.Errorf("%w: chain spec %q", ErrInvalidConfig, s.ChainSpec)
		}
	}
	return nil
}

// key is what makes two grants the same access; Expires is not part of it.
type key struct {
	src   netip.Prefix // a single address is a full-length prefix
	proto uint8
	port  uint16
	dest  netip.Prefix
	nat   bool
	to    netip.AddrPort
	local bool
}

func keyOf(g Grant) key {
	src := g.SourcePrefix
	if !src.IsValid() {
		src = netip.PrefixFrom(g.Source, g.Source.BitLen())
	}
	k := key{src: src, proto: g.Proto, port: g.Port, dest: g.Dest}
	if g.NAT != nil {
		k.nat, k.to, k.local = true, g.NAT.To, g.NAT.Local
		if g.NAT.All && !g.NAT.Local {
			// The rules name neither protocol nor port: read back,
			// they carry none, so the key must not either.
			k.proto, k.port, k.to = 0, 0, netip.AddrPortFrom(g.NAT.To.Addr(), 0)
		}
	}
	return k
}

func (k key) grant(exp int64) Grant {
	g := Grant{Source: k.src.Addr(), Proto: k.proto, Port: k.port, Dest: k.dest, Expires: time.Unix(exp, 0)}
	if !k.src.IsSingleIP() {
		g.SourcePrefix = k.src
	}
	if k.nat {
		g.NAT = &NAT{To: k.to, Local: k.local, All: k.proto == 0}
	}
	return g
}

// normalize checks g against the configuration and returns it in the form
// the rules hold it: unmapped addresses, "any" destination as the zero
// Prefix, masked prefixes, whole seconds.
func normalize(cfg Config, g Grant, needExpiry bool) (Grant, error) {
	bad := func(format string, a ...any) (Grant, error) {
		return Grant{}, fmt.Errorf("%w: %s", ErrInvalidGrant, fmt.Sprintf(format, a...))
	}
	if !g.Source.IsValid() {
		return bad("no source address")
	}
	g.Source = g.Source.Unmap()
	if g.Source.Zone() != "" || g.Source.IsUnspecified() {
		return bad("source %s", g.Source)
	}
	if g.SourcePrefix.IsValid() {
		p, ok := unmapPrefix(g.SourcePrefix)
		if !ok || !p.Contains(g.Source) {
			return bad("source prefix %s for source %s", g.SourcePrefix, g.Source)
		}
		g.SourcePrefix = p.Masked()
		if p.IsSingleIP() {
			g.SourcePrefix = netip.Prefix{}
		}
	}
	if g.Source.Is6() && !cfg.IPv6 {
		return Grant{}, fmt.Errorf("%w: source %s", ErrIPv6Disabled, g.Source)
	}
	if g.Proto != TCP && g.Proto != UDP {
		return bad("protocol %d, want tcp (6) or udp (17)", g.Proto)
	}
	if g.Port == 0 {
		return bad("port 0")
	}
	if g.Dest.IsValid() {
		d, ok := unmapPrefix(g.Dest)
		if !ok || d.Addr().Is4() != g.Source.Is4() {
			return bad("destination %s for source %s", g.Dest, g.Source)
		}
		g.Dest = d
		g.Dest = g.Dest.Masked()
		if g.Dest.Bits() == 0 {
			g.Dest = netip.Prefix{}
		}
	}
	if g.NAT != nil {
		if !cfg.NAT {
			return Grant{}, fmt.Errorf("%w: %s", ErrNATDisabled, g)
		}
		all := g.NAT.All && !g.NAT.Local
		to := netip.AddrPortFrom(g.NAT.To.Addr().Unmap(), g.NAT.To.Port())
		if all && to.Addr().IsUnspecified() {
			to = netip.AddrPortFrom(unspecified(g.Source.Is6()), 0) // "0.0.0.0 0": no DNAT target
		}
		if !to.Addr().IsValid() || to.Addr().IsUnspecified() && !all || to.Port() == 0 && !all || to.Addr().Is4() != g.Source.Is4() || to.Addr().Zone() != "" {
			return bad("NAT destination %s for source %s", g.NAT.To, g.Source)
		}
		snat := g.NAT.SNATTo.Unmap()
		if snat.IsValid() && (snat.Is4() != g.Source.Is4() || snat.IsUnspecified() || snat.Zone() != "") {
			return bad("SNAT address %s for source %s", g.NAT.SNATTo, g.Source)
		}
		g.NAT = &NAT{To: to, Local: g.NAT.Local, SNATTo: snat, Masquerade: g.NAT.Masquerade, NoDNAT: g.NAT.NoDNAT, All: g.NAT.All}
	}
	if needExpiry && g.Expires.Unix() <= 0 {
		return bad("no expiry")
	}
	g.Expires = time.Unix(g.Expires.Unix(), 0)
	return g, nil
}

// unmapPrefix turns an IPv4-mapped prefix of /96 or longer into its IPv4
// form; it reports false for a prefix with a zone.
func unmapPrefix(p netip.Prefix) (netip.Prefix, bool) {
	if p.Addr().Is4In6() && p.Bits() >= 96 {
		p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
	}
	return p, p.Addr().Zone() == ""
}

// sortGrants orders grants by expiry, then by what they open.
func sortGrants(gs []Grant) {
	slices.SortFunc(gs, func(a, b Grant) int {
		return cmp.Or(
			a.Expires.Compare(b.Expires),
			a.Source.Compare(b.Source),
			cmp.Compare(a.SourcePrefix.Bits(), b.SourcePrefix.Bits()),
			cmp.Compare(a.Proto, b.Proto),
			cmp.Compare(a.Port, b.Port),
			cmp.Compare(a.String(), b.String()),
		)
	})
}

package firewall

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"net/netip"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/nftables"
	"github.com/google/nftables/binaryutil"
	"github.com/google/nftables/expr"
	"github.com/google/nftables/userdata"
	"golang.org/x/sys/unix"
)

// NFTables is the Firewall on nftables, spoken over netlink through
// github.com/google/nftables: a grant is one set element with a timeout,
// added in one netlink batch, and the kernel removes it when it expires, so
// a crash or restart of the daemon neither leaks nor drops access.
//
// It hooks into the administrator's own chain (NFTConfig) because in
// nftables a packet must pass every base chain on its hook: an accept in a
// table of its own could never open a port that the administrator's chain
// drops. Where NFTConfig's table does not exist it creates table inet
// sesame with base chains (priority filter - 1) instead; that helps only
// where no other table drops the traffic.
//
// It keeps a record of the grants it made, with their expiry, and puts
// them back when the administrator reloads the ruleset (`nft -f` with
// `flush ruleset`) and its sets vanish: Grant, Revoke and List notice a
// missing set, Check notices any missing piece. NAT grants rewrite their
// sets from that record in one batch.
//
// It talks to the network namespace NewNFTables was called in.
type NFTables struct {
	cfg  Config
	nft  NFTConfig
	now  func() time.Time
	fams []nftFamily
	conn *nftables.Conn

	mu     sync.Mutex // one netlink batch at a time; guards the rest
	ready  bool
	table  *nftables.Table // where the sets are
	record map[key]int64   // expiry by access, as granted
	since  time.Time       // of Init or the last flush seen (FlushMark)
}

var _ Firewall = (*NFTables)(nil)

// nftFamily is what differs between the IPv4 and the IPv6 sets and rules.
type nftFamily struct {
	v6       bool
	suffix   string // of set names
	name     string // in rule comments
	nfproto  byte
	addr     nftables.SetDatatype
	saddrOff uint32 // in the network header
	daddrOff uint32
	addrLen  uint32
	// Registers of the concatenated lookup key after the source address,
	// which is loaded into register 1: each field starts on a 32-bit
	// register (8 is the first one, the same as register 1); and the
	// register of the port that a DNAT map lookup puts after the address.
	daddrReg, protoReg, portReg, natPortReg uint32
}

var (
	nftFam4 = nftFamily{false, "4", "ipv4", unix.NFPROTO_IPV4, nftables.TypeIPAddr, 12, 16, 4, 9, 10, 11, 9}
	nftFam6 = nftFamily{true, "6", "ipv6", unix.NFPROTO_IPV6, nftables.TypeIP6Addr, 8, 24, 16, unix.NFT_REG_2, 16, 17, 12}
)

// nftPart is one of the backend's sets (a map for DNAT) and the rule that
// looks it up.
type nftPart struct {
	kind kind
	fam  nftFamily
}

var nftPartNames = [...]string{kindInput: "grants", kindForward: "forward", kindDNAT: "dnat"}

func (p nftPart) set() string { return "sesame_" + nftPartNames[p.kind] + p.fam.suffix }
func (p nftPart) comment() string {
	return NFTTag + "fwknopd " + nftPartNames[p.kind] + " (" + p.fam.name + ")"
}

// parts are the parts in use; all adds the NAT ones even when NAT is off,
// and both families, for Flush to clean up after an earlier configuration.
func (f *NFTables) parts(all bool) []nftPart {
	fams := f.fams
	if all {
		fams = []nftFamily{nftFam4, nftFam6}
	}
	var ps []nftPart
	for _, fam := range fams {
		ps = append(ps, nftPart{kindInput, fam})
		if f.cfg.NAT || all {
			ps = append(ps, nftPart{kindForward, fam}, nftPart{kindDNAT, fam})
		}
	}
	return ps
}

// NewNFTables opens a netlink socket in the calling thread's network
// namespace. It changes nothing: call Init. cfg's chain specs are not
// used; cfg.NAT adds the DNAT map and the forward set.
func NewNFTables(cfg Config, nft NFTConfig) (*NFTables, error) {
	if err := nft.check(cfg.NAT); err != nil {
		return nil, err
	}
	f := &NFTables{cfg: cfg, nft: nft, now: nft.Now, record: make(map[key]int64)}
	if f.now == nil {
		f.now = time.Now
	}
	f.cfg.IPv6 = cfg.IPv6 && nft.Family != "ip"
	if nft.Family != "ip6" {
		f.fams = append(f.fams, nftFam4)
	}
	if f.cfg.IPv6 {
		f.fams = append(f.fams, nftFam6)
	}
	var err error
	if f.conn, err = nftables.New(nftables.AsLasting()); err != nil {
		return nil, fmt.Errorf("firewall: nftables netlink socket: %w", err)
	}
	return f, nil
}

// Close closes the netlink socket; the grants stay in the kernel.
func (f *NFTables) Close() error {
	return f.conn.CloseLasting()
}

func (f *NFTables) family(v6 bool) (nftFamily, bool) {
	for _, fam := range f.fams {
		if fam.v6 == v6 {
			return fam, true
		}
	}
	return nftFamily{}, false
}

func (f *NFTables) adminFamily() nftables.TableFamily {
	return map[string]nftables.TableFamily{
		"ip": nftables.TableFamilyIPv4, "ip6": nftables.TableFamilyIPv6, "inet": nftables.TableFamilyINet,
	}[f.nft.Family]
}

var ownTable = &nftables.Table{Name: nftOwnTable, Family: nftables.TableFamilyINet}

// chainOf names the chain the rule of a part of kind k goes in, and
// reports whether the backend creates it (or the administrator must have).
func (f *NFTables) chainOf(k kind, own bool) (name string, ours bool) {
	switch {
	case k == kindDNAT:
		return nftDNATChain, true
	case own:
		return [...]string{kindInput: "input", kindForward: "forward"}[k], true
	case k == kindInput:
		return f.nft.Chain, false
	default:
		return f.nft.ForwardChain, false
	}
}

// baseChain is the chain the backend creates for parts of kind k.
func baseChain(k kind, name string, t *nftables.Table) *nftables.Chain {
	policy := nftables.ChainPolicyAccept
	c := &nftables.Chain{Name: name, Table: t, Type: nftables.ChainTypeFilter, Policy: &policy,
		Hooknum: nftables.ChainHookInput, Priority: nftables.ChainPriorityRef(*nftables.ChainPriorityFilter - 1)}
	switch k {
	case kindForward:
		c.Hooknum = nftables.ChainHookForward
	case kindDNAT:
		c.Type, c.Hooknum = nftables.ChainTypeNAT, nftables.ChainHookPrerouting
		c.Priority = nftables.ChainPriorityRef(*nftables.ChainPriorityNATDest - 1)
	}
	return c
}

func (p nftPart) newSet(t *nftables.Table) *nftables.Set {
	s := &nftables.Set{
		Table: t, Name: p.set(), Comment: "fwknopd " + nftPartNames[p.kind] + ": source . destination . protocol . port",
		Interval: true, Concatenation: true, HasTimeout: true, KeyByteOrder: binaryutil.BigEndian,
		KeyType: nftables.MustConcatSetType(p.fam.addr, p.fam.addr, nftables.TypeInetProto, nftables.TypeInetService),
	}
	if p.kind == kindDNAT {
		s.IsMap, s.DataType = true, nftables.MustConcatSetType(p.fam.addr, nftables.TypeInetService)
	}
	return s
}

// rule looks the packet's (source, destination, protocol, port) up in set:
// `ip saddr . ip daddr . meta l4proto . th dport @sesame_grants4 accept`,
// or for DNAT `dnat ip to ip saddr . ip daddr . meta l4proto . th dport
// map @sesame_dnat4`.
func (p nftPart) rule(c *nftables.Chain, set *nftables.Set) *nftables.Rule {
	network, transport := expr.PayloadBaseNetworkHeader, expr.PayloadBaseTransportHeader
	fam := p.fam
	exprs := []expr.Any{
		&expr.Meta{Key: expr.MetaKeyNFPROTO, Register: 1},
		&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{fam.nfproto}},
		&expr.Payload{DestRegister: 1, Base: network, Offset: fam.saddrOff, Len: fam.addrLen},
		&expr.Payload{DestRegister: fam.daddrReg, Base: network, Offset: fam.daddrOff, Len: fam.addrLen},
		&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: fam.protoReg},
		&expr.Payload{DestRegister: fam.portReg, Base: transport, Offset: 2, Len: 2},
	}
	if p.kind == kindDNAT {
		exprs = append(exprs,
			&expr.Lookup{SourceRegister: 1, SetName: set.Name, SetID: set.ID, DestRegister: 1, IsDestRegSet: true},
			&expr.NAT{Type: expr.NATTypeDestNAT, Family: uint32(fam.nfproto), RegAddrMin: 1, RegProtoMin: fam.natPortReg})
	} else {
		exprs = append(exprs,
			&expr.Lookup{SourceRegister: 1, SetName: set.Name, SetID: set.ID},
			&expr.Verdict{Kind: expr.VerdictAccept})
	}
	return &nftables.Rule{
		Table: c.Table, Chain: c, Exprs: exprs,
		UserData: userdata.AppendString(nil, userdata.TypeComment, p.comment()),
	}
}

// nftState is what of the backend's objects the kernel holds.
type nftState struct {
	own       bool            // no administrator's table: use table inet sesame
	ownExists bool            // table inet sesame exists
	table     *nftables.Table // the table hooked into
	chains    map[string]*nftables.Chain
	sets      map[string]bool
	rules     map[string]*nftables.Rule // the backend's, by comment
	lockdown  int                       // other rules tagged NFTTag (--lockdown's), which Flush keeps
}

// complete reports whether every chain, set and rule of parts is in place.
func (f *NFTables) complete(s *nftState, parts []nftPart) bool {
	if s.ownExists && !s.own {
		return false
	}
	for _, p := range parts {
		name, _ := f.chainOf(p.kind, s.own)
		if s.chains[name] == nil || !s.sets[p.set()] || s.rules[p.comment()] == nil {
			return false
		}
	}
	return true
}

// inspect reads which of the backend's objects exist.
func (f *NFTables) inspect() (*nftState, error) {
	admin, err := f.findTable(f.nft.Table, f.adminFamily())
	if err != nil {
		return nil, err
	}
	own, err := f.findTable(nftOwnTable, nftables.TableFamilyINet)
	if err != nil {
		return nil, err
	}
	s := &nftState{own: admin == nil, ownExists: own != nil, table: admin,
		chains: map[string]*nftables.Chain{}, sets: map[string]bool{}, rules: map[string]*nftables.Rule{}}
	if s.own {
		s.table = ownTable
		if own == nil {
			return s, nil
		}
	}
	chains, err := f.conn.ListChainsOfTableFamily(s.table.Family)
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: list chains: %w", err)
	}
	for _, c := range chains {
		if c.Table.Name == s.table.Name {
			s.chains[c.Name] = c
		}
	}
	sets, err := f.conn.GetSets(s.table)
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: list sets: %w", err)
	}
	for _, set := range sets {
		s.sets[set.Name] = true
	}
	return s, f.ownRules(s)
}

// ownRules finds the backend's rules, by their comments, in the chains
// the parts use.
func (f *NFTables) ownRules(s *nftState) error {
	ours := map[string]bool{}
	for _, p := range f.parts(true) {
		ours[p.comment()] = true
	}
	seen := map[string]bool{}
	for _, k := range []kind{kindInput, kindForward, kindDNAT} {
		name, _ := f.chainOf(k, s.own)
		c := s.chains[name]
		if c == nil || seen[name] {
			continue
		}
		seen[name] = true
		rules, err := f.conn.GetRules(s.table, c)
		if err != nil {
			return fmt.Errorf("firewall: nftables: list rules of %s: %w", name, err)
		}
		for _, r := range rules {
			comment, _ := userdata.GetString(r.UserData, userdata.TypeComment)
			switch {
			case ours[comment]:
				s.rules[comment] = r
			case strings.HasPrefix(comment, NFTTag):
				s.lockdown++
			}
		}
	}
	return nil
}

// findTable returns the table, or nil if there is none.
func (f *NFTables) findTable(name string, family nftables.TableFamily) (*nftables.Table, error) {
	t, err := f.conn.ListTableOfFamily(name, family)
	if errors.Is(err, unix.ENOENT) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: look up table %s: %w", name, err)
	}
	return t, nil
}

// restore puts every missing object back and refills the sets from the
// record, all in one batch: the kernel holds exactly the recorded grants
// afterwards, and never less in between.
func (f *NFTables) restore() error {
	s, err := f.inspect()
	if err != nil {
		return err
	}
	parts := f.parts(false)
	for _, p := range parts {
		if name, ours := f.chainOf(p.kind, s.own); !ours && s.chains[name] == nil {
			return fmt.Errorf("%w: nftables table %s %s has no chain %s", ErrInvalidConfig, f.nft.Family, f.nft.Table, name)
		}
	}
	if s.ownExists && !s.own {
		f.conn.DelTable(ownTable) // the administrator's table has come (back)
	}
	if s.own && !s.ownExists {
		f.conn.AddTable(ownTable)
	}
	elems := f.elements(f.now())
	for _, p := range parts {
		name, _ := f.chainOf(p.kind, s.own)
		c := s.chains[name]
		if c == nil {
			c = f.conn.AddChain(baseChain(p.kind, name, s.table))
			s.chains[name] = c
		}
		set := p.newSet(s.table)
		if s.sets[set.Name] {
			f.conn.FlushSet(set)
		} else if err := f.conn.AddSet(set, nil); err != nil {
			return fmt.Errorf("firewall: nftables: set %s: %w", set.Name, err)
		}
		if es := elems[set.Name]; len(es) > 0 {
			if err := f.conn.SetAddElements(set, es); err != nil {
				return fmt.Errorf("firewall: nftables: set %s: %w", set.Name, err)
			}
		}
		if s.rules[p.comment()] == nil {
			f.conn.InsertRule(p.rule(c, set))
		}
	}
	if err := f.conn.Flush(); err != nil {
		if errors.Is(err, unix.EEXIST) {
			return fmt.Errorf("%w: %w", ErrOverlap, err)
		}
		return fmt.Errorf("firewall: nftables: restore sets and rules in %s %s: %w", familyName(s.table.Family), s.table.Name, err)
	}
	f.table = s.table
	return nil
}

func familyName(fam nftables.TableFamily) string {
	return map[nftables.TableFamily]string{
		nftables.TableFamilyIPv4: "ip", nftables.TableFamilyIPv6: "ip6", nftables.TableFamilyINet: "inet",
	}[fam]
}

// nftElem is one element as the record makes it.
type nftElem struct {
	exp int64
	nat bool           // the accept element of NAT grants
	to  netip.AddrPort // DNAT map elements only
}

// elements renders the live recorded grants as the elements of every set,
// by set name, narrowest first, and forgets the grants that have expired.
// A NAT grant is a DNAT map element and an accept element for the
// translated connection, which NAT grants to the same place share.
func (f *NFTables) elements(now time.Time) map[string][]nftables.SetElement {
	sets := map[string]map[key]nftElem{}
	add := func(p nftPart, k key, e nftElem) {
		m := sets[p.set()]
		if m == nil {
			m = map[key]nftElem{}
			sets[p.set()] = m
		}
		old, had := m[k]
		e.exp = max(e.exp, old.exp)
		e.nat = e.nat && (!had || old.nat) // a plain grant's element stays plain
		m[k] = e
	}
	for k, exp := range f.record {
		fam, ok := f.family(k.src.Addr().Is6())
		if _, live := timeout(exp, now); !live || !ok {
			delete(f.record, k)
			continue
		}
		if !k.nat {
			add(nftPart{kindInput, fam}, k, nftElem{exp: exp})
			continue
		}
		add(nftPart{kindDNAT, fam}, key{src: k.src, proto: k.proto, port: k.port, dest: k.dest}, nftElem{exp: exp, to: k.to})
		accept := nftPart{kindForward, fam}
		if k.local {
			accept.kind = kindInput
		}
		add(accept, natAccept(k), nftElem{exp: exp, nat: true})
	}
	out := make(map[string][]nftables.SetElement, len(sets))
	for name, m := range sets {
		keys := slices.SortedFunc(maps.Keys(m), func(a, b key) int {
			return cmp.Or(specificFirst(a, b), a.src.Addr().Compare(b.src.Addr()), cmp.Compare(a.port, b.port),
				cmp.Compare(a.proto, b.proto), a.dest.Addr().Compare(b.dest.Addr()))
		})
		for _, k := range keys {
			e := m[k]
			d, _ := timeout(e.exp, now)
			el := element(k, e.exp, d, e.nat)
			if e.to.IsValid() {
				el.Val = natData(e.to)
			}
			out[name] = append(out[name], el)
		}
	}
	return out
}

// natAccept is the accept element's key of NAT grant k: the translated
// destination and port.
func natAccept(k key) key {
	to := k.to.Addr()
	return key{src: k.src, proto: k.proto, port: k.to.Port(), dest: netip.PrefixFrom(to, to.BitLen())}
}

// kernelTick is the longest a kernel tick lasts (HZ=100). The kernel
// counts an element's timeout from its last tick, which lags the wall
// clock by up to one tick, so a timeout of exactly exp-now could end the
// grant a few milliseconds before its expiry second (seen on CI).
const kernelTick = 10 * time.Millisecond

// timeout is the kernel timeout of a grant expiring at exp: rounded up to
// the millisecond the kernel counts in (a zero timeout would never
// expire), plus one tick so that a grant never ends before exp.
func timeout(exp int64, now time.Time) (time.Duration, bool) {
	d := time.Unix(exp, 0).Sub(now)
	if d <= 0 {
		return 0, false
	}
	return (d + time.Millisecond - 1).Truncate(time.Millisecond) + kernelTick, true
}

func element(k key, exp int64, timeout time.Duration, nat bool) nftables.SetElement {
	start, end := elemRange(k)
	return nftables.SetElement{Key: start, KeyEnd: end, Timeout: timeout, Comment: expComment(exp, nat)}
}

// bare is k's element as a delete names it.
func bare(k key) nftables.SetElement {
	start, end := elemRange(k)
	return nftables.SetElement{Key: start, KeyEnd: end}
}

// flush sends the queued batch; if a set or element it names is gone or
// an element it adds overlaps, it restores the sets from the record instead.
func (f *NFTables) flush() error {
	err := f.conn.Flush()
	if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EEXIST) {
		return f.restore()
	}
	if err != nil {
		return fmt.Errorf("firewall: nftables: %w", err)
	}
	return nil
}

// Init creates the sets and rules that are missing, never a second rule,
// takes the elements already in the sets as live grants (a restarted
// daemon keeps its grants) and refills the sets with them and the grants
// on record.
func (f *NFTables) Init(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := f.inspect()
	if err != nil {
		return err
	}
	live, err := f.read(s)
	if err != nil {
		return err
	}
	for k, exp := range live {
		f.record[k] = max(f.record[k], exp)
	}
	f.since = time.Now()
	if err := f.restore(); err != nil {
		return err
	}
	f.ready = true
	return nil
}

// forgetFlushed empties the record if another process's Flush (or this
// one's) touched the FlushMark since Init or the last time it looked.
func (f *NFTables) forgetFlushed() {
	if f.nft.FlushMark == "" {
		return
	}
	fi, err := os.Stat(f.nft.FlushMark)
	if err != nil || !fi.ModTime().After(f.since) {
		return
	}
	clear(f.record)
	f.since = fi.ModTime()
}

// markFlushed touches the FlushMark. It is a hint for a running daemon:
// a flush must not fail because, say, the run folder does not exist.
func (f *NFTables) markFlushed() {
	if f.nft.FlushMark == "" {
		return
	}
	// The time is set, not left to the write: file times come from a
	// coarse clock, which may read earlier than an Init just before.
	now := time.Now()
	if os.Chtimes(f.nft.FlushMark, now, now) != nil && os.WriteFile(f.nft.FlushMark, nil, 0o644) == nil {
		_ = os.Chtimes(f.nft.FlushMark, now, now)
	}
}

// read returns the grants in the sets that exist.
func (f *NFTables) read(s *nftState) (map[key]int64, error) {
	live := make(map[key]int64)
	for _, fam := range f.fams {
		got := map[kind]map[key]nftElem{}
		for _, k := range []kind{kindInput, kindForward, kindDNAT} {
			p := nftPart{k, fam}
			if !s.sets[p.set()] {
				continue
			}
			var err error
			if got[k], err = f.readSet(p, s.table); err != nil {
				return nil, err
			}
		}
		for k, e := range got[kindInput] {
			if !e.nat {
				live[k] = max(live[k], e.exp)
			}
		}
		for k, e := range got[kindDNAT] {
			k.nat, k.to = true, e.to
			_, fwd := got[kindForward][natAccept(k)]
			_, in := got[kindInput][natAccept(k)]
			k.local = in && !fwd
			live[k] = max(live[k], e.exp)
		}
	}
	return live, nil
}

// readSet returns the elements of p's set that are grants.
func (f *NFTables) readSet(p nftPart, t *nftables.Table) (map[key]nftElem, error) {
	elems, err := f.conn.GetSetElements(p.newSet(t))
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: read set %s: %w", p.set(), err)
	}
	now := f.now()
	out := make(map[key]nftElem, len(elems))
	for _, el := range elems {
		k, ok := keyOfElem(el.Key, el.KeyEnd, p.fam.v6)
		var e nftElem
		e.exp, e.nat = elemExpiry(el.Comment, el.Expires, now)
		if p.kind == kindDNAT {
			e.to, ok = natTarget(el.Val, p.fam.v6)
		}
		if ok {
			out[k] = e
		}
	}
	return out, nil
}

// check returns g normalized with its set's family, or why it cannot be
// granted here.
func (f *NFTables) check(g Grant, needExpiry bool) (Grant, nftFamily, error) {
	g, err := normalize(f.cfg, g, needExpiry)
	if err != nil {
		return Grant{}, nftFamily{}, err
	}
	fam, ok := f.family(g.Source.Is6())
	if !ok {
		return Grant{}, nftFamily{}, fmt.Errorf("%w: %s: nftables table %s %s holds IPv6 grants only", ErrInvalidGrant, g, f.nft.Family, f.nft.Table)
	}
	if !f.ready {
		return Grant{}, nftFamily{}, ErrNotInitialized
	}
	f.forgetFlushed()
	return g, fam, nil
}

// live reports the recorded expiry of k, if k is granted now.
func (f *NFTables) live(k key, now time.Time) (int64, bool) {
	exp, ok := f.record[k]
	_, left := timeout(exp, now)
	return exp, ok && left
}

// Grant adds g's element, or, for access already granted until earlier,
// deletes the element and adds it again with the new timeout in one batch
// (Linux 6.1 keeps the old timeout of an element added twice). A NAT grant
// rewrites the sets from the record instead, in one batch too: its accept
// element may be shared.
func (f *NFTables) Grant(ctx context.Context, g Grant) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	g, fam, err := f.check(g, true)
	if err == nil && g.NAT != nil && (g.NAT.SNATTo.IsValid() || g.NAT.Masquerade) {
		err = fmt.Errorf("%w: SNAT/MASQUERADE of NAT grants (ENABLE_IPT_SNAT) needs the iptables backend", ErrInvalidGrant)
	}
	if err == nil && g.NAT != nil && g.NAT.All {
		err = fmt.Errorf("%w: forwarding every port (FORWARD_ALL) needs the iptables backend", ErrInvalidGrant)
	}
	if err != nil {
		return err
	}
	now := f.now()
	k, exp := keyOf(g), g.Expires.Unix()
	old, had := f.live(k, now)
	if had && old >= exp {
		return nil
	}
	d, ok := timeout(exp, now)
	if !ok {
		return fmt.Errorf("%w: %s: already expired", ErrInvalidGrant, g)
	}
	f.record[k] = exp
	if k.nat {
		err = f.restore()
	} else {
		err = f.addPlain(fam, k, exp, d, had)
	}
	if err != nil {
		if had {
			f.record[k] = old
		} else {
			delete(f.record, k)
		}
		return fmt.Errorf("firewall: grant %s: %w", g, err)
	}
	return nil
}

// addPlain adds a plain grant's element, replacing the one there.
func (f *NFTables) addPlain(fam nftFamily, k key, exp int64, d time.Duration, replace bool) error {
	set := nftPart{kindInput, fam}.newSet(f.table)
	if replace {
		if err := f.conn.SetDeleteElements(set, []nftables.SetElement{bare(k)}); err != nil {
			return err
		}
	}
	if err := f.conn.SetAddElements(set, []nftables.SetElement{element(k, exp, d, false)}); err != nil {
		return err
	}
	return f.flush()
}

// Revoke deletes g's elements.
func (f *NFTables) Revoke(ctx context.Context, g Grant) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	g, fam, err := f.check(g, false)
	if err != nil {
		return err
	}
	k := keyOf(g)
	exp, had := f.live(k, f.now())
	if !had {
		return fmt.Errorf("%w: %s", ErrNotGranted, g)
	}
	delete(f.record, k)
	if k.nat {
		err = f.restore()
	} else if err = f.conn.SetDeleteElements(nftPart{kindInput, fam}.newSet(f.table), []nftables.SetElement{bare(k)}); err == nil {
		err = f.flush()
	}
	if err != nil {
		f.record[k] = exp
		return fmt.Errorf("firewall: revoke %s: %w", g, err)
	}
	return nil
}

// Expire forgets the grants due at now. The kernel removes elements by
// itself when they time out, so with the real time there is nothing left
// to delete; a plain grant's element still there (now ahead of the
// kernel's clock) is deleted by adding it (a no-op if present) and
// deleting it in one batch, which cannot fail for an element already gone.
// NAT grants rewrite the sets from the record.
func (f *NFTables) Expire(ctx context.Context, now time.Time) ([]Grant, time.Time, error) {
	if err := ctx.Err(); err != nil {
		return nil, time.Time{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return nil, time.Time{}, ErrNotInitialized
	}
	f.forgetFlushed()
	var removed []Grant
	var next int64
	rewrite := false
	for k, exp := range f.record {
		if exp > now.Unix() {
			if next == 0 || exp < next {
				next = exp
			}
			continue
		}
		removed = append(removed, k.grant(exp))
		delete(f.record, k)
		rewrite = rewrite || k.nat
	}
	var err error
	switch {
	case rewrite:
		err = f.restore()
	case len(removed) > 0:
		err = f.deletePlain(removed)
	}
	if err != nil {
		return nil, time.Time{}, err
	}
	sortGrants(removed)
	var nextTime time.Time
	if next != 0 {
		nextTime = time.Unix(next, 0)
	}
	return removed, nextTime, nil
}

// deletePlain deletes the elements of plain grants whether or not the
// kernel has already let them go.
func (f *NFTables) deletePlain(gs []Grant) error {
	for _, g := range gs {
		fam, _ := f.family(g.Source.Is6())
		set, k := nftPart{kindInput, fam}.newSet(f.table), keyOf(g)
		if err := errors.Join(f.conn.SetAddElements(set, []nftables.SetElement{element(k, g.Expires.Unix(), time.Second, false)}),
			f.conn.SetDeleteElements(set, []nftables.SetElement{bare(k)})); err != nil {
			return err
		}
	}
	return f.flush()
}

// List reads the live grants back from the sets, with the expiry in each
// element's comment (or, for an element someone else added, the time the
// kernel says is left). After Init, missing sets are restored first.
// Without Init it changes nothing and reads the sets that exist:
// fwknopd --fw-list in another process than the daemon.
func (f *NFTables) List(ctx context.Context) ([]Grant, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return f.peek()
	}
	f.forgetFlushed()
	s, err := f.inspect()
	if err == nil && !f.complete(s, f.parts(false)) {
		if err = f.restore(); err == nil {
			s, err = f.inspect()
		}
	}
	if err != nil {
		return nil, err
	}
	live, err := f.read(s)
	if err != nil {
		return nil, err
	}
	f.record = live
	return sortedGrants(live), nil
}

// peek returns the grants in the sets that exist, read-only.
func (f *NFTables) peek() ([]Grant, error) {
	s, err := f.inspect()
	if err != nil {
		return nil, err
	}
	live, err := f.read(s)
	if err != nil {
		return nil, err
	}
	return sortedGrants(live), nil
}

func sortedGrants(live map[key]int64) []Grant {
	gs := make([]Grant, 0, len(live))
	for k, exp := range live {
		gs = append(gs, k.grant(exp))
	}
	sortGrants(gs)
	return gs
}

// Check puts back the sets, grants and rules if the administrator's
// ruleset reload (or anything else) removed any of them, and reports
// whether it had to. The daemon calls it periodically.
func (f *NFTables) Check(ctx context.Context) (restored bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return false, ErrNotInitialized
	}
	f.forgetFlushed()
	s, err := f.inspect()
	if err != nil || f.complete(s, f.parts(false)) {
		return false, err
	}
	return true, f.restore()
}

// Flush removes exactly what the backend added: its rules, sets and chain
// in the administrator's table, or its own table; the NAT ones and both
// families' too, whatever the configuration. It needs no Init.
//
// It keeps --lockdown's rules, as the iptables backend keeps its
// SESAME_LOCKDOWN chain: FLUSH_IPT_AT_INIT or FLUSH_IPT_AT_EXIT must not
// open a locked-down server (`fwknopd --lockdown off` removes them). When
// they are in the backend's own table, the table and its base chains stay.
func (f *NFTables) Flush(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ready, f.table = false, nil
	clear(f.record)
	s, err := f.inspect()
	if err != nil {
		return err
	}
	keepOwn := s.own && s.lockdown > 0
	if s.ownExists && !keepOwn {
		f.conn.DelTable(ownTable)
	}
	if !s.own || keepOwn {
		if err := f.flushAdmin(s); err != nil {
			return err
		}
	}
	if err := f.conn.Flush(); err != nil {
		return fmt.Errorf("firewall: nftables: flush: %w", err)
	}
	f.markFlushed()
	return nil
}

// flushAdmin queues the removal of the backend's rules, sets and NAT
// chain from the table it hooks into: rules before the sets they use.
func (f *NFTables) flushAdmin(s *nftState) error {
	if c := s.chains[nftDNATChain]; c != nil {
		f.conn.FlushChain(c)
		f.conn.DelChain(c)
	}
	for _, r := range s.rules {
		if r.Chain.Name == nftDNATChain {
			continue
		}
		if err := f.conn.DelRule(r); err != nil {
			return err
		}
	}
	for _, p := range f.parts(true) {
		if s.sets[p.set()] {
			f.conn.DelSet(p.newSet(s.table))
		}
	}
	return nil
}

// InputChain returns the chain the backend's grant rules are in, or go
// in: NFT_CHAIN of NFT_TABLE, or, where NFT_TABLE does not exist, the input
// chain of the backend's own table; nil when that is the backend's own
// chain and Init has not made it yet. --lockdown puts its rules in it,
// below the grant rules, tagged NFTTag; Flush leaves them.
func (f *NFTables) InputChain() (*nftables.Chain, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := f.inspect()
	if err != nil {
		return nil, err
	}
	name, ours := f.chainOf(kindInput, s.own)
	c := s.chains[name]
	if c == nil && !ours {
		return nil, fmt.Errorf("%w: nftables table %s %s has no chain %s", ErrInvalidConfig, f.nft.Family, f.nft.Table, name)
	}
	return c, nil
}

// hookChains lists the base chains of type filter on the input hook.
func hookChains() ([]hookChain, error) {
	conn, err := nftables.New()
	if err != nil {
		return nil, err
	}
	chains, err := conn.ListChains()
	if err != nil {
		return nil, err
	}
	var out []hookChain
	for _, c := range chains {
		if c.Hooknum != nil && *c.Hooknum == *nftables.ChainHookInput && c.Type == nftables.ChainTypeFilter {
			out = append(out, hookChain{familyName(c.Table.Family), c.Table.Name, c.Name})
		}
	}
	return out, nil
}

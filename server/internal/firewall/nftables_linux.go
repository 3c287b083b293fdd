package firewall

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
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
// sesame with a base chain on the input hook instead; that helps only where
// no other table drops the traffic.
//
// It keeps a record of the grants it made, with their expiry, and puts
// them back when the administrator reloads the ruleset (`nft -f` with
// `flush ruleset`) and its sets vanish: Grant, Revoke and List notice a
// missing set, Check notices any missing piece.
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
}

var _ Firewall = (*NFTables)(nil)

// nftFamily is what differs between the IPv4 and the IPv6 set and rule.
type nftFamily struct {
	v6       bool
	set      string
	comment  string
	nfproto  byte
	addr     nftables.SetDatatype
	saddrOff uint32 // in the network header
	daddrOff uint32
	addrLen  uint32
	// Registers of the concatenated lookup key after the source address,
	// which is loaded into register 1: each field starts on a 32-bit
	// register (8 is the first one, the same as register 1).
	daddrReg, protoReg, portReg uint32
}

var (
	nftFam4 = nftFamily{false, nftSet4, nftRuleComment4, unix.NFPROTO_IPV4, nftables.TypeIPAddr, 12, 16, 4, 9, 10, 11}
	nftFam6 = nftFamily{true, nftSet6, nftRuleComment6, unix.NFPROTO_IPV6, nftables.TypeIP6Addr, 8, 24, 16, unix.NFT_REG_2, 16, 17}
)

// NewNFTables opens a netlink socket in the calling thread's network
// namespace. It changes nothing: call Init. NAT grants are refused with
// ErrNATUnsupported; cfg's chain specs are not used.
func NewNFTables(cfg Config, nft NFTConfig) (*NFTables, error) {
	if err := nft.check(); err != nil {
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

func (fam nftFamily) newSet(t *nftables.Table) *nftables.Set {
	return &nftables.Set{
		Table: t, Name: fam.set, Comment: "fwknopd grants: source . destination . protocol . port",
		Interval: true, Concatenation: true, HasTimeout: true, KeyByteOrder: binaryutil.BigEndian,
		KeyType: nftables.MustConcatSetType(fam.addr, fam.addr, nftables.TypeInetProto, nftables.TypeInetService),
	}
}

// rule accepts traffic whose (source, destination, protocol, port) is in
// set: `meta nfproto ipv4 ip saddr . ip daddr . meta l4proto . th dport
// @sesame_grants4 accept comment "..."`.
func (fam nftFamily) rule(c *nftables.Chain, set *nftables.Set) *nftables.Rule {
	network, transport := expr.PayloadBaseNetworkHeader, expr.PayloadBaseTransportHeader
	return &nftables.Rule{
		Table: c.Table, Chain: c,
		Exprs: []expr.Any{
			&expr.Meta{Key: expr.MetaKeyNFPROTO, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{fam.nfproto}},
			&expr.Payload{DestRegister: 1, Base: network, Offset: fam.saddrOff, Len: fam.addrLen},
			&expr.Payload{DestRegister: fam.daddrReg, Base: network, Offset: fam.daddrOff, Len: fam.addrLen},
			&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: fam.protoReg},
			&expr.Payload{DestRegister: fam.portReg, Base: transport, Offset: 2, Len: 2},
			&expr.Lookup{SourceRegister: 1, SetName: set.Name, SetID: set.ID},
			&expr.Verdict{Kind: expr.VerdictAccept},
		},
		UserData: userdata.AppendString(nil, userdata.TypeComment, fam.comment),
	}
}

func ruleComment(r *nftables.Rule) string {
	s, _ := userdata.GetString(r.UserData, userdata.TypeComment)
	return s
}

// nftState is what of the backend's objects the kernel holds.
type nftState struct {
	own       bool            // no administrator's table: use table inet sesame
	ownExists bool            // table inet sesame exists
	table     *nftables.Table // the table hooked into
	chain     *nftables.Chain // nil if missing (own table only)
	sets      map[string]bool
	rules     map[string]*nftables.Rule // by comment
}

// complete reports whether every set and rule is in place.
func (s *nftState) complete(fams []nftFamily) bool {
	if s.chain == nil || (s.ownExists && !s.own) {
		return false
	}
	for _, fam := range fams {
		if !s.sets[fam.set] || s.rules[fam.comment] == nil {
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
	s := &nftState{own: admin == nil, ownExists: own != nil, table: admin, sets: map[string]bool{}, rules: map[string]*nftables.Rule{}}
	chainName := f.nft.Chain
	if s.own {
		s.table, chainName = ownTable, nftOwnChain
		if own == nil {
			return s, nil
		}
	}
	chains, err := f.conn.ListChainsOfTableFamily(s.table.Family)
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: list chains: %w", err)
	}
	for _, c := range chains {
		if c.Table.Name == s.table.Name && c.Name == chainName {
			s.chain = c
		}
	}
	if s.chain == nil && !s.own {
		return nil, fmt.Errorf("%w: nftables table %s %s has no chain %s", ErrInvalidConfig, f.nft.Family, f.nft.Table, f.nft.Chain)
	}
	sets, err := f.conn.GetSets(s.table)
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: list sets: %w", err)
	}
	for _, set := range sets {
		s.sets[set.Name] = true
	}
	if s.chain == nil {
		return s, nil
	}
	rules, err := f.conn.GetRules(s.table, s.chain)
	if err != nil {
		return nil, fmt.Errorf("firewall: nftables: list rules: %w", err)
	}
	for _, r := range rules {
		if c := ruleComment(r); c == nftRuleComment4 || c == nftRuleComment6 {
			s.rules[c] = r
		}
	}
	return s, nil
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
	if s.ownExists && !s.own {
		f.conn.DelTable(ownTable) // the administrator's table has come (back)
	}
	if s.own && !s.ownExists {
		f.conn.AddTable(ownTable)
	}
	if s.chain == nil {
		policy := nftables.ChainPolicyAccept
		s.chain = f.conn.AddChain(&nftables.Chain{
			Name: nftOwnChain, Table: ownTable, Type: nftables.ChainTypeFilter, Policy: &policy,
			Hooknum: nftables.ChainHookInput, Priority: nftables.ChainPriorityRef(*nftables.ChainPriorityFilter - 1),
		})
	}
	now := f.now()
	for _, fam := range f.fams {
		set := fam.newSet(s.table)
		if s.sets[fam.set] {
			f.conn.FlushSet(set)
		} else if err := f.conn.AddSet(set, nil); err != nil {
			return fmt.Errorf("firewall: nftables: set %s: %w", fam.set, err)
		}
		if elems := f.recorded(fam, now); len(elems) > 0 {
			if err := f.conn.SetAddElements(set, elems); err != nil {
				return fmt.Errorf("firewall: nftables: set %s: %w", fam.set, err)
			}
		}
		if s.rules[fam.comment] == nil {
			f.conn.InsertRule(fam.rule(s.chain, set))
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

// recorded returns the live recorded grants of one family as elements,
// narrowest first, and forgets those that have expired.
func (f *NFTables) recorded(fam nftFamily, now time.Time) []nftables.SetElement {
	var keys []key
	for k, exp := range f.record {
		if k.src.Addr().Is6() != fam.v6 {
			continue
		}
		if _, ok := timeout(exp, now); !ok {
			delete(f.record, k)
			continue
		}
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(specificFirst(a, b), a.src.Addr().Compare(b.src.Addr()), cmp.Compare(a.port, b.port), cmp.Compare(a.proto, b.proto))
	})
	elems := make([]nftables.SetElement, len(keys))
	for i, k := range keys {
		d, _ := timeout(f.record[k], now)
		elems[i] = element(k, f.record[k], d)
	}
	return elems
}

// timeout is the kernel timeout of a grant expiring at exp, rounded up to
// the millisecond the kernel counts in (a zero timeout would never expire).
func timeout(exp int64, now time.Time) (time.Duration, bool) {
	d := time.Unix(exp, 0).Sub(now)
	if d <= 0 {
		return 0, false
	}
	return (d + time.Millisecond - 1).Truncate(time.Millisecond), true
}

func element(k key, exp int64, timeout time.Duration) nftables.SetElement {
	start, end := elemRange(k)
	return nftables.SetElement{Key: start, KeyEnd: end, Timeout: timeout, Comment: expComment(exp)}
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
	if err := f.restore(); err != nil {
		return err
	}
	f.ready = true
	return nil
}

// read returns the grants in the sets that exist.
func (f *NFTables) read(s *nftState) (map[key]int64, error) {
	live := make(map[key]int64)
	now := f.now()
	for _, fam := range f.fams {
		if !s.sets[fam.set] {
			continue
		}
		elems, err := f.conn.GetSetElements(fam.newSet(s.table))
		if err != nil {
			return nil, fmt.Errorf("firewall: nftables: read set %s: %w", fam.set, err)
		}
		for _, e := range elems {
			if k, ok := keyOfElem(e.Key, e.KeyEnd, fam.v6); ok {
				live[k] = max(live[k], elemExpiry(e.Comment, e.Expires, now))
			}
		}
	}
	return live, nil
}

// check returns g normalized with its set's family, or why it cannot be
// granted here.
func (f *NFTables) check(g Grant, needExpiry bool) (Grant, nftFamily, error) {
	g, err := normalize(f.cfg, g, needExpiry)
	if err != nil {
		return Grant{}, nftFamily{}, err
	}
	if g.NAT != nil {
		return Grant{}, nftFamily{}, fmt.Errorf("%w: %s", ErrNATUnsupported, g)
	}
	fam, ok := f.family(g.Source.Is6())
	if !ok {
		return Grant{}, nftFamily{}, fmt.Errorf("%w: %s: nftables table %s %s holds IPv6 grants only", ErrInvalidGrant, g, f.nft.Family, f.nft.Table)
	}
	if !f.ready {
		return Grant{}, nftFamily{}, ErrNotInitialized
	}
	return g, fam, nil
}

// Grant adds g's element, or, for access already granted until earlier,
// deletes the element and adds it again with the new timeout in one batch
// (Linux 6.1 keeps the old timeout of an element added twice).
func (f *NFTables) Grant(ctx context.Context, g Grant) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	g, fam, err := f.check(g, true)
	if err != nil {
		return err
	}
	now := f.now()
	k, exp := keyOf(g), g.Expires.Unix()
	old, had := f.record[k]
	if _, live := timeout(old, now); had && live && old >= exp {
		return nil
	} else if had && !live {
		had = false // the kernel has let it go
	}
	d, ok := timeout(exp, now)
	if !ok {
		return fmt.Errorf("%w: %s: already expired", ErrInvalidGrant, g)
	}
	set := fam.newSet(f.table)
	if had {
		if err := f.conn.SetDeleteElements(set, []nftables.SetElement{bare(k)}); err != nil {
			return err
		}
	}
	if err := f.conn.SetAddElements(set, []nftables.SetElement{element(k, exp, d)}); err != nil {
		return err
	}
	f.record[k] = exp
	if err := f.flush(); err != nil {
		if had {
			f.record[k] = old
		} else {
			delete(f.record, k)
		}
		return fmt.Errorf("firewall: grant %s: %w", g, err)
	}
	return nil
}

// Revoke deletes g's element.
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
	exp, had := f.record[k]
	if _, live := timeout(exp, f.now()); !had || !live {
		return fmt.Errorf("%w: %s", ErrNotGranted, g)
	}
	if err := f.conn.SetDeleteElements(fam.newSet(f.table), []nftables.SetElement{bare(k)}); err != nil {
		return err
	}
	delete(f.record, k)
	if err := f.flush(); err != nil {
		f.record[k] = exp
		return fmt.Errorf("firewall: revoke %s: %w", g, err)
	}
	return nil
}

// Expire forgets the grants due at now. The kernel removes elements by
// itself when they time out, so with the real time there is nothing left
// to delete; an element still there (now ahead of the kernel's clock) is
// deleted by adding it (a no-op if present) and deleting it in one batch,
// which cannot fail for an element already gone.
func (f *NFTables) Expire(ctx context.Context, now time.Time) ([]Grant, time.Time, error) {
	if err := ctx.Err(); err != nil {
		return nil, time.Time{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return nil, time.Time{}, ErrNotInitialized
	}
	var removed []Grant
	var next int64
	for k, exp := range f.record {
		if exp > now.Unix() {
			if next == 0 || exp < next {
				next = exp
			}
			continue
		}
		removed = append(removed, k.grant(exp))
		fam, _ := f.family(k.src.Addr().Is6())
		set := fam.newSet(f.table)
		e := element(k, exp, time.Second)
		if err := errors.Join(f.conn.SetAddElements(set, []nftables.SetElement{e}), f.conn.SetDeleteElements(set, []nftables.SetElement{bare(k)})); err != nil {
			return nil, time.Time{}, err
		}
		delete(f.record, k)
	}
	if len(removed) > 0 {
		if err := f.flush(); err != nil {
			return nil, time.Time{}, err
		}
	}
	sortGrants(removed)
	var nextTime time.Time
	if next != 0 {
		nextTime = time.Unix(next, 0)
	}
	return removed, nextTime, nil
}

// List reads the live grants back from the sets, with the expiry in each
// element's comment (or, for an element someone else added, the time the
// kernel says is left). Missing sets are restored first.
func (f *NFTables) List(ctx context.Context) ([]Grant, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready {
		return nil, ErrNotInitialized
	}
	s, err := f.repair()
	if err != nil {
		return nil, err
	}
	live, err := f.read(s)
	if err != nil {
		return nil, err
	}
	f.record = live
	gs := make([]Grant, 0, len(live))
	for k, exp := range live {
		gs = append(gs, k.grant(exp))
	}
	sortGrants(gs)
	return gs, nil
}

// repair restores the sets and rules if any is missing, and returns the
// state as it is afterwards.
func (f *NFTables) repair() (*nftState, error) {
	s, err := f.inspect()
	if err != nil || s.complete(f.fams) {
		return s, err
	}
	if err := f.restore(); err != nil {
		return nil, err
	}
	return f.inspect()
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
	s, err := f.inspect()
	if err != nil || s.complete(f.fams) {
		return false, err
	}
	return true, f.restore()
}

// Flush removes exactly what the backend added: its rules and sets in the
// administrator's table, or its own table. It needs no Init.
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
	if s.ownExists {
		f.conn.DelTable(ownTable)
	}
	if !s.own {
		for _, r := range s.rules {
			if err := f.conn.DelRule(r); err != nil {
				return err
			}
		}
		for _, fam := range []nftFamily{nftFam4, nftFam6} {
			if s.sets[fam.set] {
				f.conn.DelSet(fam.newSet(s.table))
			}
		}
	}
	if err := f.conn.Flush(); err != nil {
		return fmt.Errorf("firewall: nftables: flush: %w", err)
	}
	return nil
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

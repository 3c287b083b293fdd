package lockdown

import (
	"fmt"

	"github.com/google/nftables"
	"github.com/google/nftables/binaryutil"
	"github.com/google/nftables/expr"
	"github.com/google/nftables/userdata"
	"golang.org/x/sys/unix"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// nftTarget is the chain the nftables backend hooks: the lockdown is rules
// in it, right below the backend's grant rules, each command one netlink
// batch (no nft process).
type nftTarget struct {
	conn  *nftables.Conn
	chain *nftables.Chain
}

func openNFTables(fw *firewall.NFTables) ([]target, error) {
	c, err := fw.InputChain()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFirewall, err)
	}
	if c == nil {
		return nil, fmt.Errorf("%w: the nftables table NFT_TABLE names does not exist, and fwknopd has not made its own yet: start fwknopd first, or create the table", ErrFirewall)
	}
	conn, err := nftables.New()
	if err != nil {
		return nil, fmt.Errorf("%w: nftables netlink socket: %v", ErrFirewall, err)
	}
	return []target{&nftTarget{conn: conn, chain: c}}, nil
}

var familyNames = map[nftables.TableFamily]string{
	nftables.TableFamilyIPv4: "ip", nftables.TableFamilyIPv6: "ip6", nftables.TableFamilyINet: "inet",
}

// read returns the chain's rules with their handles and comments.
func (t *nftTarget) read() (nftChain, error) {
	c := nftChain{where: familyNames[t.chain.Table.Family] + " " + t.chain.Table.Name + " " + t.chain.Name}
	rules, err := t.conn.GetRules(t.chain.Table, t.chain)
	if err != nil {
		return c, fmt.Errorf("%w: list the rules of %s: %v", ErrFirewall, c.where, err)
	}
	for _, r := range rules {
		comment, _ := userdata.GetString(r.UserData, userdata.TypeComment)
		c.rules = append(c.rules, nftRule{handle: r.Handle, comment: comment})
	}
	return c, nil
}

func (t *nftTarget) lockdown(rules []rule) (plan, error) {
	c, err := t.read()
	return plan{t: t, steps: planNFT(c, rules)}, err
}

func (t *nftTarget) undo() (plan, error) {
	c, err := t.read()
	return plan{t: t, steps: planNFTUndo(c)}, err
}

func (t *nftTarget) run(s step) error {
	st := s.(nftStep)
	r := &nftables.Rule{Table: t.chain.Table, Chain: t.chain}
	switch st.op {
	case nftDelete:
		r.Handle = st.handle
		if err := t.conn.DelRule(r); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrFirewall, st, err)
		}
	case nftInsert:
		r.Position = st.handle
		t.conn.InsertRule(st.rule.nft(r))
	case nftAdd:
		t.conn.AddRule(st.rule.nft(r))
	}
	err := t.conn.Flush()
	if st.keepsEstablished() {
		if err == nil {
			err = t.readsBack(st.rule)
		}
		if err != nil {
			return fmt.Errorf("%w: %s: %v", ErrConntrack, st, err)
		}
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrFirewall, st, err)
	}
	return nil
}

// readsBack checks that r is in the chain.
func (t *nftTarget) readsBack(r rule) error {
	c, err := t.read()
	if err != nil {
		return err
	}
	for _, got := range c.rules {
		if got.comment == r.nftComment() {
			return nil
		}
	}
	return fmt.Errorf("the rule does not read back")
}

// ctStateKey is the conntrack key the acceptEstablished rule matches (a
// variable so that a test can stand in a key the kernel refuses).
var ctStateKey = expr.CtKeySTATE

// TCP flags, as in the header's 14th byte.
const (
	tcpFIN = 0x01
	tcpSYN = 0x02
	tcpRST = 0x04
	tcpACK = 0x10
)

// nft fills in rule r's expressions and tagging comment.
func (r rule) nft(into *nftables.Rule) *nftables.Rule {
	into.Exprs = r.nftExprs()
	into.UserData = userdata.AppendString(nil, userdata.TypeComment, r.nftComment())
	return into
}

// nftExprs is r as nftables expressions, which `nft list` shows as
// r.nftText().
func (r rule) nftExprs() []expr.Any {
	verdict := &expr.Verdict{Kind: expr.VerdictAccept}
	var match []expr.Any
	switch r.kind {
	case acceptLoopback:
		match = []expr.Any{
			&expr.Meta{Key: expr.MetaKeyIIFNAME, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: ifname("lo")},
		}
	case acceptEstablished:
		match = []expr.Any{
			&expr.Ct{Register: 1, Key: ctStateKey},
			&expr.Bitwise{SourceRegister: 1, DestRegister: 1, Len: 4,
				Mask: binaryutil.NativeEndian.PutUint32(expr.CtStateBitESTABLISHED | expr.CtStateBitRELATED),
				Xor:  make([]byte, 4)},
			&expr.Cmp{Op: expr.CmpOpNeq, Register: 1, Data: make([]byte, 4)},
		}
	case dropNew:
		verdict.Kind = expr.VerdictDrop
		proto := byte(unix.IPPROTO_UDP)
		if r.port.Proto == "tcp" {
			proto = unix.IPPROTO_TCP
		}
		match = []expr.Any{
			&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{proto}},
			&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 2, Len: 2},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: binaryutil.BigEndian.PutUint16(r.port.Port)},
		}
		if proto == unix.IPPROTO_TCP {
			match = append(match,
				&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 13, Len: 1},
				&expr.Bitwise{SourceRegister: 1, DestRegister: 1, Len: 1,
					Mask: []byte{tcpFIN | tcpSYN | tcpRST | tcpACK}, Xor: []byte{0}},
				&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{tcpSYN}},
			)
		}
	}
	return append(match, verdict)
}

// ifname is an interface name as the kernel compares it: IFNAMSIZ bytes,
// zero padded.
func ifname(name string) []byte {
	b := make([]byte, unix.IFNAMSIZ)
	copy(b, name)
	return b
}

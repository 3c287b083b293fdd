package lockdown

import (
	"reflect"
	"testing"

	"github.com/google/nftables"
	"github.com/google/nftables/binaryutil"
	"github.com/google/nftables/expr"
	"github.com/google/nftables/userdata"

	"github.com/sesame-spa/sesame/shared/spa"
)

// The expressions are what `nft --debug=netlink` shows for each rule's
// nftText (nft 1.0.6); the namespace test checks that nft lists them back
// as that text.
func TestNFTExprs(t *testing.T) {
	zero4 := []byte{0, 0, 0, 0}
	accept, drop := &expr.Verdict{Kind: expr.VerdictAccept}, &expr.Verdict{Kind: expr.VerdictDrop}
	tests := []struct {
		rule rule
		want []expr.Any
	}{
		{rule{kind: acceptLoopback}, []expr.Any{
			&expr.Meta{Key: expr.MetaKeyIIFNAME, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte("lo\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")},
			accept,
		}},
		{rule{kind: acceptEstablished}, []expr.Any{
			&expr.Ct{Register: 1, Key: expr.CtKeySTATE},
			// established (2) | related (4), in host byte order
			&expr.Bitwise{SourceRegister: 1, DestRegister: 1, Len: 4, Mask: binaryutil.NativeEndian.PutUint32(6), Xor: zero4},
			&expr.Cmp{Op: expr.CmpOpNeq, Register: 1, Data: zero4},
			accept,
		}},
		{rule{kind: dropNew, port: spa.ProtoPort{Proto: "tcp", Port: 22}}, []expr.Any{
			&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{6}},
			&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 2, Len: 2},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{0, 22}},
			&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 13, Len: 1},
			&expr.Bitwise{SourceRegister: 1, DestRegister: 1, Len: 1, Mask: []byte{0x17}, Xor: []byte{0}},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{0x02}},
			drop,
		}},
		{rule{kind: dropNew, port: spa.ProtoPort{Proto: "udp", Port: 5353}}, []expr.Any{
			&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: 1},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{17}},
			&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 2, Len: 2},
			&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{0x14, 0xe9}},
			drop,
		}},
	}
	for _, tt := range tests {
		r := tt.rule.nft(&nftables.Rule{})
		if !reflect.DeepEqual(r.Exprs, tt.want) {
			t.Errorf("%s: expressions\n%#v\nwant\n%#v", tt.rule.nftText(), r.Exprs, tt.want)
		}
		if c, ok := userdata.GetString(r.UserData, userdata.TypeComment); !ok || c != tt.rule.nftComment() {
			t.Errorf("%s: comment %q, want %q", tt.rule.nftText(), c, tt.rule.nftComment())
		}
	}
}

package capture

import (
	"bytes"
	"slices"
	"testing"

	"github.com/gopacket/gopacket/layers"
)

// fuzzLinks are the link types FuzzDecode picks from by its first argument.
var fuzzLinks = []layers.LinkType{
	layers.LinkTypeEthernet, layers.LinkTypeLinuxSLL, layers.LinkTypeLinuxSLL2, layers.LinkTypeNull, layers.LinkTypeRaw,
}

func FuzzDecode(f *testing.F) {
	for _, c := range decodeCases(f) {
		f.Add(uint8(max(0, slices.Index(fuzzLinks, c.link))), c.frame)
	}
	decs := make([]*decoder, len(fuzzLinks))
	for i, lt := range fuzzLinks {
		d, err := newDecoder(lt)
		if err != nil {
			f.Fatal(err)
		}
		decs[i] = d
	}
	f.Fuzz(func(t *testing.T, link uint8, frame []byte) {
		var p Packet
		if !decs[int(link)%len(decs)].decode(frame, &p) {
			return
		}
		src, dst := p.Src.Addr(), p.Dst.Addr()
		switch {
		case len(p.Payload) == 0 || !bytes.Contains(frame, p.Payload):
			t.Fatalf("payload %q is not a non-empty part of the frame", p.Payload)
		case !src.IsValid() || !dst.IsValid() || src.Is4() != dst.Is4() || src.Is4In6() || dst.Is4In6():
			t.Fatalf("addresses %v → %v", p.Src, p.Dst)
		case p.Proto != ProtoUDP && p.Proto != ProtoTCP && p.Proto != ProtoICMP:
			t.Fatalf("protocol %d", p.Proto)
		case p.Proto == ProtoICMP && (!src.Is4() || p.Src.Port() != 0 || p.Dst.Port() != 0):
			t.Fatalf("ICMP %v → %v", p.Src, p.Dst)
		}
	})
}

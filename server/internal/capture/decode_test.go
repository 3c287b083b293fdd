package capture

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

type decodeCase struct {
	name  string
	link  layers.LinkType
	frame []byte
	want  *Packet // nil: the frame must be skipped
}

func ap(a netip.Addr, port uint16) netip.AddrPort { return netip.AddrPortFrom(a, port) }

func udp4Want(payload []byte) *Packet {
	return &Packet{Payload: payload, Src: ap(cli4, 40000), Dst: ap(srv4, 62201), Proto: ProtoUDP}
}

func decodeCases(t testing.TB) []decodeCase {
	eth4 := udpFrame(t, cli4, srv4, 62201, knock)
	eth6 := udpFrame(t, cli6, srv6, 62201, knock)
	first, rest := fragments(t)
	short := udpFrame(t, cli4, srv4, 62201, []byte("x"))
	zeroLen := append([]byte(nil), eth4...)
	binary.BigEndian.PutUint16(zeroLen[14+2:], 0)
	badVersion := append([]byte(nil), eth4...)
	badVersion[14] = 0x65 // version 6, IHL 5, in an IPv4 ethertype
	mapped := ip6(layers.IPProtocolUDP)
	mapped.SrcIP = netip.MustParseAddr("::ffff:198.51.100.7").AsSlice()
	mappedUDP := &layers.UDP{SrcPort: 40000, DstPort: 62201}
	mappedUDP.SetNetworkLayerForChecksum(mapped)
	outer := ip4(layers.IPProtocolIPv4)
	inner := ip4(layers.IPProtocolUDP)
	innerUDP := &layers.UDP{SrcPort: 40000, DstPort: 62201}
	innerUDP.SetNetworkLayerForChecksum(inner)
	icmpIn6 := ip6(layers.IPProtocolICMPv4)
	vlan := serialize(t, eth(layers.EthernetTypeDot1Q),
		&layers.Dot1Q{VLANIdentifier: 10, Type: layers.EthernetTypeIPv4}, gopacket.Payload(eth4[14:]))
	// Linux cooked headers: v1 is packet type, ARPHRD, address length,
	// address (8), protocol; v2 is protocol, reserved, ifindex, ARPHRD,
	// packet type, address length, address (8).
	sll := append([]byte{0, 0, 0, 1, 0, 6, 2, 0, 0, 0, 0, 7, 0, 0, 0x86, 0xdd}, eth6[14:]...)
	sll2 := append([]byte{0x08, 0x00, 0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 2, 0, 0, 0, 0, 7, 0, 0}, eth4[14:]...)
	null6 := append([]byte{30, 0, 0, 0}, eth6[14:]...) // AF_INET6 on macOS, little-endian
	tcp4 := tcpFrame(t, ip4(layers.IPProtocolTCP), layers.EthernetTypeIPv4, nil, knock)
	tcp6 := tcpFrame(t, ip6(layers.IPProtocolTCP), layers.EthernetTypeIPv6, nil, knock)
	syn := tcpFrame(t, ip4(layers.IPProtocolTCP), layers.EthernetTypeIPv4,
		func(c *layers.TCP) { c.SYN, c.ACK, c.PSH = true, false, false }, nil)
	icmp := serialize(t, eth(layers.EthernetTypeIPv4), ip4(layers.IPProtocolICMPv4),
		&layers.ICMPv4{TypeCode: layers.CreateICMPv4TypeCode(8, 0), Id: 1, Seq: 1}, gopacket.Payload(knock))
	padded := udpFrame(t, cli4, srv4, 62201, []byte("ab"))
	padded = append(padded, make([]byte, 60-len(padded))...) // Ethernet minimum, zero trailer

	return []decodeCase{
		{"udp4", layers.LinkTypeEthernet, eth4, udp4Want(knock)},
		{"udp6", layers.LinkTypeEthernet, eth6,
			&Packet{Payload: knock, Src: ap(cli6, 40000), Dst: ap(srv6, 62201), Proto: ProtoUDP}},
		{"udp4 other port", layers.LinkTypeEthernet, udpFrame(t, cli4, srv4, 53, knock),
			&Packet{Payload: knock, Src: ap(cli4, 40000), Dst: ap(srv4, 53), Proto: ProtoUDP}},
		{"one byte", layers.LinkTypeEthernet, short, udp4Want([]byte("x"))},
		{"ethernet trailer not payload", layers.LinkTypeEthernet, padded, udp4Want([]byte("ab"))},
		{"vlan", layers.LinkTypeEthernet, vlan, udp4Want(knock)},
		{"tcp4", layers.LinkTypeEthernet, tcp4,
			&Packet{Payload: knock, Src: ap(cli4, 40001), Dst: ap(srv4, 62201), Proto: ProtoTCP}},
		{"tcp6", layers.LinkTypeEthernet, tcp6,
			&Packet{Payload: knock, Src: ap(cli6, 40001), Dst: ap(srv6, 62201), Proto: ProtoTCP}},
		{"icmp4", layers.LinkTypeEthernet, icmp,
			&Packet{Payload: knock, Src: ap(cli4, 0), Dst: ap(srv4, 0), Proto: ProtoICMP}},
		{"linux sll", layers.LinkTypeLinuxSLL, sll,
			&Packet{Payload: knock, Src: ap(cli6, 40000), Dst: ap(srv6, 62201), Proto: ProtoUDP}},
		{"linux sll2", layers.LinkTypeLinuxSLL2, sll2, udp4Want(knock)},
		{"bsd null", layers.LinkTypeNull, null6,
			&Packet{Payload: knock, Src: ap(cli6, 40000), Dst: ap(srv6, 62201), Proto: ProtoUDP}},
		{"raw ipv4", layers.LinkTypeRaw, eth4[14:], udp4Want(knock)},
		{"raw ipv6", layers.LinkTypeIPv6, eth6[14:],
			&Packet{Payload: knock, Src: ap(cli6, 40000), Dst: ap(srv6, 62201), Proto: ProtoUDP}},

		{"empty udp payload", layers.LinkTypeEthernet, udpFrame(t, cli4, srv4, 62201, nil), nil},
		{"tcp syn", layers.LinkTypeEthernet, syn, nil},
		{"first fragment", layers.LinkTypeEthernet, first, nil},
		{"later fragment", layers.LinkTypeEthernet, rest, nil},
		{"snaplen cut", layers.LinkTypeEthernet, eth4[:100], nil},
		{"cut in ip header", layers.LinkTypeEthernet, eth4[:20], nil},
		{"ipv4 total length 0", layers.LinkTypeEthernet, zeroLen, nil},
		{"ipv4 header says version 6", layers.LinkTypeEthernet, badVersion, nil},
		{"ipv6 v4-mapped source", layers.LinkTypeEthernet,
			serialize(t, eth(layers.EthernetTypeIPv6), mapped, mappedUDP, gopacket.Payload(knock)), nil},
		{"ip in ip", layers.LinkTypeEthernet,
			serialize(t, eth(layers.EthernetTypeIPv4), outer, inner, innerUDP, gopacket.Payload(knock)), nil},
		{"icmpv4 in ipv6", layers.LinkTypeEthernet,
			serialize(t, eth(layers.EthernetTypeIPv6), icmpIn6,
				&layers.ICMPv4{TypeCode: layers.CreateICMPv4TypeCode(8, 0)}, gopacket.Payload(knock)), nil},
		{"arp", layers.LinkTypeEthernet, serialize(t, eth(layers.EthernetTypeARP), &layers.ARP{
			AddrType: layers.LinkTypeEthernet, Protocol: layers.EthernetTypeIPv4, HwAddressSize: 6, ProtAddressSize: 4,
			Operation: 1, SourceHwAddress: make([]byte, 6), SourceProtAddress: cli4.AsSlice(),
			DstHwAddress: make([]byte, 6), DstProtAddress: srv4.AsSlice()}), nil},
		{"garbage", layers.LinkTypeEthernet, []byte("this is not an ethernet frame at all, not even close"), nil},
		{"empty frame", layers.LinkTypeEthernet, nil, nil},
		{"raw garbage", layers.LinkTypeRaw, []byte{0x10, 1, 2, 3}, nil},
	}
}

func TestDecode(t *testing.T) {
	for _, c := range decodeCases(t) {
		t.Run(c.name, func(t *testing.T) {
			d, err := newDecoder(c.link)
			if err != nil {
				t.Fatal(err)
			}
			var p Packet
			ok := d.decode(c.frame, &p)
			switch {
			case c.want == nil && ok:
				t.Fatalf("delivered %+v, want skipped", p)
			case c.want != nil && !ok:
				t.Fatal("skipped, want delivered")
			case c.want != nil && (string(p.Payload) != string(c.want.Payload) ||
				p.Src != c.want.Src || p.Dst != c.want.Dst || p.Proto != c.want.Proto):
				t.Fatalf("got %v→%v proto %d payload %q\nwant %v→%v proto %d payload %q",
					p.Src, p.Dst, p.Proto, p.Payload, c.want.Src, c.want.Dst, c.want.Proto, c.want.Payload)
			}
		})
	}
}

func TestDecoderLinkType(t *testing.T) {
	if _, err := newDecoder(layers.LinkTypeIEEE802_11); !errors.Is(err, ErrLinkType) {
		t.Fatalf("802.11: err = %v, want ErrLinkType", err)
	}
}

// The decoder must not allocate per packet: a flood costs no garbage.
func TestDecodeAllocs(t *testing.T) {
	frame := udpFrame(t, cli6, srv6, 62201, knock)
	d, err := newDecoder(layers.LinkTypeEthernet)
	if err != nil {
		t.Fatal(err)
	}
	var p Packet
	if n := testing.AllocsPerRun(100, func() { d.decode(frame, &p) }); n != 0 {
		t.Fatalf("decode allocates %v times per frame", n)
	}
}

package capture

import (
	"context"
	"encoding/binary"
	"fmt"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// decoder turns captured frames into Packets without allocating. Its layers
// are shared by one parser per first layer; raw-IP links pick the IPv4 or
// IPv6 parser by the version nibble. Not safe for concurrent use.
type decoder struct {
	eth   layers.Ethernet
	dot1q layers.Dot1Q
	sll   layers.LinuxSLL
	sll2  layers.LinuxSLL2
	lo    layers.Loopback
	ip4   layers.IPv4
	ip6   layers.IPv6
	udp   layers.UDP
	tcp   layers.TCP
	icmp  layers.ICMPv4

	link       *gopacket.DecodingLayerParser // nil on raw-IP links
	raw4, raw6 *gopacket.DecodingLayerParser
	decoded    []gopacket.LayerType
	pkt        Packet // reused for every delivery
}

// firstLayers maps each supported link type to the layer its frames start
// with; LayerTypeZero marks raw IP.
var firstLayers = map[layers.LinkType]gopacket.LayerType{
	layers.LinkTypeEthernet:  layers.LayerTypeEthernet,
	layers.LinkTypeLinuxSLL:  layers.LayerTypeLinuxSLL,
	layers.LinkTypeLinuxSLL2: layers.LayerTypeLinuxSLL2,
	layers.LinkTypeNull:      layers.LayerTypeLoopback,
	layers.LinkTypeLoop:      layers.LayerTypeLoopback,
	layers.LinkTypeRaw:       gopacket.LayerTypeZero,
	layers.LinkTypeIPv4:      gopacket.LayerTypeZero,
	layers.LinkTypeIPv6:      gopacket.LayerTypeZero,
	12:                       gopacket.LayerTypeZero, // DLT_RAW on most BSDs
	14:                       gopacket.LayerTypeZero, // DLT_RAW on OpenBSD
}

func newDecoder(lt layers.LinkType) (*decoder, error) {
	first, ok := firstLayers[lt]
	if !ok {
		return nil, fmt.Errorf("%w: %v (%d)", ErrLinkType, lt, int(lt))
	}
	d := &decoder{decoded: make([]gopacket.LayerType, 0, 8)}
	d.raw4 = d.parser(layers.LayerTypeIPv4)
	d.raw6 = d.parser(layers.LayerTypeIPv6)
	if first != gopacket.LayerTypeZero {
		d.link = d.parser(first)
	}
	return d, nil
}

func (d *decoder) parser(first gopacket.LayerType) *gopacket.DecodingLayerParser {
	// A sparse array indexed by layer type beats the default map.
	p := gopacket.NewDecodingLayerParser(first)
	p.SetDecodingLayerContainer(gopacket.DecodingLayerSparse(nil))
	for _, l := range []gopacket.DecodingLayer{&d.eth, &d.dot1q, &d.sll, &d.sll2, &d.lo, &d.ip4, &d.ip6, &d.udp, &d.tcp, &d.icmp} {
		p.AddDecodingLayer(l)
	}
	p.IgnoreUnsupported = true
	return p
}

func (d *decoder) pick(frame []byte) *gopacket.DecodingLayerParser {
	if d.link != nil {
		return d.link
	}
	if len(frame) == 0 {
		return nil
	}
	switch frame[0] >> 4 {
	case 4:
		return d.raw4
	case 6:
		return d.raw6
	}
	return nil
}

// handle hands h the packet in frame, captured at ts, if it holds one and ctx
// is not done.
func (d *decoder) handle(ctx context.Context, frame []byte, ts time.Time, h Handler) {
	if d.decode(frame, &d.pkt) && ctx.Err() == nil {
		d.pkt.Time = ts
		h(&d.pkt)
	}
}

// decode fills p (all but Time) from frame and reports whether frame holds
// exactly one IP header followed by a UDP, TCP or ICMPv4 header with a
// non-empty payload, untruncated and unfragmented.
func (d *decoder) decode(frame []byte, p *Packet) bool {
	parser := d.pick(frame)
	if parser == nil || parser.DecodeLayers(frame, &d.decoded) != nil || parser.Truncated {
		return false
	}
	ipAt := -1
	for i, t := range d.decoded {
		switch t {
		case layers.LayerTypeIPv4, layers.LayerTypeIPv6:
			if ipAt >= 0 {
				return false // tunnelled: the stock daemon reads only the outer header
			}
			ipAt = i
		case layers.LayerTypeUDP, layers.LayerTypeTCP, layers.LayerTypeICMPv4:
			return i == ipAt+1 && ipAt >= 0 && d.fill(d.decoded[ipAt], t, p)
		}
	}
	return false
}

func (d *decoder) fill(ipType, transport gopacket.LayerType, p *Packet) bool {
	var src, dst netip.Addr
	switch ipType {
	case layers.LayerTypeIPv4:
		// A zero total length is read by gopacket as "the rest of the
		// frame" (TSO); the kernel drops such a packet, and so do we.
		if d.ip4.Version != 4 || binary.BigEndian.Uint16(d.ip4.Contents[2:4]) == 0 {
			return false
		}
		src, dst = netip.AddrFrom4([4]byte(d.ip4.SrcIP)), netip.AddrFrom4([4]byte(d.ip4.DstIP))
	default:
		src, dst = netip.AddrFrom16([16]byte(d.ip6.SrcIP)), netip.AddrFrom16([16]byte(d.ip6.DstIP))
		// RFC 4291 2.5.5.2: IPv4-mapped addresses never appear on the wire;
		// the kernel drops such packets, and ICMPv4 has no place in IPv6.
		if d.ip6.Version != 6 || src.Is4In6() || dst.Is4In6() || transport == layers.LayerTypeICMPv4 {
			return false
		}
	}
	var sport, dport uint16
	switch transport {
	case layers.LayerTypeUDP:
		p.Payload, p.Proto = d.udp.Payload, ProtoUDP
		sport, dport = uint16(d.udp.SrcPort), uint16(d.udp.DstPort)
	case layers.LayerTypeTCP:
		p.Payload, p.Proto = d.tcp.Payload, ProtoTCP
		sport, dport = uint16(d.tcp.SrcPort), uint16(d.tcp.DstPort)
	default:
		p.Payload, p.Proto = d.icmp.Payload, ProtoICMP
	}
	p.Src, p.Dst = netip.AddrPortFrom(src, sport), netip.AddrPortFrom(dst, dport)
	return len(p.Payload) > 0
}

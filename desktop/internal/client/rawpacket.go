package client

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/netip"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// The fixed header values of the stock client's raw modes
// (client/spa_comm.c): TTL 255, a TCP SYN with sequence number 1 and a
// window of 32767, and for an ICMP echo request identifier random and
// sequence 1. Unlike the stock client, Sesame writes correct TCP and UDP
// checksums (the stock leaves them zero, which fwknopd does not check but
// a middlebox may drop).
const (
	rawTTL       = 255
	rawTCPSeq    = 1
	rawTCPWindow = 32767
	icmpEcho     = 8
	minHighPort  = 1024 // the stock's random source port: 1024..65534
	maxPort      = 65535
)

// rawPacket is one raw-mode packet to build.
type rawPacket struct {
	transport knock.Transport // UDPRaw, TCPRaw or ICMP
	src, dst  netip.AddrPort  // IPv4; the ports are unused for ICMP
	ipID      uint16
	icmpType  uint8
	icmpCode  uint8
	echoID    uint16 // for an echo request only
	payload   []byte
}

// newRawPacket fills in what the stock client draws at random: the source
// port (as get_rand_port does, 1024..65534), the IP identifier and the ICMP
// echo identifier.
func newRawPacket(o *knock.Options, src netip.Addr, dst netip.AddrPort, payload string, rand io.Reader) (*rawPacket, error) {
	var r struct{ Port, IPID, EchoID uint16 }
	if err := binary.Read(rand, binary.BigEndian, &r); err != nil {
		return nil, err
	}
	return &rawPacket{
		transport: o.Transport,
		src:       netip.AddrPortFrom(src, minHighPort+r.Port%(maxPort-minHighPort)),
		dst:       dst,
		ipID:      r.IPID,
		icmpType:  o.ICMPType,
		icmpCode:  o.ICMPCode,
		echoID:    r.EchoID,
		payload:   []byte(payload),
	}, nil
}

// serialize returns the IPv4 packet with its headers, lengths and
// checksums filled in.
func (p *rawPacket) serialize() ([]byte, error) {
	if !p.src.Addr().Is4() || !p.dst.Addr().Is4() {
		return nil, fmt.Errorf("%w: -P %s sends IPv4 only (from %s to %s)", knock.ErrInvalid, p.transport, p.src.Addr(), p.dst.Addr())
	}
	ip := &layers.IPv4{Version: 4, TTL: rawTTL, Id: p.ipID,
		SrcIP: net.IP(p.src.Addr().AsSlice()), DstIP: net.IP(p.dst.Addr().AsSlice())}
	var l4 gopacket.SerializableLayer
	switch p.transport {
	case knock.UDPRaw:
		ip.Protocol = layers.IPProtocolUDP
		udp := &layers.UDP{SrcPort: layers.UDPPort(p.src.Port()), DstPort: layers.UDPPort(p.dst.Port())}
		udp.SetNetworkLayerForChecksum(ip)
		l4 = udp
	case knock.TCPRaw:
		ip.Protocol = layers.IPProtocolTCP
		tcp := &layers.TCP{SrcPort: layers.TCPPort(p.src.Port()), DstPort: layers.TCPPort(p.dst.Port()),
			Seq: rawTCPSeq, SYN: true, Window: rawTCPWindow}
		tcp.SetNetworkLayerForChecksum(ip)
		l4 = tcp
	case knock.ICMP:
		ip.Protocol = layers.IPProtocolICMPv4
		icmp := &layers.ICMPv4{TypeCode: layers.CreateICMPv4TypeCode(p.icmpType, p.icmpCode)}
		if p.icmpType == icmpEcho && p.icmpCode == 0 {
			icmp.Id, icmp.Seq = p.echoID, 1
		}
		l4 = icmp
	default:
		return nil, fmt.Errorf("%w: -P %s is not a raw transport", knock.ErrInvalid, p.transport)
	}
	buf := gopacket.NewSerializeBuffer()
	opts := gopacket.SerializeOptions{FixLengths: true, ComputeChecksums: true}
	if err := gopacket.SerializeLayers(buf, opts, ip, l4, gopacket.Payload(p.payload)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

package client

import (
	"bytes"
	"net/netip"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// TestRawPacketHeaders: each raw transport writes the headers the stock
// client's spa_comm.c writes (TTL 255; a TCP SYN, sequence 1, window
// 32767; ICMP type and code as given, an echo request numbered 1), a
// source port in 1024..65534, and checksums that verify.
func TestRawPacketHeaders(t *testing.T) {
	src, dst := netip.MustParseAddr("198.51.100.77"), netip.AddrPortFrom(netip.MustParseAddr("198.51.100.1"), 62201)
	payload := "8ZmSUg7Ja5zVqUbbCeD0mHsyP9OO+OjHiZkN3VyoTIObPbyUUxCmU"
	for _, tc := range []struct {
		transport knock.Transport
		icmpType  uint8
		icmpCode  uint8
	}{
		{knock.UDPRaw, 0, 0}, {knock.TCPRaw, 0, 0}, {knock.ICMP, 0, 0}, {knock.ICMP, 8, 0}, {knock.ICMP, 3, 3},
	} {
		o := knock.NewOptions()
		o.Transport, o.ICMPType, o.ICMPCode = tc.transport, tc.icmpType, tc.icmpCode
		p, err := newRawPacket(o, src, dst, payload, bytes.NewReader([]byte{0xff, 0xff, 0x12, 0x34, 0xab, 0xcd}))
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.serialize()
		if err != nil {
			t.Fatal(err)
		}
		pkt := gopacket.NewPacket(b, layers.LayerTypeIPv4, gopacket.Default)
		ip, _ := pkt.Layer(layers.LayerTypeIPv4).(*layers.IPv4)
		if ip == nil || ip.TTL != 255 || ip.Id != 0x1234 || !ip.SrcIP.Equal(src.AsSlice()) || !ip.DstIP.Equal(dst.Addr().AsSlice()) || int(ip.Length) != len(b) {
			t.Fatalf("%s: IP header %+v", tc.transport, ip)
		}
		if app := pkt.ApplicationLayer(); app == nil || string(app.Payload()) != payload {
			t.Errorf("%s: payload %v", tc.transport, app)
		}
		wantPort := layers.TCPPort(1024 + 0xffff%(65535-1024))
		switch tc.transport {
		case knock.UDPRaw:
			udp := pkt.Layer(layers.LayerTypeUDP).(*layers.UDP)
			if uint16(udp.SrcPort) != uint16(wantPort) || udp.DstPort != 62201 {
				t.Errorf("udp ports %d -> %d", udp.SrcPort, udp.DstPort)
			}
			checkSum(t, b, ip, true)
		case knock.TCPRaw:
			tcp := pkt.Layer(layers.LayerTypeTCP).(*layers.TCP)
			if tcp.SrcPort != wantPort || tcp.DstPort != 62201 || !tcp.SYN || tcp.ACK || tcp.RST || tcp.FIN || tcp.PSH || tcp.Seq != 1 || tcp.Window != 32767 {
				t.Errorf("tcp header %+v", tcp)
			}
			checkSum(t, b, ip, true)
		case knock.ICMP:
			icmp := pkt.Layer(layers.LayerTypeICMPv4).(*layers.ICMPv4)
			wantID, wantSeq := uint16(0), uint16(0)
			if tc.icmpType == 8 {
				wantID, wantSeq = 0xabcd, 1
			}
			if icmp.TypeCode != layers.CreateICMPv4TypeCode(tc.icmpType, tc.icmpCode) || icmp.Id != wantID || icmp.Seq != wantSeq {
				t.Errorf("icmp header %+v", icmp)
			}
			checkSum(t, b, ip, false)
		}
	}
}

// checkSum verifies the transport checksum of the IPv4 packet b: the
// ones' complement sum over the segment (with the pseudo-header for TCP
// and UDP) must come to 0xffff.
func checkSum(t *testing.T, b []byte, ip *layers.IPv4, pseudo bool) {
	t.Helper()
	seg := b[ip.IHL*4:]
	var sum uint32
	add := func(p []byte) {
		for i := 0; i+1 < len(p); i += 2 {
			sum += uint32(p[i])<<8 | uint32(p[i+1])
		}
		if len(p)%2 == 1 {
			sum += uint32(p[len(p)-1]) << 8
		}
	}
	if pseudo {
		add(ip.SrcIP.To4())
		add(ip.DstIP.To4())
		add([]byte{0, byte(ip.Protocol), byte(len(seg) >> 8), byte(len(seg))})
	}
	add(seg)
	for sum > 0xffff {
		sum = sum>>16 + sum&0xffff
	}
	if sum != 0xffff {
		t.Errorf("%s checksum does not verify (sum %04x)", ip.Protocol, sum)
	}
}

// TestRawPacketRefusesIPv6: the raw transports write IPv4 headers only.
func TestRawPacketRefusesIPv6(t *testing.T) {
	o := knock.NewOptions()
	o.Transport = knock.UDPRaw
	p, err := newRawPacket(o, netip.MustParseAddr("2001:db8::7"), netip.MustParseAddrPort("[2001:db8::1]:62201"), "x", bytes.NewReader(make([]byte, 6)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.serialize(); err == nil {
		t.Fatal("an IPv6 raw packet was built")
	}
}

package capture

import (
	"net/netip"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
	"github.com/sesame-spa/sesame/internal/stockfwknop"
)

// Frames for the tests: built with gopacket's serializers (and the stock
// pcap writer's Frame for plain UDP), so they are what a NIC would hand
// libpcap.

var (
	cli4 = netip.MustParseAddr("198.51.100.7")
	srv4 = netip.MustParseAddr("198.51.100.1")
	cli6 = netip.MustParseAddr("2001:db8::7")
	srv6 = netip.MustParseAddr("2001:db8::1")
)

// t0 is when test captures start.
var t0 = time.Date(2026, 3, 1, 12, 0, 0, 123456789, time.UTC)

// knock is a payload shaped like a Rijndael SPA packet.
var knock = []byte("8k1L3Kqf0yT2GZgJH6DqNqK3rSm9c0y1lW5p8e0Zb7uXo4Jf2s6vQ1dR9aH3nT5wY7kP0cV2xE4gB6iM8oU1zA3sD5fG7hJ9lK2qW4eR6tY8uI0oP1aS3dF5gH7jK9lZ")

func udpFrame(t testing.TB, src, dst netip.Addr, dport uint16, payload []byte) []byte {
	t.Helper()
	f, err := stockfwknop.Frame(stockfwknop.Datagram{Src: src, Dst: dst, SrcPort: 40000, DstPort: dport, Payload: payload})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func serialize(t testing.TB, ls ...gopacket.SerializableLayer) []byte {
	t.Helper()
	buf := gopacket.NewSerializeBuffer()
	opts := gopacket.SerializeOptions{FixLengths: true, ComputeChecksums: true}
	if err := gopacket.SerializeLayers(buf, opts, ls...); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func eth(typ layers.EthernetType) *layers.Ethernet {
	return &layers.Ethernet{SrcMAC: []byte{2, 0, 0, 0, 0, 7}, DstMAC: []byte{2, 0, 0, 0, 0, 1}, EthernetType: typ}
}

func ip4(proto layers.IPProtocol) *layers.IPv4 {
	return &layers.IPv4{Version: 4, TTL: 64, Protocol: proto, SrcIP: cli4.AsSlice(), DstIP: srv4.AsSlice()}
}

func ip6(next layers.IPProtocol) *layers.IPv6 {
	return &layers.IPv6{Version: 6, HopLimit: 64, NextHeader: next, SrcIP: cli6.AsSlice(), DstIP: srv6.AsSlice()}
}

func tcpFrame(t testing.TB, ip gopacket.NetworkLayer, typ layers.EthernetType, flags func(*layers.TCP), payload []byte) []byte {
	t.Helper()
	tcp := &layers.TCP{SrcPort: 40001, DstPort: 62201, Seq: 1, Window: 512, ACK: true, PSH: true}
	if flags != nil {
		flags(tcp)
	}
	if err := tcp.SetNetworkLayerForChecksum(ip); err != nil {
		t.Fatal(err)
	}
	return serialize(t, eth(typ), ip.(gopacket.SerializableLayer), tcp, gopacket.Payload(payload))
}

// fragments splits an IPv4 UDP datagram to port 62201 in two fragments.
func fragments(t testing.TB) (first, rest []byte) {
	t.Helper()
	whole := udpFrame(t, cli4, srv4, 62201, knock)
	ipPayload := whole[14+20:] // UDP header and data
	cut := 64                  // a multiple of 8
	f1 := ip4(layers.IPProtocolUDP)
	f1.Flags, f1.Id = layers.IPv4MoreFragments, 7
	f2 := ip4(layers.IPProtocolUDP)
	f2.FragOffset, f2.Id = uint16(cut/8), 7
	return serialize(t, eth(layers.EthernetTypeIPv4), f1, gopacket.Payload(ipPayload[:cut])),
		serialize(t, eth(layers.EthernetTypeIPv4), f2, gopacket.Payload(ipPayload[cut:]))
}

// record is a frame with the time it was captured.
type record struct {
	frame []byte
	at    time.Time
}

func writePcap(t testing.TB, lt layers.LinkType, recs []record) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spa.pcap")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := pcapgo.NewWriterNanos(f)
	if err := w.WriteFileHeader(65535, lt); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		ci := gopacket.CaptureInfo{Timestamp: r.at, CaptureLength: len(r.frame), Length: len(r.frame)}
		if err := w.WritePacket(ci, r.frame); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func writePcapng(t testing.TB, lt layers.LinkType, recs []record) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spa.pcapng")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := pcapgo.NewNgWriter(f, lt)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		ci := gopacket.CaptureInfo{Timestamp: r.at, CaptureLength: len(r.frame), Length: len(r.frame)}
		if err := w.WritePacket(ci, r.frame); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return path
}

// got is a delivered packet, copied out of the Handler.
type got struct {
	Payload  string
	Src, Dst netip.AddrPort
	Proto    uint8
	Time     time.Time
}

func collect(dst *[]got) Handler {
	return func(p *Packet) {
		*dst = append(*dst, got{string(p.Payload), p.Src, p.Dst, p.Proto, p.Time})
	}
}

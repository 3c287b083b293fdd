package capture

import (
	"context"
	"net"
	"net/netip"
	"testing"

	"github.com/gopacket/gopacket/layers"
)

func BenchmarkDecode(b *testing.B) {
	for name, frame := range map[string][]byte{
		"udp4": udpFrame(b, cli4, srv4, 62201, knock),
		"udp6": udpFrame(b, cli6, srv6, 62201, knock),
	} {
		b.Run(name, func(b *testing.B) {
			d, err := newDecoder(layers.LinkTypeEthernet)
			if err != nil {
				b.Fatal(err)
			}
			var p Packet
			b.ReportAllocs()
			b.SetBytes(int64(len(frame)))
			for b.Loop() {
				if !d.decode(frame, &p) {
					b.Fatal("not decoded")
				}
			}
		})
	}
}

// BenchmarkUDPServer is one datagram over loopback to the Handler and back
// to the sender, one at a time: its allocs/op are the server's per-packet
// allocations (the client's Write makes none).
func BenchmarkUDPServer(b *testing.B) {
	s, err := ListenUDP(netip.MustParseAddrPort("127.0.0.1:0"))
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	seen := make(chan struct{}, 1)
	go func() { done <- s.Run(ctx, func(*Packet) { seen <- struct{}{} }) }()
	defer func() {
		cancel()
		<-done
	}()
	c, err := net.DialUDP("udp", nil, net.UDPAddrFromAddrPort(s.Addr()))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Write(knock); err != nil {
			b.Fatal(err)
		}
		<-seen
	}
}

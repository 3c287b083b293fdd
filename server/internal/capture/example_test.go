//go:build cgo

package capture_test

import (
	"context"
	"fmt"
	"log"
	"net/netip"
	"os"
	"path/filepath"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/server/internal/capture"
)

// Replaying a capture file, as fwknopd --pcap-file does. Live and UDPServer
// are used the same way: open (with privilege), then Run with a Handler.
func ExampleOpenFile() {
	dir, err := os.MkdirTemp("", "capture-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "knocks.pcap")
	err = stockfwknop.WritePcap(path, time.Unix(1767225600, 0), []stockfwknop.Datagram{
		{Src: netip.MustParseAddr("198.51.100.7"), Dst: netip.MustParseAddr("198.51.100.1"), Payload: []byte("knock one")},
		{Src: netip.MustParseAddr("2001:db8::7"), Dst: netip.MustParseAddr("2001:db8::1"), Payload: []byte("knock two")},
		{Src: netip.MustParseAddr("198.51.100.7"), Dst: netip.MustParseAddr("198.51.100.1"), DstPort: 53, Payload: []byte("dns")},
	})
	if err != nil {
		log.Fatal(err)
	}
	src, err := capture.OpenFile(path, capture.DefaultFilter)
	if err != nil {
		log.Fatal(err)
	}
	err = src.Run(context.Background(), func(p *capture.Packet) {
		// p and p.Payload are reused for the next packet: copy what you keep.
		fmt.Printf("%s %v -> %v %q\n", p.Time.UTC().Format(time.TimeOnly), p.Src, p.Dst, p.Payload)
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// 00:00:00 198.51.100.7:40000 -> 198.51.100.1:62201 "knock one"
	// 00:00:01 [2001:db8::7]:40000 -> [2001:db8::1]:62201 "knock two"
}

//go:build cgo

package capture

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"
	"github.com/sesame-spa/sesame/internal/stockfwknop"
)

// mixed is a capture with one of everything; the SPA knocks are the UDP
// datagrams to port 62201 at seconds 0 and 1.
func mixed(t *testing.T) []record {
	first, rest := fragments(t)
	frames := [][]byte{
		udpFrame(t, cli4, srv4, 62201, knock),
		udpFrame(t, cli6, srv6, 62201, []byte("six")),
		udpFrame(t, cli4, srv4, 62202, knock),
		udpFrame(t, cli6, srv6, 53, knock),
		tcpFrame(t, ip4(layers.IPProtocolTCP), layers.EthernetTypeIPv4, nil, knock),
		first, rest,
		udpFrame(t, cli4, srv4, 62201, knock)[:60],
		[]byte("garbage frame garbage frame garbage frame garbage frame garbage frame"),
		udpFrame(t, cli4, srv4, 62201, nil),
	}
	recs := make([]record, len(frames))
	for i, f := range frames {
		recs[i] = record{f, t0.Add(time.Duration(i) * time.Second)}
	}
	return recs
}

var wantKnocks = []got{
	{string(knock), ap(cli4, 40000), ap(srv4, 62201), ProtoUDP, t0},
	{"six", ap(cli6, 40000), ap(srv6, 62201), ProtoUDP, t0.Add(time.Second)},
}

func runFile(t *testing.T, path, filter string) []got {
	t.Helper()
	f, err := OpenFile(path, filter)
	if err != nil {
		t.Fatal(err)
	}
	var out []got
	if err := f.Run(context.Background(), collect(&out)); err != nil {
		t.Fatal(err)
	}
	return out
}

func equalGot(t *testing.T, out, want []got) {
	t.Helper()
	if !slices.EqualFunc(out, want, func(a, b got) bool {
		return a.Payload == b.Payload && a.Src == b.Src && a.Dst == b.Dst && a.Proto == b.Proto && a.Time.Equal(b.Time)
	}) {
		t.Fatalf("delivered\n%v\nwant\n%v", out, want)
	}
}

func TestFileDefaultFilter(t *testing.T) {
	for name, write := range map[string]func(testing.TB, layers.LinkType, []record) string{
		"pcap": writePcap, "pcapng": writePcapng,
	} {
		t.Run(name, func(t *testing.T) {
			equalGot(t, runFile(t, write(t, layers.LinkTypeEthernet, mixed(t)), DefaultFilter), wantKnocks)
		})
	}
}

// With no filter every decodable packet comes out, whatever its port or
// protocol; fragments, cut and garbage frames and empty payloads never do.
func TestFileNoFilter(t *testing.T) {
	recs := mixed(t)
	want := append(slices.Clone(wantKnocks),
		got{string(knock), ap(cli4, 40000), ap(srv4, 62202), ProtoUDP, t0.Add(2 * time.Second)},
		got{string(knock), ap(cli6, 40000), ap(srv6, 53), ProtoUDP, t0.Add(3 * time.Second)},
		got{string(knock), ap(cli4, 40001), ap(srv4, 62201), ProtoTCP, t0.Add(4 * time.Second)},
	)
	equalGot(t, runFile(t, writePcap(t, layers.LinkTypeEthernet, recs), ""), want)
}

func TestFileFilters(t *testing.T) {
	path := writePcap(t, layers.LinkTypeEthernet, mixed(t))
	equalGot(t, runFile(t, path, "udp dst port 62201 and ip6"), wantKnocks[1:])
	equalGot(t, runFile(t, path, "tcp dst port 62201"),
		[]got{{string(knock), ap(cli4, 40001), ap(srv4, 62201), ProtoTCP, t0.Add(4 * time.Second)}})
}

// The stock pcap writer's files (what the stock fwknopd is fed in tests)
// read back packet for packet.
func TestFileStockWriter(t *testing.T) {
	path := t.TempDir() + "/stock.pcap"
	err := stockfwknop.WritePcap(path, t0, []stockfwknop.Datagram{
		{Src: cli4, Dst: srv4, Payload: knock},
		{Src: cli6, Dst: srv6, Payload: []byte("six")},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(wantKnocks) // the stock writer keeps microseconds
	for i := range want {
		want[i].Time = want[i].Time.Truncate(time.Microsecond)
	}
	equalGot(t, runFile(t, path, DefaultFilter), want)
}

func TestFileBadFilter(t *testing.T) {
	path := writePcap(t, layers.LinkTypeEthernet, mixed(t))
	if _, err := OpenFile(path, "udp port sixty"); !errors.Is(err, ErrFilter) {
		t.Fatalf("err = %v, want ErrFilter", err)
	}
}

func TestFileNotPcap(t *testing.T) {
	path := t.TempDir() + "/notes.txt"
	if err := os.WriteFile(path, []byte("not a capture file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFile(path, ""); err == nil {
		t.Fatal("opened a text file as a capture")
	}
	if _, err := OpenFile(t.TempDir()+"/missing.pcap", ""); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: err = %v, want ErrNotExist", err)
	}
}

func TestFileUnsupportedLink(t *testing.T) {
	path := writePcap(t, layers.LinkTypeIEEE802_11, nil)
	if _, err := OpenFile(path, ""); !errors.Is(err, ErrLinkType) {
		t.Fatalf("err = %v, want ErrLinkType", err)
	}
}

// A file cut in the middle of a record delivers what came before and then
// says it is damaged.
func TestFileTruncated(t *testing.T) {
	path := writePcap(t, layers.LinkTypeEthernet, mixed(t)[:2])
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data[:len(data)-10], 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := OpenFile(path, DefaultFilter)
	if err != nil {
		t.Fatal(err)
	}
	var out []got
	if err := f.Run(context.Background(), collect(&out)); err == nil {
		t.Fatal("no error for a damaged file")
	}
	equalGot(t, out, wantKnocks[:1])
}

// A Handler stops the replay by cancelling the context: nothing more is
// delivered (the -C packet limit).
func TestFileStopFromHandler(t *testing.T) {
	f, err := OpenFile(writePcap(t, layers.LinkTypeEthernet, mixed(t)), "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	err = f.Run(ctx, func(*Packet) {
		n++
		cancel()
	})
	if err != nil || n != 1 {
		t.Fatalf("Run = %v after %d packets, want nil after 1", err, n)
	}
}

// BenchmarkFile is the per-packet cost of --pcap-file: read, libpcap filter,
// decode, deliver.
func BenchmarkFile(b *testing.B) {
	const n = 10000
	recs := make([]record, n)
	for i := range recs {
		recs[i] = record{udpFrame(b, cli4, srv4, 62201, knock), t0.Add(time.Duration(i) * time.Millisecond)}
	}
	path := writePcap(b, layers.LinkTypeEthernet, recs)
	b.ReportAllocs()
	for b.Loop() {
		f, err := OpenFile(path, DefaultFilter)
		if err != nil {
			b.Fatal(err)
		}
		count := 0
		if err := f.Run(context.Background(), func(*Packet) { count++ }); err != nil || count != n {
			b.Fatalf("Run = %v after %d packets", err, count)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/packet")
}

package live

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// BenchmarkClickToPacket measures what a click on Knock costs until the
// packet is on the wire, with the keys already in the (in-memory) keyring:
// profile and keys read, address given, packet built, sealed and sent to a
// loopback UDP socket, and received there. A udp/ access has no TCP port to
// check, so the knock returns once the packet is sent.
func BenchmarkClickToPacket(b *testing.B) {
	ctx := context.Background()
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	s := New(&store.Store{Dir: b.TempDir(), Secrets: &keyring{m: map[string]string{}}}, nil)
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "bench"
	p.Values[ui.FieldHost] = "127.0.0.1"
	p.Values[ui.FieldSPAPort] = strconv.Itoa(srv.LocalAddr().(*net.UDPAddr).Port)
	p.Values[ui.FieldAccess] = "udp/53"
	p.Values[ui.FieldAllow] = "198.51.100.7"
	keys, _ := s.Generate()
	if err := s.Save(ctx, "", p, &keys); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 2048)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := s.Knock(ctx, "bench")
		if err != nil || r.Diagnosis == "" && !r.Opened && len(r.Fields) == 0 {
			b.Fatalf("knock: %+v %v", r, err)
		}
		srv.SetReadDeadline(time.Now().Add(time.Second))
		if _, _, err := srv.ReadFrom(buf); err != nil {
			b.Fatalf("no packet: %v (%s)", err, r.Diagnosis)
		}
	}
}

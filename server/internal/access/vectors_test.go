package access

import (
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// baseServerConf is the fwknopd.conf every vector case ran with.
const baseServerConf = "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\nENABLE_SPA_PACKET_AGING Y;\nMAX_SPA_PACKET_AGE 120;\n"

var vectorDst = netip.MustParseAddr("198.51.100.1")

// TestVectors replays every packet of the fwknop vectors, in order, against
// a Judge built from the case's configuration with one replay cache per case,
// at the case's server time: each decision and reason must be the stock
// fwknopd's.
func TestVectors(t *testing.T) {
	cases, err := spatest.Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			now := time.Unix(c.ServerTime, 0)
			j := vectorJudge(t, &c, now)
			for i, pkt := range c.Packets {
				n++
				d := j.Decide([]byte(pkt.Data), netip.MustParseAddr(pkt.Source), vectorDst, now)
				want := pkt.Decision == "accept"
				if d.Accept != want || (!want && string(d.Reason) != pkt.Reason) {
					t.Errorf("packet %d: accept=%v reason=%q (err %v), want %s %q", i, d.Accept, d.Reason, d.Err, pkt.Decision, pkt.Reason)
				}
			}
		})
	}
	if n != 58 {
		t.Errorf("judged %d packets, want the vectors' 58", n)
	}
}

// vectorJudge builds the Judge of one case: its access.conf with $GNUPGHOME
// a folder of the vectors' armored keys, the base fwknopd.conf plus the
// case's extra lines, and a fresh replay cache on disk.
func vectorJudge(t testing.TB, c *spatest.Case, now time.Time) *Judge {
	t.Helper()
	dir := t.TempDir()
	gnupg := writeGPGHome(t, dir)
	acc, _, err := config.ParseAccess(strings.NewReader(strings.ReplaceAll(c.AccessConf, "$GNUPGHOME", gnupg)), filepath.Join(dir, "access.conf"))
	if err != nil {
		t.Fatal(err)
	}
	srv, _, err := config.ParseServer(strings.NewReader(baseServerConf+c.FwknopdConfExtra), filepath.Join(dir, "fwknopd.conf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.Validate(srv); err != nil {
		t.Fatal(err)
	}
	cache := openCache(t, dir, srv, now)
	j, err := New(srv, acc, cache, Options{PacketAging: srv.PacketAging(false)})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// writeGPGHome writes the keys a server holds, exported armored: its own
// secret key and the client's public key.
func writeGPGHome(t testing.TB, dir string) string {
	t.Helper()
	gnupg := filepath.Join(dir, "gnupg")
	if err := os.Mkdir(gnupg, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"server-secret.asc": spatest.ServerSecretKey, "client-public.asc": spatest.ClientPublicKey} {
		if err := os.WriteFile(filepath.Join(gnupg, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return gnupg
}

func openCache(t testing.TB, dir string, srv *config.Server, now time.Time) *replay.Cache {
	t.Helper()
	cache, err := replay.Open(filepath.Join(dir, "digest.cache"), replay.Options{
		MaxAge: srv.MaxSPAPacketAge, Aging: true, NoSync: true,
		Now: func() time.Time { return now },
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cache.Close() })
	return cache
}

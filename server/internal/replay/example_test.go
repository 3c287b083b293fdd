package replay_test

import (
	"errors"
	"fmt"
	"log"
	"net/netip"
	"os"
	"path/filepath"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
)

func Example() {
	dir, _ := os.MkdirTemp("", "replay")
	defer os.RemoveAll(dir)
	now := time.Unix(1795563557, 0)
	opts := replay.Options{MaxAge: 120 * time.Second, Aging: true, Now: func() time.Time { return now }}
	cache, err := replay.Open(filepath.Join(dir, "digest.cache"), opts)
	if err != nil {
		log.Fatal(err)
	}
	defer cache.Close()

	packet := []byte("the UDP payload exactly as received")
	d := replay.Sum(packet)
	// Before decrypting: a known digest is a replay.
	fmt.Println(cache.Check(d))
	// After decoding, before the grant: record it durably.
	meta := replay.Meta{Proto: 17, Src: netip.MustParseAddrPort("198.51.100.7:40000")}
	fmt.Println(cache.Add(d, now, meta))
	fmt.Println(errors.Is(cache.Check(d), replay.ErrSeen))
	// Output:
	// <nil>
	// <nil>
	// true
}

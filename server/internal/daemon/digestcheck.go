package daemon

import (
	"fmt"
	"io"

	"github.com/sesame-spa/sesame/server/internal/replay"
)

// ParseDigestCache reads the replay cache (DIGEST_FILE) from a copy, as -t
// does, printing each invalid entry on w, and changes nothing: the stock
// fwknopd's --exit-parse-digest-cache. Invalid entries make it fail, as
// the stock's validation fails, although a start only warns about them.
func ParseDigestCache(opts Options, cfg *Config, w io.Writer) error {
	srv := cfg.Server
	path, cleanup, err := copyForTest(srv.DigestFile)
	if err != nil {
		return fmt.Errorf("digest cache %s: %w", srv.DigestFile, err)
	}
	defer cleanup()
	bad := 0
	c, err := replay.Open(path, replay.Options{MaxAge: srv.MaxSPAPacketAge, Aging: srv.PacketAging(false), NoSync: true,
		Warn: func(err error) {
			bad++
			fmt.Fprintf(w, "fwknopd: invalid digest file entry in %s: %v\n", srv.DigestFile, err)
		}})
	if err != nil {
		return fmt.Errorf("digest cache %s: %w", srv.DigestFile, err)
	}
	c.Close()
	if bad > 0 {
		return fmt.Errorf("digest cache %s: %d invalid entries", srv.DigestFile, bad)
	}
	return nil
}

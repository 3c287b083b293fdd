package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// TestMemCacheMark: a digest pruned once stale stays refused after a reload
// turns aging off, as does any packet stamped before it.
func TestMemCacheMark(t *testing.T) {
	now := time.Unix(1795563557, 0)
	c := newMemCache(time.Minute, true, func() time.Time { return now })
	d := replay.Sum([]byte("packet"))
	if err := c.Add(d, now, replay.Meta{}); err != nil {
		t.Fatal(err)
	}
	now = now.Add(61 * time.Second)
	if n, _ := c.Prune(); n != 1 {
		t.Fatalf("Prune = %d, want 1", n)
	}
	c.SetPolicy(0, false)
	for _, p := range []replay.Digest{d, replay.Sum([]byte("older"))} {
		if err := c.Add(p, now.Add(-61*time.Second), replay.Meta{}); !errors.Is(err, replay.ErrSeen) {
			t.Errorf("Add after the prune and aging off = %v, want a replay", err)
		}
	}
	if err := c.Add(replay.Sum([]byte("newer")), now.Add(-60*time.Second), replay.Meta{}); err != nil {
		t.Errorf("Add stamped after the mark = %v", err)
	}
}

// TestOpenReplayLostAndRotated: the daemon logs a lost DIGEST_FILE with its
// path, and after --rotate-digest-cache refuses the packets the moved
// digests could have been.
func TestOpenReplayLostAndRotated(t *testing.T) {
	srv := config.NewServer()
	srv.EnableDigestPersistence = true
	srv.DigestFile = filepath.Join(t.TempDir(), "digest.cache")
	os.WriteFile(srv.DigestFile, nil, 0o600)
	human := newLines()
	store, err := openReplay(Options{}, srv, NewLogger(human, nil, 2))
	if err != nil {
		t.Fatal(err)
	}
	store.Close()
	if !slices.ContainsFunc(human.snapshot(), func(l string) bool {
		return strings.Contains(l, srv.DigestFile+" is empty") && strings.Contains(l, "LOST")
	}) {
		t.Errorf("log %q: want the lost cache named", human.snapshot())
	}

	store, err = openReplay(Options{RotateCache: true}, srv, NewLogger(newLines(), nil, 2))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := os.Stat(srv.DigestFile + "-old"); err != nil {
		t.Errorf("not rotated: %v", err)
	}
	if err := store.Add(replay.Sum([]byte("x")), time.Now().Add(-time.Second), replay.Meta{}); !errors.Is(err, replay.ErrSeen) {
		t.Errorf("Add of a packet stamped before the rotation = %v, want a replay", err)
	}
}

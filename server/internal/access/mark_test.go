package access

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestMarkRefusals: a packet stamped at or before the replay cache's
// watermark (here a lost cache found empty at t0) is refused as a replay
// when it is fresh, and as stale when aging refuses it anyway, so that a
// client with a bad clock is told about its clock.
func TestMarkRefusals(t *testing.T) {
	path := filepath.Join(t.TempDir(), "digest.cache")
	os.WriteFile(path, nil, 0o600)
	var lost error
	cache, err := replay.Open(path, replay.Options{MaxAge: 120 * time.Second, Aging: true,
		Now: func() time.Time { return t0 }, NoSync: true, Warn: func(err error) { lost = err }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cache.Close() })
	if !errors.Is(lost, replay.ErrLost) {
		t.Fatalf("Open warned %v, want a lost cache", lost)
	}
	j := judgeWith(t, "SOURCE ANY\n"+keysA, "", aging, cache)
	stamped := func(ts time.Time) []byte {
		return sealA(t, func(m *spa.Message) { m.Timestamp = ts.Unix() })
	}
	var mark *replay.MarkError
	if d := j.Decide(stamped(t0.Add(-10*time.Second)), clientIP, serverIP, t0); d.Reason != Replay || !errors.As(d.Err, &mark) {
		t.Errorf("fresh packet before the mark: %q %v, want replay", d.Reason, d.Err)
	}
	if d := j.Decide(stamped(t0.Add(-time.Hour)), clientIP, serverIP, t0); d.Reason != StaleTimestamp {
		t.Errorf("stale packet before the mark: %q %v, want stale_timestamp", d.Reason, d.Err)
	}
	if d := j.Decide(stamped(t0.Add(time.Second)), clientIP, serverIP, t0); !d.Accept {
		t.Errorf("packet after the mark: %q %v, want accepted", d.Reason, d.Err)
	}
}

package replay

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// refused asserts that Add refuses d stamped ts by the watermark, as a
// replay.
func refused(t *testing.T, c *Cache, d Digest, ts time.Time) {
	t.Helper()
	err := c.Add(d, ts, meta)
	var me *MarkError
	if !errors.Is(err, ErrSeen) || !errors.As(err, &me) || me.PacketTime != ts.Unix() {
		t.Errorf("Add stamped %d = %v, want a *MarkError (a replay)", ts.Unix(), err)
	}
}

// TestPolicyChangeAfterPruneKeepsRefusing: a packet accepted, then pruned
// once stale, stays refused when a reload turns aging off or raises
// MAX_SPA_PACKET_AGE (the stock daemon says "Replay detected"). So does any
// packet stamped at or before the pruned one: the cache cannot tell them
// from replays.
func TestPolicyChangeAfterPruneKeepsRefusing(t *testing.T) {
	for _, change := range []struct {
		name   string
		maxAge time.Duration
		aging  bool
	}{{"aging off", 0, false}, {"larger age", time.Hour, true}} {
		t.Run(change.name, func(t *testing.T) {
			e := newEnv(t)
			c := e.open()
			mustAdd(t, c, dig(1), t0)
			mustAdd(t, c, dig(2), t0.Add(10*time.Second))
			e.clock.set(t0.Add(121 * time.Second))
			if n, err := c.Prune(); n != 1 || err != nil {
				t.Fatalf("Prune = %d, %v; want dig(1) pruned", n, err)
			}
			if m, ok := c.Mark(); !ok || !m.Equal(t0) {
				t.Errorf("Mark = %v, %v; want the pruned packet's time %v", m, ok, t0)
			}
			if err := c.SetPolicy(change.maxAge, change.aging); err != nil {
				t.Fatal(err)
			}
			refused(t, c, dig(1), t0)                                     // the replay
			refused(t, c, dig(3), t0.Add(-time.Hour))                     // older, unknown
			mustAdd(t, c, dig(4), t0.Add(time.Second))                    // after the mark
			seen(t, c, true, dig(2), dig(4))                              // not pruned
			seen(t, c, false, dig(1), dig(3))                             // refusals record nothing
			if err := c.Add(dig(2), t0, meta); !errors.Is(err, ErrSeen) { // known digest
				t.Errorf("Add of a held digest = %v, want ErrSeen", err)
			}
		})
	}
}

// TestMarkSurvivesCompactionAndReopen: the watermark is written into the
// compacted file (the pruned records are gone from it), so a restart with
// aging off or a larger MAX_SPA_PACKET_AGE still refuses the old packets.
func TestMarkSurvivesCompactionAndReopen(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	c := e.open()
	const n = 1100 // past compactMinDead, so Prune compacts
	for i := range n {
		mustAdd(t, c, dig(i), t0.Add(-time.Duration(i%50)*time.Second))
	}
	mustAdd(t, c, dig(-1), t0.Add(time.Hour))
	e.clock.set(t0.Add(121 * time.Second))
	if got, err := c.Prune(); got != n || err != nil {
		t.Fatalf("Prune = %d, %v", got, err)
	}
	if got := fileDigests(t, e.path); len(got) != 1 {
		t.Fatalf("compacted file holds %d digests, want 1", len(got))
	}
	data, _ := os.ReadFile(e.path)
	if want := string(appendMark(nil, t0.Unix())); !strings.Contains(string(data), want) {
		t.Errorf("compacted file:\n%s\nwant the watermark record %q", data, want)
	}
	c.Close()
	for _, reopen := range []struct {
		maxAge time.Duration
		aging  bool
	}{{0, false}, {24 * time.Hour, true}} {
		e.opts.MaxAge, e.opts.Aging = reopen.maxAge, reopen.aging
		c = e.open()
		e.warn.only(t, nil)
		for _, i := range []int{0, 1, 49, n - 1} {
			refused(t, c, dig(i), t0.Add(-time.Duration(i%50)*time.Second))
		}
		seen(t, c, true, dig(-1))
		c.Close()
	}
}

// TestCompactionCarriesMark: a compaction keeps the file's watermark even
// when what it drops is older.
func TestCompactionCarriesMark(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	file := appendMark([]byte(newFile), t0.Unix()+5000)
	for i := range 1100 {
		file = appendRecord(file, &record{digest: dig(i), stamp: makeStamp(t0.Unix(), false), arrival: t0.Unix(), meta: meta})
	}
	os.WriteFile(e.path, file, 0o600)
	c := e.open()
	e.warn.only(t, nil)
	e.clock.set(t0.Add(121 * time.Second))
	if got, err := c.Prune(); got != 1100 || err != nil {
		t.Fatalf("Prune = %d, %v", got, err)
	}
	c.Close()
	if data, _ := os.ReadFile(e.path); string(data) != string(appendMark([]byte(newFile), t0.Unix()+5000)) {
		t.Errorf("compacted file:\n%s\nwant the header and the old watermark", data)
	}
	e.opts.Aging, e.opts.MaxAge = false, 0
	c = e.open()
	refused(t, c, dig(-1), t0.Add(5000*time.Second))
	mustAdd(t, c, dig(-2), t0.Add(5001*time.Second))
}

// TestLoadDropRaisesMark: records that Open leaves out as expired raise the
// watermark as pruning does, so a reload turning aging off cannot let them
// back in.
func TestLoadDropRaisesMark(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(1), t0)
	c.Close()
	e.clock.set(t0.Add(121 * time.Second))
	c = e.open()
	seen(t, c, false, dig(1))
	c.SetPolicy(0, false)
	refused(t, c, dig(1), t0)
}

// TestImportedMark: an imported entry (the stock file records only when a
// packet arrived) may have been stamped up to MaxAge after it arrived, so
// dropping it raises the watermark to its arrival plus MaxAge, whether it
// is pruned or left out at import.
func TestImportedMark(t *testing.T) {
	for _, when := range []string{"pruned", "at import"} {
		t.Run(when, func(t *testing.T) {
			e := newEnv(t)
			c := e.open()
			if when == "at import" {
				e.clock.set(t0.Add(241 * time.Second))
			}
			if _, err := c.Import(strings.NewReader(stockLine(dig(1), t0)), "stock"); err != nil {
				t.Fatal(err)
			}
			e.clock.set(t0.Add(241 * time.Second))
			c.Prune()
			if when == "at import" { // not in the file: the mark is
				c.Close()
				e.opts.Aging, e.opts.MaxAge = false, 0
				c = e.open()
			}
			c.SetPolicy(0, false)
			refused(t, c, dig(1), t0.Add(120*time.Second))
			refused(t, c, dig(2), t0.Add(120*time.Second))
			mustAdd(t, c, dig(3), t0.Add(121*time.Second))
		})
	}
}

// TestDamagedMarkRecord: a watermark record that fails its checksum is
// reported, and the file's last change stands in for it (no watermark in
// the file can be later).
func TestDamagedMarkRecord(t *testing.T) {
	e := newEnv(t)
	mark := appendMark(nil, t0.Unix()-500)
	mark[len(markPrefix)] ^= 1 // 1795563057 becomes 0795563057
	os.WriteFile(e.path, append([]byte(newFile), mark...), 0o600)
	mtime := t0.Add(-100 * time.Second)
	os.Chtimes(e.path, mtime, mtime)
	c := e.open()
	e.warn.only(t, ErrBadRecord, 3)
	if m, ok := c.Mark(); !ok || !m.Equal(mtime) {
		t.Errorf("Mark = %v, %v; want the file's mtime %v", m, ok, mtime)
	}
	refused(t, c, dig(1), mtime)
	mustAdd(t, c, dig(2), mtime.Add(time.Second))
}

func TestParseMark(t *testing.T) {
	line := appendMark(nil, -42)
	if got, err := parseMark(line[:len(line)-1]); got != -42 || err != nil {
		t.Errorf("parseMark(%q) = %d, %v", line, got, err)
	}
	for _, bad := range []string{"# watermark ", "# watermark 12", "# watermark x 00000000", "# watermark 12 0000000g"} {
		if _, err := parseMark([]byte(bad)); err == nil {
			t.Errorf("parseMark(%q) accepted", bad)
		}
	}
}

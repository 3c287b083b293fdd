package replay

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// t0 is a fixed clock origin (2026-11-24), the time of the PROTOCOL.md example.
var t0 = time.Unix(1795563557, 0)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// warnings collects what Open and Import report.
type warnings struct {
	mu   sync.Mutex
	errs []error
}

func (w *warnings) add(err error) {
	w.mu.Lock()
	w.errs = append(w.errs, err)
	w.mu.Unlock()
}

func (w *warnings) only(t *testing.T, target error, lines ...int) {
	t.Helper()
	if len(w.errs) != len(lines) {
		t.Fatalf("warnings %v, want %d of %v", w.errs, len(lines), target)
	}
	for i, err := range w.errs {
		var re *RecordError
		if !errors.As(err, &re) || !errors.Is(err, target) || re.Line != lines[i] {
			t.Errorf("warning %d = %v, want %v at line %d", i, err, target, lines[i])
		}
	}
}

type env struct {
	t     *testing.T
	path  string
	clock *clock
	warn  *warnings
	opts  Options
}

func newEnv(t *testing.T) *env {
	e := &env{t: t, path: filepath.Join(t.TempDir(), "digest.cache"), clock: &clock{t: t0}}
	e.opts = Options{MaxAge: 120 * time.Second, Aging: true, Now: e.clock.Now}
	return e
}

// open opens the env's file with fresh warnings.
func (e *env) open() *Cache {
	e.t.Helper()
	e.warn = &warnings{}
	opts := e.opts
	opts.Warn = e.warn.add
	c, err := Open(e.path, opts)
	if err != nil {
		e.t.Fatalf("Open: %v", err)
	}
	e.t.Cleanup(func() { c.Close() })
	return c
}

func dig(i int) Digest { return Sum(fmt.Appendf(nil, "packet %d", i)) }

var meta = Meta{
	Proto: 17,
	Src:   netip.MustParseAddrPort("198.51.100.7:40000"),
	Dst:   netip.MustParseAddrPort("[2001:db8::1]:62201"),
}

func mustAdd(t *testing.T, c *Cache, d Digest, ts time.Time) {
	t.Helper()
	if err := c.Add(d, ts, meta); err != nil {
		t.Fatalf("Add(%v): %v", d, err)
	}
}

// seen asserts which digests the cache holds.
func seen(t *testing.T, c *Cache, want bool, ds ...Digest) {
	t.Helper()
	for _, d := range ds {
		err := c.Check(d)
		if got := errors.Is(err, ErrSeen); got != want || (!got && err != nil) {
			t.Errorf("Check(%v) = %v, want seen=%v", d, err, want)
		}
	}
}

func TestParseDigest(t *testing.T) {
	const s = "A0MV+0yGJtR1xtDE/SWrA5f6BE89FBWzZ+/UM8rvV38"
	d, err := ParseDigest(s)
	if err != nil || d.String() != s {
		t.Fatalf("ParseDigest(%q) = %v, %v", s, d, err)
	}
	if got := Sum([]byte("x")).String(); len(got) != DigestLen {
		t.Errorf("Sum(x) = %q", got)
	}
	for _, bad := range []string{
		"", s[:42], s + "A", s[:42] + "=",
		"A0MV-0yGJtR1xtDE_SWrA5f6BE89FBWzZ+/UM8rvV38", // URL alphabet
		s[:42] + "9", // non-zero trailing bits: not canonical
	} {
		if _, err := ParseDigest(bad); !errors.Is(err, ErrBadDigest) {
			t.Errorf("ParseDigest(%q) = %v, want ErrBadDigest", bad, err)
		}
	}
}

func TestAddCheckReplay(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	seen(t, c, false, dig(1))
	mustAdd(t, c, dig(1), t0)
	seen(t, c, true, dig(1))
	seen(t, c, false, dig(2))
	if err := c.Add(dig(1), t0, meta); !errors.Is(err, ErrSeen) {
		t.Errorf("second Add = %v, want ErrSeen", err)
	}
	if c.Len() != 1 {
		t.Errorf("Len = %d, want 1", c.Len())
	}
	c.Close()
	if err := c.Check(dig(1)); !errors.Is(err, ErrClosed) {
		t.Errorf("Check after Close = %v, want ErrClosed", err)
	}
	if err := c.Add(dig(3), t0, meta); !errors.Is(err, ErrClosed) {
		t.Errorf("Add after Close = %v, want ErrClosed", err)
	}
}

func TestPersistence(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	for i := range 5 {
		mustAdd(t, c, dig(i), t0)
	}
	c.Close()
	c = e.open()
	seen(t, c, true, dig(0), dig(1), dig(2), dig(3), dig(4))
	seen(t, c, false, dig(5))
	e.warn.only(t, nil)
	data, _ := os.ReadFile(e.path)
	want := dig(0).String() + " 17 198.51.100.7 40000 2001:db8::1 62201 1795563557 1795563557 "
	if lines := strings.Split(string(data), "\n"); !strings.HasPrefix(string(data), newFile) || !strings.HasPrefix(lines[2], want) {
		t.Errorf("file:\n%s\nwant record starting %q", data, want)
	}
}

func TestTornRecord(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	for i := range 3 {
		mustAdd(t, c, dig(i), t0)
	}
	c.Close()
	full, _ := os.ReadFile(e.path)
	end2 := bytes.LastIndexByte(full[:len(full)-1], '\n') + 1
	for _, cut := range []int{1, 10, len(full) - end2 - 1} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			if err := os.WriteFile(e.path, full[:len(full)-cut], 0o600); err != nil {
				t.Fatal(err)
			}
			c := e.open()
			e.warn.only(t, ErrTornRecord, 5)
			seen(t, c, true, dig(0), dig(1))
			seen(t, c, false, dig(2))
			if fi, _ := os.Stat(e.path); fi.Size() != int64(end2) {
				t.Errorf("size after repair %d, want %d", fi.Size(), end2)
			}
			mustAdd(t, c, dig(2), t0)
			c.Close()
			c = e.open()
			e.warn.only(t, nil)
			seen(t, c, true, dig(0), dig(1), dig(2))
		})
	}
}

func TestZeroFilledTail(t *testing.T) {
	// A crash can leave the file longer than its data, padded with zeros.
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(0), t0)
	c.Close()
	f, _ := os.OpenFile(e.path, os.O_WRONLY|os.O_APPEND, 0)
	f.Write(make([]byte, 4096))
	f.Close()
	c = e.open()
	e.warn.only(t, ErrTornRecord, 4)
	seen(t, c, true, dig(0))
}

func TestCorruptRecordSkipped(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	for i := range 3 {
		mustAdd(t, c, dig(i), t0)
	}
	c.Close()
	data, _ := os.ReadFile(e.path)
	second := bytes.Index(data, []byte(dig(1).String()))
	for _, damage := range []func([]byte){
		func(b []byte) { b[second+50] ^= 1 },          // bit flip: checksum catches it
		func(b []byte) { b[second+DigestLen] = '\t' }, // separator
	} {
		bad := bytes.Clone(data)
		damage(bad)
		os.WriteFile(e.path, bad, 0o600)
		c = e.open()
		e.warn.only(t, ErrBadRecord, 4)
		var re *RecordError
		if errors.As(e.warn.errs[0], &re); re.Offset != int64(second) || re.File != e.path {
			t.Errorf("warning %v: want offset %d in %s", re, second, e.path)
		}
		seen(t, c, true, dig(0), dig(2))
		seen(t, c, false, dig(1))
		c.Close()
	}
}

func TestPruneByPacketTime(t *testing.T) {
	e := newEnv(t)
	e.opts.MaxAge = 119500 * time.Millisecond // rounds up to 120 s
	c := e.open()
	now, future, past := dig(1), dig(2), dig(3)
	mustAdd(t, c, now, t0)
	mustAdd(t, c, future, t0.Add(1000*time.Second))
	mustAdd(t, c, past, t0.Add(-100*time.Second))
	for _, step := range []struct {
		at   time.Duration
		kept []Digest
	}{
		{20*time.Second + 999*time.Millisecond, []Digest{now, future, past}},
		{21 * time.Second, []Digest{now, future}},
		{120*time.Second + 999*time.Millisecond, []Digest{now, future}},
		{500 * time.Second, []Digest{future}},
		{1120 * time.Second, []Digest{future}},
		{1121 * time.Second, nil},
	} {
		e.clock.set(t0.Add(step.at))
		if _, err := c.Prune(); err != nil {
			t.Fatal(err)
		}
		if c.Len() != len(step.kept) {
			t.Errorf("at +%v: Len %d, want %d", step.at, c.Len(), len(step.kept))
		}
		seen(t, c, true, step.kept...)
	}
}

func TestLoadDropsExpired(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(1), t0)
	mustAdd(t, c, dig(2), t0.Add(time.Hour))
	c.Close()
	e.clock.set(t0.Add(121 * time.Second))
	c = e.open()
	seen(t, c, false, dig(1))
	seen(t, c, true, dig(2))
}

func TestAgingOffKeepsEverything(t *testing.T) {
	e := newEnv(t)
	e.opts.Aging = false
	e.opts.MaxAge = 0
	c := e.open()
	mustAdd(t, c, dig(1), t0.Add(-365*24*time.Hour))
	if _, err := c.Import(strings.NewReader(stockLine(dig(2), t0)), "stock"); err != nil {
		t.Fatal(err)
	}
	e.clock.set(t0.Add(10 * 365 * 24 * time.Hour))
	if n, err := c.Prune(); n != 0 || err != nil {
		t.Errorf("Prune = %d, %v; want nothing pruned", n, err)
	}
	c.Close()
	c = e.open()
	seen(t, c, true, dig(1), dig(2))
}

func TestSetPolicy(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(1), t0)
	if err := c.SetPolicy(600*time.Second, true); err != nil {
		t.Fatal(err)
	}
	e.clock.set(t0.Add(599 * time.Second))
	c.Prune()
	seen(t, c, true, dig(1))
	if err := c.SetPolicy(0, true); err == nil {
		t.Error("SetPolicy(0, aging on) accepted")
	}
	if _, err := Open(e.path+"2", Options{Aging: true}); err == nil {
		t.Error("Open with aging on and no MaxAge accepted")
	}
}

func stockLine(d Digest, arrival time.Time) string {
	return fmt.Sprintf("%s 17 198.51.100.7 40000 198.51.100.1 62201 %d\n", d, arrival.Unix())
}

func TestImportStock(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(9), t0)
	stock := stockHeader + "\n" +
		stockLine(dig(1), t0) + // line 2
		"\n; comment\n" +
		"notadigest 17 198.51.100.7 40000 198.51.100.1 62201 1795563557\n" + // line 5
		dig(2).String() + " 17 198.51.100.7 40000 198.51.100.1 62201\n" + // line 6
		dig(3).String() + " 17 198.51.100.300 40000 198.51.100.1 62201 1795563557\n" + // line 7
		stockLine(dig(9), t0) + // already known
		stockLine(dig(4), t0.Add(-241*time.Second)) + // expired: arrival + 2×age is past
		strings.TrimSuffix(stockLine(dig(5), t0.Add(-240*time.Second)), "\n") // last line, no '\n'
	n, err := c.Import(strings.NewReader(stock), "digest.cache")
	if err != nil || n != 2 {
		t.Fatalf("Import = %d, %v; want 2 added", n, err)
	}
	e.warn.only(t, ErrBadRecord, 5, 6, 7)
	seen(t, c, true, dig(1), dig(5), dig(9))
	seen(t, c, false, dig(2), dig(3), dig(4))

	// Kept until arrival + 2×MaxAge, also after a restart.
	c.Close()
	e.clock.set(t0.Add(240 * time.Second))
	c = e.open()
	c.Prune()
	seen(t, c, true, dig(1))
	seen(t, c, false, dig(5), dig(9))
	e.clock.set(t0.Add(241 * time.Second))
	c.Prune()
	seen(t, c, false, dig(1))
}

func TestOpenConvertsStockFile(t *testing.T) {
	e := newEnv(t)
	stock := stockHeader + "\n" + stockLine(dig(1), t0) + stockLine(dig(2), t0) + "garbage\n"
	os.WriteFile(e.path, []byte(stock), 0o600)
	c := e.open()
	e.warn.only(t, ErrBadRecord, 4)
	seen(t, c, true, dig(1), dig(2))
	mustAdd(t, c, dig(3), t0)
	c.Close()
	data, _ := os.ReadFile(e.path)
	if !strings.HasPrefix(string(data), newFile) || strings.Count(string(data), " - ") != 2 {
		t.Errorf("converted file:\n%s", data)
	}
	c = e.open()
	e.warn.only(t, nil)
	seen(t, c, true, dig(1), dig(2), dig(3))

	// A stock file without its header is recognised by its first record.
	os.WriteFile(e.path, []byte(stockLine(dig(4), t0)), 0o600)
	c = e.open()
	seen(t, c, true, dig(4))
}

func TestOpenRefusesForeignFile(t *testing.T) {
	e := newEnv(t)
	for content, want := range map[string]error{
		"PermitRootLogin no\n":                 ErrNotCache,
		"# sesame replay cache v3\nwhatever\n": ErrVersion,
	} {
		os.WriteFile(e.path, []byte(content), 0o600)
		if _, err := Open(e.path, e.opts); !errors.Is(err, want) || !strings.Contains(err.Error(), e.path) {
			t.Errorf("Open(%q) = %v, want %v naming the file", content, err, want)
		}
		if data, _ := os.ReadFile(e.path); string(data) != content {
			t.Errorf("file changed to %q", data)
		}
	}
}

// TestOpenRepairsShortHeader: a header cut short (a crash while creating
// the file, or a lost file) starts a new cache safely, as after a loss.
func TestOpenRepairsShortHeader(t *testing.T) {
	e := newEnv(t)
	os.WriteFile(e.path, []byte(header[:10]), 0o600)
	c := e.open()
	lostWarning(t, e, "")
	mustAdd(t, c, dig(1), t0.Add(time.Second))
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	seen(t, c, true, dig(1))
}

func TestConcurrentAdd(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	c := e.open()
	const digests, workers = 300, 6
	var wins [digests]int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range digests {
				c.Check(dig(i))
				err := c.Add(dig(i), t0, meta)
				if err != nil && !errors.Is(err, ErrSeen) {
					t.Error(err)
				}
				if err == nil {
					mu.Lock()
					wins[i]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Go(func() {
		for range 50 {
			c.Prune()
		}
	})
	wg.Wait()
	for i, n := range wins {
		if n != 1 {
			t.Errorf("digest %d added %d times", i, n)
		}
	}
	if c.Len() != digests {
		t.Errorf("Len = %d", c.Len())
	}
}

// fileDigests returns the digests recorded in the cache file.
func fileDigests(t *testing.T, path string) map[Digest]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := map[Digest]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		d, _, err := parseEntry([]byte(line))
		if err != nil {
			t.Fatalf("after compaction: %q: %v", line, err)
		}
		if got[d] {
			t.Errorf("digest %v recorded twice", d)
		}
		got[d] = true
	}
	return got
}

func TestCompactionKeepsLiveSet(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	c := e.open()
	live := map[Digest]bool{}
	for i := range 3000 {
		ts := t0
		if i%3 == 0 {
			ts = t0.Add(time.Hour)
			live[dig(i)] = true
		}
		mustAdd(t, c, dig(i), ts)
	}
	size := func() int64 { fi, _ := os.Stat(e.path); return fi.Size() }
	before := size()
	e.clock.set(t0.Add(121 * time.Second))
	if n, err := c.Prune(); n != 2000 || err != nil {
		t.Fatalf("Prune = %d, %v", n, err)
	}
	if got := fileDigests(t, e.path); len(got) != len(live) {
		t.Errorf("file holds %d digests, want the %d live", len(got), len(live))
	} else {
		for d := range live {
			if !got[d] {
				t.Errorf("live %v missing from file", d)
			}
		}
	}
	if after := size(); after*2 > before {
		t.Errorf("file %d bytes after compaction, %d before", after, before)
	}
	mustAdd(t, c, dig(-1), t0.Add(time.Hour))
	c.Close()
	if entries, _ := os.ReadDir(filepath.Dir(e.path)); len(entries) != 1 {
		t.Errorf("directory holds %v, want only the cache", entries)
	}
	c = e.open()
	e.warn.only(t, nil)
	if c.Len() != len(live)+1 {
		t.Errorf("after reopen Len = %d, want %d", c.Len(), len(live)+1)
	}
	seen(t, c, true, dig(-1))
	for d := range live {
		seen(t, c, true, d)
	}
}

func TestCompactionDuringAdds(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	c := e.open()
	for i := range 20000 {
		mustAdd(t, c, dig(i), t0)
	}
	e.clock.set(t0.Add(121 * time.Second))
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 2000 {
			mustAdd(t, c, dig(-1-i), t0.Add(time.Hour))
		}
	})
	if _, err := c.Prune(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	if c.Len() != 2000 {
		t.Errorf("Len after reopen %d, want 2000", c.Len())
	}
	for i := range 2000 {
		seen(t, c, true, dig(-1-i))
	}
}

func TestFailedAppendKeepsNothing(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(1), t0)
	// A descriptor that can neither write nor truncate: the append fails and
	// so does its undo, after which the log refuses appends (fails closed).
	ro, err := os.Open(e.path)
	if err != nil {
		t.Fatal(err)
	}
	rw := c.log.f
	c.log.f = ro
	for _, d := range []Digest{dig(2), dig(3)} {
		if err := c.Add(d, t0, meta); err == nil || errors.Is(err, ErrSeen) {
			t.Errorf("Add to a read-only file = %v", err)
		}
	}
	seen(t, c, false, dig(2), dig(3))
	// Once the cause is gone, the first append after repairInterval cuts
	// the file back and goes ahead: no restart needed.
	c.log.f = rw
	ro.Close()
	if err := c.Add(dig(4), t0, meta); err == nil {
		t.Error("Add before repairInterval worked")
	}
	e.clock.set(t0.Add(repairInterval))
	mustAdd(t, c, dig(5), t0)
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	seen(t, c, true, dig(1), dig(5))
	seen(t, c, false, dig(2), dig(3), dig(4))
	mustAdd(t, c, dig(2), t0)
}

// TestLoadReadsOnlyWhatItKeeps: loading reads the digest and the time that
// sets its expiry; fields that only people read are covered by the checksum
// but not parsed, so a well-checksummed record with odd ones still guards
// against a replay, while a bad time is still refused.
func TestLoadReadsOnlyWhatItKeeps(t *testing.T) {
	e := newEnv(t)
	line := func(d Digest, fields string) string {
		body := d.String() + " " + fields
		return fmt.Sprintf("%s %08x\n", body, crc32.Checksum([]byte(body), castagnoli))
	}
	file := newFile +
		line(dig(1), "1795563557 soon tcp somewhere elsewhere") +
		line(dig(2), "- 1795563557 17 - -") +
		line(dig(3), "later 1795563557 17 - -") // line 5
	os.WriteFile(e.path, []byte(file), 0o600)
	c := e.open()
	e.warn.only(t, ErrBadRecord, 5)
	seen(t, c, true, dig(1), dig(2))
	seen(t, c, false, dig(3))
}

// TestLoadKeepsLaterOfDuplicates: of two records of one digest, in either
// order, the one that expires later decides.
func TestLoadKeepsLaterOfDuplicates(t *testing.T) {
	e := newEnv(t)
	early := appendRecord(nil, &record{digest: dig(1), stamp: makeStamp(t0.Unix(), false), arrival: t0.Unix(), meta: meta})
	late := appendRecord(nil, &record{digest: dig(1), stamp: makeStamp(t0.Unix(), true), arrival: t0.Unix(), meta: meta})
	for _, order := range [][]byte{append(early, late...), append(late, early...)} {
		os.WriteFile(e.path, append([]byte(newFile), order...), 0o600)
		e.clock.set(t0)
		c := e.open()
		if c.Len() != 1 {
			t.Errorf("Len = %d, want 1", c.Len())
		}
		e.clock.set(t0.Add(121 * time.Second)) // past the packet's expiry, not the import's
		if n, err := c.Prune(); n != 0 || err != nil {
			t.Errorf("Prune = %d, %v; want nothing pruned", n, err)
		}
		seen(t, c, true, dig(1))
		c.Close()
	}
}

// TestNoSyncBatchesRecords: with NoSync, Adds are held back and written in
// one batch, before an Import and at Close, and none is lost.
func TestNoSyncBatchesRecords(t *testing.T) {
	e := newEnv(t)
	e.opts.NoSync = true
	c := e.open()
	for i := range 10 {
		mustAdd(t, c, dig(i), t0)
	}
	if fi, _ := os.Stat(e.path); fi.Size() != int64(len(newFile)) {
		t.Errorf("file has %d bytes after NoSync Adds, want the header only", fi.Size())
	}
	if _, err := c.Import(strings.NewReader(stockLine(dig(10), t0)), "stock"); err != nil {
		t.Fatal(err)
	}
	if got := fileDigests(t, e.path); len(got) != 11 {
		t.Errorf("file holds %d digests after Import, want the 10 held back and the imported one", len(got))
	}
	for i := 11; i < 20; i++ {
		mustAdd(t, c, dig(i), t0)
	}
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	for i := range 20 {
		seen(t, c, true, dig(i))
	}
}

package replay

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unsafe"
)

// seqDigest is a cheap distinct digest for benchmarks: a counter spread
// over the shard byte and the map hash alike.
func seqDigest(i uint64) Digest {
	var d Digest
	binary.LittleEndian.PutUint64(d[:], i*0x9e3779b97f4a7c15)
	binary.LittleEndian.PutUint64(d[8:], i)
	return d
}

func benchCache(tb testing.TB, opts Options) *Cache {
	tb.Helper()
	opts.MaxAge, opts.Aging = 120*time.Second, true
	c, err := Open(filepath.Join(tb.TempDir(), "digest.cache"), opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

// fill puts n digests in memory only, as a load would.
func fill(c *Cache, n int) {
	st := makeStamp(time.Now().Unix(), false)
	for i := range n {
		c.insert(seqDigest(uint64(i)), st)
	}
}

// BenchmarkCheck shows lookup cost against cache size: hits (a replay) and
// misses (every new packet).
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000, 4_000_000} {
		c := benchCache(b, Options{})
		fill(c, n)
		for _, kind := range []string{"hit", "miss"} {
			offset := uint64(0)
			if kind == "miss" {
				offset = uint64(n)
			}
			b.Run(fmt.Sprintf("%dk/%s", n/1000, kind), func(b *testing.B) {
				i := uint64(0)
				for b.Loop() {
					c.Check(seqDigest(offset + i%uint64(n)))
					i++
				}
			})
		}
	}
}

// BenchmarkAdd measures one Add with its record written, with and without
// the fdatasync the daemon does.
func BenchmarkAdd(b *testing.B) {
	for _, noSync := range []bool{false, true} {
		name := map[bool]string{false: "fdatasync", true: "nosync"}[noSync]
		b.Run(name, func(b *testing.B) {
			c := benchCache(b, Options{NoSync: noSync})
			now := time.Now()
			i := uint64(0)
			for b.Loop() {
				if err := c.Add(seqDigest(i), now, meta); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkOpen measures loading a file of 1M live records.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "digest.cache")
	buf := []byte(newFile)
	now := time.Now().Unix()
	for i := range 1_000_000 {
		buf = appendRecord(buf, &record{digest: seqDigest(uint64(i)), stamp: makeStamp(now, false), arrival: now, meta: meta})
	}
	if err := os.WriteFile(path, buf, 0o600); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c, err := Open(path, Options{MaxAge: 120 * time.Second, Aging: true})
		if err != nil || c.Len() != 1_000_000 {
			b.Fatal(err, c.Len())
		}
		c.Close()
	}
	b.ReportMetric(float64(len(buf))/1e6, "file_MB")
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestMemoryPerEntry measures the heap held per digest at 1M entries, as
// grown by Adds and as sized by a load. A slot is 40 bytes plus a tag byte
// and a table is kept between 0.625 and 0.75 full, so a digest costs 55 to
// 66 bytes at any count. The bound catches a move to bigger slots or a
// looser load.
func TestMemoryPerEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 1M entries")
	}
	const n = 1_000_000
	for _, presized := range []bool{false, true} {
		before := heap()
		c := &Cache{}
		hint := int64(0)
		if presized {
			hint = n
		}
		c.makeShards(hint)
		fill(c, n)
		perEntry := float64(heap()-before) / n
		runtime.KeepAlive(c)
		t.Logf("presized=%v: %.1f bytes/entry at %d entries (slot %d bytes + 1 tag)", presized, perEntry, n, unsafe.Sizeof(slot{}))
		if perEntry > 70 {
			t.Errorf("%.1f bytes/entry, want at most 70", perEntry)
		}
	}
}

package replay

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goodPrefix is a cache file holding well-formed records of dig(0..2).
func goodPrefix() []byte {
	b := []byte(newFile)
	for i := range 3 {
		b = appendRecord(b, &record{digest: dig(i), stamp: makeStamp(t0.Unix(), i == 2), arrival: t0.Unix(), meta: meta})
	}
	return b
}

// addAfterOpen adds dig(-1) stamped a second after the clock (a lost file's
// watermark is the clock at open) and reports whether it was added: a
// fuzzed watermark record may refuse it, and a fuzzed record may hold it.
func addAfterOpen(t *testing.T, c *Cache) bool {
	t.Helper()
	err := c.Add(dig(-1), t0.Add(time.Second), meta)
	var me *MarkError
	switch {
	case errors.As(err, &me):
		if me.Mark < t0.Unix()+1 {
			t.Fatalf("Add stamped after the mark refused: %v", err)
		}
		return false
	case err != nil && !errors.Is(err, ErrSeen):
		t.Fatal(err)
	}
	return true
}

// FuzzLoad appends arbitrary bytes to a file of good records: Open must not
// fail or panic, must keep every good record, and must leave the file so that
// a new record survives the next open.
func FuzzLoad(f *testing.F) {
	rec := appendRecord(nil, &record{digest: dig(7), stamp: makeStamp(t0.Unix(), false), arrival: t0.Unix(), meta: meta})
	f.Add([]byte{})
	f.Add(rec)
	f.Add(rec[:len(rec)/2])
	f.Add(append(append([]byte("garbage\n"), rec...), "\x00\x00\x00"...))
	f.Add([]byte(strings.Repeat("x", 5000) + "\n" + string(rec)))
	f.Add([]byte("# comment\n\n" + stockLine(dig(8), t0)))
	f.Add(appendMark(nil, t0.Unix()-10))
	f.Add([]byte("# watermark 12 00000000\n# watermark\n# watermark  \n"))
	f.Fuzz(func(t *testing.T, tail []byte) {
		path := filepath.Join(t.TempDir(), "digest.cache")
		if err := os.WriteFile(path, append(goodPrefix(), tail...), 0o600); err != nil {
			t.Fatal(err)
		}
		opts := Options{Now: func() time.Time { return t0 }, NoSync: true}
		c, err := Open(path, opts)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		seen(t, c, true, dig(0), dig(1), dig(2))
		added := addAfterOpen(t, c)
		c.Close()
		w := &warnings{}
		opts.Warn = w.add
		c, err = Open(path, opts)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer c.Close()
		for _, err := range w.errs {
			if errors.Is(err, ErrTornRecord) {
				t.Errorf("torn record after repair: %v", err)
			}
		}
		seen(t, c, true, dig(0), dig(1), dig(2))
		if added {
			seen(t, c, true, dig(-1))
		}
	})
}

// FuzzOpen opens arbitrary files: no panic, and a file Open accepts can be
// appended to and reopened.
func FuzzOpen(f *testing.F) {
	f.Add(goodPrefix())
	f.Add([]byte(stockHeader + "\n" + stockLine(dig(1), t0)))
	f.Add([]byte(header[:7]))
	f.Add([]byte("# sesame replay cache v9\n"))
	f.Add(append([]byte("# sesame replay cachX v1\n"), goodPrefix()[len(header):]...))
	f.Add(goodPrefix()[len(newFile):])
	f.Add(make([]byte, 100))
	f.Add(appendMark([]byte(newFile), t0.Unix()+100))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "digest.cache")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		opts := Options{MaxAge: time.Minute, Aging: true, Now: func() time.Time { return t0 }, NoSync: true}
		c, err := Open(path, opts)
		if err != nil {
			return
		}
		added := addAfterOpen(t, c)
		c.Close()
		if c, err = Open(path, opts); err != nil {
			t.Fatalf("reopen after append: %v", err)
		}
		defer c.Close()
		if added {
			seen(t, c, true, dig(-1))
		}
	})
}

// FuzzImport feeds arbitrary stock digest.cache contents: no panic, and each
// line that parses is either imported or expired.
func FuzzImport(f *testing.F) {
	f.Add([]byte(stockHeader + "\n" + stockLine(dig(1), t0) + stockLine(dig(2), t0.Add(-time.Hour))))
	f.Add([]byte("A0MV+0yGJtR1xtDE/SWrA5f6BE89FBWzZ+/UM8rvV38 17 198.51.100.7 40000 198.51.100.1 62201 1795563557"))
	f.Add([]byte("x 17 ::1 1 ::1 2 3\n;\n#\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "cache")
		opts := Options{MaxAge: time.Minute, Aging: true, Now: func() time.Time { return t0 }, NoSync: true}
		c, err := Open(path, opts)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := c.Import(strings.NewReader(string(data)), "stock"); err != nil {
			t.Fatal(err)
		}
		pol, _ := newPolicy(opts.MaxAge, opts.Aging)
		for _, line := range strings.Split(string(data), "\n") {
			r, err := parseStockLine([]byte(line))
			if err != nil || stockSkip([]byte(line)) || len(line) > maxLine {
				continue
			}
			if !pol.expired(r.stamp, t0.Unix()) {
				seen(t, c, true, r.digest)
			}
		}
	})
}

package replay

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// lostWarning asserts that the last Open reported one lost cache, naming
// its path and the file set aside (aside, "" if none), with the clock as
// the watermark.
func lostWarning(t *testing.T, e *env, aside string) {
	t.Helper()
	var le *LostError
	if len(e.warn.errs) != 1 || !errors.As(e.warn.errs[0], &le) || !errors.Is(le, ErrLost) {
		t.Fatalf("warnings %v, want one *LostError", e.warn.errs)
	}
	msg := le.Error()
	if le.Path != e.path || !strings.Contains(msg, e.path) || le.SetAside != aside || le.Mark != e.clock.Now().Unix() {
		t.Errorf("lost warning %+v (%q): want path %s, set aside to %q, mark %d", le, msg, e.path, aside, e.clock.Now().Unix())
	}
	if aside != "" && !strings.Contains(msg, aside) {
		t.Errorf("lost warning %q does not name %s", msg, aside)
	}
}

// TestEmptyFileIsLost: Sesame always writes a header, so an existing empty
// file is a lost cache: said loudly, and every packet stamped up to the
// open is refused as a possible replay, also after a restart, with aging on
// or off.
func TestEmptyFileIsLost(t *testing.T) {
	e := newEnv(t)
	os.WriteFile(e.path, nil, 0o600)
	c := e.open()
	lostWarning(t, e, "")
	refused(t, c, dig(1), t0)
	refused(t, c, dig(2), t0.Add(-100*time.Second))
	mustAdd(t, c, dig(3), t0.Add(time.Second))
	c.Close()
	e.clock.set(t0.Add(time.Hour))
	e.opts.Aging, e.opts.MaxAge = false, 0
	c = e.open()
	e.warn.only(t, nil)
	refused(t, c, dig(1), t0)
	seen(t, c, true, dig(3))
}

// TestMissingFileIsFresh: a fresh install creates the file quietly and
// refuses nothing.
func TestMissingFileIsFresh(t *testing.T) {
	e := newEnv(t)
	e.opts.Aging, e.opts.MaxAge = false, 0
	c := e.open()
	e.warn.only(t, nil)
	if _, ok := c.Mark(); ok {
		t.Error("a fresh cache has a watermark")
	}
	mustAdd(t, c, dig(1), t0.Add(-365*24*time.Hour))
	if data, _ := os.ReadFile(e.path); !strings.HasPrefix(string(data), newFile) || strings.Contains(string(data), markPrefix) {
		t.Errorf("fresh file:\n%s", data)
	}
}

// TestDamagedHeaderSetAside: a cache file whose header is damaged does not
// keep the daemon from starting (it would never start under systemd's
// Restart=on-failure): the file is renamed, kept, named in the warning, and
// a new cache starts as after a loss.
func TestDamagedHeaderSetAside(t *testing.T) {
	good := func() []byte {
		b := []byte(newFile)
		return appendRecord(b, &record{digest: dig(1), stamp: makeStamp(t0.Unix(), false), arrival: t0.Unix(), meta: meta})
	}
	for name, damage := range map[string]func([]byte) []byte{
		"bit flip":     func(b []byte) []byte { b[3] ^= 0x20; return b }, // "# Sesame ..."
		"version text": func(b []byte) []byte { return append([]byte(headerStem+"1x"), b[len(header)-1:]...) },
		"zeros":        func(b []byte) []byte { return make([]byte, 4096) },
		"header gone":  func(b []byte) []byte { return b[len(header):] },
		"only records": func(b []byte) []byte { return b[len(newFile):] },
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			bad := damage(good())
			os.WriteFile(e.path, bad, 0o600)
			c := e.open()
			aside := fmt.Sprintf("%s%s%d", e.path, damagedInfix, t0.Unix())
			lostWarning(t, e, aside)
			if data, err := os.ReadFile(aside); err != nil || string(data) != string(bad) {
				t.Errorf("set-aside file: %q, %v; want the damaged file", data, err)
			}
			refused(t, c, dig(1), t0)
			mustAdd(t, c, dig(2), t0.Add(time.Second))
			c.Close()
			// The same damage again in the same second: a second name.
			os.WriteFile(e.path, bad, 0o600)
			c = e.open()
			lostWarning(t, e, aside+".1")
			c.Close()
			c = e.open()
			e.warn.only(t, nil)
			refused(t, c, dig(1), t0)
		})
	}
}

// TestForeignFilesStillRefused: a file that is not a cache (DIGEST_FILE set
// to the wrong path) and one of another cache version are left alone.
func TestForeignFilesStillRefused(t *testing.T) {
	e := newEnv(t)
	for content, want := range map[string]error{
		"PermitRootLogin no\n# <digest> is not ours\n": ErrNotCache,
		"\xff\xfe binary\x00":                          ErrNotCache,
		"# sesame replay cache v12\n" + fieldsLine:     ErrVersion,
	} {
		os.WriteFile(e.path, []byte(content), 0o600)
		if _, err := Open(e.path, e.opts); !errors.Is(err, want) {
			t.Errorf("Open(%q) = %v, want %v", content, err, want)
		}
		if data, _ := os.ReadFile(e.path); string(data) != content {
			t.Errorf("file changed to %q", data)
		}
	}
}

// TestFloor: Options.Floor starts the watermark, written into the file, on
// a fresh file as on a loaded one.
func TestFloor(t *testing.T) {
	e := newEnv(t)
	e.opts.Floor = t0
	c := e.open()
	e.warn.only(t, nil)
	refused(t, c, dig(1), t0)
	mustAdd(t, c, dig(2), t0.Add(time.Second))
	c.Close()
	e.opts.Floor = t0.Add(time.Minute)
	c = e.open()
	refused(t, c, dig(3), t0.Add(time.Minute))
	c.Close()
	e.opts.Floor = time.Time{}
	c = e.open()
	e.warn.only(t, nil)
	refused(t, c, dig(3), t0.Add(time.Minute))
	seen(t, c, true, dig(2))
}

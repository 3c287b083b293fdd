package fleetcache

import (
	"crypto/rand"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/redistest"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// logBook collects Warn lines.
type logBook struct {
	mu    sync.Mutex
	lines []string
}

func (l *logBook) warn(s string) { l.mu.Lock(); l.lines = append(l.lines, s); l.mu.Unlock() }

func (l *logBook) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

// daemonCache is one daemon's replay cache: a real local file cache with
// the shared one behind it.
func daemonCache(t *testing.T, url string, o Options) (*Cache, *logBook) {
	t.Helper()
	local, err := replay.Open(filepath.Join(t.TempDir(), "digest.cache"), replay.Options{MaxAge: 120 * time.Second, Aging: true, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	lb := &logBook{}
	o.URL, o.Warn = url, lb.warn
	if o.MaxAge == 0 {
		o.MaxAge = 120 * time.Second
	}
	if o.Timeout == 0 {
		// Generous: these tests are about answers, not the bound, and a
		// loaded CI machine can take more than 25 ms to dial.
		o.Timeout = time.Second
	}
	c, err := Open(local, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, lb
}

func digest(t *testing.T) replay.Digest {
	var b [64]byte
	rand.Read(b[:])
	return replay.Sum(b[:])
}

// A packet recorded by one daemon is a fleet replay at another; a local
// replay never reaches Redis.
func TestFleetReplay(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	a, _ := daemonCache(t, srv.URL(), Options{})
	b, _ := daemonCache(t, srv.URL(), Options{})
	for _, c := range []*Cache{a, b} {
		if err := c.Hello(); err != nil {
			t.Fatal(err)
		}
	}
	d, now := digest(t), time.Now()
	if err := a.Add(d, now, replay.Meta{}); err != nil {
		t.Fatalf("first sight at A: %v", err)
	}
	err := b.Add(d, now, replay.Meta{})
	var fr *ReplayError
	if !errors.As(err, &fr) || !errors.Is(err, replay.ErrSeen) {
		t.Fatalf("B: got %v, want a fleet replay", err)
	}
	if err := b.Check(d); !errors.Is(err, replay.ErrSeen) {
		t.Fatalf("B now holds it locally too: %v", err)
	}
	srv.Stop()
	// A local replay is refused before any round trip: Redis is down and
	// the answer is still the local one, with no outage logged.
	err = a.Add(d, now, replay.Meta{})
	if !errors.Is(err, replay.ErrSeen) || errors.As(err, &fr) {
		t.Fatalf("A again: got %v, want a local replay", err)
	}
}

// The key lives as long as the window either side of the packet's time,
// and a packet beyond the window is refused whatever the age settings.
func TestWindow(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	a, _ := daemonCache(t, srv.URL(), Options{MaxAge: 60 * time.Second})
	now := time.Now()
	err := a.Add(digest(t), now.Add(-61*time.Second), replay.Meta{})
	var we *WindowError
	var mark *replay.MarkError
	if !errors.As(err, &we) || !errors.As(err, &mark) || !errors.Is(err, replay.ErrSeen) {
		t.Fatalf("61 s old: got %v, want a window refusal", err)
	}
	if err := a.Add(digest(t), now.Add(61*time.Second), replay.Meta{}); !errors.As(err, &we) {
		t.Fatalf("61 s ahead: got %v, want a window refusal", err)
	}
	if err := a.Add(digest(t), now.Add(-59*time.Second), replay.Meta{}); err != nil {
		t.Fatalf("59 s old: %v", err)
	}
	if n := srv.Keys(DefaultPrefix + "*"); n != 1 {
		t.Fatalf("%d digest keys, want 1", n)
	}
}

// Raising the window (a reload) does not accept what the old window's
// keys no longer cover until they are gone.
func TestWiderWindowWaits(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	a, _ := daemonCache(t, srv.URL(), Options{MaxAge: 60 * time.Second})
	if err := a.Hello(); err != nil {
		t.Fatal(err)
	}
	if err := a.SetPolicy(600*time.Second, true); err != nil {
		t.Fatal(err)
	}
	var we *WindowError
	if err := a.Add(digest(t), time.Now().Add(-90*time.Second), replay.Meta{}); !errors.As(err, &we) {
		t.Fatalf("90 s old right after widening to 600 s: got %v, want a window refusal", err)
	}
	// A daemon joining with a wider window than the fleet's is pinned the
	// same way, and the fleet's keys grow to its window.
	b, _ := daemonCache(t, srv.URL(), Options{MaxAge: 900 * time.Second})
	if err := b.Hello(); err != nil {
		t.Fatal(err)
	}
	if err := b.Add(digest(t), time.Now().Add(-700*time.Second), replay.Meta{}); !errors.As(err, &we) {
		t.Fatalf("B, 700 s old: got %v, want a window refusal", err)
	}
	if _, keep := a.windows(time.Now()); keep < 600*time.Second {
		t.Fatalf("A keeps keys %v", keep)
	}
	a.Prune() // reads the fleet's window again
	if _, keep := a.windows(time.Now()); keep != 900*time.Second {
		t.Fatalf("A keeps keys %v after reading the fleet's window, want 900s", keep)
	}
}

// Outage under each policy, the once-per-outage log lines, and recovery
// by itself once Redis is back.
func TestOutagePolicies(t *testing.T) {
	for _, pol := range []Policy{PolicyLocal, PolicyClosed} {
		t.Run(string(pol), func(t *testing.T) {
			srv := redistest.Start(t, redistest.Options{})
			a, lb := daemonCache(t, srv.URL(), Options{Policy: pol})
			if err := a.Hello(); err != nil {
				t.Fatal(err)
			}
			srv.Stop()
			for i := range 3 {
				err := a.Add(digest(t), time.Now(), replay.Meta{})
				var ue *UnavailableError
				switch {
				case pol == PolicyLocal && err != nil:
					t.Fatalf("knock %d: %v, want accepted on the local cache", i, err)
				case pol == PolicyClosed && (!errors.As(err, &ue) || errors.Is(err, replay.ErrSeen)):
					t.Fatalf("knock %d: %v, want unavailable", i, err)
				}
			}
			if l := lb.all(); len(l) != 1 || !strings.Contains(l[0], "unreachable") || !strings.Contains(l[0], "policy "+string(pol)) {
				t.Fatalf("log during the outage: %q", l)
			}
			srv.Restart()
			d := digest(t)
			if err := a.Add(d, time.Now(), replay.Meta{}); err != nil {
				t.Fatalf("after restart: %v", err)
			}
			l := lb.all()
			if len(l) != 2 || !strings.Contains(l[1], "reachable again after") || !strings.Contains(l[1], "3 knocks") {
				t.Fatalf("log after the outage: %q", l)
			}
			if n := srv.Keys(DefaultPrefix + d.String()); n != 1 {
				t.Fatalf("digest recorded after recovery: %d keys", n)
			}
		})
	}
}

func TestURLPassword(t *testing.T) {
	_, err := Open(nil, Options{URL: "redis://u:hunter2@127.0.0.1:1/"})
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("got %v, want a refusal without the password", err)
	}
	if r := Redact("rediss://u:hunter2@h:1/2"); strings.Contains(r, "hunter2") {
		t.Fatal(r)
	}
}

package daemon

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

var (
	t0       = time.Unix(1795563500, 0)
	clientIP = netip.MustParseAddr("198.51.100.7")
	serverIP = netip.MustParseAddr("198.51.100.1")
	keyA     = bytes.Repeat([]byte{'a'}, 32)
	hmacA    = bytes.Repeat([]byte{'A'}, 64)
	keyB     = bytes.Repeat([]byte{'b'}, 32)
	hmacB    = bytes.Repeat([]byte{'B'}, 64)
)

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func stanza(key, hmac []byte, extra string) string {
	return fmt.Sprintf("SOURCE ANY\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\n%s\n", b64(key), b64(hmac), extra)
}

// fakeClock is a Clock whose time moves only when the test says so.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	c  *fakeClock
	ch chan time.Time
	at time.Time // zero: stopped
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{now: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) NewTimer(d time.Duration) Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{c: c, ch: make(chan time.Time, 1), at: c.now.Add(d)}
	c.timers = append(c.timers, t)
	return t
}

// Advance moves the time on and fires every timer that is due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	for _, t := range c.timers {
		if !t.at.IsZero() && !t.at.After(c.now) {
			t.at = time.Time{}
			select {
			case t.ch <- c.now:
			default:
			}
		}
	}
}

// deadlines returns when the armed timers will fire.
func (c *fakeClock) deadlines() []time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []time.Time
	for _, t := range c.timers {
		if !t.at.IsZero() {
			out = append(out, t.at)
		}
	}
	return out
}

// waitDeadline waits (5 s at most) until a timer is armed to fire at at:
// the daemon arms its timers on its own goroutines, and an Advance that
// comes first would leave such a timer armed past the moved-on time.
func (c *fakeClock) waitDeadline(t *testing.T, at time.Time) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
		if slices.ContainsFunc(c.deadlines(), at.Equal) {
			return
		}
	}
	t.Fatalf("no timer armed for %v: %v", at, c.deadlines())
}

func (t *fakeTimer) C() <-chan time.Time { return t.ch }

func (t *fakeTimer) Reset(d time.Duration) {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	t.drain()
	t.at = t.c.now.Add(d)
}

func (t *fakeTimer) Stop() {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	t.drain()
	t.at = time.Time{}
}

func (t *fakeTimer) drain() {
	select {
	case <-t.ch:
	default:
	}
}

// fakeSource delivers the packets sent on in until it is closed.
type fakeSource struct{ in chan capture.Packet }

func newFakeSource() *fakeSource { return &fakeSource{in: make(chan capture.Packet)} }

func (s *fakeSource) Run(ctx context.Context, h capture.Handler) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case p, ok := <-s.in:
			if !ok {
				return nil
			}
			h(&p)
		}
	}
}

func (s *fakeSource) Close() error { return nil }

// lines collects written lines and hands each to a channel as well.
type lines struct {
	mu  sync.Mutex
	all []string
	ch  chan string
}

func newLines() *lines { return &lines{ch: make(chan string, 100000)} }

func (l *lines) Write(b []byte) (int, error) {
	for _, s := range strings.SplitAfter(string(b), "\n") {
		if s = strings.TrimSuffix(s, "\n"); s != "" {
			l.add(s)
		}
	}
	return len(b), nil
}

func (l *lines) WriteLine(_ int, s string) { l.add(s) }

func (l *lines) add(s string) {
	l.mu.Lock()
	l.all = append(l.all, s)
	l.mu.Unlock()
	l.ch <- s
}

func (l *lines) snapshot() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.all...)
}

// next waits for the next line containing sub (skipping others).
func (l *lines) next(t testing.TB, sub string) string {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case s := <-l.ch:
			if strings.Contains(s, sub) {
				return s
			}
		case <-timeout:
			t.Fatalf("no line containing %q; lines so far:\n%s", sub, strings.Join(l.snapshot(), "\n"))
		}
	}
}

// env is a daemon on fakes, with its configuration in files.
type env struct {
	t      testing.TB
	dir    string
	opts   Options
	clock  *fakeClock
	fw     *firewall.Fake
	src    *fakeSource
	json   *lines
	human  *lines
	d      *Daemon
	done   chan error
	cancel context.CancelFunc
}

const baseServerConf = "PCAP_INTF lo\nENABLE_DIGEST_PERSISTENCE N\nENABLE_SPA_PACKET_AGING Y\nMAX_SPA_PACKET_AGE 120\n"

func writeConf(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// newEnv writes the config files and builds a daemon; fw may be shared
// with an earlier env to simulate a restart.
func newEnv(t testing.TB, accessConf string, fw *firewall.Fake, mod func(*Options)) *env {
	t.Helper()
	return newEnvWrapped(t, accessConf, fw, mod, nil)
}

// newEnvWrapped is newEnv with the daemon's firewall wrap(e.fw), when wrap
// is not nil.
func newEnvWrapped(t testing.TB, accessConf string, fw *firewall.Fake, mod func(*Options),
	wrap func(*firewall.Fake) firewall.Firewall) *env {
	t.Helper()
	e := &env{t: t, dir: t.TempDir(), clock: newFakeClock(t0), fw: fw, src: newFakeSource(), json: newLines(), human: newLines()}
	if e.fw == nil {
		e.fw = firewall.NewFake(firewall.DefaultConfig())
	}
	writeConf(t, filepath.Join(e.dir, "fwknopd.conf"), baseServerConf)
	writeConf(t, filepath.Join(e.dir, "access.conf"), accessConf)
	e.opts = Options{ConfigFile: filepath.Join(e.dir, "fwknopd.conf"),
		Set: []Setting{{"ACCESS_FILE", filepath.Join(e.dir, "access.conf")}}}
	if mod != nil {
		mod(&e.opts)
	}
	cfg, err := LoadConfig(&e.opts)
	if err != nil {
		t.Fatal(err)
	}
	log := NewLogger(e.human, e.json, 2)
	var dep firewall.Firewall = e.fw
	if wrap != nil {
		dep = wrap(e.fw)
	}
	e.d, err = New(e.opts, cfg, Deps{Clock: e.clock, Firewall: dep, Source: e.src, Log: log,
		Replay: newMemCache(cfg.Server.MaxSPAPacketAge, true, e.clock.Now), Block: true,
		Runner: ExecRunner{}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// start runs the daemon until the test ends.
func (e *env) start() *env {
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel, e.done = cancel, make(chan error, 1)
	go func() { e.done <- e.d.Run(ctx) }()
	e.t.Cleanup(func() { e.stop() })
	return e
}

// stop ends the daemon and returns Run's error.
func (e *env) stop() error {
	if e.done == nil {
		return nil
	}
	e.cancel()
	err := <-e.done
	e.done = nil
	return err
}

// send delivers one payload from src.
func (e *env) send(payload []byte, src netip.Addr) {
	e.src.in <- capture.Packet{Payload: payload, Src: netip.AddrPortFrom(src, 40000),
		Dst: netip.AddrPortFrom(serverIP, 62201), Proto: capture.ProtoUDP, Time: e.clock.Now()}
}

// decision waits for the next JSON decision line and decodes it.
func (e *env) decision() map[string]any {
	e.t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(e.json.next(e.t, `"decision"`)), &m); err != nil {
		e.t.Fatal(err)
	}
	return m
}

// seal makes a packet for allow IP 198.51.100.7 asking access, stamped at ts.
func seal(t testing.TB, key, hmac []byte, access string, ts time.Time, edit ...func(*spa.Message)) []byte {
	t.Helper()
	m := &spa.Message{User: "alice", Timestamp: ts.Unix(), Type: spa.AccessMsg, Message: "198.51.100.7," + access}
	var err error
	if m.Random, err = spa.RandomDigits(rand.Reader); err != nil {
		t.Fatal(err)
	}
	for _, f := range edit {
		f(m)
	}
	p, err := spa.Seal(m, &spa.Keys{Rijndael: key, HMAC: hmac}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(p)
}

// junk is SPA-sized base64 that no key authenticates.
func junk(i int) []byte {
	b := make([]byte, 200)
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for j := range b {
		b[j] = alphabet[(j*37+i*13+11)%64]
	}
	b[0] = '8'
	return b
}

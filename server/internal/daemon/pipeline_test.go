package daemon

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// slowJudge refuses junk after junkCost, as the real Judge does with many
// SOURCE ANY stanzas (an HMAC for each key), and accepts at once a payload
// starting with "knock", noting how long it waited since it was sent.
type slowJudge struct {
	junkCost time.Duration
	mu       sync.Mutex
	sent     map[string]time.Time
	waited   map[string]time.Duration
}

func (j *slowJudge) sentAt(knock string, at time.Time) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.sent[knock] = at
}

func (j *slowJudge) DecideDatagram(packet []byte, dg access.Datagram, now time.Time) access.Decision {
	if !bytes.HasPrefix(packet, []byte("knock")) {
		time.Sleep(j.junkCost)
		return access.Decision{Source: dg.Src.Addr(), Reason: access.BadHMAC}
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.waited[string(packet)] = time.Since(j.sent[string(packet)])
	return access.Decision{Accept: true, Action: access.Open, Source: dg.Src.Addr()}
}

// floodSource sends junk from one /24 as fast as a flood tool does
// (batches of 50, about a millisecond apart) and, every 20 ms, a knock
// from another prefix.
type floodSource struct {
	judge  *slowJudge
	knocks int
}

func (s *floodSource) Run(ctx context.Context, h capture.Handler) error {
	junkP := capture.Packet{Payload: junk(1), Src: netip.MustParseAddrPort("203.0.113.9:40000"),
		Dst: netip.MustParseAddrPort("198.51.100.1:62201"), Proto: capture.ProtoUDP}
	knockP := junkP
	knockP.Src = netip.MustParseAddrPort("198.51.100.7:40000")
	for k := range s.knocks {
		for end := time.Now().Add(20 * time.Millisecond); time.Now().Before(end); time.Sleep(time.Millisecond) {
			for range 50 {
				h(&junkP)
			}
		}
		name := fmt.Sprintf("knock-%d", k)
		knockP.Payload = []byte(name)
		s.judge.sentAt(name, time.Now())
		h(&knockP)
	}
	return nil
}

func (s *floodSource) Close() error { return nil }

// A flood from one prefix, each packet taking a millisecond to refuse,
// against knocks from another prefix: every knock is decided promptly,
// not behind the flood's backlog (seconds with one FIFO, or dropped).
func TestFloodFromOnePrefixDoesNotDelayKnocks(t *testing.T) {
	cfg := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).d.Config()
	j := &slowJudge{junkCost: time.Millisecond, sent: map[string]time.Time{}, waited: map[string]time.Duration{}}
	src := &floodSource{judge: j, knocks: 20}
	d, err := New(Options{Test: true}, cfg, Deps{Clock: SystemClock{}, Source: src,
		Log: NewLogger(discard{}, io.Discard, 0), Replay: newMemCache(time.Minute, true, SystemClock{}.Now),
		NewJudge: func(*Config, access.ReplayCache, access.Options) (Judge, error) { return j, nil }})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	var waits []time.Duration
	for k := range src.knocks {
		w, ok := j.waited[fmt.Sprintf("knock-%d", k)]
		if !ok {
			t.Errorf("knock %d never decided (%d packets dropped for a full queue)", k, d.dropped.Load())
			continue
		}
		waits = append(waits, w)
	}
	slices.Sort(waits)
	t.Logf("%d knocks decided, waits %v; %d junk packets dropped", len(waits), waits, d.dropped.Load())
	// A knock waits for the junk packets being decided (a millisecond
	// each), not for the flood's backlog; the bound leaves room for -race
	// on a loaded machine.
	if len(waits) > 0 && waits[len(waits)-1] > 250*time.Millisecond {
		t.Errorf("slowest knock decided after %v", waits[len(waits)-1])
	}
}

// The replay record of a captured packet holds its real protocol and
// ports, carried from the capture through the queue into the Judge.
func TestReplayRecordHasCapturedProtoAndPorts(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, func(o *Options) { o.Test = true })
	cfg := e.d.Config()
	dir := t.TempDir()
	pcapPath := filepath.Join(dir, "knock.pcap")
	err := stockfwknop.WritePcap(pcapPath, time.Now(), []stockfwknop.Datagram{{Src: clientIP, Dst: serverIP,
		SrcPort: 40001, DstPort: 62201, Payload: seal(t, keyA, hmacA, "tcp/22", time.Now())}})
	if err != nil {
		t.Fatal(err)
	}
	source, err := capture.OpenFile(pcapPath, "")
	if err != nil {
		t.Fatal(err)
	}
	defer source.Close()
	cachePath := filepath.Join(dir, "digest.cache")
	store, err := replay.Open(cachePath, replay.Options{MaxAge: time.Minute, Aging: true, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(Options{Test: true}, cfg, Deps{Clock: SystemClock{}, Source: source,
		Log: NewLogger(discard{}, io.Discard, 0), Replay: store, Block: true, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(cachePath)
	if err != nil {
		t.Fatal(err)
	}
	if want := " 17 198.51.100.7 40001 198.51.100.1 62201 "; !strings.Contains(string(b), want) {
		t.Errorf("replay file has no record with %q:\n%s", want, b)
	}
}

// A live run keeps a P free for capture: as many workers as GOMAXPROCS
// was, and one P more.
func TestReserveCaptureP(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	t.Cleanup(func() { runtime.GOMAXPROCS(before) })
	if w := reserveCaptureP(); w != before {
		t.Errorf("%d workers, want GOMAXPROCS, %d", w, before)
	}
	if now := runtime.GOMAXPROCS(0); now != before+1 {
		t.Errorf("GOMAXPROCS %d, want %d", now, before+1)
	}
}

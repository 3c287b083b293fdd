package daemon

import (
	"context"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// loopSource delivers the same junk payload n times as fast as it can:
// faster than any real capture, the worst case for the queue.
type loopSource struct {
	n       int
	payload []byte
}

func (s *loopSource) Run(ctx context.Context, h capture.Handler) error {
	p := capture.Packet{Payload: s.payload, Src: netip.AddrPortFrom(clientIP, 40000),
		Dst: netip.AddrPortFrom(serverIP, 62201), Proto: capture.ProtoUDP}
	for range s.n {
		if ctx.Err() != nil {
			return nil
		}
		h(&p)
	}
	return nil
}

func (s *loopSource) Close() error { return nil }

type discard struct{}

func (discard) WriteLine(int, string) {}

// benchPipeline runs b.N junk packets through a whole daemon (capture copy,
// queue, Judge, rate-limited logging) and reports how many the queue had
// to drop when capture does not wait.
func benchPipeline(b *testing.B, block bool) {
	e := newEnv(b, stanza(keyA, hmacA, ""), nil, nil)
	cfg := e.d.Config()
	d, err := New(Options{}, cfg, Deps{Clock: SystemClock{}, Firewall: firewall.NewFake(firewall.DefaultConfig()),
		Source: &loopSource{n: b.N, payload: junk(1)}, Log: NewLogger(discard{}, io.Discard, 0),
		Replay: newMemCache(cfg.Server.MaxSPAPacketAge, true, SystemClock{}.Now), Block: block})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if err := d.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(d.dropped.Load())/float64(b.N)*100, "%dropped")
}

func BenchmarkPipelineJunk(b *testing.B)       { benchPipeline(b, true) }
func BenchmarkPipelineJunkNoWait(b *testing.B) { benchPipeline(b, false) }

var handled atomic.Int64

// BenchmarkIntake is the capture goroutine's share: copy and queue, fair
// by prefix (sources spread over 64 prefixes), with one worker taking
// packets out.
func BenchmarkIntake(b *testing.B) {
	q := newFairQueue(QueueLen, PrefixQueueLen, false)
	var done sync.WaitGroup
	done.Go(func() {
		for {
			it, ok := q.pop()
			if !ok {
				return
			}
			it.release()
			handled.Add(1)
		}
	})
	in := &intake{queue: q, overflow: func(netip.Addr) {}}
	p := &capture.Packet{Payload: junk(1), Src: netip.AddrPortFrom(clientIP, 1), Dst: netip.AddrPortFrom(serverIP, 2)}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		p.Src = netip.AddrPortFrom(netip.AddrFrom4([4]byte{198, 51, byte(i % 64), 7}), 1)
		in.handle(p)
	}
	q.close()
	done.Wait()
}

// sliceSource delivers each payload once, in order.
type sliceSource struct{ payloads [][]byte }

func (s *sliceSource) Run(ctx context.Context, h capture.Handler) error {
	p := capture.Packet{Src: netip.AddrPortFrom(clientIP, 40000),
		Dst: netip.AddrPortFrom(serverIP, 62201), Proto: capture.ProtoUDP}
	for _, pl := range s.payloads {
		if ctx.Err() != nil {
			return nil
		}
		p.Payload = pl
		h(&p)
	}
	return nil
}

func (s *sliceSource) Close() error { return nil }

// validPool holds distinct valid packets shared by the benchmark's runs:
// sealing one costs more than judging it.
var validPool struct {
	sync.Mutex
	at       time.Time
	payloads [][]byte
}

func validPayloads(b *testing.B, n int) [][]byte {
	validPool.Lock()
	defer validPool.Unlock()
	if validPool.at.IsZero() {
		validPool.at = time.Now()
	}
	for len(validPool.payloads) < n {
		validPool.payloads = append(validPool.payloads, seal(b, keyA, hmacA, "tcp/22", validPool.at))
	}
	return validPool.payloads[:n]
}

// BenchmarkPipelineValid is `fwknopd -f -t --pcap-file` on valid packets
// without the pcap reading: one worker, a replay cache file (unsynced, as
// on -t's copy) and the human log written to a file.
func BenchmarkPipelineValid(b *testing.B) {
	payloads := validPayloads(b, b.N)
	e := newEnv(b, stanza(keyA, hmacA, ""), nil, func(o *Options) { o.Test = true })
	cfg := e.d.Config()
	store, err := replay.Open(filepath.Join(b.TempDir(), "digest.cache"),
		replay.Options{MaxAge: cfg.Server.MaxSPAPacketAge, Aging: true, NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	logFile, err := os.Create(filepath.Join(b.TempDir(), "log"))
	if err != nil {
		b.Fatal(err)
	}
	defer logFile.Close()
	log := NewLogger(NewTextSink(logFile, false, SystemClock{}.Now), nil, 0)
	d, err := New(Options{Test: true}, cfg, Deps{Clock: SystemClock{}, Source: &sliceSource{payloads: payloads},
		Log: log, Replay: store, Block: true, Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if err := d.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if store.Len() != b.N {
		b.Fatalf("%d digests recorded, want %d", store.Len(), b.N)
	}
}

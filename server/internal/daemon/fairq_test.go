package daemon

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
)

// qItem is a queue item from src carrying seq in its payload.
func qItem(src netip.Addr, seq int) item {
	return item{payload: binary.BigEndian.AppendUint32(nil, uint32(seq)),
		meta: access.Datagram{Proto: 17, Src: netip.AddrPortFrom(src, 40000)}}
}

func seqOf(it item) int { return int(binary.BigEndian.Uint32(it.payload)) }

func mustPush(t *testing.T, q *fairQueue, it item) {
	t.Helper()
	if !q.push(it) {
		t.Fatalf("push of %v #%d refused", it.meta.Src, seqOf(it))
	}
}

// drain pops everything queued, as "src#seq" strings.
func drain(t *testing.T, q *fairQueue) []string {
	t.Helper()
	var out []string
	for {
		if n, _ := q.stats(); n == 0 {
			return out
		}
		it, ok := q.pop()
		if !ok {
			t.Fatal("pop on a non-empty queue failed")
		}
		out = append(out, fmt.Sprintf("%s#%d", it.meta.Src.Addr(), seqOf(it)))
	}
}

func TestFlowKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"198.51.100.7", "198.51.100.200"},
		{"::ffff:198.51.100.7", "198.51.100.9"},
		{"2001:db8:1:2::1", "2001:db8:1:2:ffff::9"},
	} {
		if ka, kb := flowKey(netip.MustParseAddr(c.a)), flowKey(netip.MustParseAddr(c.b)); ka != kb {
			t.Errorf("%s and %s in different flows: %v, %v", c.a, c.b, ka, kb)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"198.51.100.7", "198.51.101.7"},
		{"2001:db8:1:2::1", "2001:db8:1:3::1"},
	} {
		if flowKey(netip.MustParseAddr(c.a)) == flowKey(netip.MustParseAddr(c.b)) {
			t.Errorf("%s and %s share a flow", c.a, c.b)
		}
	}
}

// A flood queued first does not make the other prefixes wait: they are
// served in turn, and each prefix's packets keep their order.
func TestFairQueueRoundRobin(t *testing.T) {
	q := newFairQueue(100, 50, false)
	flood, a, b := netip.MustParseAddr("203.0.113.9"), netip.MustParseAddr("198.51.100.7"), netip.MustParseAddr("2001:db8::7")
	for i := range 5 {
		mustPush(t, q, qItem(flood, i))
	}
	mustPush(t, q, qItem(a, 0))
	mustPush(t, q, qItem(a, 1))
	mustPush(t, q, qItem(b, 0))
	got := fmt.Sprint(drain(t, q))
	want := "[203.0.113.9#0 198.51.100.7#0 2001:db8::7#0 203.0.113.9#1 198.51.100.7#1 203.0.113.9#2 203.0.113.9#3 203.0.113.9#4]"
	if got != want {
		t.Errorf("order\n got %s\nwant %s", got, want)
	}
	if n, flows := q.stats(); n != 0 || flows != 0 {
		t.Errorf("after draining: %d packets, %d prefixes tracked", n, flows)
	}
}

// One prefix holds at most perFlow packets, leaving room for the others;
// the whole queue at most limit, however many prefixes send.
func TestFairQueueBounds(t *testing.T) {
	q := newFairQueue(64, 16, false)
	flood := netip.MustParseAddr("203.0.113.9")
	for i := range 16 {
		mustPush(t, q, qItem(flood, i))
	}
	if q.push(qItem(netip.MustParseAddr("203.0.113.200"), 16)) {
		t.Error("a prefix got more than its share")
	}
	mustPush(t, q, qItem(netip.MustParseAddr("198.51.100.7"), 0))

	// A spoofed flood from random addresses: the queue stays within its
	// bound in packets and in prefixes tracked.
	accepted := 17
	for i := range 100000 {
		src := netip.AddrFrom4([4]byte{byte(rand.IntN(256)), byte(rand.IntN(256)), byte(rand.IntN(256)), 1})
		if q.push(qItem(src, i)) {
			accepted++
		}
		if n, flows := q.stats(); n > 64 || flows > 64 {
			t.Fatalf("queue grew to %d packets in %d prefixes, bound 64", n, flows)
		}
	}
	if accepted != 64 {
		t.Errorf("%d packets accepted, want the bound, 64", accepted)
	}
	if len(drain(t, q)) != 64 {
		t.Error("not every accepted packet came out")
	}
	if len(q.spare) > maxSpare {
		t.Errorf("%d spare flows kept, bound %d", len(q.spare), maxSpare)
	}
}

// A strict queue (a pcap file) keeps the order of arrival across prefixes
// and makes push wait for room instead of dropping.
func TestFairQueueStrict(t *testing.T) {
	q := newFairQueue(4, 1, true)
	srcs := []string{"203.0.113.9", "203.0.113.9", "198.51.100.7", "2001:db8::7"}
	for i, s := range srcs {
		mustPush(t, q, qItem(netip.MustParseAddr(s), i))
	}
	pushed := make(chan bool)
	go func() { pushed <- q.push(qItem(netip.MustParseAddr("198.51.100.8"), 4)) }()
	select {
	case <-pushed:
		t.Fatal("push into a full strict queue did not wait")
	case <-time.After(50 * time.Millisecond):
	}
	it, _ := q.pop()
	if seqOf(it) != 0 {
		t.Errorf("first out #%d, want #0", seqOf(it))
	}
	if !<-pushed {
		t.Fatal("the waiting push failed once there was room")
	}
	got := fmt.Sprint(drain(t, q))
	if want := "[203.0.113.9#1 198.51.100.7#2 2001:db8::7#3 198.51.100.8#4]"; got != want {
		t.Errorf("order\n got %s\nwant %s", got, want)
	}
	// A push waiting on a full queue gives up at close.
	for i := range 4 {
		mustPush(t, q, qItem(netip.MustParseAddr("198.51.100.7"), i))
	}
	go func() { pushed <- q.push(qItem(netip.MustParseAddr("198.51.100.7"), 9)) }()
	time.Sleep(10 * time.Millisecond)
	q.close()
	if <-pushed {
		t.Error("push after close succeeded")
	}
}

// Workers waiting on an empty queue return at close, after draining what
// was queued: no goroutine is left behind.
func TestFairQueueCloseDrainsAndReleasesWorkers(t *testing.T) {
	before := runtime.NumGoroutine()
	q := newFairQueue(QueueLen, PrefixQueueLen, false)
	var mu sync.Mutex
	got := map[int]bool{}
	var workers sync.WaitGroup
	for range 4 {
		workers.Go(func() {
			for {
				it, ok := q.pop()
				if !ok {
					return
				}
				mu.Lock()
				got[seqOf(it)] = true
				mu.Unlock()
			}
		})
	}
	// One producer, as capture is, over a few prefixes.
	want := 0
	for i := range 20000 {
		if q.push(qItem(netip.AddrFrom4([4]byte{198, 51, byte(i % 7), 1}), i)) {
			want++
		}
	}
	q.close()
	workers.Wait()
	if len(got) != want {
		t.Errorf("%d of %d accepted packets decided", len(got), want)
	}
	if q.push(qItem(netip.MustParseAddr("198.51.100.7"), 0)) {
		t.Error("push after close succeeded")
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after close, %d before", n, before)
	}
}

func TestRing(t *testing.T) {
	var r ring[int]
	next, want := 0, 0
	for round := range 50 {
		for range round % 7 {
			r.push(next)
			next++
		}
		for range min(r.len(), round%5) {
			if v := r.pop(); v != want {
				t.Fatalf("popped %d, want %d", v, want)
			}
			want++
		}
	}
	for r.len() > 0 {
		if v := r.pop(); v != want {
			t.Fatalf("popped %d, want %d", v, want)
		}
		want++
	}
	if want != next {
		t.Errorf("%d out, %d in", want, next)
	}
}

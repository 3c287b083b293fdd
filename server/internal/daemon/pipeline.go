package daemon

import (
	"context"
	"net/netip"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/capture"
)

// QueueLen is how many captured packets may wait for a deciding worker.
// Junk is refused in about a microsecond, so a full queue drains in some
// milliseconds; it is long enough to hold a burst of thousands of packets
// on a loaded machine (1024 dropped a fifth of a 10,000-packet flood under
// -race), because a knock that meets a full queue is dropped like junk.
const QueueLen = 8192

// ReasonQueueFull is logged (folded like any reject) for a packet dropped
// because the queue was full: the deciding workers could not keep up.
const ReasonQueueFull = "queue_full"

// Judge decides packets; *access.Judge is the real one.
type Judge interface {
	Decide(packet []byte, src, dst netip.Addr, now time.Time) access.Decision
}

// item is one packet waiting in the queue, its payload copied out of the
// capture's buffer.
type item struct {
	payload  []byte
	pooled   *[capture.MaxPayload]byte // payload's backing array, to recycle; nil if allocated
	src, dst netip.Addr
}

var bufPool = sync.Pool{New: func() any { return new([capture.MaxPayload]byte) }}

func newItem(p *capture.Packet) item {
	it := item{src: p.Src.Addr(), dst: p.Dst.Addr()}
	if len(p.Payload) > capture.MaxPayload {
		// Rare (libpcap with a large MAX_SNIFF_BYTES): the judge must still
		// see the whole payload to call it too long.
		it.payload = append([]byte(nil), p.Payload...)
		return it
	}
	it.pooled = bufPool.Get().(*[capture.MaxPayload]byte)
	it.payload = it.pooled[:copy(it.pooled[:], p.Payload)]
	return it
}

func (it item) release() {
	if it.pooled != nil {
		bufPool.Put(it.pooled)
	}
}

// intake is the capture side of the queue: it copies each packet in,
// counts candidates for -C, and either waits for room (a file: nothing may
// be lost) or drops (live: capture must never stall behind the workers).
type intake struct {
	queue    chan item
	block    bool
	limit    int // -C; 0: none
	count    int
	stop     context.CancelFunc // ends the capture once limit is reached
	overflow func(src netip.Addr)
}

// handle is the capture.Handler; it runs on the capture goroutine only.
func (in *intake) handle(p *capture.Packet) {
	if in.limit > 0 && in.count >= in.limit {
		return
	}
	in.count++
	if in.limit > 0 && in.count >= in.limit {
		in.stop()
	}
	it := newItem(p)
	if in.block {
		in.queue <- it
		return
	}
	select {
	case in.queue <- it:
	default:
		it.release()
		in.overflow(it.src)
	}
}

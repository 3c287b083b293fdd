package daemon

import (
	"context"
	"net/netip"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/capture"
)

// QueueLen is how many captured packets may wait for a deciding worker,
// from all sources together. It is long enough to hold a burst of
// thousands of packets on a loaded machine, because a knock that meets a
// full queue is dropped like junk; with the pooled buffers it bounds the
// queue's memory to about 12 MiB.
const QueueLen = 8192

// PrefixQueueLen is how many of those may come from one source prefix
// (FlowBitsV4, FlowBitsV6): a flood from fewer than QueueLen/PrefixQueueLen
// prefixes cannot fill the queue, so knocks from elsewhere still find room.
// At the worst measured cost (1000 SOURCE ANY stanzas, 264 µs a junk
// packet) one full prefix is a quarter of a second of one core's work,
// which the round-robin makes no other prefix wait for.
const PrefixQueueLen = 1024

// ReasonQueueFull is logged (folded like any reject) for a packet dropped
// because the queue was full: the deciding workers could not keep up.
const ReasonQueueFull = "queue_full"

// Judge decides packets; *access.Judge is the real one.
type Judge interface {
	DecideDatagram(packet []byte, dg access.Datagram, now time.Time) access.Decision
}

// item is one packet waiting in the queue, its payload copied out of the
// capture's buffer, with its addresses, ports and protocol for the replay
// record.
type item struct {
	payload []byte
	pooled  *[capture.MaxPayload]byte // payload's backing array, to recycle; nil if allocated
	meta    access.Datagram
}

var bufPool = sync.Pool{New: func() any { return new([capture.MaxPayload]byte) }}

func newItem(p *capture.Packet) item {
	it := item{meta: access.Datagram{Proto: p.Proto, Src: p.Src, Dst: p.Dst}}
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
// counts candidates for -C, and queues it, fairly by source prefix (live:
// dropped when there is no room, since capture must never stall behind the
// workers) or in order, waiting for room (a file: nothing may be lost).
type intake struct {
	queue    *fairQueue
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
	if !in.queue.push(it) {
		it.release()
		in.overflow(it.meta.Src.Addr())
	}
}

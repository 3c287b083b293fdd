package daemon

import (
	"net/netip"
	"sync"
)

// Source prefixes the fair queue shares deciding time between: a /24 of
// IPv4 or a /64 of IPv6 is what one site or one host usually holds, so one
// flooding machine (or network) is one flow however it varies its address
// inside its network.
const (
	FlowBitsV4 = 24
	FlowBitsV6 = 64
)

// flowKey is the prefix a packet's source is queued under.
func flowKey(src netip.Addr) netip.Prefix {
	src = src.Unmap()
	bits := FlowBitsV6
	if src.Is4() {
		bits = FlowBitsV4
	}
	p, err := src.Prefix(bits)
	if err != nil { // the zero Addr: one flow for all such packets
		return netip.Prefix{}
	}
	return p
}

// fairQueue holds packets waiting for a deciding worker, one FIFO per
// source prefix, and hands them out round-robin across the prefixes that
// have packets waiting. Deciding a junk packet costs an HMAC per distinct
// key among the stanzas its source matches, and the wire format carries no
// key id, so a flood can keep every worker busy: round-robin makes a knock
// from another prefix wait for at most one packet of each busy prefix
// instead of behind the whole flood.
//
// Memory is bounded by limit packets in all (each holding one pooled
// buffer); one prefix may hold at most perFlow of them, so a flood from a
// few prefixes cannot take the room other sources need. Since a prefix is
// tracked only while it has packets waiting, tracked prefixes never exceed
// limit, whatever a spoofed flood's spread of addresses.
//
// A strict queue (a pcap file) is a single FIFO whose push waits for room:
// decisions keep the file's order and nothing is lost.
//
// One goroutine pushes (capture); any number pop (workers). Both sides take
// one short lock per packet: push is a map lookup and a ring append, pop a
// ring take, so 20k+ packets a second cost the lock little next to the
// deciding.
type fairQueue struct {
	mu      sync.Mutex
	ready   sync.Cond // a packet is waiting or the queue is closed (workers)
	room    sync.Cond // a packet was taken or the queue is closed (strict push)
	flows   map[netip.Prefix]*flow
	active  ring[*flow] // prefixes with packets waiting, in round-robin order
	spare   []*flow     // emptied flows kept for reuse, so a spoofed flood does not allocate per packet
	n       int         // packets waiting in all
	limit   int
	perFlow int
	strict  bool
	closed  bool
}

// flow is one prefix's packets, oldest first.
type flow struct {
	key   netip.Prefix
	items ring[item]
}

// maxSpare bounds the emptied flows kept for reuse.
const maxSpare = 256

// maxSpareCap keeps a spare flow's ring only while it is small: a ring grown
// by a burst goes back to the garbage collector.
const maxSpareCap = 64

func newFairQueue(limit, perFlow int, strict bool) *fairQueue {
	if strict {
		perFlow = limit
	}
	q := &fairQueue{flows: make(map[netip.Prefix]*flow), limit: limit, perFlow: perFlow, strict: strict}
	q.ready.L, q.room.L = &q.mu, &q.mu
	return q
}

// push queues it under its source's prefix. A live queue returns false at
// once, without keeping it, when the queue is full or the prefix holds its
// share; a strict one waits for room. Both return false once closed.
func (q *fairQueue) push(it item) bool {
	key := netip.Prefix{}
	if !q.strict {
		key = flowKey(it.meta.Src.Addr())
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.strict && q.n >= q.limit && !q.closed {
		q.room.Wait()
	}
	f := q.flows[key]
	if q.closed || q.n >= q.limit || (f != nil && f.items.len() >= q.perFlow) {
		return false
	}
	if f == nil {
		f = q.newFlow(key)
		q.flows[key] = f
		q.active.push(f)
	}
	f.items.push(it)
	q.n++
	q.ready.Signal()
	return true
}

// pop takes the next packet in round-robin order, waiting while none is
// queued; ok is false once the queue is closed and empty.
func (q *fairQueue) pop() (it item, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.n == 0 {
		if q.closed {
			return item{}, false
		}
		q.ready.Wait()
	}
	f := q.active.pop()
	it = f.items.pop()
	q.n--
	if f.items.len() > 0 {
		q.active.push(f) // to the back: every other waiting prefix goes first
	} else {
		delete(q.flows, f.key)
		q.recycle(f)
	}
	if q.strict {
		q.room.Signal()
	}
	return it, true
}

// close wakes every waiter: workers drain what is queued and return, a
// waiting push gives up.
func (q *fairQueue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.ready.Broadcast()
	q.room.Broadcast()
}

// stats reports the packets and prefixes waiting.
func (q *fairQueue) stats() (packets, prefixes int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n, len(q.flows)
}

func (q *fairQueue) newFlow(key netip.Prefix) *flow {
	if n := len(q.spare); n > 0 {
		f := q.spare[n-1]
		q.spare = q.spare[:n-1]
		f.key = key
		return f
	}
	return &flow{key: key}
}

func (q *fairQueue) recycle(f *flow) {
	if len(q.spare) < maxSpare && f.items.cap() <= maxSpareCap {
		q.spare = append(q.spare, f)
	}
}

// ring is a FIFO on a circular buffer that doubles when full.
type ring[T any] struct {
	buf  []T
	head int
	n    int
}

func (r *ring[T]) len() int { return r.n }
func (r *ring[T]) cap() int { return len(r.buf) }

func (r *ring[T]) push(v T) {
	if r.n == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.n)%len(r.buf)] = v
	r.n++
}

// pop takes the oldest element; the ring must not be empty.
func (r *ring[T]) pop() T {
	var zero T
	v := r.buf[r.head]
	r.buf[r.head] = zero // let the garbage collector have what v holds
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	return v
}

func (r *ring[T]) grow() {
	nb := make([]T, max(4, 2*len(r.buf)))
	for i := range r.n {
		nb[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	r.buf, r.head = nb, 0
}

package replay

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// Options configure a Cache.
type Options struct {
	// MaxAge is MAX_SPA_PACKET_AGE: a packet is fresh while its timestamp is
	// within MaxAge of the clock. Rounded up to whole seconds; must be
	// positive when Aging is on.
	MaxAge time.Duration
	// Aging is ENABLE_SPA_PACKET_AGING. When off, packets of any age are
	// accepted, so no digest is ever pruned.
	Aging bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// NoSync skips every flush to disk (the fdatasync after each Add, and
	// those of file creation and compaction), and lets Add return before
	// its record is written: records are written in batches of up to 64
	// KiB, before an Import or a compaction, and at Close. A crash could
	// then lose a digest whose grant went ahead: for test mode (-t, on a
	// copy of the file), benchmarks and tests only.
	NoSync bool
	// Floor, when set, starts the watermark there: packets stamped at or
	// before it are refused, as when the digests of that time were set aside
	// on purpose (--rotate-digest-cache). It is written into the file.
	Floor time.Time
	// Warn receives the problems Open, Import and Add step over: torn or
	// malformed records (*RecordError), a lost cache file (*LostError),
	// and the start and end of an outage of the file (*StoreError, once
	// each). nil drops them.
	Warn func(error)
}

// policy is the pruning rule in force.
type policy struct {
	maxAge int64 // seconds
	aging  bool
}

func newPolicy(maxAge time.Duration, aging bool) (*policy, error) {
	if aging && maxAge <= 0 {
		return nil, fmt.Errorf("replay: MaxAge %v must be positive when aging is on", maxAge)
	}
	secs := int64((maxAge + time.Second - 1) / time.Second)
	return &policy{maxAge: secs, aging: aging}, nil
}

func (p *policy) expired(s stamp, now int64) bool {
	return p.aging && s.expiry(p.maxAge) < now
}

// shardCount splits the digests by hash so that pruning, and growing a
// table, holds any one lock for a small slice of the cache.
const shardCount = 256

type shard struct {
	mu sync.RWMutex
	t  table
}

// Cache is a persistent set of replay digests. Create it with Open.
type Cache struct {
	shards [shardCount]shard
	live   atomic.Int64
	// mark is the watermark: packets stamped at or before it are refused
	// (noMark: none). It only rises, each time a digest is dropped, to the
	// latest time that digest's packet can have been stamped, and is kept
	// in the file (see the package doc).
	mark      atomic.Int64
	policy    atomic.Pointer[policy]
	now       func() time.Time
	warn      func(error)
	log       fileLog
	compactMu sync.Mutex // one compaction at a time, and none during Close
	closed    atomic.Bool
}

// Open opens the cache file at path, creating it if it does not exist, and
// loads its live digests. A stock fwknopd digest.cache at path is converted
// in place (see the package doc).
func Open(path string, opts Options) (*Cache, error) {
	pol, err := newPolicy(opts.MaxAge, opts.Aging)
	if err != nil {
		return nil, err
	}
	c := &Cache{now: opts.Now, warn: opts.Warn}
	if c.now == nil {
		c.now = time.Now
	}
	if c.warn == nil {
		c.warn = func(error) {}
	}
	c.policy.Store(pol)
	c.mark.Store(noMark)
	c.log = fileLog{path: path, noSync: opts.NoSync, now: c.now, warn: c.warn}
	if err := c.open(); err != nil {
		return nil, err
	}
	if err := c.raiseFloor(opts.Floor); err != nil {
		c.Close()
		return nil, err
	}
	if err := c.maybeCompact(); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// noMark is the watermark of a cache that has never dropped a digest.
const noMark = math.MinInt64

// raiseMark lifts the watermark to t if it is below.
func (c *Cache) raiseMark(t int64) {
	for {
		m := c.mark.Load()
		if t <= m || c.mark.CompareAndSwap(m, t) {
			return
		}
	}
}

// Mark returns the watermark: packets stamped at or before it are refused
// as replays (Add returns a *MarkError). ok is false when the cache has
// never dropped a digest.
func (c *Cache) Mark() (mark time.Time, ok bool) {
	m := c.mark.Load()
	if m == noMark {
		return time.Time{}, false
	}
	return time.Unix(m, 0), true
}

// raiseFloor raises the watermark to floor and records it in the file.
func (c *Cache) raiseFloor(floor time.Time) error {
	if floor.IsZero() || floor.Unix() <= c.mark.Load() {
		return nil
	}
	c.raiseMark(floor.Unix())
	return c.log.appendBatch(func(_ func(*record) error, emitMark func(int64) error) error {
		return emitMark(floor.Unix())
	})
}

// SetPolicy changes the pruning rule, as when a reload changes
// MAX_SPA_PACKET_AGE or ENABLE_SPA_PACKET_AGING. It applies to every entry,
// old ones included.
func (c *Cache) SetPolicy(maxAge time.Duration, aging bool) error {
	pol, err := newPolicy(maxAge, aging)
	if err != nil {
		return err
	}
	c.policy.Store(pol)
	return nil
}

// shard returns d's shard and hash. The shard is the hash's low byte,
// which barely moves the table's home slot (taken from the high bits).
func (c *Cache) shard(d *Digest) (*shard, uint64) {
	h := hashOf(d)
	return &c.shards[byte(h)], h
}

// Check returns ErrSeen if d is in the cache and nil if not; a digest whose
// Add is still writing counts as seen. It never waits for the disk.
func (c *Cache) Check(d Digest) error {
	if c.closed.Load() {
		return ErrClosed
	}
	s, h := c.shard(&d)
	s.mu.RLock()
	seen := s.t.contains(&d, h)
	s.mu.RUnlock()
	if seen {
		return ErrSeen
	}
	return nil
}

// Add records d for a packet stamped packetTime and returns once the record
// is on disk; only then may the daemon act on the packet. If d is already in
// the cache it returns ErrSeen and writes nothing, so Add is the atomic
// check-and-add. If the write fails, d is not kept and the error is returned:
// the caller must then refuse the packet. A packet stamped at or before the
// watermark is refused with a *MarkError, which matches ErrSeen.
func (c *Cache) Add(d Digest, packetTime time.Time, meta Meta) error {
	if c.closed.Load() {
		return ErrClosed
	}
	r := record{digest: d, stamp: makeStamp(packetTime.Unix(), false), arrival: c.now().Unix(), meta: meta}
	if err := c.insertNew(d, r.stamp, packetTime.Unix()); err != nil {
		return err
	}
	if err := c.log.append(&r); err != nil {
		c.remove(d)
		return err
	}
	return nil
}

// Import adds the entries of a stock fwknopd digest.cache read from r; name
// is used in warnings. Each entry is kept until its arrival time plus twice
// MaxAge. Entries already in the cache or already expired are left out (the
// expired ones raise the watermark, which is then recorded); malformed lines are passed to Options.Warn with their line number. The new
// entries are on disk when Import returns nil; on error none is kept.
func (c *Cache) Import(r io.Reader, name string) (added int, err error) {
	if c.closed.Load() {
		return 0, ErrClosed
	}
	var digests []Digest
	err = c.log.appendBatch(func(emit func(*record) error, emitMark func(int64) error) error {
		pol, now := c.policy.Load(), c.now().Unix()
		dropped := int64(noMark)
		err := readStock(r, name, c.warn, func(rec *record) error {
			if pol.expired(rec.stamp, now) {
				// Leaving it out drops it: the watermark must cover it.
				dropped = max(dropped, rec.stamp.latest(pol.maxAge))
				return nil
			}
			if !c.insert(rec.digest, rec.stamp) {
				return nil
			}
			digests = append(digests, rec.digest)
			return emit(rec)
		})
		if err != nil || dropped == noMark {
			return err
		}
		c.raiseMark(dropped)
		return emitMark(c.mark.Load())
	})
	if err != nil {
		for _, d := range digests {
			c.remove(d)
		}
		return 0, err
	}
	return len(digests), nil
}

// readStock calls fn for each well-formed line of a stock digest.cache.
func readStock(r io.Reader, name string, warn func(error), fn func(*record) error) error {
	lr := newLineReader(r, 0, 0)
	for {
		line, off, err := lr.next()
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case errors.Is(err, ErrTornRecord) && line != nil:
			// fgets reads a last line without its '\n' like any other.
		case errors.Is(err, ErrTornRecord), errors.Is(err, errLong):
			warn(&RecordError{File: name, Line: lr.line, Offset: off, Err: fmt.Errorf("%w: %v", ErrBadRecord, errLong)})
			continue
		case err != nil:
			return fmt.Errorf("replay: reading %s: %w", name, err)
		}
		if stockSkip(line) {
			continue
		}
		rec, perr := parseStockLine(line)
		if perr != nil {
			warn(&RecordError{File: name, Line: lr.line, Offset: off, Err: fmt.Errorf("%w: %v", ErrBadRecord, perr)})
			continue
		}
		if err := fn(&rec); err != nil {
			return err
		}
	}
}

// stockSkip reports the lines the stock daemon ignores (IS_EMPTY_LINE).
func stockSkip(line []byte) bool {
	if len(line) == 0 {
		return true
	}
	switch line[0] {
	case '#', '\r', ';', 0:
		return true
	}
	return false
}

// insertNew is Add's insert: it refuses a packet stamped at or before the
// watermark, checked under the shard's lock, which Prune holds while it
// drops digests and raises the mark, so no Add slips between the two.
func (c *Cache) insertNew(d Digest, st stamp, packetTime int64) error {
	s, h := c.shard(&d)
	s.mu.Lock()
	if m := c.mark.Load(); packetTime <= m {
		s.mu.Unlock()
		return &MarkError{PacketTime: packetTime, Mark: m}
	}
	_, added := s.t.insert(&d, h, st)
	s.mu.Unlock()
	if !added {
		return ErrSeen
	}
	c.live.Add(1)
	return nil
}

// insert adds d unless present and reports whether it did.
func (c *Cache) insert(d Digest, st stamp) bool {
	s, h := c.shard(&d)
	s.mu.Lock()
	_, added := s.t.insert(&d, h, st)
	s.mu.Unlock()
	if added {
		c.live.Add(1)
	}
	return added
}

func (c *Cache) remove(d Digest) {
	s, h := c.shard(&d)
	s.mu.Lock()
	seen := s.t.remove(&d, h)
	s.mu.Unlock()
	if seen {
		c.live.Add(-1)
	}
}

// Prune drops the digests whose packets can no longer be fresh and returns
// how many it dropped; with aging off it drops none. The watermark rises to
// cover what it drops, so no later policy makes those packets acceptable. When most of the file is
// then dead records it compacts the file; an error means the compaction
// failed, the cache itself stays correct. Call it periodically (every MaxAge
// or so); lookups go on while it runs.
func (c *Cache) Prune() (int, error) {
	if c.closed.Load() {
		return 0, ErrClosed
	}
	pol := c.policy.Load()
	if !pol.aging {
		return 0, nil
	}
	now := c.now().Unix()
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		dropped := int64(noMark)
		s.mu.Lock()
		n += s.t.deleteIf(func(st stamp) bool {
			if !pol.expired(st, now) {
				return false
			}
			dropped = max(dropped, st.latest(pol.maxAge))
			return true
		})
		c.raiseMark(dropped) // before the unlock: see insertNew
		s.mu.Unlock()
	}
	c.live.Add(int64(-n))
	return n, c.maybeCompact()
}

// Len returns the number of digests held.
func (c *Cache) Len() int { return int(c.live.Load()) }

// Close closes the file. The cache must not be used afterwards.
func (c *Cache) Close() error {
	c.compactMu.Lock()
	defer c.compactMu.Unlock()
	if c.closed.Swap(true) {
		return ErrClosed
	}
	return c.log.close()
}

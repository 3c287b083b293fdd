package daemon

import (
	"math"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
)

// memCache is the replay cache when ENABLE_DIGEST_PERSISTENCE is N: the
// stock daemon then checks nothing, Sesame still refuses replays for as
// long as it runs. Digests are kept until their packet can no longer be
// fresh, and a watermark then refuses every packet stamped at or before the
// pruned ones, as in replay.Cache, so that a reload turning aging off or
// raising MAX_SPA_PACKET_AGE cannot let them back in.
type memCache struct {
	mu     sync.Mutex
	seen   map[replay.Digest]int64 // packet time, Unix seconds
	mark   int64                   // packets stamped at or before it are refused
	maxAge time.Duration
	aging  bool
	now    func() time.Time
}

func newMemCache(maxAge time.Duration, aging bool, now func() time.Time) *memCache {
	return &memCache{seen: make(map[replay.Digest]int64), mark: math.MinInt64, maxAge: maxAge, aging: aging, now: now}
}

func (c *memCache) Check(d replay.Digest) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[d]; ok {
		return replay.ErrSeen
	}
	return nil
}

func (c *memCache) Add(d replay.Digest, packetTime time.Time, _ replay.Meta) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[d]; ok {
		return replay.ErrSeen
	}
	if packetTime.Unix() <= c.mark {
		return &replay.MarkError{PacketTime: packetTime.Unix(), Mark: c.mark}
	}
	c.seen[d] = packetTime.Unix()
	return nil
}

// Prune drops digests whose packets are older than the age window.
func (c *memCache) Prune() (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.aging {
		return 0, nil
	}
	now, n := c.now().Unix(), 0
	for d, t := range c.seen {
		if now > t+int64(c.maxAge/time.Second) {
			delete(c.seen, d)
			c.mark = max(c.mark, t)
			n++
		}
	}
	return n, nil
}

func (c *memCache) SetPolicy(maxAge time.Duration, aging bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.maxAge, c.aging = maxAge, aging
	return nil
}

func (c *memCache) Close() error { return nil }

package fleetcache

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/sesame-spa/sesame/server/internal/replay"
)

// Policy is what the daemon does with a knock the shared cache cannot
// record (REPLAY_REDIS_POLICY).
type Policy string

const (
	// PolicyLocal decides on the local cache alone, so that an outage never
	// locks everyone out of every server (the default).
	PolicyLocal Policy = "local"
	// PolicyClosed refuses the knock (replay_store_failed).
	PolicyClosed Policy = "closed"
)

// Defaults of the fwknopd.conf variables.
const (
	DefaultPrefix  = "sesame:replay:"
	DefaultTimeout = 25 * time.Millisecond
)

// windowKey is the key, under the prefix, that holds the largest window of
// the fleet in seconds. Digest keys are 43 characters of base64, so the
// two never meet.
const windowKey = "window"

// refreshSlack is how long it may take every daemon of the fleet to learn
// that the fleet's window grew: they read it again at each Prune, once a
// minute, so two minutes covers it with room.
const refreshSlack = 2 * time.Minute

// clockSlack is added to every key's TTL for the difference between the
// daemons' clocks (NTP keeps them far closer).
const clockSlack = 2 * time.Second

// Local is the daemon's own replay cache, which stays in front of the
// shared one; *replay.Cache satisfies it.
type Local interface {
	Check(d replay.Digest) error
	Add(d replay.Digest, packetTime time.Time, meta replay.Meta) error
	Prune() (int, error)
	SetPolicy(maxAge time.Duration, aging bool) error
	Close() error
}

// Options configure a Cache.
type Options struct {
	URL                string // redis://host:port[/db] or rediss:// (TLS); no password in it
	Username, Password string // from REPLAY_REDIS_PASSWORD_FILE; never logged
	Prefix             string // "": DefaultPrefix
	Policy             Policy // "": PolicyLocal
	Timeout            time.Duration
	MaxAge             time.Duration // MAX_SPA_PACKET_AGE: the window this daemon accepts
	Now                func() time.Time
	// Warn gets the outage's start and end, one line each.
	Warn func(msg string)
	// Debug gets what the Redis client library itself reports (it would
	// otherwise write to standard error); nil: dropped. The library has one
	// logger per process: the first Open with a Debug sets it.
	Debug func(msg string)
}

var setLibraryLogger sync.Once

// libraryLogger passes the client library's messages on to Options.Debug.
type libraryLogger func(string)

func (l libraryLogger) Printf(_ context.Context, format string, v ...any) {
	l(fmt.Sprintf(format, v...))
}

// Cache is the local replay cache with the fleet's shared cache behind it.
// Safe for concurrent use.
type Cache struct {
	local   Local
	rdb     *redis.Client
	server  string // the URL without credentials, for messages
	prefix  string
	policy  Policy
	timeout time.Duration
	now     func() time.Time
	warn    func(string)

	mu       sync.Mutex
	maxAge   time.Duration // this daemon's window
	fleetAge time.Duration // the fleet's largest window as last read; 0: unknown
	pinAge   time.Duration // the narrower window accepted until pinUntil
	pinUntil time.Time
	out      outage
}

// outage is the state of an outage: its start, the knocks it touched and
// the first error, reported once at the start and once at the end.
type outage struct {
	on      bool
	since   time.Time
	touched int
}

// Open returns a Cache in front of which local stays; it does not connect
// (Hello does).
func Open(local Local, o Options) (*Cache, error) {
	ro, err := redis.ParseURL(o.URL)
	if err != nil {
		return nil, fmt.Errorf("REPLAY_REDIS_URL %s: %w", Redact(o.URL), err)
	}
	if ro.Password != "" {
		return nil, fmt.Errorf("REPLAY_REDIS_URL %s: holds a password; put it in REPLAY_REDIS_PASSWORD_FILE", Redact(o.URL))
	}
	if o.Username != "" {
		ro.Username = o.Username
	}
	ro.Password = o.Password
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	// One try per knock, bounded: a retry would double the wait, and the
	// next knock tries again anyway.
	ro.MaxRetries = -1
	ro.DialTimeout, ro.ReadTimeout, ro.WriteTimeout, ro.PoolTimeout = o.Timeout, o.Timeout, o.Timeout, o.Timeout
	ro.ContextTimeoutEnabled = true
	ro.DisableIdentity = true // no CLIENT SETINFO: an ACL user needs fewer commands
	if o.Prefix == "" {
		o.Prefix = DefaultPrefix
	}
	if o.Policy == "" {
		o.Policy = PolicyLocal
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Warn == nil {
		o.Warn = func(string) {}
	}
	if o.Debug != nil {
		setLibraryLogger.Do(func() { redis.SetLogger(libraryLogger(o.Debug)) })
	}
	return &Cache{local: local, rdb: redis.NewClient(ro), server: Redact(o.URL), prefix: o.Prefix,
		policy: o.Policy, timeout: o.Timeout, now: o.Now, warn: o.Warn, maxAge: o.MaxAge}, nil
}

// Redact returns a Redis URL without any password, for messages.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// Describe is the shared cache as -D and the start-up log show it: never
// the password.
func (c *Cache) Describe() string {
	return fmt.Sprintf("%s, prefix %q, policy %s, timeout %s", c.server, c.prefix, c.policy, c.timeout)
}

// Hello checks the connection (PING) and registers this daemon's window
// with the fleet. An unreachable server starts an outage (logged by Warn
// under the policy) rather than failing: the cache recovers by itself.
func (c *Cache) Hello() error {
	ctx, cancel := context.WithTimeout(context.Background(), c.helloTimeout())
	defer cancel()
	err := c.rdb.Ping(ctx).Err()
	if err == nil {
		err = c.register(ctx)
	}
	if err != nil {
		c.failed(err)
		return err
	}
	c.reachable()
	return nil
}

// helloTimeout gives the start-up and the minute's check more than a
// knock's bound: they hold up no queue, and a TLS login takes a few round
// trips.
func (c *Cache) helloTimeout() time.Duration { return max(c.timeout, time.Second) }

// Check looks in the local cache only: it runs for every packet that
// passes an HMAC, before decryption, and a local replay costs no round
// trip.
func (c *Cache) Check(d replay.Digest) error { return c.local.Check(d) }

// Add records the digest locally, then in the shared cache with one
// `SET prefix+digest 1 NX PX ttl`, the TTL covering the window either side
// of the packet's time. A packet the fleet already holds gets a
// *ReplayError; one outside the window a *WindowError (both match
// replay.ErrSeen); one the shared cache cannot record is accepted on the
// local cache's word under PolicyLocal and refused with an
// *UnavailableError under PolicyClosed.
func (c *Cache) Add(d replay.Digest, packetTime time.Time, meta replay.Meta) error {
	if err := c.local.Add(d, packetTime, meta); err != nil {
		return err
	}
	now := c.now()
	accept, keep := c.windows(now)
	pt, sec := packetTime.Unix(), now.Unix()
	if age := sec - pt; age > secs(accept) || -age > secs(accept) {
		return &WindowError{PacketTime: pt, Now: sec, Window: accept}
	}
	ttl := time.Unix(pt, 0).Add(keep + clockSlack).Sub(now)
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	fresh, err := c.rdb.SetNX(ctx, c.prefix+d.String(), "1", ttl.Round(time.Millisecond)).Result()
	cancel()
	if err != nil {
		return c.failed(err)
	}
	c.reachable()
	if !fresh {
		return &ReplayError{}
	}
	return nil
}

func secs(d time.Duration) int64 { return int64(d / time.Second) }

// windows returns the window accepted now and the one keys are kept for:
// every daemon's keys must outlive every daemon's accepted window.
func (c *Cache) windows(now time.Time) (accept, keep time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	accept = c.maxAge
	if now.Before(c.pinUntil) {
		accept = min(accept, c.pinAge)
	}
	return accept, max(c.maxAge, c.fleetAge, c.pinAge)
}

// SetPolicy follows a reload. A wider window is accepted only once the
// keys written under the narrower one are gone (twice the old window, for
// packets stamped ahead of the clock, plus the time the fleet takes to
// learn it), so no setting change makes an old packet acceptable again.
func (c *Cache) SetPolicy(maxAge time.Duration, aging bool) error {
	err := c.local.SetPolicy(maxAge, aging)
	c.mu.Lock()
	if old := c.maxAge; maxAge > old {
		c.pin(old)
	}
	c.maxAge = maxAge
	c.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), c.helloTimeout())
	defer cancel()
	if rerr := c.register(ctx); rerr != nil {
		c.failed(rerr)
	}
	return err
}

// pin accepts at most w until the keys kept for w are surely gone; c.mu
// is held.
func (c *Cache) pin(w time.Duration) {
	now := c.now()
	if now.Before(c.pinUntil) {
		w = min(w, c.pinAge)
	}
	c.pinAge = w
	c.pinUntil = now.Add(2*w + refreshSlack)
}

// registerScript raises the fleet's window to this daemon's, atomically,
// and returns the window before and after.
var registerScript = redis.NewScript(`
local old = tonumber(redis.call('GET', KEYS[1]) or '0')
local w = tonumber(ARGV[1])
if w > old then
  redis.call('SET', KEYS[1], ARGV[1])
  return {old, w}
end
return {old, old}`)

// register publishes this daemon's window as the fleet's when it is wider
// and reads the fleet's. Widening it pins this daemon to the old one
// until the other daemons' shorter keys are gone.
func (c *Cache) register(ctx context.Context) error {
	c.mu.Lock()
	own := c.maxAge
	c.mu.Unlock()
	res, err := registerScript.Run(ctx, c.rdb, []string{c.prefix + windowKey}, secs(own)).Int64Slice()
	if err != nil {
		return err
	}
	if len(res) != 2 {
		return errors.New("fleet window: unexpected reply")
	}
	old, now := time.Duration(res[0])*time.Second, time.Duration(res[1])*time.Second
	c.mu.Lock()
	defer c.mu.Unlock()
	if old > 0 && old < own {
		c.pin(old)
	}
	c.fleetAge = now
	return nil
}

// Prune prunes the local cache and, once a minute with the daemon's
// housekeeping, reads the fleet's window again; that check also ends an
// outage when no knock comes.
func (c *Cache) Prune() (int, error) {
	n, err := c.local.Prune()
	ctx, cancel := context.WithTimeout(context.Background(), c.helloTimeout())
	defer cancel()
	if rerr := c.register(ctx); rerr != nil {
		c.failed(rerr)
	} else {
		c.reachable()
	}
	return n, err
}

// Close closes the connection and the local cache.
func (c *Cache) Close() error {
	return errors.Join(c.rdb.Close(), c.local.Close())
}

// failed notes a knock (or check) the shared cache could not take, starts
// the outage's report, and returns what the policy says to the knock.
func (c *Cache) failed(err error) error {
	c.mu.Lock()
	first := !c.out.on
	if first {
		c.out = outage{on: true, since: c.now()}
	}
	c.out.touched++
	c.mu.Unlock()
	if first {
		c.warn(fmt.Sprintf("shared replay cache %s unreachable (%v); %s until it is back", c.server, err, c.policyText()))
	}
	if c.policy == PolicyClosed {
		return &UnavailableError{Server: c.server, Err: err}
	}
	return nil
}

// reachable ends an outage, with its report.
func (c *Cache) reachable() {
	c.mu.Lock()
	o := c.out
	c.out = outage{}
	c.mu.Unlock()
	if !o.on {
		return
	}
	what := "decided on the local cache alone"
	if c.policy == PolicyClosed {
		what = "refused"
	}
	c.warn(fmt.Sprintf("shared replay cache %s reachable again after %s; %d knocks or checks %s during the outage",
		c.server, c.now().Sub(o.since).Round(time.Millisecond), o.touched, what))
}

func (c *Cache) policyText() string {
	if c.policy == PolicyClosed {
		return "policy closed: knocks that cannot be recorded fleet-wide are refused"
	}
	return "policy local: knocks are decided on the local replay cache alone"
}

package access

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/netip"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Test keys: A and B are two clients' key pairs.
var (
	keyA  = bytesOf(32, 'a')
	hmacA = bytesOf(64, 'A')
	keyB  = bytesOf(32, 'b')
	hmacB = bytesOf(64, 'B')

	clientIP = netip.MustParseAddr("198.51.100.7")
	serverIP = netip.MustParseAddr("198.51.100.1")
	client6  = netip.MustParseAddr("2001:db8::7")
	server6  = netip.MustParseAddr("2001:db8::1")

	t0 = time.Unix(1795563500, 0)
)

func bytesOf(n int, c byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = c + byte(i%7)
	}
	return b
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// keysConf is the access.conf key lines for a key pair.
func keysConf(key, hmac []byte) string {
	return fmt.Sprintf("KEY_BASE64 %s\nHMAC_KEY_BASE64 %s\n", b64(key), b64(hmac))
}

var (
	keysA = keysConf(keyA, hmacA)
	keysB = keysConf(keyB, hmacB)
)

// memCache is a ReplayCache in memory that can be made to fail.
type memCache struct {
	mu   sync.Mutex
	seen map[replay.Digest]bool
	fail error // returned by Add when set
	adds atomic.Int32
}

func newMemCache() *memCache { return &memCache{seen: map[replay.Digest]bool{}} }

func (c *memCache) Check(d replay.Digest) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen[d] {
		return replay.ErrSeen
	}
	return nil
}

func (c *memCache) Add(d replay.Digest, _ time.Time, _ replay.Meta) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.adds.Add(1)
	if c.fail != nil {
		return c.fail
	}
	if c.seen[d] {
		return replay.ErrSeen
	}
	c.seen[d] = true
	return nil
}

// forgetfulCache remembers nothing: for benchmarks of valid packets.
type forgetfulCache struct{}

func (forgetfulCache) Check(replay.Digest) error                       { return nil }
func (forgetfulCache) Add(replay.Digest, time.Time, replay.Meta) error { return nil }

// judge builds a Judge from access.conf text and extra fwknopd.conf lines
// (over the vectors' base), with an in-memory replay cache.
func judge(t testing.TB, accessConf, serverExtra string, opts Options) (*Judge, *memCache) {
	t.Helper()
	cache := newMemCache()
	return judgeWith(t, accessConf, serverExtra, opts, cache), cache
}

func judgeWith(t testing.TB, accessConf, serverExtra string, opts Options, cache ReplayCache) *Judge {
	t.Helper()
	srv, acc := parseConfs(t, accessConf, serverExtra)
	j, err := New(srv, acc, cache, opts)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// newJudgeErr returns what New says about an access.conf.
func newJudgeErr(t testing.TB, accessConf string) (*Judge, error) {
	t.Helper()
	srv, acc := parseConfs(t, accessConf, "")
	return New(srv, acc, newMemCache(), aging)
}

// parseConfs parses access.conf text ($GNUPGHOME: a folder of the vectors'
// armored keys) and extra fwknopd.conf lines over the vectors' base.
func parseConfs(t testing.TB, accessConf, serverExtra string) (*config.Server, *config.Access) {
	t.Helper()
	dir := t.TempDir()
	gnupg := writeGPGHome(t, dir)
	acc, _, err := config.ParseAccess(strings.NewReader(strings.ReplaceAll(accessConf, "$GNUPGHOME", gnupg)), filepath.Join(dir, "access.conf"))
	if err != nil {
		t.Fatal(err)
	}
	srv, _, err := config.ParseServer(strings.NewReader(baseServerConf+serverExtra), filepath.Join(dir, "fwknopd.conf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.Validate(srv); err != nil {
		t.Fatal(err)
	}
	return srv, acc
}

var aging = Options{PacketAging: true}

var randomCounter atomic.Int64

// msg is an access message from alice for tcp/22, stamped t0.
func msg(edit ...func(*spa.Message)) *spa.Message {
	m := &spa.Message{
		Random:    fmt.Sprintf("%016d", 1000000000000000+randomCounter.Add(1)),
		User:      "alice",
		Timestamp: t0.Unix(),
		Type:      spa.AccessMsg,
		Message:   "198.51.100.7,tcp/22",
	}
	for _, e := range edit {
		e(m)
	}
	return m
}

// seal makes a packet with a Rijndael key and HMAC key.
func seal(t testing.TB, m *spa.Message, key, hmac []byte) []byte {
	t.Helper()
	k := &spa.Keys{Rijndael: key, HMAC: hmac, AllowNoHMAC: len(hmac) == 0}
	p, err := spa.Seal(m, k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(p)
}

func sealA(t testing.TB, edit ...func(*spa.Message)) []byte {
	return seal(t, msg(edit...), keyA, hmacA)
}

// junk is SPA-sized base64 that authenticates with no key.
func junk(n int) []byte {
	b := make([]byte, n)
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := range b {
		b[i] = alphabet[(i*37+11)%64]
	}
	b[0] = '8'
	return b
}

package difftest

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Source addresses the client namespace sends from. The stanzas match
// 198.51.100.0/25, so other is a second allowed sender and outsider
// matches no stanza; sentinel sends the marker after each packet.
var (
	client   = netip.MustParseAddr("198.51.100.7")
	other    = netip.MustParseAddr("198.51.100.8")
	sentinel = netip.MustParseAddr("198.51.100.9")
	outsider = netip.MustParseAddr("198.51.100.200")
)

// packet is one datagram of the list both daemons judge, with the outcome
// the case is meant to exercise: the stock daemon's verdict must be that
// (or the case proves nothing), and Sesame's must equal the stock one.
type packet struct {
	name string
	src  netip.Addr
	data []byte
	want string // "accept", a reason code, or "none" (dropped without a word)
}

// keyset is one pair of keys, base64 with padding as access.conf and the
// client's rc file write them.
type keyset struct{ rijndael, hmac string }

func newKeyset(t *testing.T, h spa.Hash) keyset {
	t.Helper()
	k, m, err := spa.GenerateKeys(rand.Reader, h)
	if err != nil {
		t.Fatal(err)
	}
	return keyset{base64.StdEncoding.EncodeToString(k), base64.StdEncoding.EncodeToString(m)}
}

// fixture is the configuration both daemons run with and the client's
// rc file, one stanza per key set, so no key reaches a command line.
type fixture struct {
	accessConf string
	rcFile     string
}

// The stanzas, in file order. Each has its own keys except 5 and 6, so a
// packet fails every other stanza at the HMAC (the earliest check) and the
// reason reported is the one its own stanza gives.
func newFixture(t *testing.T, dir string) fixture {
	t.Helper()
	a, b, c, d, e := newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256),
		newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256)
	f := newKeyset(t, spa.SHA512)
	g, h, i, j := newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256), newKeyset(t, spa.SHA256)
	unknown := newKeyset(t, spa.SHA256)
	wrongAES := keyset{newKeyset(t, spa.SHA256).rijndael, a.hmac}
	stanzas := []struct {
		keys  keyset
		extra string
	}{
		{a, "OPEN_PORTS tcp/22,tcp/23,tcp/24,tcp/25,tcp/26,udp/53"}, // 1
		{b, "REQUIRE_USERNAME alice"},                               // 2
		{c, "REQUIRE_SOURCE_ADDRESS Y"},                             // 3
		{d, ""},                                                     // 4: no NAT, no commands
		{e, "OPEN_PORTS tcp/80"},                                    // 5
		{e, "OPEN_PORTS tcp/443"},                                   // 6: fall-through from 5
		{f, "HMAC_DIGEST_TYPE SHA512"},                              // 7
		{g, "ENCRYPTION_MODE ECB"},                                  // 8
		{h, "ENCRYPTION_MODE cfb"},                                  // 9
		{i, "ENCRYPTION_MODE OFB"},                                  // 10
		{j, "ENCRYPTION_MODE CTR"},                                  // 11
	}
	var conf strings.Builder
	for _, s := range stanzas {
		fmt.Fprintf(&conf, "SOURCE 198.51.100.0/25\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\nFW_ACCESS_TIMEOUT 300\n%s\n\n",
			s.keys.rijndael, s.keys.hmac, s.extra)
	}
	var rc strings.Builder
	for name, k := range map[string]keyset{"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "unknown": unknown, "wrongaes": wrongAES,
		"g": g, "h": h, "i": i, "j": j} {
		fmt.Fprintf(&rc, "[%s]\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\nUSE_HMAC Y\n\n", name, k.rijndael, k.hmac)
	}
	fx := fixture{accessConf: conf.String(), rcFile: filepath.Join(dir, "fwknoprc")}
	if err := os.WriteFile(fx.rcFile, []byte(rc.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return fx
}

// build runs the stock client (--test: it only prints the packet) with the
// keys of rc stanza keys.
func (fx fixture) build(t *testing.T, keys string, args ...string) []byte {
	t.Helper()
	p, _ := stockfwknop.Build(t, append([]string{"--rc-file", fx.rcFile, "-n", keys}, args...)...)
	return []byte(p)
}

// packets makes the list, fresh from the stock client.
func (fx fixture) packets(t *testing.T) []packet {
	t.Helper()
	ok := fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.7")
	stale := fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.7", "--time-offset-minus", "300")
	tampered := fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.7")
	flipped := []byte(string(tampered))
	flipped[len(flipped)/2] = flip(flipped[len(flipped)/2])
	return []packet{
		{"accepted", client, ok, "accept"},
		{"replayed", client, ok, "replay"},
		{"replayed from another address", other, ok, "replay"},
		{"-s (allow the source)", client, fx.build(t, "a", "-A", "tcp/23", "-s"), "accept"},
		{"allow IP other than the source", client, fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.50"), "accept"},
		{"two ports, MD5 digest", client, fx.build(t, "a", "-A", "tcp/24,tcp/25", "-a", "198.51.100.7", "-m", "md5"), "accept"},
		{"udp, client timeout", client, fx.build(t, "a", "-A", "udp/53", "-a", "198.51.100.7", "--fw-timeout", "60"), "accept"},
		{"port not in OPEN_PORTS", client, fx.build(t, "a", "-A", "tcp/9999", "-a", "198.51.100.7"), "port_not_allowed"},
		{"one of two ports not in OPEN_PORTS", client, fx.build(t, "a", "-A", "tcp/26,tcp/9999", "-a", "198.51.100.7"), "port_not_allowed"},
		{"stale (300 s old)", client, stale, "stale_timestamp"},
		{"stale, replayed", client, stale, "replay"},
		{"future (300 s ahead)", client, fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.7", "--time-offset-plus", "300"), "stale_timestamp"},
		{"a byte changed", client, flipped, "bad_hmac"},
		{"truncated", client, tampered[:len(tampered)-10], "bad_hmac"},
		{"junk", client, junk(200), "bad_hmac"},
		{"not base64", client, append([]byte("!"), tampered[1:]...), "bad_base64"},
		{"Salted__ prefix put back", client, append([]byte("U2FsdGVkX1"), tampered...), "bad_base64"},
		{"too short", client, tampered[:100], "none"},
		{"too long", client, junk(1600), "none"},
		{"no stanza for the source", outsider, fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.200"), "no_matching_stanza"},
		{"unknown keys", client, fx.build(t, "unknown", "-A", "tcp/22", "-a", "198.51.100.7"), "bad_hmac"},
		{"wrong Rijndael key, right HMAC key", client, fx.build(t, "wrongaes", "-A", "tcp/22", "-a", "198.51.100.7"), "decrypt_failed"},
		{"wrong HMAC type", client, fx.build(t, "a", "-A", "tcp/22", "-a", "198.51.100.7", "--hmac-digest-type", "sha512"), "bad_hmac"},
		{"REQUIRE_USERNAME, right user", client, fx.build(t, "b", "-A", "tcp/30", "-a", "198.51.100.7", "-U", "alice"), "accept"},
		{"REQUIRE_USERNAME, wrong user", client, fx.build(t, "b", "-A", "tcp/31", "-a", "198.51.100.7", "-U", "bob"), "user_mismatch"},
		{"REQUIRE_SOURCE_ADDRESS, address given", client, fx.build(t, "c", "-A", "tcp/40", "-a", "198.51.100.7"), "accept"},
		{"REQUIRE_SOURCE_ADDRESS, -s", client, fx.build(t, "c", "-A", "tcp/41", "-s"), "source_required"},
		{"NAT not enabled", client, fx.build(t, "d", "-A", "tcp/22", "-a", "198.51.100.7", "-N", "203.0.113.5:22"), "nat_not_enabled"},
		{"command not enabled", client, fx.build(t, "d", "-a", "198.51.100.7", "-C", "true"), "command_not_allowed"},
		{"first stanza refuses the port, second grants", client, fx.build(t, "e", "-A", "tcp/443", "-a", "198.51.100.7"), "accept"},
		{"both stanzas refuse the port", client, fx.build(t, "e", "-A", "tcp/8080", "-a", "198.51.100.7"), "port_not_allowed"},
		{"SHA512 HMAC stanza", client, fx.build(t, "f", "-A", "tcp/50", "-a", "198.51.100.7", "--hmac-digest-type", "sha512"), "accept"},
		{"-M ecb to an ECB stanza", client, fx.build(t, "g", "-M", "ecb", "-A", "tcp/60", "-a", "198.51.100.7"), "accept"},
		{"-M cfb to a CFB stanza", client, fx.build(t, "h", "-M", "cfb", "-A", "tcp/61", "-a", "198.51.100.7"), "accept"},
		{"-M ofb to an OFB stanza", client, fx.build(t, "i", "-M", "ofb", "-A", "tcp/62", "-a", "198.51.100.7"), "accept"},
		{"-M ctr to a CTR stanza", client, fx.build(t, "j", "-M", "ctr", "-A", "tcp/63", "-a", "198.51.100.7"), "accept"},
		{"-M cbc to a CTR stanza", client, fx.build(t, "j", "-A", "tcp/64", "-a", "198.51.100.7"), "decrypt_failed"},
		{"-M ctr to an OFB stanza", client, fx.build(t, "i", "-M", "ctr", "-A", "tcp/65", "-a", "198.51.100.7"), "decrypt_failed"},
	}
}

// junk is n random characters of the base64 alphabet, starting as a
// Rijndael packet does.
func junk(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	s := []byte(base64.RawStdEncoding.EncodeToString(b)[:n])
	s[0] = '8'
	return s
}

// flip changes a base64 character into another one.
func flip(c byte) byte {
	if c == 'A' {
		return 'B'
	}
	return 'A'
}

package spa_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

var (
	testKey  = []byte("0123456789abcdef0123456789abcdef")
	testHMAC = bytes.Repeat([]byte("h"), 64)
)

func keysFor(h spa.Hash) *spa.Keys {
	return &spa.Keys{Rijndael: testKey, HMAC: testHMAC, HMACType: h}
}

// messages returns one message of every type, with and without server_auth.
func messages() []*spa.Message {
	base := spa.Message{Random: "1234567890123456", User: "alice", Timestamp: 1795563495, Version: spa.Version}
	var out []*spa.Message
	for t := spa.CommandMsg; t <= spa.ClientTimeoutLocalNATAccessMsg; t++ {
		for _, auth := range []string{"", "crypt,s3cret"} {
			m := base
			m.Type, m.ServerAuth = t, auth
			m.Message = "198.51.100.7,tcp/22,udp/53"
			if t == spa.CommandMsg {
				m.Message = "198.51.100.7,touch /tmp/x"
			}
			if t.HasNAT() {
				m.NATAccess = "203.0.113.9,2222"
			}
			if t.HasClientTimeout() {
				m.ClientTimeout = 45
			}
			out = append(out, &m)
		}
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	for _, m := range messages() {
		for _, dh := range spa.Hashes {
			for _, hh := range spa.Hashes {
				m := *m
				m.DigestType = dh
				name := fmt.Sprintf("%s/%s/%s/auth=%v", m.Type, dh, hh, m.ServerAuth != "")
				t.Run(name, func(t *testing.T) { roundTrip(t, &m, keysFor(hh)) })
			}
		}
	}
}

func roundTrip(t *testing.T, m *spa.Message, k *spa.Keys) {
	t.Helper()
	packet, err := spa.Seal(m, k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	got, err := spa.Open([]byte(packet), k)
	if err != nil {
		t.Fatal(err)
	}
	want := *m
	if want.DigestType == 0 {
		want.DigestType = spa.SHA256
	}
	if _, err := want.Encode(); err != nil {
		t.Fatal(err)
	}
	if want.Body, err = spa.ParseBody(want.Type, want.Message, want.NATAccess); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", *got, want)
	}
}

func TestRoundTripKeyForms(t *testing.T) {
	m := messages()[2]
	for _, tc := range []struct {
		name string
		k    *spa.Keys
	}{
		{"passphrase", &spa.Keys{Rijndael: []byte("short pass"), HMAC: []byte("hmac pass")}},
		{"no hmac (weak)", &spa.Keys{Rijndael: testKey, AllowNoHMAC: true}},
		{"legacy", &spa.Keys{Rijndael: []byte("legacy"), Mode: spa.Legacy, AllowNoHMAC: true}},
		{"legacy long key", &spa.Keys{Rijndael: testKey, Mode: spa.Legacy, AllowNoHMAC: true}},
		{"1-byte key", &spa.Keys{Rijndael: []byte("x"), HMAC: []byte("y")}},
	} {
		t.Run(tc.name, func(t *testing.T) { roundTrip(t, m, tc.k) })
	}
}

func TestWeakNeedsOptIn(t *testing.T) {
	k := &spa.Keys{Rijndael: testKey}
	if _, err := spa.Seal(messages()[2], k, rand.Reader); !errors.Is(err, spa.ErrBadArgument) {
		t.Fatalf("Seal without HMAC key and without AllowNoHMAC: %v", err)
	}
	if !k.Weak() {
		t.Fatal("keys without HMAC must report Weak")
	}
}

func TestWrongKeys(t *testing.T) {
	m := messages()[2]
	k := keysFor(spa.SHA256)
	packet, err := spa.Seal(m, k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		k    *spa.Keys
		want error
	}{
		{"hmac key", &spa.Keys{Rijndael: testKey, HMAC: []byte("other")}, spa.ErrBadHMAC},
		{"hmac type", keysFor(spa.SHA3_256), spa.ErrBadHMAC},
		{"rijndael key", &spa.Keys{Rijndael: []byte("other"), HMAC: testHMAC}, spa.ErrDecrypt},
		{"legacy mode", &spa.Keys{Rijndael: testKey, HMAC: testHMAC, Mode: spa.Legacy}, nil},
		{"no hmac expected", &spa.Keys{Rijndael: testKey, AllowNoHMAC: true}, spa.ErrDecrypt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := spa.Open([]byte(packet), tc.k)
			if tc.want == nil {
				// A 32-byte key is used as is in legacy mode too.
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Open = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestTamper flips every byte of valid packets to every other base64
// character and to a non-base64 one: nothing opens, and the reason is the
// HMAC (or the alphabet) — never a decryption attempt.
func TestTamper(t *testing.T) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for _, h := range spa.Hashes {
		k := keysFor(h)
		packet, err := spa.Seal(messages()[2], k, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		for i := range len(packet) {
			for _, c := range alphabet + "=!" {
				if byte(c) == packet[i] {
					continue
				}
				p := []byte(packet)
				p[i] = byte(c)
				_, err := spa.Open(p, k)
				want := spa.ErrBadHMAC
				if c == '=' || c == '!' {
					want = spa.ErrBadBase64
				}
				if !errors.Is(err, want) {
					t.Fatalf("%s: byte %d -> %q: Open = %v, want %v", h, i, c, err, want)
				}
			}
		}
	}
}

// TestTamperNoHMAC: without an HMAC nothing authenticates the ciphertext,
// yet no flipped byte may open to a different message.
func TestTamperNoHMAC(t *testing.T) {
	k := &spa.Keys{Rijndael: testKey, AllowNoHMAC: true}
	m := messages()[2]
	packet, err := spa.Seal(m, k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for i := range len(packet) {
		p := []byte(packet)
		p[i] ^= 0x01
		got, err := spa.Open(p, k)
		if err == nil && (got.Message != m.Message || got.User != m.User) {
			t.Fatalf("byte %d: tampered packet opened to %+v", i, got)
		}
	}
}

func TestCheck(t *testing.T) {
	valid := strings.Repeat("A", 200)
	for _, tc := range []struct {
		name   string
		packet string
		want   error
	}{
		{"valid", valid, nil},
		{"too short", strings.Repeat("A", 139), spa.ErrTooShort},
		{"shortest", strings.Repeat("A", 140), nil},
		{"too long", strings.Repeat("A", 1501), spa.ErrTooLong},
		{"longest", strings.Repeat("A", 1500), nil},
		{"padding", valid + "==", spa.ErrBadBase64},
		{"space", valid + " ", spa.ErrBadBase64},
		{"newline", valid + "\n", spa.ErrBadBase64},
		{"high byte", valid + "\xff", spa.ErrBadBase64},
		{"salted prefix re-added", "U2FsdGVkX1" + valid, spa.ErrBadBase64},
		{"gpg prefix re-added", "hQ" + strings.Repeat("A", 500), spa.ErrBadBase64},
		{"hQ at exactly 400", "hQ" + strings.Repeat("A", 398), nil},
		{"short hQ is not gpg", "hQ" + valid, nil},
	} {
		if err := spa.Check([]byte(tc.packet)); !errors.Is(err, tc.want) {
			t.Errorf("%s: Check = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestSealRefuses(t *testing.T) {
	good := *messages()[2]
	for _, tc := range []struct {
		name  string
		edit  func(m *spa.Message)
		field string
	}{
		{"random short", func(m *spa.Message) { m.Random = "123" }, "random"},
		{"random letters", func(m *spa.Message) { m.Random = "123456789012345x" }, "random"},
		{"empty user", func(m *spa.Message) { m.User = "" }, "user"},
		{"user colon", func(m *spa.Message) { m.User = "a:b" }, "user"},
		{"user too long", func(m *spa.Message) { m.User = strings.Repeat("u", 49) }, "user"},
		{"negative time", func(m *spa.Message) { m.Timestamp = -1 }, "timestamp"},
		{"type", func(m *spa.Message) { m.Type = 7 }, "type"},
		{"access no port", func(m *spa.Message) { m.Message = "198.51.100.7" }, "message"},
		{"access bad ip", func(m *spa.Message) { m.Message = "198.51.100.300,tcp/22" }, "message"},
		{"access icmp", func(m *spa.Message) { m.Message = "198.51.100.7,icmp/0" }, "message"},
		{"access port 0", func(m *spa.Message) { m.Message = "198.51.100.7,tcp/0" }, "message"},
		{"access port big", func(m *spa.Message) { m.Message = "198.51.100.7,tcp/65536" }, "message"},
		{"nat on access", func(m *spa.Message) { m.NATAccess = "203.0.113.9,22" }, "nat_access"},
		{"nat missing", func(m *spa.Message) { m.Type = spa.NATAccessMsg }, "nat_access"},
		{"nat two commas", func(m *spa.Message) { m.Type, m.NATAccess = spa.NATAccessMsg, "a,1,2" }, "nat_access"},
		{"timeout on access", func(m *spa.Message) { m.ClientTimeout = 5 }, "client_timeout"},
		{"timeout too big", func(m *spa.Message) { m.Type, m.ClientTimeout = spa.ClientTimeoutAccessMsg, 65537 }, "client_timeout"},
		{"digest type", func(m *spa.Message) { m.DigestType = 99 }, "digest type"},
		{"rijndael too long", func(m *spa.Message) { m.ServerAuth = strings.Repeat("x", 190) }, "message"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := good
			tc.edit(&m)
			_, err := spa.Seal(&m, keysFor(spa.SHA256), rand.Reader)
			var fe *spa.FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, spa.ErrBadArgument) {
				t.Fatalf("Seal = %v, want a FieldError on %q", err, tc.field)
			}
		})
	}
}

func TestKeysRefused(t *testing.T) {
	m := messages()[2]
	for name, k := range map[string]*spa.Keys{
		"empty key":    {HMAC: testHMAC},
		"33-byte key":  {Rijndael: bytes.Repeat([]byte("k"), 33), HMAC: testHMAC},
		"long hmac":    {Rijndael: testKey, HMAC: bytes.Repeat([]byte("h"), 129)},
		"bad hmactype": {Rijndael: testKey, HMAC: testHMAC, HMACType: 42},
	} {
		if _, err := spa.Seal(m, k, rand.Reader); !errors.Is(err, spa.ErrBadArgument) {
			t.Errorf("%s: Seal = %v", name, err)
		}
		if _, err := spa.Open(bytes.Repeat([]byte("A"), 200), k); !errors.Is(err, spa.ErrBadArgument) {
			t.Errorf("%s: Open = %v", name, err)
		}
	}
}

func TestErrorsHoldNoSecrets(t *testing.T) {
	secret := "SuperSecretPassphrase"
	k := &spa.Keys{Rijndael: []byte(secret + strings.Repeat("x", 20)), HMAC: []byte(secret)}
	_, err := spa.Seal(messages()[2], k, rand.Reader)
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Fatalf("error %v", err)
	}
}

func TestParseHash(t *testing.T) {
	for _, h := range spa.Hashes {
		for _, name := range []string{h.String(), strings.ToUpper(h.String()), strings.ReplaceAll(h.String(), "_", "-")} {
			if got, err := spa.ParseHash(name); err != nil || got != h {
				t.Errorf("ParseHash(%q) = %v, %v", name, got, err)
			}
		}
	}
	if _, err := spa.ParseHash("sha224"); !errors.Is(err, spa.ErrBadArgument) {
		t.Errorf("ParseHash(sha224) = %v", err)
	}
}

func TestRandomDigits(t *testing.T) {
	r := mrand.NewChaCha8([32]byte{1})
	var counts [10]int
	for range 1000 {
		s, err := spa.RandomDigits(r)
		if err != nil || len(s) != 16 {
			t.Fatal(s, err)
		}
		for _, c := range s {
			counts[c-'0']++
		}
	}
	for d, n := range counts {
		if n < 1400 || n > 1800 { // 1600 expected
			t.Errorf("digit %d appears %d times in 16000", d, n)
		}
	}
}

func TestGenerateKeys(t *testing.T) {
	want := map[spa.Hash]int{spa.MD5: 16, spa.SHA1: 20, spa.SHA256: 64, spa.SHA384: 128, spa.SHA512: 128}
	for h, n := range want {
		k, hk, err := spa.GenerateKeys(rand.Reader, h)
		if err != nil || len(k) != 32 || len(hk) != n {
			t.Errorf("%s: %d-byte key, %d-byte hmac key, %v", h, len(k), len(hk), err)
		}
	}
}

func TestParseAccess(t *testing.T) {
	a, err := spa.ParseAccess("2001:db8::7,tcp/22,udp/53")
	if err != nil || a.AllowIP.String() != "2001:db8::7" || len(a.Ports) != 2 || a.Ports[1].String() != "udp/53" {
		t.Fatalf("%+v %v", a, err)
	}
	for _, bad := range []string{"", "1.2.3.4", "1.2.3.4,", "1.2.3.4,tcp", "1.2.3.4,tcp/x", "fe80::1%eth0,tcp/22", "::ffff:1.2.3.4,tcp/22", "1.2.3,tcp/22"} {
		if _, err := spa.ParseAccess(bad); err == nil {
			t.Errorf("ParseAccess(%q) accepted", bad)
		}
	}
}

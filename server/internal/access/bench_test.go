package access

import (
	"fmt"
	"testing"
)

// BenchmarkDecide measures one decision for junk (the cost of a flood: a
// valid packet with one ciphertext character changed, so that the HMAC is
// computed and fails), a valid packet (decrypted and granted; the cache forgets it) and a replayed
// one, with one stanza, four sharing one key, and four with distinct keys
// (the valid packet matches the last).
func BenchmarkDecide(b *testing.B) {
	layouts := []struct {
		name string
		conf string
	}{
		{"1stanza", "SOURCE ANY\n" + keysA},
		{"4shared", stanzas(keysA, keysA, keysA, keysA)},
		{"4distinct", stanzas(keysConf(bytesOf(32, 'c'), bytesOf(64, 'C')), keysConf(bytesOf(32, 'd'), bytesOf(64, 'D')), keysB, keysA)},
	}
	for _, l := range layouts {
		valid := sealA(b)
		b.Run("junk/"+l.name, func(b *testing.B) {
			j := judgeWith(b, l.conf, "", aging, forgetfulCache{})
			benchDecide(b, j, tampered(valid), "bad_hmac")
		})
		b.Run("valid/"+l.name, func(b *testing.B) {
			j := judgeWith(b, l.conf, "", aging, forgetfulCache{})
			benchDecide(b, j, valid, "")
		})
		b.Run("replayed/"+l.name, func(b *testing.B) {
			j := judgeWith(b, l.conf, "", aging, newMemCache())
			j.Decide(valid, clientIP, serverIP, t0)
			benchDecide(b, j, valid, "replay")
		})
	}
}

// stanzas makes one SOURCE ANY stanza per key block, each with its own
// OPEN_PORTS so that only the last opens tcp/22.
func stanzas(keys ...string) string {
	conf := ""
	for i, k := range keys {
		port := 22
		if i < len(keys)-1 {
			port = 1000 + i
		}
		conf += fmt.Sprintf("SOURCE ANY\n%sOPEN_PORTS tcp/%d\n", k, port)
	}
	return conf
}

func benchDecide(b *testing.B, j *Judge, packet []byte, want Reason) {
	b.ReportAllocs()
	for b.Loop() {
		if d := j.Decide(packet, clientIP, serverIP, t0); d.Reason != want {
			b.Fatalf("reason %q, want %q", d.Reason, want)
		}
	}
}

// tampered returns p with one ciphertext character changed.
func tampered(p []byte) []byte {
	t := append([]byte(nil), p...)
	t[20] ^= 'A' ^ 'B'
	if t[20] == p[20] || !isB64(t[20]) {
		t[20] = 'A'
	}
	return t
}

func isB64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

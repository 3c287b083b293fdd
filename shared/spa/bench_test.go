package spa_test

import (
	"crypto/rand"
	mrand "math/rand/v2"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

func benchPacket(b *testing.B, k *spa.Keys) []byte {
	p, err := spa.Seal(messages()[2], k, rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	return []byte(p)
}

// junkLike returns base64 junk of the same length as a valid packet: the
// cheap checks pass and only the HMAC rejects it.
func junkLike(n int) []byte {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	r := mrand.New(mrand.NewPCG(1, 2))
	p := make([]byte, n)
	for i := range p {
		p[i] = alphabet[r.IntN(64)]
	}
	p[0] = '+'
	return p
}

func BenchmarkSeal(b *testing.B) {
	for _, h := range spa.Hashes {
		b.Run(h.String(), func(b *testing.B) {
			k, m := keysFor(h), messages()[2]
			b.ReportAllocs()
			for b.Loop() {
				if _, err := spa.Seal(m, k, rand.Reader); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	for _, h := range spa.Hashes {
		k := keysFor(h)
		valid := benchPacket(b, k)
		junk := junkLike(len(valid))
		o, err := spa.NewOpener(k)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("valid/"+h.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := o.Open(valid); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("junk/"+h.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := o.Open(junk); err == nil {
					b.Fatal("junk opened")
				}
			}
		})
	}
}

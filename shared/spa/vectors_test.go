package spa_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// wireReasons maps the stock server's reason codes that are wire-format
// failures to the error Open must return for them.
var wireReasons = map[string]error{
	"bad_hmac":       spa.ErrBadHMAC,
	"decrypt_failed": spa.ErrDecrypt,
	"bad_base64":     spa.ErrBadBase64,
	"too_short":      spa.ErrTooShort,
	"too_long":       spa.ErrTooLong,
}

func loadCasesErr() ([]spatest.Case, error) { return spatest.Load() }

func loadCases(t testing.TB) []spatest.Case {
	t.Helper()
	cases, err := spatest.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 56 {
		t.Fatalf("loaded %d cases, want 56", len(cases))
	}
	return cases
}

// TestVectorsOpen: every accepted packet opens to exactly the fields the
// stock client reported building.
func TestVectorsOpen(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.ID, func(t *testing.T) {
			keys, err := c.SpaKeys(false)
			if err != nil {
				t.Fatal(err)
			}
			want, err := c.Message()
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range c.Packets {
				if p.Decision != "accept" {
					continue
				}
				got, err := spa.Open([]byte(p.Data), keys)
				if err != nil {
					t.Fatalf("packet %d: Open: %v", i, err)
				}
				assertFields(t, got, want)
				enc, err := got.Encode()
				if err != nil || enc != c.Built.Encoded+":"+c.Built.Digest {
					t.Errorf("Encode = %q, %v; want the client's encoded text", enc, err)
				}
			}
		})
	}
}

func assertFields(t *testing.T, got, want *spa.Message) {
	t.Helper()
	g, w := *got, *want
	g.Signer = nil
	if !reflect.DeepEqual(g, w) {
		t.Errorf("fields differ:\n got %+v\nwant %+v", g, w)
	}
}

// TestVectorsSealRijndael: Seal with the client's fields, keys and the salt
// of the packet's own ciphertext reproduces the packet byte for byte.
func TestVectorsSealRijndael(t *testing.T) {
	n := 0
	for _, c := range loadCases(t) {
		if c.IsGPG() || c.Packets[0].Decision != "accept" {
			continue
		}
		n++
		t.Run(c.ID, func(t *testing.T) {
			keys, err := c.SpaKeys(true)
			if err != nil {
				t.Fatal(err)
			}
			m, err := c.Message()
			if err != nil {
				t.Fatal(err)
			}
			packet := c.Packets[0].Data
			got, err := spa.Seal(m, keys, bytes.NewReader(saltOf(t, packet)))
			if err != nil {
				t.Fatal(err)
			}
			if got != packet {
				t.Errorf("Seal:\n got %s\nwant %s", got, packet)
			}
		})
	}
	if n < 25 {
		t.Fatalf("only %d Rijndael cases reproduced", n)
	}
}

// saltOf returns the 8 salt bytes after "Salted__" in a Rijndael packet.
func saltOf(t *testing.T, packet string) []byte {
	t.Helper()
	raw, err := base64.RawStdEncoding.DecodeString("U2FsdGVkX1" + packet[:len(packet)-len(packet)%4])
	if err != nil || string(raw[:8]) != "Salted__" {
		t.Fatalf("not a Rijndael packet: %v", err)
	}
	return raw[8:16]
}

// TestVectorsGPGRoundTrip: GPG packets cannot be reproduced byte for byte;
// a packet sealed with the case's fields and keys opens to the same fields
// and carries the same signer. (Acceptance by the stock server is tested
// in the interop tests.)
func TestVectorsGPGRoundTrip(t *testing.T) {
	for _, c := range loadCases(t) {
		if !c.IsGPG() {
			continue
		}
		t.Run(c.ID, func(t *testing.T) {
			sealKeys, err := c.SpaKeys(true)
			if err != nil {
				t.Fatal(err)
			}
			openKeys, err := c.SpaKeys(false)
			if err != nil {
				t.Fatal(err)
			}
			m, err := c.Message()
			if err != nil {
				t.Fatal(err)
			}
			packet, err := spa.Seal(m, sealKeys, zeroReader{})
			if err != nil {
				t.Fatal(err)
			}
			if len(packet) < spa.MinGPGPacketLen || len(packet) > spa.MaxPacketLen {
				t.Fatalf("GPG packet length %d out of range", len(packet))
			}
			got, err := spa.Open([]byte(packet), openKeys)
			if err != nil {
				t.Fatal(err)
			}
			assertFields(t, got, m)
			if c.Signed() != (got.Signer != nil) {
				t.Fatalf("signed = %v, signer = %+v", c.Signed(), got.Signer)
			}
			if got.Signer != nil && (!got.Signer.Verified || got.Signer.Fingerprint != c.Keys.GPGSigner) {
				t.Errorf("signer = %+v, want verified %s", got.Signer, c.Keys.GPGSigner)
			}
		})
	}
}

// TestVectorsWireRejects: each packet the stock server refused for a
// wire-format reason fails Open, with the server's keys, for that reason.
func TestVectorsWireRejects(t *testing.T) {
	n := 0
	for _, c := range loadCases(t) {
		for i, p := range c.Packets {
			want, ok := wireReasons[p.Reason]
			if !ok {
				continue
			}
			n++
			t.Run(c.ID, func(t *testing.T) {
				stanzas, err := c.StanzaKeys()
				if err != nil {
					t.Fatal(err)
				}
				for j, k := range stanzas {
					_, err := spa.Open([]byte(p.Data), k)
					if !errors.Is(err, want) {
						t.Errorf("packet %d, stanza %d: Open = %v, want %v", i, j+1, err, want)
					}
				}
			})
		}
	}
	if n < 11 {
		t.Fatalf("only %d wire-format rejections found", n)
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

// TestVectorsCopyMatchesShared guards the embedded copy against drift from
// the reference folder beside the repository, when it is there.
func TestVectorsCopyMatchesShared(t *testing.T) {
	ref, err := readFileIfExists("../../../shared/fwknop/vectors/vectors.jsonl")
	if err != nil {
		t.Skip("reference vectors not beside the repository:", err)
	}
	local, err := readFileIfExists("spatest/testdata/vectors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ref, local) || !strings.HasSuffix(string(local), "\n") {
		t.Fatal("spatest/testdata/vectors.jsonl differs from ../shared/fwknop/vectors/vectors.jsonl")
	}
}

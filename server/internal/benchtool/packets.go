package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/netip"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/spa"
)

// keys are the stanza's secrets: they go into access.conf (mode 0600)
// and into spa.Seal, never onto a command line.
type keys struct{ spa.Keys }

func newKeys() (keys, error) {
	k, h, err := spa.GenerateKeys(rand.Reader, spa.SHA256)
	if err != nil {
		return keys{}, err
	}
	return keys{spa.Keys{Rijndael: k, HMAC: h}}, nil
}

// accessConf is one stanza for any source with these keys.
func (k keys) accessConf() string {
	return fmt.Sprintf("SOURCE ANY\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\nFW_ACCESS_TIMEOUT 30\n",
		base64.StdEncoding.EncodeToString(k.Rijndael), base64.StdEncoding.EncodeToString(k.HMAC))
}

// valid seals an access request from the client for tcp/port, stamped ts.
func (k keys) valid(port int, ts time.Time) ([]byte, error) {
	return k.validFor(clientAddr, port, ts)
}

// validFor seals an access request opening tcp/port for allow.
func (k keys) validFor(allow string, port int, ts time.Time) ([]byte, error) {
	r, err := spa.RandomDigits(rand.Reader)
	if err != nil {
		return nil, err
	}
	m := &spa.Message{Random: r, User: "bench", Timestamp: ts.Unix(), Type: spa.AccessMsg,
		Message: fmt.Sprintf("%s,tcp/%d", allow, port)}
	p, err := spa.Seal(m, &k.Keys, rand.Reader)
	return []byte(p), err
}

// validN seals n distinct requests (distinct random fields, so distinct
// replay digests).
func (k keys) validN(n int, ts time.Time) ([][]byte, error) {
	out := make([][]byte, n)
	for i := range out {
		var err error
		if out[i], err = k.valid(10000+i%50000, ts); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// junk is a payload of the base64 alphabet that starts as a Rijndael packet
// does: both daemons must compute an HMAC to refuse it.
func junk() []byte {
	b := make([]byte, 150)
	rand.Read(b)
	s := []byte(base64.RawStdEncoding.EncodeToString(b)[:200])
	s[0] = '8'
	return s
}

func junkN(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = junk()
	}
	return out
}

// writePcap writes the payloads as datagrams from the client to the
// server's SPA port.
func writePcap(path string, payloads [][]byte) error {
	ds := make([]stockfwknop.Datagram, len(payloads))
	src, dst := netip.MustParseAddr(clientAddr), netip.MustParseAddr(serverAddr)
	for i, p := range payloads {
		ds[i] = stockfwknop.Datagram{Src: src, Dst: dst, SrcPort: uint16(20000 + i%40000), DstPort: 62201, Payload: p}
	}
	return stockfwknop.WritePcap(path, time.Now(), ds)
}

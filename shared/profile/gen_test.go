package profile

import (
	"encoding/base64"
	"math/rand/v2"
	"net/netip"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Fixed keys for table tests: 32 and 64 bytes, as fwknop --key-gen makes.
var (
	testKey     = seq(32, 1)
	testHMACKey = seq(64, 101)
	testKeyB64  = base64.StdEncoding.EncodeToString(testKey)
	testHMACB64 = base64.StdEncoding.EncodeToString(testHMACKey)
	// baseLine is a valid line with every default written out.
	baseLine = "sesame1:name=web1,host=spa.example.com,port=62201,transport=udp,access=tcp/22," +
		"allow=source,digest=sha256,hmac=sha256,enc=cbc,key=" + testKeyB64 + ",hmac-key=" + testHMACB64
)

func seq(n int, start byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = start + byte(i)
	}
	return b
}

// with returns baseLine with field set to value (added at the end when
// absent), or removed when value is "-".
func with(field, value string) string {
	body := strings.TrimPrefix(baseLine, prefix)
	var out []string
	done := false
	for _, f := range strings.Split(body, ",") {
		if name, _, _ := strings.Cut(f, "="); name == field {
			done = true
			if value == "-" {
				continue
			}
			f = field + "=" + value
		}
		out = append(out, f)
	}
	if !done && value != "-" {
		out = append(out, field+"="+value)
	}
	return prefix + strings.Join(out, ",")
}

// gen makes random valid profiles covering every field and option.
type gen struct{ r *rand.Rand }

func newGen(seed uint64) *gen { return &gen{rand.New(rand.NewPCG(seed, seed^0x5e5a3e))} }

func (g *gen) pick(s string) byte { return s[g.r.IntN(len(s))] }

func (g *gen) bytes(min, max int) []byte {
	b := make([]byte, min+g.r.IntN(max-min+1))
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return b
}

const (
	lower  = "abcdefghijklmnopqrstuvwxyz"
	alnum  = lower + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	vchars = alnum + "-_.:/+=[]%"
)

func (g *gen) text(first, rest string, max int) string {
	b := []byte{g.pick(first)}
	for n := g.r.IntN(max); n > 0; n-- {
		b = append(b, g.pick(rest))
	}
	return string(b)
}

func (g *gen) dnsName() string {
	labels := make([]string, 1+g.r.IntN(3))
	for i := range labels {
		l := g.text(alnum, alnum+"-", 12)
		if l[len(l)-1] == '-' {
			l += "x"
		}
		labels[i] = l
	}
	last := labels[len(labels)-1]
	if isDigits(last) {
		labels[len(labels)-1] = last + "z"
	}
	return strings.Join(labels, ".")
}

func (g *gen) addr() netip.Addr {
	for {
		var a netip.Addr
		if g.r.IntN(2) == 0 {
			a = netip.AddrFrom4([4]byte(g.bytes(4, 4)))
		} else {
			a = netip.AddrFrom16([16]byte(g.bytes(16, 16)))
			if g.r.IntN(3) == 0 { // short forms with runs of zeros
				b := a.As16()
				clear(b[2:12])
				a = netip.AddrFrom16(b)
			}
		}
		if checkAddr(a) == nil {
			return a
		}
	}
}

func (g *gen) host() string {
	if g.r.IntN(2) == 0 {
		return g.dnsName()
	}
	return g.addr().String()
}

func (g *gen) port() uint16 { return uint16(1 + g.r.IntN(65535)) }

func (g *gen) access(n int) []spa.ProtoPort {
	seen := map[spa.ProtoPort]bool{}
	var out []spa.ProtoPort
	for len(out) < n {
		pp := spa.ProtoPort{Proto: []string{"tcp", "udp"}[g.r.IntN(2)], Port: g.port()}
		if !seen[pp] {
			seen[pp] = true
			out = append(out, pp)
		}
	}
	return out
}

func (g *gen) hash() spa.Hash { return spa.Hashes[g.r.IntN(len(spa.Hashes))] }

func (g *gen) profile() *Profile {
	p := &Profile{
		Host:      g.host(),
		Port:      g.port(),
		Transport: Transport(g.r.IntN(3)),
		Allow:     AllowMode(g.r.IntN(3)),
		Digest:    g.hash(),
		Key:       g.bytes(1, maxKeyLen),
	}
	if g.r.IntN(2) == 0 {
		p.Name = g.text(alnum, alnum+"._-", maxNameLen-1)
	}
	if p.Allow == AllowFixed {
		p.AllowIP = g.addr()
	}
	p.Mode = lineModes[g.r.IntN(len(lineModes))]
	if g.r.IntN(4) != 0 && p.Mode != spa.Legacy { // fwknop refuses legacy with an HMAC
		p.HMAC, p.HMACKey = g.hash(), g.bytes(1, maxHMACKeyLen)
	}
	if g.r.IntN(3) == 0 {
		p.Timeout = 1 + g.r.IntN(maxTimeout)
	}
	p.Access = g.access(1 + g.r.IntN(5))
	switch g.r.IntN(4) {
	case 0:
		p.NAT, p.Access = &NAT{Host: g.natHost(), Port: g.port()}, p.Access[:1]
	case 1:
		p.NAT, p.Access = &NAT{Local: true, Port: g.port()}, p.Access[:1]
	}
	for n := g.r.IntN(3); n > 0; n-- {
		p.Extensions = append(p.Extensions, Extension{
			Name:  "x-" + g.text(lower, lower+"0123456789-", 8) + string(rune('a'+n)),
			Value: g.text(vchars, vchars, 20),
		})
	}
	return p
}

func (g *gen) natHost() string {
	for {
		if h := g.host(); len(h) <= maxNATHostLen {
			return h
		}
	}
}

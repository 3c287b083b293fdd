package firewall

import (
	"net/netip"
	"testing"
	"time"
)

func TestBoundsAndPrefixOf(t *testing.T) {
	for _, c := range []struct{ p, lo, hi string }{
		{"198.51.100.7/32", "198.51.100.7", "198.51.100.7"},
		{"198.51.100.0/24", "198.51.100.0", "198.51.100.255"},
		{"198.51.100.128/25", "198.51.100.128", "198.51.100.255"},
		{"0.0.0.0/0", "0.0.0.0", "255.255.255.255"},
		{"2001:db8::/48", "2001:db8::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff"},
		{"2001:db8::7/128", "2001:db8::7", "2001:db8::7"},
		{"::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
	} {
		p := netip.MustParsePrefix(c.p)
		lo, hi := bounds(p)
		if lo.String() != c.lo || hi.String() != c.hi {
			t.Errorf("bounds(%s) = %s, %s; want %s, %s", p, lo, hi, c.lo, c.hi)
		}
		if got, ok := prefixOf(lo, hi); !ok || got != p {
			t.Errorf("prefixOf(%s, %s) = %s, %v; want %s", lo, hi, got, ok, p)
		}
	}
	for _, c := range [][2]string{
		{"198.51.100.1", "198.51.100.255"}, // start not on a boundary
		{"198.51.100.0", "198.51.100.254"}, // end short of one
		{"198.51.100.9", "198.51.100.7"},   // backwards
		{"198.51.100.7", "2001:db8::7"},    // families differ
	} {
		if p, ok := prefixOf(netip.MustParseAddr(c[0]), netip.MustParseAddr(c[1])); ok {
			t.Errorf("prefixOf(%s, %s) = %s; want no prefix", c[0], c[1], p)
		}
	}
}

// Every grant's element reads back as the grant, byte for byte as the
// kernel's registers lay it out.
func TestElemRoundTrip(t *testing.T) {
	exp := time.Unix(1795563433, 0)
	for _, g := range []Grant{
		{Source: netip.MustParseAddr("198.51.100.7"), Proto: TCP, Port: 22, Expires: exp},
		{Source: netip.MustParseAddr("198.51.100.7"), SourcePrefix: netip.MustParsePrefix("198.51.100.0/24"), Proto: UDP, Port: 53, Dest: netip.MustParsePrefix("198.51.100.1/32"), Expires: exp},
		{Source: netip.MustParseAddr("2001:db8::7"), SourcePrefix: netip.MustParsePrefix("2001:db8::/48"), Proto: TCP, Port: 65535, Expires: exp},
	} {
		k := keyOf(g)
		start, end := elemRange(k)
		if got, ok := keyOfElem(start, end, g.Source.Is6()); !ok || got != k {
			t.Errorf("%s: element %x-%x reads back as %+v, %v", g, start, end, got, ok)
		}
	}
	start, _ := elemRange(keyOf(Grant{Source: netip.MustParseAddr("198.51.100.7"), Proto: TCP, Port: 22}))
	if want := "c6336407" + "00000000" + "06000000" + "00160000"; string(hexOf(start)) != want {
		t.Errorf("element start = %x, want %s", start, want)
	}
}

func hexOf(b []byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return out
}

func TestElemExpiry(t *testing.T) {
	now := time.Unix(1795563400, 0)
	for _, c := range []struct {
		comment string
		left    time.Duration
		exp     int64
		nat     bool
	}{
		{"_exp_1795563433", 5 * time.Second, 1795563433, false},                  // the comment rules
		{"_exp_1795563433 nat", 5 * time.Second, 1795563433, true},               // a NAT accept element
		{"someone's", 32600 * time.Millisecond, 1795563433, false},               // now + left, rounded
		{"_exp_1795563433 natural", 32600 * time.Millisecond, 1795563433, false}, // not ours
	} {
		if exp, nat := elemExpiry(c.comment, c.left, now); exp != c.exp || nat != c.nat {
			t.Errorf("elemExpiry(%q, %v) = %d, %v; want %d, %v", c.comment, c.left, exp, nat, c.exp, c.nat)
		}
	}
}

func TestNATData(t *testing.T) {
	for _, s := range []string{"203.0.113.5:22", "[2001:db8::5]:2222"} {
		to := netip.MustParseAddrPort(s)
		if got, ok := natTarget(natData(to), to.Addr().Is6()); !ok || got != to {
			t.Errorf("natTarget(natData(%s)) = %s, %v", to, got, ok)
		}
	}
	if to, ok := natTarget([]byte{203, 0, 113, 5, 0, 22, 0, 1}, false); ok {
		t.Errorf("padding not zero read as %s", to)
	}
}

// FuzzKeyOfElem: any element read from the kernel is taken without panic,
// and one read as a grant is written back as the same bytes.
func FuzzKeyOfElem(f *testing.F) {
	for _, p := range []string{"198.51.100.0/24", "2001:db8::7/128"} {
		pre := netip.MustParsePrefix(p)
		start, end := elemRange(key{src: pre, proto: TCP, port: 22})
		f.Add(start, end, pre.Addr().Is6())
	}
	f.Fuzz(func(t *testing.T, start, end []byte, v6 bool) {
		k, ok := keyOfElem(start, end, v6)
		if !ok {
			return
		}
		s2, e2 := elemRange(k)
		if string(s2) != string(start) || string(e2) != string(end) {
			t.Errorf("%x-%x read as %+v, written back as %x-%x", start, end, k, s2, e2)
		}
	})
}

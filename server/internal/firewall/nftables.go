package firewall

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// The nftables backend (NFTables, Linux only) keeps each grant as one
// element of a set, with a timeout the kernel enforces:
//
//	table inet filter {                # NFT_TABLE: the administrator's own table
//	  set sesame_grants4 {
//	    type ipv4_addr . ipv4_addr . inet_proto . inet_service
//	    flags interval,timeout
//	    elements = { 198.51.100.0/24 . 0.0.0.0/0 . tcp . 22 timeout 30s comment "_exp_1795563433" }
//	  }
//	  set sesame_grants6 { type ipv6_addr . ipv6_addr . inet_proto . inet_service ... }
//	  chain input {                    # NFT_CHAIN, policy drop
//	    ip saddr . ip daddr . meta l4proto . th dport @sesame_grants4 accept comment "sesame: fwknopd grants (ipv4)"
//	    ip6 saddr . ip6 daddr . meta l4proto . th dport @sesame_grants6 accept comment "sesame: fwknopd grants (ipv6)"
//	    ... the administrator's rules ...
//	  }
//	}
//
// The key is (source, destination, protocol, port): the destination is "any"
// (0.0.0.0/0) unless ENABLE_DESTINATION_RULE names one. The sets are
// concatenated interval sets (the kernel's pipapo type, Linux 5.6 or later),
// so that the source may be a prefix (GRANT_PREFIX_V4/V6). The comment holds
// the absolute expiry as the iptables backend's rule comment does, so List
// reports the second asked for and `nft list set` shows it to people.
//
// NAT access adds, per family, a map sesame_dnat4 from the same key to the
// address and port to send to, used by a chain sesame_dnat of the backend's
// own (type nat hook prerouting priority dstnat - 1: NAT chains do not
// override each other's accepts or drops, the first to translate wins), and
// an accept for the translated connection: an element of the forward set
// sesame_forward4, hooked into the administrator's forward chain, or, for
// local NAT, of the input set. Such an accept element has the translated
// destination and port, is shared by the NAT grants that need it, lasts
// as long as the last of them, and says "nat" after its expiry comment.

// NFTTag starts the comment of every rule Sesame puts in an nftables
// chain: the backend's own and --lockdown's. Flush removes the backend's
// and keeps the others.
const NFTTag = "sesame: "

// Names of what NFTables adds to the administrator's table, or creates in
// its own table where NFT_TABLE does not exist.
const (
	nftOwnTable   = "sesame" // family inet
	nftDNATChain  = "sesame_dnat"
	nftNATComment = " nat" // after _exp_<epoch>: an accept element of NAT grants
)

// NFTConfig says where the nftables backend hooks in.
type NFTConfig struct {
	// Family and Table name the administrator's table (NFT_TABLE): family
	// ip, ip6 or inet. An ip table holds IPv4 grants only, ip6 IPv6 only.
	Family, Table string
	// Chain is the chain in Table whose first rules accept granted traffic
	// (NFT_CHAIN): a base chain on the input hook, or a chain it jumps to
	// such as OpenWrt fw4's input_wan.
	Chain string
	// ForwardChain is the chain in Table that accepts forwarded NAT
	// access: Debian's forward, OpenWrt fw4's forward_wan. Only NAT uses it.
	ForwardChain string
	// Now is the clock that turns expiry times into kernel timeouts
	// (time.Now if nil).
	Now func() time.Time
	// FlushMark is a file Flush touches, in whichever process it runs.
	// A backend that finds it touched after its own Init forgets the
	// grants on record instead of putting them back: they were flushed on
	// purpose (fwknopd --fw-flush next to the daemon), where a ruleset
	// reload, which also removes the sets, must not lose them. Empty: no
	// mark, and flushed grants are put back like reloaded ones.
	FlushMark string
}

// DefaultNFTConfig is Debian's /etc/nftables.conf: table inet filter,
// chains input and forward.
func DefaultNFTConfig() NFTConfig {
	return NFTConfig{Family: "inet", Table: "filter", Chain: "input", ForwardChain: "forward"}
}

func (c NFTConfig) check(nat bool) error {
	switch {
	case c.Family != "ip" && c.Family != "ip6" && c.Family != "inet":
		return fmt.Errorf("%w: nftables family %q, want ip, ip6 or inet", ErrInvalidConfig, c.Family)
	case c.Table == "" || c.Chain == "" || (nat && c.ForwardChain == ""):
		return fmt.Errorf("%w: nftables table %q chain %q forward chain %q", ErrInvalidConfig, c.Table, c.Chain, c.ForwardChain)
	}
	return nil
}

// ErrOverlap refuses a grant that an interval set cannot hold beside a live
// one: the kernel takes nested elements only where the inner one does not
// share a corner with the outer one (a host grant for a prefix's first
// address beside the prefix, say).
var ErrOverlap = errors.New("firewall: grant overlaps a live grant in a way an nftables interval set cannot hold")

// elemKey is one end of a set element's range: source, destination,
// protocol and port, each field padded to the kernel's 4-byte registers.
func elemKey(src, dst netip.Addr, proto uint8, port uint16) []byte {
	b := make([]byte, 0, 2*src.BitLen()/8+8)
	b = append(b, src.AsSlice()...)
	b = append(b, dst.AsSlice()...)
	b = append(b, proto, 0, 0, 0)
	b = binary.BigEndian.AppendUint16(b, port)
	return append(b, 0, 0)
}

// elemRange is the [start, end] of k's element.
func elemRange(k key) (start, end []byte) {
	dst := k.dest
	if !dst.IsValid() {
		dst = netip.PrefixFrom(unspecified(k.src.Addr().Is6()), 0)
	}
	srcLo, srcHi := bounds(k.src)
	dstLo, dstHi := bounds(dst)
	return elemKey(srcLo, dstLo, k.proto, k.port), elemKey(srcHi, dstHi, k.proto, k.port)
}

// keyOfElem reads an element's range back; it reports false for a range
// that is not a grant (a source or destination that is no prefix, another
// protocol, ports that differ).
func keyOfElem(start, end []byte, v6 bool) (key, bool) {
	n := 4
	if v6 {
		n = 16
	}
	if len(start) != 2*n+8 || len(end) != len(start) {
		return key{}, false
	}
	field := func(b []byte, i int) netip.Addr {
		a, _ := netip.AddrFromSlice(b[i*n : (i+1)*n])
		return a
	}
	src, okSrc := prefixOf(field(start, 0), field(end, 0))
	dst, okDst := prefixOf(field(start, 1), field(end, 1))
	tail := start[2*n:] // protocol and port, as elemKey pads them
	proto, port := tail[0], binary.BigEndian.Uint16(tail[4:])
	if !okSrc || !okDst || src.Bits() == 0 || (proto != TCP && proto != UDP) || port == 0 ||
		string(tail) != string(elemKey(netip.Addr{}, netip.Addr{}, proto, port)) || string(tail) != string(end[2*n:]) {
		return key{}, false
	}
	if dst.Bits() == 0 {
		dst = netip.Prefix{}
	}
	return key{src: src, proto: proto, port: port, dest: dst}, true
}

func unspecified(v6 bool) netip.Addr {
	if v6 {
		return netip.IPv6Unspecified()
	}
	return netip.IPv4Unspecified()
}

// bounds returns the first and last address of p.
func bounds(p netip.Prefix) (lo, hi netip.Addr) {
	lo = p.Masked().Addr()
	b := lo.As16()
	off := 16 - lo.BitLen()/8
	for i := p.Bits(); i < lo.BitLen(); i++ {
		b[off+i/8] |= 0x80 >> (i % 8)
	}
	hi = netip.AddrFrom16(b)
	if lo.Is4() {
		hi = hi.Unmap()
	}
	return lo, hi
}

// prefixOf is the prefix whose bounds are lo and hi, if there is one.
func prefixOf(lo, hi netip.Addr) (netip.Prefix, bool) {
	if !lo.IsValid() || lo.BitLen() != hi.BitLen() {
		return netip.Prefix{}, false
	}
	a, b := lo.As16(), hi.As16()
	var diff int // leading bits in common
	for i := range a {
		x := a[i] ^ b[i]
		if x != 0 {
			diff = i*8 + bits.LeadingZeros8(x)
			break
		}
		diff = (i + 1) * 8
	}
	p := netip.PrefixFrom(lo, diff-(128-lo.BitLen()))
	if l, h := bounds(p); l != lo || h != hi {
		return netip.Prefix{}, false
	}
	return p, true
}

// expComment is an element's comment: the absolute expiry, as in the
// iptables backend's rules, and for the accept element of NAT grants a mark.
func expComment(exp int64, nat bool) string {
	c := expPrefix + strconv.FormatInt(exp, 10)
	if nat {
		c += nftNATComment
	}
	return c
}

// elemExpiry is when an element read back expires: the second in its
// comment, or, for an element someone else added, now plus the time the
// kernel says is left, to the nearest second. It reports whether the
// comment marks the accept element of NAT grants.
func elemExpiry(comment string, left time.Duration, now time.Time) (exp int64, nat bool) {
	comment, nat = strings.CutSuffix(comment, nftNATComment)
	if exp := parseExp(comment); exp != 0 {
		return exp, nat
	}
	return now.Add(left).Round(time.Second).Unix(), false
}

// natData is a DNAT map element's data: address and port, each field
// padded to 4-byte registers.
func natData(to netip.AddrPort) []byte {
	b := append(to.Addr().AsSlice(), 0, 0, 0, 0)
	binary.BigEndian.PutUint16(b[len(b)-4:], to.Port())
	return b
}

// natTarget reads natData back.
func natTarget(b []byte, v6 bool) (netip.AddrPort, bool) {
	n := 4
	if v6 {
		n = 16
	}
	if len(b) != n+4 || b[n+2] != 0 || b[n+3] != 0 {
		return netip.AddrPort{}, false
	}
	a, _ := netip.AddrFromSlice(b[:n])
	to := netip.AddrPortFrom(a, binary.BigEndian.Uint16(b[n:]))
	return to, !a.IsUnspecified() && to.Port() != 0
}

// specificFirst orders keys so that the kernel accepts them one after the
// other into an interval set: an element whose corner lies inside one
// already there is refused, so narrower ranges go in before wider ones.
func specificFirst(a, b key) int {
	if a.dest.Bits() != b.dest.Bits() {
		return prefixBits(b.dest) - prefixBits(a.dest)
	}
	return b.src.Bits() - a.src.Bits()
}

func prefixBits(p netip.Prefix) int {
	if !p.IsValid() {
		return 0
	}
	return p.Bits()
}

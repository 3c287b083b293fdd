package knock

import (
	"net/netip"
	"strconv"
)

// The stock client's bounds on --icmp-type and --icmp-code (common/common.h).
const (
	maxICMPType = 40
	maxICMPCode = 15
)

// ParseSpoofSource reads -Q / SPOOF_SOURCE_IP: an IPv4 address, as the
// stock client's is_valid_ipv4_addr wants it.
func ParseSpoofSource(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return netip.Addr{}, invalid("Invalid spoof IP: spoof-source: %q is not an IPv4 address", s)
	}
	return a, nil
}

// SetSpoofSource sets SpoofSource from -Q or SPOOF_SOURCE_IP. A value
// that is not an IPv4 address is refused by CheckRaw, not here: the stock
// client checks it after the whole command line, so that a later -Q or a
// bad -P is what a script hears about first.
func (o *Options) SetSpoofSource(s string) {
	a, err := ParseSpoofSource(s)
	o.SpoofSource, o.badSpoof = a, ""
	if err != nil {
		o.badSpoof = s
	}
}

// ParseICMPType reads --icmp-type: 0..40.
func ParseICMPType(s string) (uint8, error) { return parseSmall("icmp type", s, maxICMPType) }

// ParseICMPCode reads --icmp-code: 0..15.
func ParseICMPCode(s string) (uint8, error) { return parseSmall("icmp code", s, maxICMPCode) }

func parseSmall(opt, s string, max uint64) (uint8, error) {
	n, err := strconv.ParseUint(s, 10, 8)
	if err != nil || n > max {
		return 0, invalid("Invalid %s '%s', must be in [0-%d]", opt, s, max)
	}
	return uint8(n), nil
}

// CheckRaw refuses what the raw transports cannot do, before anything is
// built: a spoofed source that is not an IPv4 address, one without a raw
// transport (the stock client says the same, in that order), and IPv6, which the stock raw modes do not speak either.
func (o *Options) CheckRaw() error {
	switch {
	case o.badSpoof != "":
		_, err := ParseSpoofSource(o.badSpoof)
		return err
	case o.SpoofSource.IsValid() && !o.Transport.Raw():
		return invalid("Must set -P <udpraw|tcpraw|icmp> with a spoofed source IP (-Q)")
	case o.Transport.Raw() && o.Family == IPv6:
		return invalid("-P %s sends IPv4 only; drop -6", o.Transport)
	}
	return nil
}

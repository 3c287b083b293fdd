package config

import (
	"net/netip"
	"strconv"
	"strings"
)

// parseBool reads Y/N. The stock daemon takes anything starting with 'Y' as
// yes and everything else as no; Sesame accepts Y, N, Yes, No (any case)
// and refuses the rest, so a typo cannot silently mean no.
func parseBool(v string) (bool, error) {
	switch strings.ToUpper(v) {
	case "Y", "YES":
		return true, nil
	case "N", "NO":
		return false, nil
	}
	return false, badValue("want Y or N, got %s", quote(v))
}

// parseInt reads a decimal integer in [lo, hi], strictly (the stock
// strtol_wrapper is loose about trailing text).
func parseInt(v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi || strings.TrimLeft(v, "0123456789") != "" {
		return 0, &valueError{sentinel: ErrValue, msg: sprintf("want a number in %d..%d, got %s", lo, hi, quote(v)),
			rng: &numRange{v: v, lo: lo, hi: hi}}
	}
	return n, nil
}

func parsePort(v string) (uint16, error) {
	n, err := parseInt(v, 1, 65535)
	return uint16(n), err
}

// parseAddr reads one IPv4 or IPv6 address without a zone.
func parseAddr(v string) (netip.Addr, error) {
	a, err := netip.ParseAddr(v)
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, badValue("want an IP address, got %s", quote(v))
	}
	return a.Unmap(), nil
}

func yn(b bool) string {
	if b {
		return "Y"
	}
	return "N"
}

package config

import (
	"net/netip"

	"github.com/sesame-spa/sesame/shared/spa"
)

// MatchSource reports whether addr is in the stanza's SOURCE list. An
// IPv4-mapped IPv6 address (::ffff:198.51.100.7) counts as the IPv4 address.
func (s *Stanza) MatchSource(addr netip.Addr) bool { return matchPrefixes(s.Source, addr) }

// MatchDestination reports whether addr is in the DESTINATION list; a
// stanza without one matches every destination.
func (s *Stanza) MatchDestination(addr netip.Addr) bool {
	return len(s.Destination) == 0 || matchPrefixes(s.Destination, addr)
}

func matchPrefixes(ps []netip.Prefix, addr netip.Addr) bool {
	addr = addr.Unmap().WithZone("")
	for _, p := range ps {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

// PortsAllowed applies acc_check_port_access: a request is refused when it
// is empty, names a protocol other than tcp or udp, asks for any port in
// RESTRICT_PORTS, or (when OPEN_PORTS is set) asks for any port not in
// OPEN_PORTS.
func (s *Stanza) PortsAllowed(req []spa.ProtoPort) bool {
	if len(req) == 0 {
		return false
	}
	for _, p := range req {
		if p.Proto != "tcp" && p.Proto != "udp" {
			return false
		}
		if containsPort(s.RestrictPorts, p) {
			return false
		}
		if len(s.OpenPorts) > 0 && !containsPort(s.OpenPorts, p) {
			return false
		}
	}
	return true
}

func containsPort(list []spa.ProtoPort, p spa.ProtoPort) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}

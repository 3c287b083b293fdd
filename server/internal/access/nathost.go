package access

import (
	"errors"
	"fmt"
	"net/netip"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// Why a NAT access request's host name gave no address. Each is a
// Malformed decision's Err; the daemon logs the stock fwknopd's words for
// it (process_spa_request in fw_util_iptables.c), which fwknop's test
// suite greps.
var (
	// ErrNATHostDisabled: a host name where ENABLE_NAT_DNS is N.
	ErrNATHostDisabled = errors.New("Received Hostname in NAT SPA message, but hostname is disabled.")
	// ErrNATHostInvalid: not a host name the stock accepts (is_valid_hostname).
	ErrNATHostInvalid = errors.New("Invalid Hostname in NAT SPA message")
	// ErrNATHostUnresolved: the name does not resolve.
	ErrNATHostUnresolved = errors.New("Unable to resolve Hostname in NAT SPA message")
)

// natAddr is the address a NAT request's host names: an address as it
// stands, else a host name resolved when ENABLE_NAT_DNS allows it.
func (p *packetState) natAddr(host string) (netip.Addr, error) {
	if addr, err := netip.ParseAddr(host); err == nil {
		return addr, nil
	}
	if !p.j.srv.EnableNATDNS || p.j.opts.Resolve == nil {
		return netip.Addr{}, fmt.Errorf("%w (%q)", ErrNATHostDisabled, host)
	}
	if !validHostname(host) {
		return netip.Addr{}, fmt.Errorf("%w (%q)", ErrNATHostInvalid, host)
	}
	a, err := p.j.opts.Resolve(host)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("%w (%q): %v", ErrNATHostUnresolved, host, err)
	}
	return a, nil
}

// validHostname is the stock's is_valid_hostname (common/fko_util.c): at
// most 254 bytes of labels of letters, digits and '-', each label starting
// with a letter or digit, not ending in '-', at most 63 bytes; one trailing
// dot allowed.
func validHostname(s string) bool {
	if s == "" || len(s) > 254 {
		return false
	}
	label := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		switch {
		case label == 0 && !alnum:
			return false
		case c == '.':
			if label > 63 || s[i-1] == '-' {
				return false
			}
			label = 0
			continue
		case !alnum && c != '-':
			return false
		}
		label++
	}
	return label <= 63 && s[len(s)-1] != '-'
}

// withSNAT adds the source rewriting the stock's snat_rule chooses for a
// NAT grant when ENABLE_IPT_SNAT is on (the stock has SNAT chains only
// then, so a stanza's FORCE_SNAT alone rewrites nothing there either): the
// stanza's FORCE_SNAT address, else masquerading if it says
// FORCE_MASQUERADE, else SNAT_TRANSLATE_IP, else masquerading. With
// DISABLE_DNAT the grant makes no DNAT rule; with FORWARD_ALL it forwards
// every protocol and port of the client.
func (p *packetState) withSNAT(cfg *config.Stanza, nat *firewall.NAT) *firewall.NAT {
	srv := p.j.srv
	nat.NoDNAT, nat.All = cfg.DisableDNAT, cfg.ForwardAll
	switch {
	case !srv.EnableIPTSNAT:
	case cfg.ForceSNAT.IsValid():
		nat.SNATTo = cfg.ForceSNAT
	case cfg.ForceMasquerade:
		nat.Masquerade = true
	case srv.SNATTranslateIP.IsValid():
		nat.SNATTo = srv.SNATTranslateIP
	default:
		nat.Masquerade = true
	}
	return nat
}

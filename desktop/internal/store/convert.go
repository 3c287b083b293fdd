package store

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// FromTyped splits a typed profile (read from a sesame1: line, an rc
// stanza, ...) into the profile kept in the profiles file and the keys
// kept apart, with signingPW the GPG signing key's passphrase (if any).
// It returns an error when the profile or the keys would be refused.
func FromTyped(lp *profile.Profile, signingPW []byte) (Profile, Keys, error) {
	p := Profile{
		Name:      lp.Name,
		Host:      lp.Host,
		Access:    protoPortsText(lp.Access),
		Digest:    lp.Digest.String(),
		HMAC:      "none",
		Timeout:   lp.Timeout,
		Transport: lp.Transport.String(),
		Resolvers: lp.Resolvers,
	}
	if lp.Port != DefaultPort {
		p.Port = lp.Port
	}
	if lp.HMAC != 0 {
		p.HMAC = lp.HMAC.String()
	}
	if lp.Mode == spa.Legacy {
		p.Encryption = "legacy"
	}
	if g := lp.GPG; g != nil {
		p.Encryption, p.GPGRecipient, p.GPGSigner, p.GPGHome = "gpg", g.Recipient, g.Signer, g.Home
	}
	switch lp.Allow {
	case profile.AllowSource:
		p.Allow = "source"
	case profile.AllowResolve:
		p.Allow = "resolve"
	case profile.AllowFixed:
		p.Allow = lp.AllowIP.String()
	}
	if n := lp.NAT; n != nil {
		if n.Local {
			p.NATLocal = n.Port
		} else {
			p.NAT = joinHostPort(n.Host, n.Port)
		}
	}
	k := Keys{Rijndael: lp.Key, HMAC: lp.HMACKey, GPGSigningPW: signingPW}
	if err := k.check(); err != nil {
		return Profile{}, Keys{}, err
	}
	return p, k, p.Validate()
}

func protoPortsText(pp []spa.ProtoPort) string {
	s := make([]string, len(pp))
	for i, x := range pp {
		s[i] = x.String()
	}
	return strings.Join(s, ",")
}

func joinHostPort(host string, port uint16) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + strconv.Itoa(int(port))
}

// Typed returns p with keys k as the shared typed model of a knock, from
// which every format is written. It does not validate (see
// profile.Validate); it fails only on a field that does not parse.
func (p *Profile) Typed(k Keys) (*profile.Profile, error) {
	lp := &profile.Profile{Name: p.Name, Host: p.Host, Port: p.Port, Timeout: p.Timeout,
		HMACKey: k.HMAC, Resolvers: p.Resolvers}
	if lp.Port == 0 {
		lp.Port = DefaultPort
	}
	var ok bool
	if lp.Transport, ok = transports[p.Transport]; !ok {
		return nil, fieldErr("transport", "want udp, tcp or http")
	}
	var err error
	if lp.Access, err = spa.ParseProtoPorts(p.Access); err != nil {
		return nil, fmt.Errorf("access: %w", err)
	}
	if lp.Digest, err = spa.ParseHash(or(p.Digest, DefaultDigest)); err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	if h := or(p.HMAC, DefaultHMAC); h != "none" {
		if lp.HMAC, err = spa.ParseHash(h); err != nil {
			return nil, fmt.Errorf("hmac: %w", err)
		}
	}
	switch p.Encryption {
	case "gpg":
		lp.GPG = &profile.GPG{Recipient: p.GPGRecipient, Signer: p.GPGSigner, Home: p.GPGHome}
	case "legacy":
		lp.Mode, lp.Key = spa.Legacy, k.Rijndael
	default:
		lp.Key = k.Rijndael
	}
	if err := p.typedAllow(lp); err != nil {
		return nil, err
	}
	if p.NATLocal != 0 {
		lp.NAT = &profile.NAT{Local: true, Port: p.NATLocal}
	} else if p.NAT != "" {
		host, port, err := splitHostPort(p.NAT)
		if err != nil {
			return nil, fieldErr("nat", "%v", err)
		}
		lp.NAT = &profile.NAT{Host: host, Port: port}
	}
	return lp, nil
}

var transports = map[string]profile.Transport{"": profile.UDP, "udp": profile.UDP, "tcp": profile.TCP, "http": profile.HTTP}

func (p *Profile) typedAllow(lp *profile.Profile) error {
	switch p.Allow {
	case "source":
		lp.Allow = profile.AllowSource
	case "", "resolve":
		lp.Allow = profile.AllowResolve
	default:
		ip, err := netip.ParseAddr(p.Allow)
		if err != nil {
			return fieldErr("allow", "want resolve, source or an IP address")
		}
		lp.Allow, lp.AllowIP = profile.AllowFixed, ip
	}
	return nil
}

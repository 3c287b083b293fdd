package knock

import (
	"cmp"
	"encoding/base64"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// FromProfile returns the options that knock as p does, as `sesame knock`
// builds them from the stock client's flags, with signingPW the GPG
// signing key's passphrase (if any). For AllowResolve the options ask for
// resolution (ResolveIP, with p's first resolver); a caller that learned
// the address itself sets AllowIP. p should be valid (profile.Validate).
func FromProfile(p *profile.Profile, signingPW Secret) *Options {
	o := NewOptions()
	o.Destination, o.ServerPort = p.Host, p.Port
	o.Transport, _ = ParseTransport(p.Transport.String())
	access := make([]string, len(p.Access))
	for i, pp := range p.Access {
		access[i] = pp.String()
	}
	o.Access = strings.Join(access, ",")
	switch p.Allow {
	case profile.AllowSource:
		o.AllowIP = "0.0.0.0"
	case profile.AllowFixed:
		o.AllowIP = p.AllowIP.String()
	default:
		o.ResolveIP = true
		if len(p.Resolvers) > 0 {
			o.ResolveURL = p.Resolvers[0]
		}
	}
	if n := p.NAT; n != nil && n.Local {
		o.NATLocal, o.NATPort = true, int(n.Port)
	} else if n != nil {
		o.NATAccess = n.Host + "," + strconv.Itoa(int(n.Port))
	}
	if p.Timeout > 0 {
		o.FWTimeout = p.Timeout
	}
	o.Digest = p.Digest
	if p.HMAC != 0 {
		o.HMACDigest, o.UseHMAC = p.HMAC, true
		if len(p.HMACKey) > 0 {
			o.SetHMACKeyBase64(base64.StdEncoding.EncodeToString(p.HMACKey))
		}
	}
	if g := p.GPG; g != nil {
		o.UseGPG, o.GPGRecipient, o.GPGSigner, o.GPGHome = true, g.Recipient, g.Signer, g.Home
		o.GPGSigningPW = signingPW
		return o
	}
	o.Mode = p.Mode
	if len(p.Key) > 0 {
		o.SetKeyBase64(base64.StdEncoding.EncodeToString(p.Key))
	}
	return o
}

// Profile returns the typed profile called name that knocks as o does,
// keys included: the inverse of FromProfile, for options read from an rc
// stanza or flags. A command (-C) and a random NAT port have no place in
// a profile and are refused; so are keys that are not base64. The
// profile is not validated (profile.Validate); the GPG signing passphrase
// stays in o (GPGSigningPW), as profiles carry no passphrase.
func (o *Options) Profile(name string) (*profile.Profile, error) {
	if o.ServerCmd != "" || o.NATRandPort {
		return nil, invalid("a server command (-C) or a random NAT port cannot be kept in a profile")
	}
	p := &profile.Profile{Name: name, Host: o.Destination, Port: o.ServerPort, Transport: profileTransport[o.Transport],
		Timeout: max(o.FWTimeout, 0), Digest: o.Digest, Mode: o.Mode}
	var err error
	if p.Access, err = spa.ParseProtoPorts(o.Access); err != nil {
		return nil, invalid("access %q: %v", o.Access, err)
	}
	if err := o.profileAllow(p); err != nil {
		return nil, err
	}
	if p.NAT, err = o.profileNAT(p.Access); err != nil {
		return nil, err
	}
	if p.Digest == 0 {
		p.Digest = spa.SHA256
	}
	if o.UseHMAC {
		p.HMAC = cmp.Or(o.HMACDigest, spa.SHA256)
		if p.HMACKey, err = optionKey("HMAC key", o.HMACKey, o.HMACKeyBase64); err != nil {
			return nil, err
		}
	}
	if o.UseGPG {
		p.GPG = &profile.GPG{Recipient: o.GPGRecipient, Signer: o.GPGSigner, Home: o.GPGHome}
		return p, nil
	}
	p.Key, err = optionKey("Rijndael key", o.Key, o.KeyBase64)
	return p, err
}

var profileTransport = map[Transport]profile.Transport{UDP: profile.UDP, TCP: profile.TCP, HTTP: profile.HTTP}

func (o *Options) profileAllow(p *profile.Profile) error {
	switch {
	case o.AllowIP == SourceAddr:
		p.Allow = profile.AllowSource
	case o.AllowIP != "":
		a, err := netip.ParseAddr(o.AllowIP)
		if err != nil {
			return invalid("allow-ip: %q is not an IPv4 or IPv6 address", o.AllowIP)
		}
		p.Allow, p.AllowIP = profile.AllowFixed, a
	default:
		p.Allow = profile.AllowResolve
		if o.ResolveURL != "" {
			p.Resolvers = []string{o.ResolveURL}
		}
	}
	return nil
}

// profileNAT reads -N host,port (or host:port, an IPv6 host in brackets;
// without a port, the access port) and --nat-local, which without
// --nat-port forwards the access port, as the message does.
func (o *Options) profileNAT(access []spa.ProtoPort) (*profile.NAT, error) {
	var accessPort uint16
	if len(access) == 1 {
		accessPort = access[0].Port
	}
	if o.NATLocal {
		return &profile.NAT{Local: true, Port: cmp.Or(uint16(o.NATPort), accessPort)}, nil
	}
	if o.NATAccess == "" {
		return nil, nil
	}
	host, port := o.NATAccess, ""
	if i := strings.LastIndexByte(host, ','); i >= 0 {
		host, port = host[:i], host[i+1:]
	} else if h, p, err := net.SplitHostPort(host); err == nil {
		host, port = h, p
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	n, err := strconv.ParseUint(port, 10, 16)
	if port == "" {
		n, err = uint64(accessPort), nil
	}
	if host == "" || err != nil || n == 0 {
		return nil, invalid("nat-access %q: want host,port", o.NATAccess)
	}
	return &profile.NAT{Host: host, Port: uint16(n)}, nil
}

// optionKey returns a key's bytes from its passphrase or base64 form; nil
// when neither is given.
func optionKey(name string, pass, b64 Secret) ([]byte, error) {
	if pass != "" {
		return []byte(pass), nil
	}
	if b64 == "" {
		return nil, nil
	}
	key, err := decodeKey(string(b64))
	if err != nil {
		return nil, invalid("base64 %s: not valid base64 (the key is not shown)", name)
	}
	return key, nil
}

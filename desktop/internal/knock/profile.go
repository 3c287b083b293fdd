package knock

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/profile"
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

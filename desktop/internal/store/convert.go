package store

import (
	"cmp"
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
	p := Profile{Profile: *lp}
	p.Key, p.HMACKey, p.Extensions = nil, nil, nil
	k := Keys{Rijndael: lp.Key, HMAC: lp.HMACKey, GPGSigningPW: signingPW}
	if err := k.check(); err != nil {
		return Profile{}, Keys{}, err
	}
	return p, k, p.Validate()
}

// Typed returns p with keys k as the shared typed model of a knock, from
// which every format is written (Rijndael keys are left out of a GPG
// profile). It does not validate (see profile.Validate).
func (p *Profile) Typed(k Keys) *profile.Profile {
	lp := p.Profile
	lp.Port = cmp.Or(lp.Port, DefaultPort)
	lp.Digest = cmp.Or(lp.Digest, spa.SHA256)
	lp.HMACKey, lp.Key = k.HMAC, nil
	if lp.GPG == nil {
		lp.Key = k.Rijndael
	}
	return &lp
}

// joinHostPort writes host:port, an IPv6 host in brackets.
func joinHostPort(host string, port uint16) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + strconv.Itoa(int(port))
}

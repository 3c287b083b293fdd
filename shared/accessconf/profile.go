package accessconf

import (
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/profile"
)

// FromProfile returns the stanza that lets fwknopd accept p's knocks, keys
// included: treat its text as a secret. p should be valid
// (profile.Validate); the stanza takes knocks without an HMAC when p has
// no HMAC key.
//
// A GPG profile's stanza lets the server's key decrypt without a
// passphrase (GPG_ALLOW_NO_PW; the client does not know the server's) and
// accepts the signer's signatures (GPG_REMOTE_ID, which must then be a key
// id or fingerprint, or Write refuses it), or none (GPG_DISABLE_SIG) when
// the profile does not sign. A NAT profile needs forwarding enabled in
// fwknopd.conf, not in the stanza: a comment says so.
func FromProfile(p *profile.Profile) *Stanza {
	st := &Stanza{Comments: []string{strings.TrimSpace("Sesame profile " + p.Name)}, OpenPorts: p.Access}
	if g := p.GPG; g != nil {
		st.GPGDecryptID, st.GPGAllowNoPW = g.Recipient, true
		st.Comments = append(st.Comments, "the server's GPG key has a passphrase? put GPG_DECRYPT_PW in place of GPG_ALLOW_NO_PW")
		if g.Signer != "" {
			st.GPGRemoteIDs = []string{g.Signer}
		} else {
			st.GPGDisableSig = true
		}
	} else {
		st.Key, st.Mode = p.Key, p.Mode
	}
	if p.HMAC != 0 && len(p.HMACKey) > 0 {
		st.HMACKey, st.HMACType = p.HMACKey, p.HMAC
	}
	st.MaxFWTimeout = time.Duration(max(p.Timeout, 0)) * time.Second
	if p.NAT != nil {
		st.Comments = append(st.Comments, "the profile asks for NAT: fwknopd.conf needs ENABLE_IPT_FORWARDING Y (and ENABLE_IPT_LOCAL_NAT Y for local NAT)")
	}
	return st
}

package fwknoprc

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// ProfileStanza returns the stanza called name that knocks as p does, keys
// included: the stock client's `fwknop -n name` then sends what Sesame
// sends for p. The keys go in the file rather than on a command line,
// where ps would show them. A GPG profile's stanza names its keys
// (USE_GPG, GPG_RECIPIENT, GPG_SIGNER, GPG_HOMEDIR); a signing key's
// passphrase is not part of a profile and is asked for at the knock. Of
// the resolvers, the rc file holds one (RESOLVE_URL): the first. A mode
// other than CBC is written as the stock client's --save-rc-stanza writes
// it (ENCRYPTION_MODE CTR, legacy). p should
// be valid (profile.Validate); WriteStanza refuses a value the rc format
// cannot hold (a GPG user id with spaces).
func ProfileStanza(name string, p *profile.Profile) *Stanza {
	s := &Stanza{Name: name}
	add := func(v, value string) { s.Settings = append(s.Settings, Setting{Name: v, Value: value}) }
	add("SPA_SERVER", p.Host)
	add("SPA_SERVER_PORT", strconv.Itoa(int(p.Port)))
	add("SPA_SERVER_PROTO", p.Transport.String())
	add("ACCESS", joinPorts(p.Access))
	add("ALLOW_IP", allowText(p))
	if p.Allow == profile.AllowResolve && len(p.Resolvers) > 0 {
		add("RESOLVE_URL", p.Resolvers[0])
	}
	add("DIGEST_TYPE", p.Digest.String())
	if p.GPG == nil && p.Mode != spa.CBC { // CBC is the stock client's default
		add("ENCRYPTION_MODE", p.Mode.FKOName())
	}
	if g := p.GPG; g != nil {
		add("USE_GPG", "Y")
		add("GPG_RECIPIENT", g.Recipient)
		if g.Signer != "" {
			add("GPG_SIGNER", g.Signer)
		}
		if g.Home != "" {
			add("GPG_HOMEDIR", g.Home)
		}
	} else {
		add("KEY_BASE64", base64.StdEncoding.EncodeToString(p.Key))
	}
	if p.HMAC != 0 {
		add("HMAC_KEY_BASE64", base64.StdEncoding.EncodeToString(p.HMACKey))
		add("USE_HMAC", "Y")
		add("HMAC_DIGEST_TYPE", p.HMAC.String())
	} else {
		add("USE_HMAC", "N")
	}
	if p.Timeout > 0 {
		add("FW_TIMEOUT", strconv.Itoa(p.Timeout))
	}
	switch n := p.NAT; {
	case n == nil:
	case n.Local:
		add("NAT_LOCAL", "Y")
		add("NAT_PORT", strconv.Itoa(int(n.Port)))
	default:
		add("NAT_ACCESS", n.Host+","+strconv.Itoa(int(n.Port)))
	}
	return s
}

func allowText(p *profile.Profile) string {
	switch p.Allow {
	case profile.AllowSource:
		return "source"
	case profile.AllowFixed:
		return p.AllowIP.String()
	}
	return "resolve"
}

func joinPorts(pp []spa.ProtoPort) string {
	s := make([]string, len(pp))
	for i, x := range pp {
		s[i] = x.String()
	}
	return strings.Join(s, ",")
}

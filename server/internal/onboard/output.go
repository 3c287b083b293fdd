package onboard

import (
	"fmt"
	"io"
	"strings"

	"github.com/sesame-spa/sesame/shared/fwknoprc"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/qrcode"
	"github.com/sesame-spa/sesame/shared/spa"
)

// clientProfile is the profile printed for the client named client: UDP to
// host:port, allow=resolve to match REQUIRE_SOURCE_ADDRESS Y, SHA-256
// digest, CBC. Its name is the client's (see profileName), so the profile
// line, its QR code and the ~/.fwknoprc stanza all carry it.
func clientProfile(client, host string, port uint16, ports []spa.ProtoPort, k clientKeys) (*profile.Profile, error) {
	p := &profile.Profile{
		Name:      profileName(client),
		Host:      host,
		Port:      port,
		Transport: profile.UDP,
		Access:    ports,
		Allow:     profile.AllowResolve,
		Digest:    spa.SHA256,
		HMAC:      k.hmacType,
		Mode:      spa.CBC,
		Key:       k.rijndael,
		HMACKey:   k.hmac,
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrArgument, err)
	}
	return p, nil
}

// profileName is the profile name for a client: its SESAME_CLIENT name,
// which the person onboarding chose and expects to see in the app and in
// `fwknop -n NAME`. SESAME_CLIENT allows '@' and a leading '.', '_' or '-',
// which the profile's name field does not, so '@' becomes '-'
// (alice@laptop is alice-laptop) and a leading non-alphanumeric run is
// dropped; a name with nothing left gives "" (no name).
func profileName(client string) string {
	b := []byte(strings.TrimLeftFunc(client, func(r rune) bool { return r > 0x7f || !isAlnum(byte(r)) }))
	for i, c := range b {
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			b[i] = '-'
		}
	}
	return string(b)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// printClient prints everything the client needs, keys included.
func printClient(w io.Writer, client string, p *profile.Profile) error {
	rc := p.Name
	if rc == "" {
		rc = "sesame"
	}
	line := p.Line()
	fw2 := profile.FormatFwknop2(p.Key, p.HMACKey)
	var b strings.Builder
	fmt.Fprintf(&b, "\n==== For client %s only: this holds its keys. Do not paste it anywhere else. ====\n\n", client)
	fmt.Fprintf(&b, "Sesame profile (import it in the Sesame app, or scan the code):\n\n%s\n\n", line)
	if err := qrcode.Terminal(&b, line); err != nil {
		return err
	}
	fmt.Fprintf(&b, "\nFwknop2 (Android) keys, to scan in its key fields:\n\n%s\n\n", fw2)
	if err := qrcode.Terminal(&b, fw2); err != nil {
		return err
	}
	fmt.Fprintf(&b, "In Fwknop2 also set: server %s, port %d, UDP, access %s, allow IP \"Resolve IP\", HMAC %s.\n\n",
		p.Host, p.Port, portsText(p.Access, ","), strings.ToUpper(p.HMAC.String()))
	fmt.Fprintf(&b, "Stock fwknop client: add this stanza to ~/.fwknoprc (mode 0600):\n\n")
	if err := fwknoprc.WriteStanza(&b, fwknoprc.ProfileStanza(rc, p)); err != nil {
		return err
	}
	fmt.Fprintf(&b, "\nthen knock with:  fwknop -n %s\n", rc)
	_, err := io.WriteString(w, b.String())
	return err
}

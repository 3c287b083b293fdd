package store

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Options returns the knock options of p with keys k, as `sesame knock`
// builds them from the stock client's flags. For allow=resolve the options
// ask for resolution (ResolveIP); a caller that learned the address itself
// sets AllowIP. The keys are carried as knock.Secret values.
func (p *Profile) Options(k Keys) *knock.Options {
	o := knock.NewOptions()
	o.Destination = p.Host
	if p.Port != 0 {
		o.ServerPort = p.Port
	}
	o.Transport, _ = knock.ParseTransport(or(p.Transport, DefaultTransport))
	o.Access = p.Access
	switch p.Allow {
	case "source":
		o.AllowIP = "0.0.0.0"
	case "", "resolve":
		o.ResolveIP = true
		if len(p.Resolvers) > 0 {
			o.ResolveURL = p.Resolvers[0]
		}
	default:
		o.AllowIP = p.Allow
	}
	if p.NAT != "" {
		o.NATAccess = p.NAT
	}
	if p.NATLocal != 0 {
		o.NATLocal, o.NATPort = true, int(p.NATLocal)
	}
	if p.Timeout > 0 {
		o.FWTimeout = p.Timeout
	}
	o.Digest, _ = spa.ParseHash(or(p.Digest, DefaultDigest))
	if h := or(p.HMAC, DefaultHMAC); h != "none" {
		o.HMACDigest, _ = spa.ParseHash(h)
		o.UseHMAC = true
	}
	if len(k.HMAC) > 0 && o.UseHMAC {
		o.SetHMACKeyBase64(base64.StdEncoding.EncodeToString(k.HMAC))
	}
	switch or(p.Encryption, DefaultMode) {
	case "legacy":
		o.Mode = spa.Legacy
	case "gpg":
		o.UseGPG, o.GPGRecipient, o.GPGSigner, o.GPGHome = true, p.GPGRecipient, p.GPGSigner, p.GPGHome
		o.GPGSigningPW = knock.Secret(k.GPGSigningPW)
		return o
	}
	if len(k.Rijndael) > 0 {
		o.SetKeyBase64(base64.StdEncoding.EncodeToString(k.Rijndael))
	}
	return o
}

// SPAKeys returns the spa.Keys of p with keys k, loading GPG keys from
// their files when p uses GPG. It never prompts.
func (p *Profile) SPAKeys(k Keys) (*spa.Keys, error) {
	return knock.Keys(p.Options(k), nil)
}

// FromLine reads a Sesame profile line (sesame1:...) as fwknopd
// --new-client prints it, into a profile kept in the keyring and its keys.
// A line without a name gets name.
func FromLine(line, name string) (Profile, Keys, error) {
	lp, err := profile.Parse(line)
	if err != nil {
		return Profile{}, Keys{}, err
	}
	p := Profile{
		Name:      or(lp.Name, name),
		Host:      lp.Host,
		Access:    protoPortsText(lp.Access),
		Digest:    lp.Digest.String(),
		HMAC:      "none",
		Timeout:   lp.Timeout,
		Transport: lp.Transport.String(),
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
	return p, Keys{Rijndael: lp.Key, HMAC: lp.HMACKey}, p.Validate()
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

// ErrNotExportable: the profile cannot be written in the asked format.
var ErrNotExportable = errors.New("cannot export the profile in this format")

// Line returns p with keys k as a Sesame profile line. The line holds the
// keys: treat it as a secret.
func (p *Profile) Line(k Keys) (string, error) {
	if p.Encryption == "gpg" {
		return "", fmt.Errorf("%w: the profile line carries no GPG settings", ErrNotExportable)
	}
	lp := &profile.Profile{Name: p.Name, Host: p.Host, Port: p.Port, Key: k.Rijndael, HMACKey: k.HMAC, Timeout: p.Timeout}
	if lp.Port == 0 {
		lp.Port = DefaultPort
	}
	lp.Transport = map[string]profile.Transport{"": profile.UDP, "udp": profile.UDP, "tcp": profile.TCP, "http": profile.HTTP}[p.Transport]
	lp.Access, _ = spa.ParseProtoPorts(p.Access)
	lp.Digest, _ = spa.ParseHash(or(p.Digest, DefaultDigest))
	if h := or(p.HMAC, DefaultHMAC); h != "none" {
		lp.HMAC, _ = spa.ParseHash(h)
	}
	if p.Encryption == "legacy" {
		lp.Mode = spa.Legacy
	}
	switch p.Allow {
	case "source":
		lp.Allow = profile.AllowSource
	case "", "resolve":
		lp.Allow = profile.AllowResolve
	default:
		lp.Allow, lp.AllowIP = profile.AllowFixed, netip.MustParseAddr(p.Allow)
	}
	if p.NATLocal != 0 {
		lp.NAT = &profile.NAT{Local: true, Port: p.NATLocal}
	} else if p.NAT != "" {
		host, port, _ := splitHostPort(p.NAT)
		lp.NAT = &profile.NAT{Host: host, Port: port}
	}
	if err := lp.Validate(); err != nil {
		return "", fmt.Errorf("%w: %v", ErrNotExportable, err)
	}
	return lp.Line(), nil
}

// Fwknop2Text returns the key text of an Fwknop2 QR code for k.
func (k Keys) Fwknop2Text() string { return profile.FormatFwknop2(k.Rijndael, k.HMAC) }

// FromFwknop2 reads an Fwknop2 QR text (KEY_BASE64:... HMAC_KEY_BASE64:...)
// into keys; the profile's other settings come from elsewhere.
func FromFwknop2(text string) (Keys, error) {
	fk, err := profile.ParseFwknop2(text)
	if err != nil {
		return Keys{}, err
	}
	return Keys{Rijndael: fk.Key, HMAC: fk.HMACKey}, nil
}

// AccessStanza returns the access.conf stanza that lets the server accept
// p's knocks with keys k, for fwknopd (stock or Sesame's). It holds the
// keys: treat it as a secret.
func (p *Profile) AccessStanza(k Keys) string {
	var b strings.Builder
	line := func(name, value string) { fmt.Fprintf(&b, "%-18s %s\n", name, value) }
	fmt.Fprintf(&b, "# Sesame profile %s\n", p.Name)
	line("SOURCE", "ANY")
	line("OPEN_PORTS", strings.ReplaceAll(p.Access, ",", ", "))
	if p.Encryption == "gpg" {
		line("GPG_REQUIRE_SIG", map[bool]string{true: "Y", false: "N"}[p.GPGSigner != ""])
		line("GPG_DECRYPT_ID", p.GPGRecipient)
		if p.GPGSigner != "" {
			line("GPG_REMOTE_ID", p.GPGSigner)
		}
	} else if len(k.Rijndael) > 0 {
		line("KEY_BASE64", base64.StdEncoding.EncodeToString(k.Rijndael))
	}
	if p.Encryption == "legacy" {
		line("ENCRYPTION_MODE", "legacy")
	}
	if h := or(p.HMAC, DefaultHMAC); h != "none" && len(k.HMAC) > 0 {
		line("HMAC_KEY_BASE64", base64.StdEncoding.EncodeToString(k.HMAC))
		line("HMAC_DIGEST_TYPE", strings.ToUpper(h))
	}
	if p.Timeout > 0 {
		line("MAX_FW_TIMEOUT", strconv.Itoa(p.Timeout))
	}
	if p.NAT != "" || p.NATLocal != 0 {
		line("FORCE_NAT", "N") // the client asks; the server must allow NAT in fwknopd.conf
	}
	return b.String()
}

// FromFwknoprc reads the stanza name of an fwknop rc file (with its
// [default] settings) into a profile called name and its keys. Commands
// (-C) and random NAT ports have no place in a profile and are refused.
func FromFwknoprc(f *fwknoprc.File, stanza string) (Profile, Keys, error) {
	o := knock.NewOptions()
	if err := f.Apply(o, stanza); err != nil {
		return Profile{}, Keys{}, err
	}
	if o.ServerCmd != "" || o.NATRandPort {
		return Profile{}, Keys{}, fmt.Errorf("%w: stanza %q asks for a server command or a random NAT port, which profiles do not carry", ErrInvalid, stanza)
	}
	p := Profile{Name: stanza, Host: o.Destination, Access: o.Access, Transport: o.Transport.String(), NAT: strings.Replace(o.NATAccess, ",", ":", 1)}
	if o.ServerPort != DefaultPort {
		p.Port = o.ServerPort
	}
	switch {
	case o.AllowIP == "0.0.0.0":
		p.Allow = "source"
	case o.AllowIP != "":
		p.Allow = o.AllowIP
	default:
		p.Allow = "resolve"
	}
	if o.ResolveURL != "" {
		p.Resolvers = []string{o.ResolveURL}
	}
	if o.NATLocal {
		p.NATLocal, p.NAT = uint16(o.NATPort), ""
	}
	p.Timeout = max(o.FWTimeout, 0)
	if o.Digest != 0 {
		p.Digest = o.Digest.String()
	}
	p.HMAC = "none"
	if o.UseHMAC {
		p.HMAC = or(hashString(o.HMACDigest), DefaultHMAC)
	}
	if o.Mode == spa.Legacy {
		p.Encryption = "legacy"
	}
	if o.UseGPG {
		p.Encryption, p.GPGRecipient, p.GPGSigner, p.GPGHome = "gpg", o.GPGRecipient, o.GPGSigner, o.GPGHome
	}
	k, err := optionKeys(o)
	if err != nil {
		return Profile{}, Keys{}, err
	}
	return p, k, p.Validate()
}

func hashString(h spa.Hash) string {
	if h == 0 {
		return ""
	}
	return h.String()
}

// optionKeys takes the keys out of rc-file options.
func optionKeys(o *knock.Options) (Keys, error) {
	var k Keys
	decode := func(name string, pass, b64 knock.Secret) ([]byte, error) {
		if pass != "" {
			return []byte(pass), nil
		}
		if b64 == "" {
			return nil, nil
		}
		b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(string(b64), "="))
		if err != nil {
			return nil, fmt.Errorf("%w: %s is not base64 (the value is not shown)", ErrBadKeys, name)
		}
		return b, nil
	}
	var err error
	if k.Rijndael, err = decode("KEY_BASE64", o.Key, o.KeyBase64); err != nil {
		return Keys{}, err
	}
	if k.HMAC, err = decode("HMAC_KEY_BASE64", o.HMACKey, o.HMACKeyBase64); err != nil {
		return Keys{}, err
	}
	k.GPGSigningPW = []byte(o.GPGSigningPW)
	return k, k.check()
}

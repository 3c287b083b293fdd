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
	"github.com/sesame-spa/sesame/shared/accessconf"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

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
	lp, err := p.Typed(k)
	if err == nil {
		err = lp.Validate()
	}
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNotExportable, err)
	}
	return lp.Line(), nil
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
// p's knocks with keys k, for fwknopd (stock or Sesame's), written by
// shared/accessconf, whose text the server's parser reads back. It holds
// the keys: treat it as a secret.
func (p *Profile) AccessStanza(k Keys) (string, error) {
	st, err := p.AccessConf(k)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := accessconf.Write(&b, st); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotExportable, err)
	}
	return b.String(), nil
}

// AccessConf returns the access.conf stanza of p with keys k (see
// AccessStanza and accessconf.FromProfile).
func (p *Profile) AccessConf(k Keys) (*accessconf.Stanza, error) {
	lp, err := p.Typed(k)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotExportable, err)
	}
	return accessconf.FromProfile(lp), nil
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
	p := Profile{Name: stanza, Host: o.Destination, Access: o.Access, Transport: o.Transport.String(), NAT: natHostPort(o.NATAccess)}
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

// natHostPort turns fwknop's NAT_ACCESS "host,port" into the profile's
// host:port, with an IPv6 host in brackets.
func natHostPort(access string) string {
	i := strings.LastIndexByte(access, ',')
	if i < 0 {
		return access
	}
	host := access[:i]
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + access[i+1:]
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

package profile

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Validate checks p against every rule of the format (see the package
// documentation) and returns the first violation as a *ParseError whose
// Field is the line's field name. A profile that passes gives a line that
// Parse accepts, unless it uses GPG: Validate accepts a GPG profile (a
// recipient, no Rijndael key), which has no line.
func (p *Profile) Validate() error {
	checks := []func() error{
		p.checkName, p.checkHost, p.checkPort, p.checkTransport, p.checkAccess,
		p.checkAllow, p.checkHashes, p.checkMode, p.checkTimeout, p.checkNAT,
		p.checkKeys, p.checkExtensions,
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Profile) checkName() error {
	if p.Name == "" {
		return nil
	}
	if len(p.Name) > maxNameLen || !isAlnum(p.Name[0]) || strings.IndexFunc(p.Name, notNameRune) >= 0 {
		return newError(ErrField, "name", "want 1..%d of A-Z a-z 0-9 . _ - starting with a letter or digit", maxNameLen)
	}
	return nil
}

func notNameRune(r rune) bool {
	return r > 0x7f || !(isAlnum(byte(r)) || r == '.' || r == '_' || r == '-')
}

func (p *Profile) checkHost() error {
	if p.Host == "" {
		return newError(ErrMissing, "host", "required")
	}
	if err := checkHost(p.Host); err != nil {
		return newError(ErrField, "host", "%v", err)
	}
	return nil
}

func (p *Profile) checkPort() error {
	if p.Port == 0 {
		return newError(ErrField, "port", "want 1..65535")
	}
	return nil
}

func (p *Profile) checkTransport() error {
	if !p.Transport.valid() {
		return newError(ErrField, "transport", "want udp, tcp or http")
	}
	return nil
}

func (p *Profile) checkAccess() error {
	if len(p.Access) == 0 {
		return newError(ErrMissing, "access", "required: at least one proto/port")
	}
	seen := make(map[spa.ProtoPort]bool, len(p.Access))
	for _, pp := range p.Access {
		if (pp.Proto != "tcp" && pp.Proto != "udp") || pp.Port == 0 {
			return newError(ErrField, "access", "want tcp/PORT or udp/PORT with PORT 1..65535")
		}
		if seen[pp] {
			return newError(ErrField, "access", "%s is listed twice", pp)
		}
		seen[pp] = true
	}
	if n := len(formatAccess(p.Access)); n > maxAccessLen {
		return newError(ErrField, "access", "%d bytes long, at most %d fit in an SPA message", n, maxAccessLen)
	}
	return nil
}

func (p *Profile) checkAllow() error {
	switch p.Allow {
	case AllowSource, AllowResolve:
		if p.AllowIP.IsValid() {
			return newError(ErrField, "allow", "an address is set but the mode is %s", p.allowText())
		}
		return nil
	case AllowFixed:
		if err := checkAddr(p.AllowIP); err != nil {
			return newError(ErrField, "allow", "%v", err)
		}
		return nil
	}
	return newError(ErrField, "allow", "want source, resolve or an IP address")
}

func (p *Profile) checkHashes() error {
	if !p.Digest.Valid() {
		return newError(ErrField, "digest", "want %s", hashList)
	}
	if p.HMAC != 0 && !p.HMAC.Valid() {
		return newError(ErrField, "hmac", "want %s or none", hashList)
	}
	return nil
}

func (p *Profile) checkMode() error {
	switch {
	case !isLineMode(p.Mode):
		return newError(ErrField, "enc", "want %s", modeList)
	case p.Mode == spa.Legacy && p.HMAC != 0:
		return newError(ErrField, "enc", "legacy cannot be combined with an HMAC (fwknop refuses it): use enc=cbc, or hmac=none without hmac-key")
	}
	return nil
}

func (p *Profile) checkTimeout() error {
	if p.Timeout < 0 || p.Timeout > maxTimeout {
		return newError(ErrField, "timeout", "want 1..%d seconds", maxTimeout)
	}
	return nil
}

func (p *Profile) checkNAT() error {
	n := p.NAT
	if n == nil {
		return nil
	}
	field := n.field()
	switch {
	case n.Port == 0:
		return newError(ErrField, field, "port: want 1..65535")
	case n.Local && n.Host != "":
		return newError(ErrField, field, "a local NAT has no host")
	case len(p.Access) != 1:
		return newError(ErrField, field, "needs exactly one access entry, as fwknop forwards only one")
	}
	if n.Local {
		return nil
	}
	if n.Host == "" {
		return newError(ErrField, field, "host: missing")
	}
	if len(n.Host) > maxNATHostLen {
		return newError(ErrField, field, "host: longer than %d bytes", maxNATHostLen)
	}
	if err := checkHost(n.Host); err != nil {
		return newError(ErrField, field, "host: %v", err)
	}
	return nil
}

func (p *Profile) checkKeys() error {
	if p.GPG != nil {
		if p.GPG.Recipient == "" {
			return newError(ErrMissing, "gpg-recipient", "required for GPG")
		}
		if len(p.Key) > 0 {
			return newError(ErrField, "key", "given with GPG")
		}
	} else if err := checkKeyLen("key", p.Key, maxKeyLen); err != nil {
		return err
	}
	if p.HMAC == 0 {
		if len(p.HMACKey) > 0 {
			return newError(ErrField, "hmac-key", "given with hmac=none")
		}
		return nil
	}
	if len(p.HMACKey) == 0 {
		return newError(ErrMissing, "hmac-key", "required unless hmac=none")
	}
	return checkKeyLen("hmac-key", p.HMACKey, maxHMACKeyLen)
}

func checkKeyLen(field string, key []byte, max int) error {
	if len(key) == 0 {
		return newError(ErrMissing, field, "required")
	}
	if len(key) > max {
		return newError(ErrField, field, "%d bytes long, at most %d", len(key), max)
	}
	return nil
}

func (p *Profile) checkExtensions() error {
	seen := make(map[string]bool, len(p.Extensions))
	for _, x := range p.Extensions {
		if !strings.HasPrefix(x.Name, "x-") || !validFieldName(x.Name) {
			return newError(ErrField, "x-", "extension names start with x- and hold only a-z 0-9 -")
		}
		if seen[x.Name] {
			return newError(ErrSyntax, x.Name, "given twice")
		}
		seen[x.Name] = true
		if x.Value == "" || badValueByte(x.Value) >= 0 {
			return newError(ErrField, x.Name, "value must be 1 or more of %s", vcharSet)
		}
	}
	return nil
}

var hashList = func() string {
	names := make([]string, len(spa.Hashes))
	for i, h := range spa.Hashes {
		names[i] = h.String()
	}
	return strings.Join(names, ", ")
}()

// checkHost accepts a DNS name or an IP address in canonical form.
func checkHost(h string) error {
	if a, err := netip.ParseAddr(h); err == nil {
		if err := checkAddr(a); err != nil {
			return err
		}
		if a.String() != h {
			return fmt.Errorf("write the address as %s", a)
		}
		return nil
	}
	if strings.HasPrefix(h, "[") {
		return errors.New("write an IPv6 address without brackets")
	}
	if strings.Contains(h, ":") {
		return errors.New("not a valid IPv6 address")
	}
	return checkDNSName(h)
}

func checkAddr(a netip.Addr) error {
	switch {
	case !a.IsValid():
		return errors.New("not an IP address")
	case a.Zone() != "":
		return errors.New("an address with a zone (%) cannot be shared")
	case a.Is4In6():
		return errors.New("IPv4-mapped IPv6 address: write the IPv4 address")
	case a.IsUnspecified():
		return errors.New("the unspecified address is not a host (for the packet's source write allow=source)")
	}
	return nil
}

// checkDNSName applies RFC 1123 host name rules, and refuses an all-digit last
// label so that no name can be read as a malformed IPv4 address.
func checkDNSName(h string) error {
	if len(h) > 253 {
		return errors.New("DNS name longer than 253 bytes")
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if len(l) == 0 || len(l) > 63 {
			return errors.New("not a DNS name: each label holds 1..63 characters")
		}
		if l[0] == '-' || l[len(l)-1] == '-' {
			return errors.New("not a DNS name: a label starts or ends with '-'")
		}
		for i := 0; i < len(l); i++ {
			if !isAlnum(l[i]) && l[i] != '-' {
				return errors.New("not a DNS name or IP address: only letters, digits, '-' and '.'")
			}
		}
	}
	if isDigits(labels[len(labels)-1]) {
		return errors.New("not a valid IPv4 address, nor a DNS name (its last label is all digits)")
	}
	return nil
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

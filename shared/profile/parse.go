package profile

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	vcharSet      = "A-Z a-z 0-9 - _ . : / + = [ ] %"
	maxFieldName  = 32
	versionPrefix = "sesame"
)

// Parse reads a profile line (see the package documentation for the
// grammar). Spaces, tabs and line ends around the line are ignored. The
// returned Profile passes Validate. Every error is a *ParseError.
func Parse(line string) (*Profile, error) {
	line = strings.Trim(line, " \t\r\n")
	if len(line) > MaxLineLen {
		return nil, newError(ErrSyntax, "", "%d bytes long, at most %d", len(line), MaxLineLen)
	}
	body, err := cutVersion(line)
	if err != nil {
		return nil, err
	}
	if i := strings.IndexFunc(line, isSpaceOrControl); i >= 0 {
		return nil, newError(ErrSyntax, "", "space or control character at byte %d: a profile is one line without spaces", i)
	}
	p := &Profile{Port: DefaultPort, Digest: spa.SHA256, HMAC: spa.SHA256}
	seen := make(map[string]bool)
	for i, tok := range strings.Split(body, ",") {
		name, value, err := splitField(i+1, tok)
		if err != nil {
			return nil, err
		}
		if seen[name] {
			return nil, newError(ErrSyntax, name, "given twice")
		}
		seen[name] = true
		if err := p.set(name, value); err != nil {
			return nil, err
		}
	}
	if seen["nat"] && seen["nat-local"] {
		return nil, newError(ErrField, "nat-local", "cannot be combined with nat")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// cutVersion checks the "sesameN:" prefix and returns what follows it.
func cutVersion(line string) (string, error) {
	head, body, ok := strings.Cut(line, ":")
	v, isSesame := strings.CutPrefix(head, versionPrefix)
	if !ok || !isSesame || !isDigits(v) || v[0] == '0' {
		return "", newError(ErrVersion, "", "not a Sesame profile line (it starts with %s)", prefix)
	}
	if v != strconv.Itoa(Version) {
		if len(v) > 6 {
			v = v[:6] + "..."
		}
		return "", newError(ErrVersion, "", "made by a newer Sesame (format version %s, this Sesame reads version %d): update Sesame", v, Version)
	}
	return body, nil
}

func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// splitField splits the n-th field. Its errors never quote the field: a
// malformed field may be a key.
func splitField(n int, tok string) (name, value string, err error) {
	if tok == "" {
		return "", "", newError(ErrSyntax, "", "field %d is empty", n)
	}
	name, value, ok := strings.Cut(tok, "=")
	if !ok {
		return "", "", newError(ErrSyntax, "", "field %d has no '='", n)
	}
	if !validFieldName(name) {
		return "", "", newError(ErrSyntax, "", "field %d: a field name is 1..%d of a-z 0-9 - starting with a-z", n, maxFieldName)
	}
	if value == "" {
		return "", "", newError(ErrField, name, "empty value")
	}
	if i := badValueByte(value); i >= 0 {
		return "", "", newError(ErrSyntax, name, "byte %d of the value is outside %s", i, vcharSet)
	}
	return name, value, nil
}

func validFieldName(s string) bool {
	if s == "" || len(s) > maxFieldName || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// badValueByte returns the index of the first byte of s outside vchar, or -1.
func badValueByte(s string) int {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && strings.IndexByte("-_.:/+=[]%", s[i]) < 0 {
			return i
		}
	}
	return -1
}

// set reads one field into p. Values of the key fields are never quoted in
// an error; the others may be, they are not secret.
func (p *Profile) set(name, value string) error {
	var err error
	switch name {
	case "name":
		p.Name = value
	case "host":
		p.Host = value
	case "port":
		p.Port, err = parsePort(value)
	case "transport":
		p.Transport, err = parseTransport(value)
	case "access":
		p.Access, err = parseAccess(value)
	case "allow":
		err = p.parseAllow(value)
	case "digest":
		p.Digest, err = parseHash(value)
	case "hmac":
		p.HMAC, err = parseHMAC(value)
	case "enc":
		p.Mode, err = parseMode(value)
	case "timeout":
		p.Timeout, err = parseNumber(value, 1, maxTimeout)
	case "nat":
		p.NAT, err = parseNAT(value)
	case "nat-local":
		var port uint16
		port, err = parsePort(value)
		p.NAT = &NAT{Local: true, Port: port}
	case "key":
		p.Key, err = parseKey(value)
	case "hmac-key":
		p.HMACKey, err = parseKey(value)
	default:
		if !strings.HasPrefix(name, "x-") {
			return newError(ErrUnknownField, name, "not a field of profile version %d (made by a newer Sesame?); only x- fields may be unknown", Version)
		}
		p.Extensions = append(p.Extensions, Extension{Name: name, Value: value})
	}
	if err != nil {
		return &ParseError{Field: name, Reason: err.Error(), Err: ErrField}
	}
	return nil
}

// parseNumber reads a decimal number without sign or leading zero.
func parseNumber(s string, min, max int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || !isDigits(s) || (s[0] == '0' && len(s) > 1) || n < min || n > max {
		return 0, fmt.Errorf("want a number %d..%d without leading zeros, got %q", min, max, s)
	}
	return n, nil
}

func parsePort(s string) (uint16, error) {
	n, err := parseNumber(s, 1, 65535)
	return uint16(n), err
}

func parseTransport(s string) (Transport, error) {
	for t, name := range transportNames {
		if name == s {
			return Transport(t), nil
		}
	}
	return 0, fmt.Errorf("want udp, tcp or http, got %q", s)
}

func parseAccess(s string) ([]spa.ProtoPort, error) {
	if strings.Contains(s, ",") {
		return nil, errors.New("separate entries with +")
	}
	pp, err := spa.ParseProtoPorts(strings.ReplaceAll(s, accessSep, ","))
	if err != nil {
		return nil, err
	}
	if canon := formatAccess(pp); canon != s {
		return nil, fmt.Errorf("write it as %s", canon)
	}
	return pp, nil
}

func (p *Profile) parseAllow(s string) error {
	switch s {
	case "source":
		p.Allow = AllowSource
	case "resolve":
		p.Allow = AllowResolve
	default:
		a, err := spa.ParseAllowIP(s)
		if err != nil {
			return fmt.Errorf("want source, resolve or an IP address, got %q", s)
		}
		if a.String() != s {
			return fmt.Errorf("write the address as %s", a)
		}
		p.Allow, p.AllowIP = AllowFixed, a
	}
	return nil
}

func parseHash(s string) (spa.Hash, error) {
	h, err := spa.ParseHash(s)
	if err != nil || h.String() != s {
		return 0, fmt.Errorf("want %s, got %q", hashList, s)
	}
	return h, nil
}

func parseHMAC(s string) (spa.Hash, error) {
	if s == "none" {
		return 0, nil
	}
	h, err := parseHash(s)
	if err != nil {
		return 0, fmt.Errorf("want %s or none, got %q", hashList, s)
	}
	return h, nil
}

// parseNAT reads host:port, with an IPv6 host in brackets.
func parseNAT(s string) (*NAT, error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return nil, errors.New("want host:port")
	}
	host, port := s[:i], s[i+1:]
	if inner, ok := strings.CutPrefix(host, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if !ok || !strings.Contains(inner, ":") {
			return nil, errors.New("want host:port, brackets only around an IPv6 address")
		}
		host = inner
	} else if strings.ContainsAny(host, ":[]") {
		return nil, errors.New("want host:port, an IPv6 address in brackets")
	}
	n, err := parsePort(port)
	if err != nil {
		return nil, fmt.Errorf("port: %v", err)
	}
	return &NAT{Host: host, Port: n}, nil
}

// parseKey decodes standard base64 with padding. The error describes the
// problem without the value.
func parseKey(s string) ([]byte, error) {
	k, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		return nil, errors.New("not valid base64 (standard alphabet with = padding, as fwknop --key-gen prints)")
	}
	return k, nil
}

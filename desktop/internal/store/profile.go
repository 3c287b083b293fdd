package store

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/sshlaunch"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Profile is one server and how to knock it. It holds no key: Keys says
// where the keys are. Fields hold text as the user types it; zero values
// mean the defaults (port 62201, udp, sha256, HMAC sha256, cbc, keyring).
type Profile struct {
	Name         string             `json:"name"`
	Host         string             `json:"host"`                    // SPA server: DNS name, IPv4 or IPv6
	Port         uint16             `json:"port,omitempty"`          // SPA port; 0: 62201
	Transport    string             `json:"transport,omitempty"`     // udp, tcp, http; "": udp
	Access       string             `json:"access"`                  // ports to open: tcp/22,udp/53
	Allow        string             `json:"allow,omitempty"`         // resolve, source or an address; "": resolve
	NAT          string             `json:"nat,omitempty"`           // forward to internal host:port
	NATLocal     uint16             `json:"nat_local,omitempty"`     // forward to this port on the server
	Timeout      int                `json:"timeout,omitempty"`       // requested grant, seconds; 0: the server's
	Digest       string             `json:"digest,omitempty"`        // SPA digest; "": sha256
	HMAC         string             `json:"hmac,omitempty"`          // HMAC type or none; "": sha256
	Encryption   string             `json:"encryption,omitempty"`    // cbc, legacy or gpg; "": cbc
	GPGRecipient string             `json:"gpg_recipient,omitempty"` // server's key: id, fingerprint, user id or file
	GPGSigner    string             `json:"gpg_signer,omitempty"`    // own signing key, optional
	GPGHome      string             `json:"gpg_home,omitempty"`      // folder of exported key files
	SSH          sshlaunch.Settings `json:"ssh,omitzero"`
	KeepOpen     bool               `json:"keep_open,omitempty"` // re-knock before the grant ends
	Resolvers    []string           `json:"resolvers,omitempty"` // HTTPS URLs answering the external address
	Keys         KeySource          `json:"keys,omitzero"`       // where the keys live; zero: the OS keyring
}

// Defaults of the profile fields, as fwknop's client has them.
const (
	DefaultPort      = 62201
	DefaultTransport = "udp"
	DefaultDigest    = "sha256"
	DefaultHMAC      = "sha256"
	DefaultMode      = "cbc"
	DefaultAllow     = "resolve"
)

// ErrInvalid: a profile field's value cannot be used. Errors are
// *FieldError values wrapping it.
var ErrInvalid = errors.New("invalid profile")

// FieldError says which field of a profile is refused, and why. Reason
// never quotes a key.
type FieldError struct {
	Field  string // the field's name, as Fields lists it
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// Unwrap makes a FieldError match ErrInvalid.
func (e *FieldError) Unwrap() error { return ErrInvalid }

func fieldErr(field, format string, a ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, a...)}
}

// field is one editable field: its name, how to read it as text and how to
// set it from text (checking the value).
type field struct {
	name string
	help string
	get  func(p *Profile) string
	set  func(p *Profile, v string) error
}

// Fields lists the names of the profile fields in editing order. They are
// the names SetField, FieldValue and ValidateField take, and the long
// options of `sesame profile add|edit`.
func Fields() []string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	return names
}

// FieldHelp returns a one-line description of a field, for forms and
// usage text.
func FieldHelp(name string) string {
	if f := lookupField(name); f != nil {
		return f.help
	}
	return ""
}

func lookupField(name string) *field {
	for i := range fields {
		if fields[i].name == name {
			return &fields[i]
		}
	}
	return nil
}

// SetField sets the field name of p from its text form, or returns a
// *FieldError saying why the value is refused (p is then unchanged).
// Checks that involve several fields are Validate's.
func SetField(p *Profile, name, value string) error {
	f := lookupField(name)
	if f == nil {
		return fieldErr(name, "no such field (fields: %s)", strings.Join(Fields(), ", "))
	}
	q := *p
	if err := f.set(&q, strings.TrimSpace(value)); err != nil {
		var fe *FieldError
		if errors.As(err, &fe) {
			return err
		}
		return fieldErr(name, "%s", err.Error())
	}
	*p = q
	return nil
}

// FieldValue returns the field name of p as text, as SetField reads it.
func FieldValue(p *Profile, name string) string {
	if f := lookupField(name); f != nil {
		return f.get(p)
	}
	return ""
}

// ValidateField checks one field's text as it is typed, before it is set:
// nil, or a *FieldError whose Reason the editor shows next to the field.
func ValidateField(name, value string) error {
	var p Profile
	return SetField(&p, name, value)
}

// Validate checks every field of p and how they go together, returning
// the first problem as a *FieldError.
func (p *Profile) Validate() error {
	for _, f := range fields {
		q := Profile{}
		if err := SetField(&q, f.name, f.get(p)); err != nil {
			return err
		}
	}
	if p.Host == "" {
		return fieldErr("host", "required: the SPA server's DNS name or address")
	}
	if p.Access == "" {
		return fieldErr("access", "required: the ports to open, like tcp/22")
	}
	return p.checkCombination()
}

func (p *Profile) checkCombination() error {
	enc := or(p.Encryption, DefaultMode)
	switch {
	case enc == "legacy" && or(p.HMAC, DefaultHMAC) != "none":
		return fieldErr("hmac", "legacy encryption cannot be used with an HMAC (set hmac to none, or encryption to cbc)")
	case enc == "gpg" && p.GPGRecipient == "":
		return fieldErr("gpg-recipient", "GPG encryption needs the server's key (key id, fingerprint, user id or key file)")
	case enc != "gpg" && (p.GPGRecipient != "" || p.GPGSigner != ""):
		return fieldErr("encryption", "GPG keys are set: choose encryption gpg or clear them")
	case p.NAT != "" && p.NATLocal != 0:
		return fieldErr("nat-local", "choose one of nat (an internal host) and nat-local (the server itself)")
	case (p.NAT != "" || p.NATLocal != 0) && strings.Contains(p.Access, ","):
		return fieldErr("access", "NAT forwards exactly one port: give one proto/port")
	}
	return nil
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// hostRule checks a value with the profile line's own rules (shared/profile),
// so that every saved profile can be exported as a line.
func hostRule(lineField string, set func(lp *profile.Profile)) error {
	lp := &profile.Profile{Host: "sesame.example", Access: []spa.ProtoPort{{Proto: "tcp", Port: 22}},
		Digest: spa.SHA256, Key: []byte{1}}
	set(lp)
	var pe *profile.ParseError
	if err := lp.Validate(); errors.As(err, &pe) && pe.Field == lineField {
		return errors.New(pe.Reason)
	}
	return nil
}

func parsePort(v string) (uint16, error) {
	n, err := strconv.ParseUint(v, 10, 16)
	if err != nil || n == 0 {
		return 0, errors.New("a port number 1..65535")
	}
	return uint16(n), nil
}

func optPort(v string) (uint16, error) {
	if v == "" {
		return 0, nil
	}
	return parsePort(v)
}

func portText(p uint16) string {
	if p == 0 {
		return ""
	}
	return strconv.Itoa(int(p))
}

func oneOf(v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("one of %s", strings.Join(allowed, ", "))
}

func hashName(v string, none bool) (string, error) {
	if v == "" || none && strings.EqualFold(v, "none") {
		return strings.ToLower(v), nil
	}
	h, err := spa.ParseHash(v)
	if err != nil {
		names := make([]string, len(spa.Hashes))
		for i, h := range spa.Hashes {
			names[i] = h.String()
		}
		if none {
			names = append(names, "none")
		}
		return "", fmt.Errorf("unknown digest %q (one of %s)", v, strings.Join(names, ", "))
	}
	return h.String(), nil
}

func parseBool(v string) (bool, error) {
	switch strings.ToLower(v) {
	case "", "n", "no", "false", "0", "off":
		return false, nil
	case "y", "yes", "true", "1", "on":
		return true, nil
	}
	return false, errors.New("yes or no")
}

func boolText(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// maxNameLen bounds a profile name; names are also keyring account names
// and ssh Host aliases.
const maxNameLen = 64

func checkName(v string) error {
	if v == "" {
		return errors.New("required")
	}
	if len(v) > maxNameLen {
		return fmt.Errorf("at most %d characters", maxNameLen)
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if !alnum && (i == 0 || c != '.' && c != '_' && c != '-') {
			return errors.New("letters, digits, '.', '_' and '-', starting with a letter or digit")
		}
	}
	return nil
}

func checkAllow(v string) error {
	if v == "" || v == "resolve" || v == "source" {
		return nil
	}
	a, err := netip.ParseAddr(v)
	if err != nil || a.Zone() != "" || a.IsUnspecified() {
		return errors.New("resolve (find my external address), source (the server uses the packet's source) or an IPv4/IPv6 address")
	}
	return nil
}

func checkResolvers(v string) ([]string, error) {
	var urls []string
	for _, u := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		parsed, err := url.Parse(u)
		if err != nil || parsed.Host == "" || parsed.Scheme != "https" && parsed.Scheme != "http" {
			return nil, fmt.Errorf("%q is not an http(s) URL", u)
		}
		urls = append(urls, u)
	}
	return urls, nil
}

const maxTimeout = 2 << 16 // the stock client's bound on --fw-timeout

var fields = []field{
	{"name", "profile name: letters, digits, . _ -", func(p *Profile) string { return p.Name }, func(p *Profile, v string) error {
		p.Name = v
		return checkName(v)
	}},
	{"host", "SPA server: DNS name, IPv4 or IPv6 address", func(p *Profile) string { return p.Host }, func(p *Profile, v string) error {
		p.Host = v
		if v == "" {
			return nil
		}
		return hostRule("host", func(lp *profile.Profile) { lp.Host = v })
	}},
	{"port", "SPA port (default 62201)", func(p *Profile) string { return portText(p.Port) }, func(p *Profile, v string) (err error) {
		p.Port, err = optPort(v)
		return err
	}},
	{"transport", "udp (default), tcp or http", func(p *Profile) string { return p.Transport }, func(p *Profile, v string) error {
		p.Transport = strings.ToLower(v)
		if v == "" {
			return nil
		}
		return oneOf(p.Transport, "udp", "tcp", "http")
	}},
	{"access", "ports to open: proto/port[,proto/port...], like tcp/22", func(p *Profile) string { return p.Access }, func(p *Profile, v string) error {
		p.Access = strings.ReplaceAll(v, " ", "")
		if v == "" {
			return nil
		}
		pp, err := spa.ParseProtoPorts(p.Access)
		if err != nil {
			return errors.New("want proto/port[,proto/port...] with proto tcp or udp, like tcp/22")
		}
		for _, x := range pp {
			if x.Proto != "tcp" && x.Proto != "udp" {
				return fmt.Errorf("%s: only tcp and udp ports can be opened", x)
			}
		}
		return nil
	}},
	{"allow", "address to open for: resolve (default), source, or an address", func(p *Profile) string { return p.Allow }, func(p *Profile, v string) error {
		p.Allow = v
		return checkAllow(v)
	}},
	{"nat", "ask the server to forward to internal host:port", func(p *Profile) string { return p.NAT }, func(p *Profile, v string) error {
		p.NAT = v
		if v == "" {
			return nil
		}
		host, port, err := splitHostPort(v)
		if err != nil {
			return err
		}
		return hostRule("nat", func(lp *profile.Profile) { lp.NAT = &profile.NAT{Host: host, Port: port} })
	}},
	{"nat-local", "ask the server to forward to this port of its own", func(p *Profile) string { return portText(p.NATLocal) }, func(p *Profile, v string) (err error) {
		p.NATLocal, err = optPort(v)
		return err
	}},
	{"timeout", "seconds the server should keep the ports open (0: its default)", func(p *Profile) string {
		if p.Timeout == 0 {
			return ""
		}
		return strconv.Itoa(p.Timeout)
	}, func(p *Profile, v string) error {
		if v == "" {
			p.Timeout = 0
			return nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > maxTimeout {
			return fmt.Errorf("seconds 0..%d", maxTimeout)
		}
		p.Timeout = n
		return nil
	}},
	{"digest", "SPA digest (default sha256)", func(p *Profile) string { return p.Digest }, func(p *Profile, v string) (err error) {
		p.Digest, err = hashName(v, false)
		return err
	}},
	{"hmac", "HMAC type (default sha256) or none", func(p *Profile) string { return p.HMAC }, func(p *Profile, v string) (err error) {
		p.HMAC, err = hashName(v, true)
		return err
	}},
	{"encryption", "cbc (default), legacy (pre-2.5 servers) or gpg", func(p *Profile) string { return p.Encryption }, func(p *Profile, v string) error {
		p.Encryption = strings.ToLower(v)
		if v == "" {
			return nil
		}
		return oneOf(p.Encryption, "cbc", "legacy", "gpg")
	}},
	{"gpg-recipient", "the server's GPG key: key id, fingerprint, user id or key file", func(p *Profile) string { return p.GPGRecipient }, func(p *Profile, v string) error { p.GPGRecipient = v; return nil }},
	{"gpg-signer", "your GPG signing key (optional)", func(p *Profile) string { return p.GPGSigner }, func(p *Profile, v string) error { p.GPGSigner = v; return nil }},
	{"gpg-home", "folder with exported GPG key files (default ~/.gnupg)", func(p *Profile) string { return p.GPGHome }, func(p *Profile, v string) error { p.GPGHome = v; return nil }},
	{"ssh-user", "ssh user name", func(p *Profile) string { return p.SSH.User }, func(p *Profile, v string) error {
		p.SSH.User = v
		if strings.ContainsAny(v, " \t@") || strings.HasPrefix(v, "-") {
			return errors.New("a user name without spaces or '@', not starting with '-'")
		}
		return nil
	}},
	{"ssh-port", "ssh port (default 22)", func(p *Profile) string { return portText(p.SSH.Port) }, func(p *Profile, v string) (err error) {
		p.SSH.Port, err = optPort(v)
		return err
	}},
	{"ssh-identity", "ssh identity (private key) file", func(p *Profile) string { return p.SSH.Identity }, func(p *Profile, v string) error { p.SSH.Identity = v; return nil }},
	{"ssh-args", "more ssh options, separated by spaces", func(p *Profile) string { return strings.Join(p.SSH.Args, " ") }, func(p *Profile, v string) error {
		p.SSH.Args = strings.Fields(v)
		return nil
	}},
	{"keep-open", "re-knock before the grant ends and when the address changes (yes/no)", func(p *Profile) string { return boolText(p.KeepOpen) }, func(p *Profile, v string) (err error) {
		p.KeepOpen, err = parseBool(v)
		return err
	}},
	{"resolvers", "HTTPS URLs that answer your external address, comma-separated", func(p *Profile) string { return strings.Join(p.Resolvers, ",") }, func(p *Profile, v string) (err error) {
		p.Resolvers, err = checkResolvers(v)
		return err
	}},
	{"key-source", "where the keys live: keyring (default), age:FILE, file:FILE or env:VARIABLE", func(p *Profile) string { return p.Keys.String() }, func(p *Profile, v string) (err error) {
		p.Keys, err = ParseKeySource(v)
		return err
	}},
}

// splitHostPort reads host:port, with an IPv6 host as [address]:port.
func splitHostPort(v string) (string, uint16, error) {
	i := strings.LastIndexByte(v, ':')
	if i < 0 {
		return "", 0, errors.New("want host:port (IPv6 as [address]:port)")
	}
	host, portStr := v[:i], v[i+1:]
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	} else if strings.Contains(host, ":") {
		return "", 0, errors.New("write an IPv6 host as [address]:port")
	}
	port, err := parsePort(portStr)
	return host, port, err
}

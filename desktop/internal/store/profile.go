package store

import (
	"cmp"
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

// Profile is one server and how to knock it: the shared typed model of a
// knock (shared/profile) without its keys, and what only the desktop
// keeps (SSH settings, KeepOpen, where the keys live). The embedded
// profile's Key, HMACKey and Extensions are never kept: Keys says where
// the keys are, and Typed joins them.
//
// Start from NewProfile, which holds fwknop's defaults: the zero Profile
// asks for the packet's source address and no HMAC (the typed model's
// zero values). A zero Port or Digest means the default (62201, SHA-256).
// The profiles file holds the fields as text (see MarshalJSON).
type Profile struct {
	profile.Profile
	SSH      sshlaunch.Settings
	KeepOpen bool      // re-knock before the grant ends
	Keys     KeySource // where the keys live; zero: the OS keyring

	// typed has bit i set when fields[i] holds its default because the
	// user typed it (port 62201, hmac sha256) rather than leaving it
	// empty: the same knock, but the editor shows and the profiles file
	// keeps what was typed, so that a file is written back as it was read.
	typed uint32
}

// NewProfile returns a profile with fwknop's defaults and no name, host or
// access yet.
func NewProfile() Profile {
	return Profile{Profile: profile.Profile{Port: DefaultPort, Allow: profile.AllowResolve, Digest: spa.SHA256, HMAC: spa.SHA256}}
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
// set it from text (checking the value). def is the text of its default,
// for the fields that have one (get returns it for the default value).
type field struct {
	name string
	help string
	def  string
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
	if _, f := lookupField(name); f != nil {
		return f.help
	}
	return ""
}

func lookupField(name string) (int, *field) {
	for i := range fields {
		if fields[i].name == name {
			return i, &fields[i]
		}
	}
	return -1, nil
}

// SetField sets the field name of p from its text form, or returns a
// *FieldError saying why the value is refused (p is then unchanged).
// Empty text sets a field's default. Checks that involve several fields
// are Validate's, except where the typed model cannot hold the
// combination (nat with nat-local, GPG keys without GPG encryption).
func SetField(p *Profile, name, value string) error {
	i, f := lookupField(name)
	if f == nil {
		return fieldErr(name, "no such field (fields: %s)", strings.Join(Fields(), ", "))
	}
	q := *p
	value = strings.TrimSpace(value)
	if err := f.set(&q, value); err != nil {
		var fe *FieldError
		if errors.As(err, &fe) {
			return err
		}
		return fieldErr(name, "%s", err.Error())
	}
	q.typed &^= 1 << i
	if f.def != "" && value != "" {
		q.typed |= 1 << i
	}
	*p = q
	return nil
}

// FieldValue returns the field name of p as text, as SetField reads it:
// empty for a default the user did not type.
func FieldValue(p *Profile, name string) string {
	i, f := lookupField(name)
	if f == nil {
		return ""
	}
	v := f.get(p)
	if f.def != "" && v == f.def && p.typed&(1<<i) == 0 {
		return ""
	}
	return v
}

// ValidateField checks one field's text as it is typed, before it is set:
// nil, or a *FieldError whose Reason the editor shows next to the field.
func ValidateField(name, value string) error {
	p := NewProfile()
	p.GPG = &profile.GPG{} // so that the GPG fields can be checked alone
	return SetField(&p, name, value)
}

// Validate checks every field of p and how they go together, returning
// the first problem as a *FieldError.
func (p *Profile) Validate() error {
	for _, f := range fields {
		q := *p
		if err := SetField(&q, f.name, f.get(p)); err != nil {
			return err
		}
	}
	if p.Host == "" {
		return fieldErr("host", "required: the SPA server's DNS name or address")
	}
	if len(p.Access) == 0 {
		return fieldErr("access", "required: the ports to open, like tcp/22")
	}
	return p.checkCombination()
}

func (p *Profile) checkCombination() error {
	switch {
	case p.GPG == nil && p.Mode == spa.Legacy && p.HMAC != 0:
		return fieldErr("hmac", "legacy encryption cannot be used with an HMAC (set hmac to none, or encryption to cbc)")
	case p.GPG != nil && p.GPG.Recipient == "":
		return fieldErr("gpg-recipient", "GPG encryption needs the server's key (key id, fingerprint, user id or key file)")
	case p.NAT != nil && len(p.Access) > 1:
		return fieldErr("access", "NAT forwards exactly one port: give one proto/port")
	}
	return nil
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
	{"name", "profile name: letters, digits, . _ -", "", func(p *Profile) string { return p.Name }, func(p *Profile, v string) error {
		p.Name = v
		return checkName(v)
	}},
	{"host", "SPA server: DNS name, IPv4 or IPv6 address", "", func(p *Profile) string { return p.Host }, func(p *Profile, v string) error {
		p.Host = v
		if v == "" {
			return nil
		}
		return hostRule("host", func(lp *profile.Profile) { lp.Host = v })
	}},
	{"port", "SPA port (default 62201)", "62201", func(p *Profile) string { return portText(cmp.Or(p.Port, DefaultPort)) }, func(p *Profile, v string) (err error) {
		p.Port, err = optPort(v)
		p.Port = cmp.Or(p.Port, DefaultPort)
		return err
	}},
	{"transport", "udp (default), tcp or http", DefaultTransport, func(p *Profile) string { return p.Transport.String() }, func(p *Profile, v string) error {
		t, ok := transports[strings.ToLower(v)]
		if !ok {
			return errors.New("one of udp, tcp, http")
		}
		p.Transport = t
		return nil
	}},
	{"access", "ports to open: proto/port[,proto/port...], like tcp/22", "", func(p *Profile) string { return protoPortsText(p.Access) }, setAccess},
	{"allow", "address to open for: resolve (default), source, or an address", DefaultAllow, allowText, setAllow},
	{"nat", "ask the server to forward to internal host:port", "", func(p *Profile) string {
		if n := p.NAT; n != nil && !n.Local {
			return joinHostPort(n.Host, n.Port)
		}
		return ""
	}, setNAT},
	{"nat-local", "ask the server to forward to this port of its own", "", func(p *Profile) string {
		if n := p.NAT; n != nil && n.Local {
			return portText(n.Port)
		}
		return ""
	}, setNATLocal},
	{"timeout", "seconds the server should keep the ports open (0: its default)", "", func(p *Profile) string {
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
	{"digest", "SPA digest (default sha256)", DefaultDigest, func(p *Profile) string { return cmp.Or(p.Digest, spa.SHA256).String() }, func(p *Profile, v string) (err error) {
		p.Digest, err = parseHash(cmp.Or(v, DefaultDigest), false)
		return err
	}},
	{"hmac", "HMAC type (default sha256) or none", DefaultHMAC, func(p *Profile) string { return hashText(p.HMAC) }, func(p *Profile, v string) (err error) {
		p.HMAC, err = parseHash(cmp.Or(v, DefaultHMAC), true)
		return err
	}},
	{"encryption", "cbc (default), legacy (pre-2.5 servers), ctr, cfb, ofb, ecb or gpg", DefaultMode, encryptionText, setEncryption},
	{"gpg-recipient", "the server's GPG key: key id, fingerprint, user id or key file", "", gpgGet(func(g *profile.GPG) *string { return &g.Recipient }), gpgSet(func(g *profile.GPG) *string { return &g.Recipient })},
	{"gpg-signer", "your GPG signing key (optional)", "", gpgGet(func(g *profile.GPG) *string { return &g.Signer }), gpgSet(func(g *profile.GPG) *string { return &g.Signer })},
	{"gpg-home", "folder with exported GPG key files (default ~/.gnupg)", "", gpgGet(func(g *profile.GPG) *string { return &g.Home }), gpgSet(func(g *profile.GPG) *string { return &g.Home })},
	{"ssh-user", "ssh user name", "", func(p *Profile) string { return p.SSH.User }, func(p *Profile, v string) error {
		p.SSH.User = v
		if strings.ContainsAny(v, " \t@") || strings.HasPrefix(v, "-") {
			return errors.New("a user name without spaces or '@', not starting with '-'")
		}
		return nil
	}},
	{"ssh-port", "ssh port (default 22)", "", func(p *Profile) string { return portText(p.SSH.Port) }, func(p *Profile, v string) (err error) {
		p.SSH.Port, err = optPort(v)
		return err
	}},
	{"ssh-identity", "ssh identity (private key) file", "", func(p *Profile) string { return p.SSH.Identity }, func(p *Profile, v string) error { p.SSH.Identity = v; return nil }},
	{"ssh-args", "more ssh options, separated by spaces", "", func(p *Profile) string { return strings.Join(p.SSH.Args, " ") }, func(p *Profile, v string) error {
		p.SSH.Args = strings.Fields(v)
		return nil
	}},
	{"keep-open", "re-knock before the grant ends and when the address changes (yes/no)", "", func(p *Profile) string { return boolText(p.KeepOpen) }, func(p *Profile, v string) (err error) {
		p.KeepOpen, err = parseBool(v)
		return err
	}},
	{"resolvers", "HTTPS URLs that answer your external address, comma-separated", "", func(p *Profile) string { return strings.Join(p.Resolvers, ",") }, func(p *Profile, v string) (err error) {
		p.Resolvers, err = checkResolvers(v)
		return err
	}},
	{"key-source", "where the keys live: keyring (default), age:FILE, file:FILE or env:VARIABLE", "", func(p *Profile) string { return p.Keys.String() }, func(p *Profile, v string) (err error) {
		p.Keys, err = ParseKeySource(v)
		return err
	}},
}

var transports = map[string]profile.Transport{"": profile.UDP, "udp": profile.UDP, "tcp": profile.TCP, "http": profile.HTTP}

func setAccess(p *Profile, v string) error {
	v = strings.ReplaceAll(v, " ", "")
	if v == "" {
		p.Access = nil
		return nil
	}
	pp, err := spa.ParseProtoPorts(v)
	if err != nil {
		return errors.New("want proto/port[,proto/port...] with proto tcp or udp, like tcp/22")
	}
	for _, x := range pp {
		if x.Proto != "tcp" && x.Proto != "udp" {
			return fmt.Errorf("%s: only tcp and udp ports can be opened", x)
		}
	}
	p.Access = pp
	return nil
}

func protoPortsText(pp []spa.ProtoPort) string {
	s := make([]string, len(pp))
	for i, x := range pp {
		s[i] = x.String()
	}
	return strings.Join(s, ",")
}

func allowText(p *Profile) string {
	switch p.Allow {
	case profile.AllowSource:
		return "source"
	case profile.AllowFixed:
		return p.AllowIP.String()
	}
	return "resolve"
}

func setAllow(p *Profile, v string) error {
	if err := checkAllow(v); err != nil {
		return err
	}
	p.AllowIP = netip.Addr{}
	switch v {
	case "", "resolve":
		p.Allow = profile.AllowResolve
	case "source":
		p.Allow = profile.AllowSource
	default:
		p.Allow, p.AllowIP = profile.AllowFixed, netip.MustParseAddr(v)
	}
	return nil
}

// errNATBoth: the typed model holds one NAT request, so nat and nat-local
// cannot both be set.
var errNATBoth = &FieldError{Field: "nat-local", Reason: "choose one of nat (an internal host) and nat-local (the server itself)"}

func setNAT(p *Profile, v string) error {
	if v == "" {
		if p.NAT != nil && !p.NAT.Local {
			p.NAT = nil
		}
		return nil
	}
	host, port, err := splitHostPort(v)
	if err == nil {
		err = hostRule("nat", func(lp *profile.Profile) { lp.NAT = &profile.NAT{Host: host, Port: port} })
	}
	if err != nil {
		return err
	}
	if p.NAT != nil && p.NAT.Local {
		return errNATBoth
	}
	p.NAT = &profile.NAT{Host: host, Port: port}
	return nil
}

func setNATLocal(p *Profile, v string) error {
	port, err := optPort(v)
	switch {
	case err != nil:
		return err
	case port == 0:
		if p.NAT != nil && p.NAT.Local {
			p.NAT = nil
		}
	case p.NAT != nil && !p.NAT.Local:
		return errNATBoth
	default:
		p.NAT = &profile.NAT{Local: true, Port: port}
	}
	return nil
}

func parseHash(v string, none bool) (spa.Hash, error) {
	name, err := hashName(v, none)
	if err != nil || name == "none" {
		return 0, err
	}
	return spa.ParseHash(name)
}

func hashText(h spa.Hash) string {
	if h == 0 {
		return "none"
	}
	return h.String()
}

func encryptionText(p *Profile) string {
	if p.GPG != nil {
		return "gpg"
	}
	return p.Mode.String() // every mode a sesame1: line carries, so an imported one is kept
}

func setEncryption(p *Profile, v string) error {
	v = strings.ToLower(cmp.Or(v, DefaultMode))
	if err := oneOf(v, "cbc", "legacy", "ecb", "cfb", "ofb", "ctr", "gpg"); err != nil {
		return err
	}
	if v == "gpg" {
		if p.GPG == nil {
			p.GPG = &profile.GPG{}
		}
		p.Mode = spa.CBC
		return nil
	}
	if g := p.GPG; g != nil && *g != (profile.GPG{}) {
		return errGPGKeys
	}
	mode, err := spa.ParseMode(v)
	p.GPG, p.Mode = nil, mode
	return err
}

// errGPGKeys: GPG settings need GPG encryption, which the typed model
// marks by holding them.
var errGPGKeys = &FieldError{Field: "encryption", Reason: "GPG keys are set: choose encryption gpg or clear them"}

func gpgGet(at func(g *profile.GPG) *string) func(p *Profile) string {
	return func(p *Profile) string {
		if p.GPG == nil {
			return ""
		}
		return *at(p.GPG)
	}
}

// gpgSet sets a GPG setting in a copy of p's GPG settings (profiles share
// them after a copy).
func gpgSet(at func(g *profile.GPG) *string) func(p *Profile, v string) error {
	return func(p *Profile, v string) error {
		if p.GPG == nil {
			if v == "" {
				return nil
			}
			return errGPGKeys
		}
		g := *p.GPG
		*at(&g) = v
		p.GPG = &g
		return nil
	}
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

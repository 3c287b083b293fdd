package profile

import (
	"encoding/base64"
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Format constants.
const (
	// Version is the format version this package reads and writes.
	Version = 1
	// DefaultPort is fwknop's SPA port, used when a line has no port field.
	DefaultPort = 62201
	// MaxLineLen bounds a line, so that it always fits in one QR code.
	MaxLineLen = 2048

	prefix         = "sesame1:"
	maxNameLen     = 64
	maxNATHostLen  = 64  // fwknop's MAX_HOSTNAME_LEN
	maxAccessLen   = 152 // 192-byte SPA message minus the longest allow address and ","
	maxKeyLen      = 32  // RIJNDAEL_MAX_KEYSIZE
	maxHMACKeyLen  = 128 // MAX_DIGEST_BLOCK_LEN
	maxTimeout     = 65536
	accessSep      = "+"
	redactedMarker = "<redacted>"
)

// Profile is one client profile: a server and how to knock it.
type Profile struct {
	Name      string          // optional label, see the grammar
	Host      string          // SPA server: DNS name, IPv4 or IPv6 address
	Port      uint16          // SPA server port
	Transport Transport       // how the packet travels
	Access    []spa.ProtoPort // ports to open, at least one
	Allow     AllowMode       // which address to ask access for
	AllowIP   netip.Addr      // the address when Allow is AllowFixed; the zero Addr otherwise
	Digest    spa.Hash        // SPA digest type
	HMAC      spa.Hash        // HMAC type; zero for none (hmac=none)
	Mode      spa.Mode        // Rijndael mode
	Key       []byte          // Rijndael key, 1..32 bytes
	HMACKey   []byte          // HMAC key, 1..128 bytes; empty when HMAC is zero
	Timeout   int             // client timeout in seconds; zero for none
	NAT       *NAT            // optional forwarding request
	// GPG, when set, encrypts with GnuPG instead of Rijndael: Key and Mode
	// are then unused. The sesame1: line has no GPG fields, so a GPG
	// profile has no line (Line's output for it is refused by Parse).
	GPG *GPG
	// Resolvers are HTTPS URLs answering the client's external address,
	// for AllowResolve; empty: the client's defaults. Not in the line.
	Resolvers []string
	// Extensions are the x- fields, in the order read. They are written back
	// by Line and never interpreted.
	Extensions []Extension
}

// NAT asks the server to forward the opened port (fwknop -N or --nat-local).
type NAT struct {
	Local bool   // forward to the server itself (nat-local); Host is then empty
	Host  string // the internal host (nat)
	Port  uint16 // the port to forward to
}

// GPG is how a GPG profile encrypts and signs (fwknop's --gpg-* options).
type GPG struct {
	Recipient string // the server's key: id, fingerprint, user id or key file
	Signer    string // own signing key; empty: the message is not signed
	Home      string // folder of exported key files; empty: the default
}

// Extension is one x- field.
type Extension struct {
	Name  string // including the "x-"
	Value string
}

// Transport is how the SPA packet is sent.
type Transport int

// The transports of the fwknop client (-P).
const (
	UDP Transport = iota
	TCP
	HTTP
)

var transportNames = [...]string{UDP: "udp", TCP: "tcp", HTTP: "http"}

func (t Transport) valid() bool { return t >= UDP && t <= HTTP }

func (t Transport) String() string {
	if !t.valid() {
		return "Transport(" + strconv.Itoa(int(t)) + ")"
	}
	return transportNames[t]
}

// AllowMode says which address the knock asks access for (fwknop's ALLOW_IP).
type AllowMode int

const (
	// AllowSource asks the server to use the packet's source address.
	AllowSource AllowMode = iota
	// AllowResolve asks the client to find its own external address.
	AllowResolve
	// AllowFixed sends Profile.AllowIP.
	AllowFixed
)

// Line returns the profile line, the exact inverse of Parse: for every line
// Parse accepts, Parse(p.Line()) returns a Profile equal to p. The line holds
// the keys; treat it as a secret. Line does not validate: call Validate
// first, as the line of an invalid profile may be refused by Parse or lose
// the invalid part.
func (p *Profile) Line() string {
	return p.line(false)
}

// String returns the line with the key values replaced by a marker that
// Parse refuses, so that a Profile printed by mistake leaks no key.
func (p Profile) String() string { return p.line(true) }

// GoString redacts the keys from %#v as String does from %v.
func (p Profile) GoString() string { return p.line(true) }

func (p *Profile) line(redact bool) string {
	var b strings.Builder
	b.WriteString(prefix)
	sep := ""
	add := func(name, value string) {
		b.WriteString(sep)
		b.WriteString(name)
		b.WriteByte('=')
		b.WriteString(value)
		sep = ","
	}
	secret := func(key []byte) string {
		if redact {
			return redactedMarker
		}
		return base64.StdEncoding.EncodeToString(key)
	}
	if p.Name != "" {
		add("name", p.Name)
	}
	add("host", p.Host)
	add("port", strconv.Itoa(int(p.Port)))
	add("transport", p.Transport.String())
	add("access", formatAccess(p.Access))
	add("allow", p.allowText())
	add("digest", p.Digest.String())
	add("hmac", hashText(p.HMAC))
	add("enc", p.Mode.String())
	if p.Timeout != 0 {
		add("timeout", strconv.Itoa(p.Timeout))
	}
	if p.NAT != nil {
		add(p.NAT.field(), p.NAT.value())
	}
	add("key", secret(p.Key))
	if p.HMAC != 0 || len(p.HMACKey) > 0 {
		add("hmac-key", secret(p.HMACKey))
	}
	for _, x := range p.Extensions {
		add(x.Name, x.Value)
	}
	return b.String()
}

func formatAccess(pp []spa.ProtoPort) string {
	items := make([]string, len(pp))
	for i, x := range pp {
		items[i] = x.String()
	}
	return strings.Join(items, accessSep)
}

func (p *Profile) allowText() string {
	switch p.Allow {
	case AllowSource:
		return "source"
	case AllowResolve:
		return "resolve"
	}
	return p.AllowIP.String()
}

func hashText(h spa.Hash) string {
	if h == 0 {
		return "none"
	}
	return h.String()
}

func (n *NAT) field() string {
	if n.Local {
		return "nat-local"
	}
	return "nat"
}

func (n *NAT) value() string {
	port := strconv.Itoa(int(n.Port))
	if n.Local {
		return port
	}
	if strings.Contains(n.Host, ":") {
		return "[" + n.Host + "]:" + port
	}
	return n.Host + ":" + port
}

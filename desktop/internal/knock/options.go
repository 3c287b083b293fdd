package knock

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// DefaultPort is fwknop's SPA port (FKO_DEFAULT_PORT).
const DefaultPort = 62201

// DefaultResolveURL is the stock client's external-address service.
const DefaultResolveURL = "https://www.cipherdyne.org/cgi-bin/myip"

// DefaultUserAgent is the stock client's User-Agent; fwknopd's HTTP mode
// looks for "Fwknop" in it.
const DefaultUserAgent = "Fwknop/2.6.10"

// Transport is how the packet travels to the server.
type Transport int

// The transports of the stock client. The raw ones (see Raw) build the
// IPv4 packet themselves and need CAP_NET_RAW.
const (
	UDP Transport = iota
	TCP
	HTTP
	UDPRaw // one UDP datagram written by hand, as -P udpraw
	TCPRaw // one TCP SYN carrying the packet, as -P tcpraw
	ICMP   // one ICMP message carrying the packet, as -P icmp
)

var transportNames = [...]string{UDP: "udp", TCP: "tcp", HTTP: "http", UDPRaw: "udpraw", TCPRaw: "tcpraw", ICMP: "icmp"}

func (t Transport) String() string {
	if t < 0 || int(t) >= len(transportNames) {
		return "udp"
	}
	return transportNames[t]
}

// Raw reports whether t sends through a raw socket.
func (t Transport) Raw() bool { return t == UDPRaw || t == TCPRaw || t == ICMP }

// ParseTransport reads -P / SPA_SERVER_PROTO: udp, tcp, http, udpraw,
// tcpraw or icmp.
func ParseTransport(s string) (Transport, error) {
	for t, name := range transportNames {
		if strings.EqualFold(s, name) {
			return Transport(t), nil
		}
	}
	return 0, fmt.Errorf("%w: Unrecognized protocol: unknown transport %q (want udp, tcp, http, udpraw, tcpraw or icmp)", ErrInvalid, s) // the stock words first
}

// Family is an address family that -4 or -6 forces.
type Family int

// The families; AnyFamily forces none.
const (
	AnyFamily Family = iota
	IPv4
	IPv6
)

func (f Family) String() string {
	switch f {
	case IPv4:
		return "IPv4"
	case IPv6:
		return "IPv6"
	}
	return "IP"
}

// Flag is the option that forces f.
func (f Family) Flag() string {
	switch f {
	case IPv4:
		return "-4"
	case IPv6:
		return "-6"
	}
	return ""
}

// Has reports whether a is of family f (any address for AnyFamily).
func (f Family) Has(a netip.Addr) bool {
	switch f {
	case IPv4:
		return a.Is4()
	case IPv6:
		return a.Is6()
	}
	return true
}

// suffix turns a network name ("ip", "tcp") into f's ("ip6", "tcp6").
func (f Family) suffix() string {
	switch f {
	case IPv4:
		return "4"
	case IPv6:
		return "6"
	}
	return ""
}

// ServerFamily is the family -D resolves to: -4 or -6, else IPv4 for
// --server-resolve-ipv4 and the raw transports.
func (o *Options) ServerFamily() Family {
	// The raw transports write IPv4 headers, as the stock client's do.
	if o.Family == AnyFamily && (o.ServerIPv4 || o.Transport.Raw()) {
		return IPv4
	}
	return o.Family
}

// CheckFamily refuses a -4 or -6 that contradicts an address given as
// text: -D, -a (but not -s's 0.0.0.0, which stands for the packet's
// source of either family) or --server-resolve-ipv4.
func (o *Options) CheckFamily() error {
	f := o.Family
	if f == AnyFamily {
		return nil
	}
	if f == IPv6 && o.ServerIPv4 {
		return invalid("-6 conflicts with --server-resolve-ipv4 (SERVER_RESOLVE_IPV4 in ~/.fwknoprc)")
	}
	if a, ok := literal(o.Destination); ok && !f.Has(a) {
		return invalid("%s asks for %s, but -D %s is not an %s address", f.Flag(), f, o.Destination, f)
	}
	if a, err := netip.ParseAddr(o.AllowIP); err == nil && o.AllowIP != SourceAddr && !f.Has(a) {
		return invalid("%s asks for %s, but -a %s is not an %s address", f.Flag(), f, o.AllowIP, f)
	}
	return nil
}

// SourceAddr is the allow address of -s: the server opens the ports for
// the packet's source address.
const SourceAddr = "0.0.0.0"

// Secret is key material. It formats as "<redacted>" so that a key can
// never reach an error string or a log line by accident.
type Secret string

func (Secret) String() string   { return "<redacted>" }
func (Secret) GoString() string { return "<redacted>" }

// Options are the settings of one knock, named after the stock client's
// flags and ~/.fwknoprc variables. The zero value is not ready: start from
// NewOptions, which sets the stock client's defaults.
type Options struct {
	Access      string    // -A "tcp/22,udp/53"; empty asks for "none/0"
	AllowIP     string    // -a address; "0.0.0.0" (-s) lets the server use the packet's source
	ResolveIP   bool      // -R: ask ResolveURL for the external address
	ResolveURL  string    // --resolve-url
	Destination string    // -D host name, IPv4 or IPv6 address
	ServerPort  uint16    // -p
	Transport   Transport // -P
	UserAgent   string    // -u: HTTP User-Agent for -P http and -R; default DefaultUserAgent
	ServerIPv4  bool      // --server-resolve-ipv4: only IPv4 addresses of Destination
	Family      Family    // -4 / -6: the family of Destination, AllowIP and the -R address
	ServerCmd   string    // -C: a command message instead of access
	FWTimeout   int       // --fw-timeout; negative: none (no client-timeout type)
	NATAccess   string    // -N host:port or host,port
	NATLocal    bool      // --nat-local
	NATPort     int       // --nat-port; 0: none
	NATRandPort bool      // --nat-rand-port
	SpoofUser   string    // -U
	OffsetPlus  int64     // --time-offset-plus, seconds
	OffsetMinus int64     // --time-offset-minus, seconds
	Digest      spa.Hash  // -m; zero: SHA256
	HMACDigest  spa.Hash  // --hmac-digest-type; zero: SHA256
	UseHMAC     bool      // --use-hmac (implied by any HMAC key)
	Mode        spa.Mode  // -M cbc, ctr, ... (spa.ParseMode)

	// Exactly one form of each key is kept: setting one clears the other
	// (SetKey, SetKeyBase64, SetHMACKey, SetHMACKeyBase64).
	Key           Secret // passphrase (--key-rijndael, KEY)
	KeyBase64     Secret // --key-base64-rijndael, KEY_BASE64
	HMACKey       Secret // --key-hmac, HMAC_KEY
	HMACKeyBase64 Secret // --key-base64-hmac, HMAC_KEY_BASE64

	UseGPG       bool   // set by any --gpg-* option
	GPGRecipient string // key id, fingerprint, user id or key file of the server's public key
	GPGSigner    string // the same for the client's signing key (optional)
	GPGHome      string // folder searched for key files; default ~/.gnupg
	GPGSigningPW Secret // passphrase of the signing key, when it has one

	// The raw transports' header fields (see CheckRaw).
	SpoofSource netip.Addr // -Q / SPOOF_SOURCE_IP: the IPv4 source to write; zero: the route's own
	badSpoof    string     // what SetSpoofSource was given when not an IPv4 address (CheckRaw)
	ICMPType    uint8      // --icmp-type, 0..40; 0 (echo reply) as the stock
	ICMPCode    uint8      // --icmp-code, 0..15
	Delivery               // how the packet travels, where the keys come from
	// A GnuPG home (see gnupg.go) is used through the gpg program:
	GPGExe         string // --gpg-exe, GPG_EXE: the gpg program; default /usr/bin/gpg
	GPGAgent       bool   // --gpg-agent, USE_GPG_AGENT: the agent gets the signing passphrase
	GPGNoSigningPW bool   // --gpg-no-signing-pw, GPG_NO_SIGNING_PW: do not ask for it
}

// NewOptions returns the stock client's defaults: UDP to port 62201, no
// client timeout, CBC mode, SHA-256 digest.
func NewOptions() *Options {
	return &Options{ServerPort: DefaultPort, FWTimeout: -1, Digest: spa.SHA256}
}

// SetKey sets the Rijndael passphrase.
func (o *Options) SetKey(s string) { o.Key, o.KeyBase64 = Secret(s), "" }

// SetKeyBase64 sets the base64 Rijndael key.
func (o *Options) SetKeyBase64(s string) { o.Key, o.KeyBase64 = "", Secret(s) }

// SetHMACKey sets the HMAC passphrase and turns HMAC on.
func (o *Options) SetHMACKey(s string) { o.HMACKey, o.HMACKeyBase64, o.UseHMAC = Secret(s), "", true }

// SetHMACKeyBase64 sets the base64 HMAC key and turns HMAC on.
func (o *Options) SetHMACKeyBase64(s string) {
	o.HMACKey, o.HMACKeyBase64, o.UseHMAC = "", Secret(s), true
}

// Errors, for errors.Is.
var (
	// ErrInvalid: an option value that cannot be used (bad syntax, a
	// combination the stock client refuses). Bad input: exit status 2.
	ErrInvalid = errors.New("invalid option")
	// ErrNoKey: a key is needed, none was given and none can be prompted for.
	ErrNoKey = errors.New("no key")
	// ErrUnresolvable: the destination host name does not resolve.
	ErrUnresolvable = errors.New("cannot resolve host")
	// ErrExternalIP: the external-address service did not give an address.
	ErrExternalIP = errors.New("cannot learn the external address")
	// ErrSend: the packet could not be sent.
	ErrSend = errors.New("packet not sent")
)

func invalid(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, a...)...)
}

// ParsePort reads a port number 1..65535 for the option named opt.
func ParsePort(opt, s string) (uint16, error) {
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil || n == 0 {
		return 0, invalid("%s: want a port number 1..65535, got %q", opt, s)
	}
	return uint16(n), nil
}

// maxFWTimeout is the upper bound the stock client puts on --fw-timeout.
const maxFWTimeout = 2 << 16

// ParseFWTimeout reads --fw-timeout / FW_TIMEOUT seconds.
func ParseFWTimeout(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > maxFWTimeout {
		return 0, invalid("fw-timeout: want seconds 0..%d, got %q", maxFWTimeout, s)
	}
	return n, nil
}

// maxTimeOffset is the stock client's bound on the digits of an offset.
const maxTimeOffset = 2 << 15

// ParseTimeOffset reads fwknop's time offset syntax: digits, optionally
// followed by a unit m (minutes), h (hours) or d (days); "90", "5m", "1h".
func ParseTimeOffset(s string) (int64, error) {
	digits := strings.TrimRight(s, "mMhHdD")
	unit := s[len(digits):]
	mult := map[string]int64{"": 1, "m": 60, "h": 3600, "d": 86400}[strings.ToLower(unit)]
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n < 0 || n > maxTimeOffset || mult == 0 {
		return 0, invalid("time offset: Invalid time offset: want a number of seconds, optionally with m, h or d (like 90, 5m, 1h), got %q", s)
	}
	return n * mult, nil
}

// ParseDigest reads a digest name as -m and --hmac-digest-type take it.
func ParseDigest(opt, s string) (spa.Hash, error) {
	h, err := spa.ParseHash(s)
	if err != nil {
		return 0, invalid("%s: %s: unknown digest %q (want md5, sha1, sha256, sha384, sha512, sha3_256 or sha3_512)", digestWords(opt, s), opt, s)
	}
	return h, nil
}

// ParseMode reads -M and ENCRYPTION_MODE as the stock client does, case
// aside: cbc, ctr, cfb, ofb, ecb, legacy or asymmetric (GPG's; see Keys).
func ParseMode(s string) (spa.Mode, error) {
	m, err := spa.ParseMode(s)
	var fe *spa.FieldError
	if errors.As(err, &fe) {
		return 0, invalid("Invalid encryption mode: %s: encryption-mode: %s", s, fe.Reason)
	}
	return m, nil
}

// ParseAllowIP checks an -a address: IPv4, or IPv6 as the upstream IPv6
// work writes it.
func ParseAllowIP(s string) (string, error) {
	a, err := spa.ParseAllowIP(s)
	if err != nil {
		return "", invalid("Invalid allow IP specified for SPA access: allow-ip: %q is not an IPv4 or IPv6 address", s)
	}
	return a.String(), nil
}

// digestWords is the stock client's wording for a bad digest name, which
// scripts and fwknop's test suite grep.
func digestWords(opt, s string) string {
	if strings.HasPrefix(opt, "hmac") {
		return "Invalid hmac digest type: " + s
	}
	return "Invalid digest type: " + s
}

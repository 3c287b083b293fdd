package spa

import (
	"net/netip"
	"slices"
	"strconv"
	"strings"
)

// ProtoPort is one "proto/port" item of an access request.
type ProtoPort struct {
	Proto string // "tcp" or "udp"
	Port  uint16
}

func (p ProtoPort) String() string { return p.Proto + "/" + strconv.Itoa(int(p.Port)) }

// Access is a decoded access message: which address to open, and what.
type Access struct {
	// AllowIP is the address to open the ports for. 0.0.0.0 (IsUnspecified)
	// asks the server to use the packet's source address.
	AllowIP netip.Addr
	Ports   []ProtoPort
}

// NAT is a decoded nat_access field: where the server forwards to.
type NAT struct {
	Host string // an address, or a name the server may resolve
	Port uint16
}

func (n NAT) String() string { return n.Host + "," + strconv.Itoa(int(n.Port)) }

// Body is the typed content of a message's message and nat_access fields,
// the part a server authorizes. Open fills it once from the text it
// decoded; SetBody (or Seal, when Message.Message is empty) writes the text
// from it, so neither side splits the strings again.
type Body struct {
	// AllowIP is the address to open for; 0.0.0.0 (IsUnspecified) asks the
	// server to use the packet's source address.
	AllowIP netip.Addr
	// Ports are the proto/ports asked, in order: access types only.
	Ports []ProtoPort
	// Command is the command to run: command messages only.
	Command string
	// NAT is the forwarding target: NAT types only.
	NAT NAT
}

// IsZero reports whether b is the zero Body (nothing set).
func (b *Body) IsZero() bool {
	return !b.AllowIP.IsValid() && b.Ports == nil && b.Command == "" && b.NAT == NAT{}
}

// Equal reports whether b and o ask the same.
func (b *Body) Equal(o *Body) bool {
	return b.AllowIP == o.AllowIP && slices.Equal(b.Ports, o.Ports) && b.Command == o.Command && b.NAT == o.NAT
}

// text writes b as the message and nat_access fields of a type-t message.
// Fields t does not carry are left out; SetBody's parse-back catches them.
func (b *Body) text(t MessageType) (msg, nat string) {
	var s strings.Builder
	s.WriteString(b.AllowIP.String())
	if t == CommandMsg {
		s.WriteByte(',')
		s.WriteString(b.Command)
	}
	for _, p := range b.Ports {
		s.WriteByte(',')
		s.WriteString(p.String())
	}
	if t.HasNAT() {
		nat = b.NAT.String()
	}
	return s.String(), nat
}

// ParseBody decodes the message and nat_access fields of a type-t message,
// applying the rules Open applies. Errors wrap ErrBadArgument.
func ParseBody(t MessageType, msg, nat string) (Body, error) {
	var b Body
	if err := parseBody(t, msg, nat, &b); err != nil {
		return Body{}, err
	}
	return b, nil
}

// parseBody fills b; b.Ports may come with spare capacity to append to.
func parseBody(t MessageType, msg, nat string, b *Body) error {
	if !t.Valid() {
		return &FieldError{Field: "type", Reason: "unknown message type " + strconv.Itoa(int(t)), Err: ErrBadArgument}
	}
	if err := parseMessage(t, msg, b); err != nil {
		return within("message", err)
	}
	if !t.HasNAT() {
		if nat != "" {
			return badArg("nat_access", "only NAT message types carry one")
		}
		return nil
	}
	n, err := parseNAT(nat)
	if err != nil {
		return within("nat_access", err)
	}
	b.NAT = n
	return nil
}

// parseMessage reads "ALLOW_IP,command" or "ALLOW_IP,proto/port[,...]".
func parseMessage(t MessageType, msg string, b *Body) error {
	if t == CommandMsg {
		a, cmd, err := ParseCommand(msg)
		b.AllowIP, b.Command = a, cmd
		return err
	}
	ip, rest, ok := strings.Cut(msg, ",")
	if !ok {
		return badArg("message", "want ALLOW_IP,proto/port[,proto/port...], got "+strconv.Quote(msg))
	}
	a, err := ParseAllowIP(ip)
	if err != nil {
		return err
	}
	b.AllowIP = a
	b.Ports, err = appendProtoPorts(b.Ports[:0], rest)
	return err
}

// SetBody sets m.Body and writes m.Message and m.NATAccess from it, for
// m.Type (set the type first). It refuses a body the type cannot carry
// (a command on an access type, a NAT target on a non-NAT type) or one
// whose text Open would refuse.
func (m *Message) SetBody(b Body) error {
	mm := Message{Type: m.Type, Body: b}
	msg, nat, err := mm.wireText()
	if err != nil {
		return err
	}
	m.Body, m.Message, m.NATAccess = b, msg, nat
	return nil
}

const (
	maxCommandLen  = 1400 // MAX_SPA_CMD_LEN
	maxHostnameLen = 64   // MAX_HOSTNAME_LEN
	maxPortDigits  = 5
)

// ParseProtoPort reads one "tcp/22" item. The stock server accepts only tcp
// and udp: its check allows at most four characters before the '/'.
// Errors wrap ErrBadArgument.
func ParseProtoPort(s string) (ProtoPort, error) {
	proto, port, ok := strings.Cut(s, "/")
	if !ok {
		return ProtoPort{}, badArg("access", "want proto/port, got "+strconv.Quote(s))
	}
	// The literals, not proto: a ProtoPort must not pin the packet's text.
	switch proto {
	case "tcp":
		proto = "tcp"
	case "udp":
		proto = "udp"
	default:
		return ProtoPort{}, badArg("protocol", "want tcp or udp, got "+strconv.Quote(proto)+" in "+strconv.Quote(s))
	}
	n, err := parsePort(port, s)
	if err != nil {
		return ProtoPort{}, err
	}
	return ProtoPort{Proto: proto, Port: n}, nil
}

// ParseProtoPorts reads a comma-separated list such as "tcp/22,udp/53".
// Errors wrap ErrBadArgument.
func ParseProtoPorts(s string) ([]ProtoPort, error) {
	return appendProtoPorts(nil, s)
}

func appendProtoPorts(dst []ProtoPort, s string) ([]ProtoPort, error) {
	if s == "" {
		return nil, badArg("access", "empty port list (want proto/port[,proto/port...])")
	}
	for {
		item, more, found := strings.Cut(s, ",")
		pp, err := ParseProtoPort(item)
		if err != nil {
			return nil, err
		}
		dst = append(dst, pp)
		if !found {
			return dst, nil
		}
		s = more
	}
}

// parsePort reads a port number; in names the text it came from.
func parsePort(s, in string) (uint16, error) {
	n := 0
	if isDigits(s) && len(s) <= maxPortDigits {
		n, _ = strconv.Atoi(s)
	}
	if n < 1 || n > 65535 {
		return 0, badArg("port", "want a number 1..65535, got "+strconv.Quote(s)+" in "+strconv.Quote(in))
	}
	return uint16(n), nil
}

// ParseAllowIP reads the allow address of a message: IPv4 as the stock
// client writes it, or IPv6 text as the upstream IPv6 work does.
// Errors wrap ErrBadArgument.
func ParseAllowIP(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return netip.Addr{}, badArg("allow IP", strconv.Quote(s)+" is not an IPv4 or IPv6 address")
	case a.Zone() != "":
		return netip.Addr{}, badArg("allow IP", strconv.Quote(s)+" has a zone")
	case a.Is4In6():
		return netip.Addr{}, badArg("allow IP", strconv.Quote(s)+" is IPv4-mapped; write the IPv4 address")
	}
	return a, nil
}

// ParseAccess decodes the message field of an access-type message.
// Errors wrap ErrBadArgument.
func ParseAccess(msg string) (*Access, error) {
	var b Body
	if err := parseMessage(AccessMsg, msg, &b); err != nil {
		return nil, err
	}
	return &Access{AllowIP: b.AllowIP, Ports: b.Ports}, nil
}

// ParseCommand decodes the message field of a command message.
// Errors wrap ErrBadArgument.
func ParseCommand(msg string) (allowIP netip.Addr, cmd string, err error) {
	ip, cmd, ok := strings.Cut(msg, ",")
	if !ok || cmd == "" {
		return netip.Addr{}, "", badArg("message", "want ALLOW_IP,command, got "+strconv.Quote(msg))
	}
	if len(msg) >= maxCommandLen {
		return netip.Addr{}, "", badArg("command", "longer than "+strconv.Itoa(maxCommandLen-1)+" characters")
	}
	addr, err := ParseAllowIP(ip)
	if err != nil {
		return netip.Addr{}, "", err
	}
	return addr, cmd, nil
}

// ParseNATAccess decodes a nat_access field, "host,port". The host is an
// address or a name the server may resolve. Errors wrap ErrBadArgument.
func ParseNATAccess(s string) (host string, port uint16, err error) {
	n, err := parseNAT(s)
	return n.Host, n.Port, err
}

func parseNAT(s string) (NAT, error) {
	host, p, ok := strings.Cut(s, ",")
	if !ok || strings.Contains(p, ",") {
		return NAT{}, badArg("nat_access", "want host,port, got "+strconv.Quote(s))
	}
	if host == "" || len(host) > maxHostnameLen || strings.ContainsAny(host, " /?\"'\\") || !isPrintable(host) {
		return NAT{}, badArg("nat_access", "host "+strconv.Quote(host)+" is empty, longer than 64 characters or has a character out of place")
	}
	port, err := parsePort(p, s)
	if err != nil {
		return NAT{}, err
	}
	return NAT{Host: host, Port: port}, nil
}

// checkUser applies lib/fko_user.c's rules: printable ASCII without
// " / \ [ ] : ; | = , + * ? < >, not empty.
func checkUser(u string) error {
	if u == "" {
		return badArg("user", "empty user name")
	}
	if b64Len(len(u)) > maxUserB64 {
		return badArg("user", "user name too long")
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c < 0x20 || c > 0x7e || strings.IndexByte(`"/\[]:;|=,+*?<>`, c) >= 0 {
			return badArg("user", "user name has a forbidden character")
		}
	}
	return nil
}

package spa

import (
	"errors"
	"net/netip"
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

const (
	maxCommandLen  = 1400 // MAX_SPA_CMD_LEN
	maxHostnameLen = 64   // MAX_HOSTNAME_LEN
	maxPortDigits  = 5
)

// ParseProtoPort reads one "tcp/22" item. The stock server accepts only tcp
// and udp: its check allows at most four characters before the '/'.
func ParseProtoPort(s string) (ProtoPort, error) {
	proto, port, ok := strings.Cut(s, "/")
	if !ok {
		return ProtoPort{}, errors.New("want proto/port, got " + strconv.Quote(s))
	}
	if proto != "tcp" && proto != "udp" {
		return ProtoPort{}, errors.New("protocol must be tcp or udp in " + strconv.Quote(s))
	}
	n, err := parsePort(port)
	if err != nil {
		return ProtoPort{}, err
	}
	return ProtoPort{Proto: proto, Port: n}, nil
}

// ParseProtoPorts reads a comma-separated list such as "tcp/22,udp/53".
func ParseProtoPorts(s string) ([]ProtoPort, error) {
	if s == "" {
		return nil, errors.New("empty port list")
	}
	items := strings.Split(s, ",")
	out := make([]ProtoPort, 0, len(items))
	for _, it := range items {
		pp, err := ParseProtoPort(it)
		if err != nil {
			return nil, err
		}
		out = append(out, pp)
	}
	return out, nil
}

func parsePort(s string) (uint16, error) {
	if !isDigits(s) || len(s) > maxPortDigits {
		return 0, errors.New("port must be a number 1..65535, got " + strconv.Quote(s))
	}
	n, _ := strconv.Atoi(s)
	if n < 1 || n > 65535 {
		return 0, errors.New("port must be a number 1..65535, got " + strconv.Quote(s))
	}
	return uint16(n), nil
}

// ParseAllowIP reads the allow address of a message: IPv4 as the stock
// client writes it, or IPv6 text as the upstream IPv6 work does.
func ParseAllowIP(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" || a.Is4In6() {
		return netip.Addr{}, errors.New("invalid allow IP " + strconv.Quote(s))
	}
	return a, nil
}

// ParseAccess decodes the message field of an access-type message.
func ParseAccess(msg string) (*Access, error) {
	ip, rest, ok := strings.Cut(msg, ",")
	if !ok {
		return nil, errors.New("access message needs ALLOW_IP,proto/port")
	}
	addr, err := ParseAllowIP(ip)
	if err != nil {
		return nil, err
	}
	ports, err := ParseProtoPorts(rest)
	if err != nil {
		return nil, err
	}
	return &Access{AllowIP: addr, Ports: ports}, nil
}

// ParseCommand decodes the message field of a command message.
func ParseCommand(msg string) (allowIP netip.Addr, cmd string, err error) {
	ip, cmd, ok := strings.Cut(msg, ",")
	if !ok || cmd == "" {
		return netip.Addr{}, "", errors.New("command message needs ALLOW_IP,command")
	}
	if len(msg) >= maxCommandLen {
		return netip.Addr{}, "", errors.New("command too long")
	}
	addr, err := ParseAllowIP(ip)
	if err != nil {
		return netip.Addr{}, "", err
	}
	return addr, cmd, nil
}

// ParseNATAccess decodes a nat_access field, "host,port". The host is an
// address or a name the server may resolve.
func ParseNATAccess(s string) (host string, port uint16, err error) {
	host, p, ok := strings.Cut(s, ",")
	if !ok || strings.Contains(p, ",") {
		return "", 0, errors.New("NAT access needs exactly host,port")
	}
	if host == "" || len(host) > maxHostnameLen || strings.ContainsAny(host, " /?\"'\\") || !isPrintable(host) {
		return "", 0, errors.New("invalid NAT host " + strconv.Quote(host))
	}
	port, err = parsePort(p)
	if err != nil {
		return "", 0, err
	}
	return host, port, nil
}

// checkMessage validates the message field for message type t.
func checkMessage(t MessageType, msg string) error {
	if t == CommandMsg {
		_, _, err := ParseCommand(msg)
		return err
	}
	return checkAccess(msg)
}

// checkAccess validates an access message as ParseAccess does, without
// building the result: it runs on every packet that decrypts.
func checkAccess(msg string) error {
	ip, rest, ok := strings.Cut(msg, ",")
	if !ok {
		return errors.New("access message needs ALLOW_IP,proto/port")
	}
	if _, err := ParseAllowIP(ip); err != nil {
		return err
	}
	for {
		item, more, found := strings.Cut(rest, ",")
		if _, err := ParseProtoPort(item); err != nil {
			return err
		}
		if !found {
			return nil
		}
		rest = more
	}
}

// checkUser applies lib/fko_user.c's rules: printable ASCII without
// " / \ [ ] : ; | = , + * ? < >, not empty.
func checkUser(u string) error {
	if u == "" {
		return errors.New("empty user name")
	}
	if b64Len(len(u)) > maxUserB64 {
		return errors.New("user name too long")
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c < 0x20 || c > 0x7e || strings.IndexByte(`"/\[]:;|=,+*?<>`, c) >= 0 {
			return errors.New("user name has a forbidden character")
		}
	}
	return nil
}

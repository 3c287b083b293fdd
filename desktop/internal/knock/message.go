package knock

import (
	"context"
	"io"
	"net"
	"net/netip"
	"os"
	"os/user"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Env is what building a knock reads from the world, so tests can fix it.
type Env struct {
	Now    func() time.Time
	Rand   io.Reader
	Getenv func(string) string
}

// Message builds the SPA message for o exactly as the stock client's
// fwknop.c does: the type from -C, --nat-local, -N and --fw-timeout; the
// access with --nat-port or --nat-rand-port substituted; the nat_access
// target from -N or, for --nat-local, from -D and the -A port. It builds
// the typed spa.Body and writes the text as the stock does: the -A list
// verbatim (-A tcp/022 sends tcp/022), the NAT port of --nat-port and the
// nat_access port as numbers (-N host:022 sends host,22). The text parses
// back to the Body, which Seal checks. A NAT knock's -A and -N are checked
// as set_access_buf and set_nat_access do, in their words (natwords.go).
func Message(ctx context.Context, o *Options, env Env) (*spa.Message, error) {
	if err := o.CheckFamily(); err != nil {
		return nil, err
	}
	random, err := spa.RandomDigits(env.Rand)
	if err != nil {
		return nil, err
	}
	allow, err := allowIP(o)
	if err != nil {
		return nil, err
	}
	m := &spa.Message{
		Random:     random,
		User:       userName(o, env.Getenv),
		Timestamp:  env.Now().Unix() + o.timeOffset(),
		Type:       o.messageType(),
		DigestType: o.Digest,
	}
	if m.Type.HasClientTimeout() {
		m.ClientTimeout = o.FWTimeout
	}
	body := spa.Body{AllowIP: allow, Command: o.ServerCmd}
	var access string
	if m.Type != spa.CommandMsg {
		if body.Ports, access, err = o.accessPorts(env.Rand); err != nil {
			return nil, err
		}
	}
	if m.Type.HasNAT() {
		if body.NAT, err = o.natAccess(); err != nil {
			return nil, err
		}
	}
	if err := m.SetBody(body); err != nil {
		return nil, err
	}
	if access != "" {
		// SetBody wrote the ports canonically; the stock sends -A as typed.
		m.Message = allow.String() + "," + access
	}
	return m, nil
}

// timeOffset follows fko_set_timestamp being called for plus, then minus:
// a minus offset wins.
func (o *Options) timeOffset() int64 {
	if o.OffsetMinus > 0 {
		return -o.OffsetMinus
	}
	return o.OffsetPlus
}

func (o *Options) messageType() spa.MessageType {
	t := spa.AccessMsg
	switch {
	case o.ServerCmd != "":
		return spa.CommandMsg
	case o.NATLocal:
		t = spa.LocalNATAccessMsg
	case o.NATAccess != "":
		t = spa.NATAccessMsg
	}
	// A timeout of 0 means none: fko_encode resets the type to match.
	if o.FWTimeout > 0 {
		t = t.WithClientTimeout()
	}
	return t
}

// allowIP is the address to open: -a, or -s's 0.0.0.0. The external
// address of -R is learnt before, by the client's pipeline (package
// client), which fills in AllowIP.
func allowIP(o *Options) (netip.Addr, error) {
	if o.AllowIP == "" {
		return netip.Addr{}, invalid("Must use one of [-s|-R|-a] to specify IP for SPA access: no address to open: give -a ADDRESS, -s (the server uses the packet's source) or -R (ask %s)", DefaultResolveURL)
	}
	s, err := ParseAllowIP(o.AllowIP)
	if err != nil {
		return netip.Addr{}, err
	}
	return netip.MustParseAddr(s), nil // ParseAllowIP wrote s from an Addr
}

// accessPorts is set_access_buf's list: the -A proto/ports, with the NAT
// port in place of the -A port when one is set, and their text as the stock
// writes it: -A as typed, or the protocol and the NAT port as a number.
func (o *Options) accessPorts(rand io.Reader) ([]spa.ProtoPort, string, error) {
	if o.Access == "" {
		// The stock client would send "allow,none/0", which its own
		// library then refuses as malformed.
		return nil, "", invalid("Invalid SPA access message format: no ports to open: give -A proto/port (like tcp/22)")
	}
	natPort := o.NATPort
	if o.NATRandPort {
		p, err := RandPort(rand)
		if err != nil {
			return nil, "", err
		}
		natPort = int(p)
	}
	switch {
	case natPort > 65535:
		return nil, "", invalid("nat-port %d: want 1..65535", natPort)
	case natPort > 0:
		return natPorts(o.Access, natPort)
	}
	ports, err := spa.ParseProtoPorts(o.Access)
	if err != nil {
		return nil, "", invalid("Invalid SPA access message format: access %q: %v (want proto/port[,proto/port...], like tcp/22)", o.Access, err)
	}
	return ports, o.Access, nil
}

// natAccess is set_nat_access: for --nat-local without -N, the server as
// given with -D and the -A port; otherwise -N with ':' read as ','.
func (o *Options) natAccess() (spa.NAT, error) {
	_, portText, _ := strings.Cut(o.Access, "/")
	if err := checkNATAccessPort(portText); err != nil {
		return spa.NAT{}, err
	}
	if o.NATLocal && o.NATAccess == "" {
		if o.Destination == "" {
			return spa.NAT{}, invalid("--nat-local needs -D, the server's address")
		}
		return parseNAT(o.Destination+","+leadingDigits(portText), "-D "+o.Destination)
	}
	host, port, ok := splitNAT(o.NATAccess)
	if !ok {
		port = leadingDigits(portText)
	} else if err := checkNATPort(o.NATAccess, port); err != nil {
		return spa.NAT{}, err
	}
	if !validNATHost(host) {
		return spa.NAT{}, invalid("Invalid NAT destination '%s' for -N arg.: want an IP address or a host name", host)
	}
	return parseNAT(host+","+port, "nat-access "+strconv.Quote(o.NATAccess))
}

// splitNAT splits -N's "host,port", "host:port" or "[v6]:port"; a host
// alone (an IPv6 address among them) has no port. Only a lone ':'
// separates a port: "2001:db8::55,88" is an IPv6 host and port 88.
func splitNAT(s string) (host, port string, ok bool) {
	if host, port, ok := strings.Cut(s, ","); ok {
		return host, port, true
	}
	if strings.HasPrefix(s, "[") {
		if h, p, err := net.SplitHostPort(s); err == nil {
			return h, p, true
		}
		return strings.Trim(s, "[]"), "", false
	}
	if strings.Count(s, ":") == 1 {
		return strings.Cut(s, ":")
	}
	return s, "", false
}

// parseNAT reads the "host,port" natAccess put together from what the user
// gave, which what names.
func parseNAT(s, what string) (spa.NAT, error) {
	host, port, err := spa.ParseNATAccess(s)
	if err != nil {
		return spa.NAT{}, invalid("%s: %v (want host:port)", what, err)
	}
	return spa.NAT{Host: host, Port: port}, nil
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// AllowAddr is the allow address of a message Message built (or Open
// returned), invalid for -s, whose 0.0.0.0 leaves the choice to the server.
func AllowAddr(m *spa.Message) netip.Addr {
	if a := m.Body.AllowIP; a.String() != SourceAddr {
		return a
	}
	return netip.Addr{}
}

// maxSpoofUser is what the stock client keeps of -U: MAX_USERNAME_LEN
// (30) less the C string's NUL.
const maxSpoofUser = 29

// SetSpoofUser sets SpoofUser from -U or SPOOF_USER as the stock client
// keeps it: cut to its buffer of 29 bytes, not refused.
func (o *Options) SetSpoofUser(v string) { o.SpoofUser = v[:min(len(v), maxSpoofUser)] }

// userName is fko_set_username: -U, else $SPOOF_USER, $LOGNAME, the
// effective user, $USER, and "NO_USER" when all fail.
func userName(o *Options, getenv func(string) string) string {
	if o.SpoofUser != "" {
		return o.SpoofUser
	}
	for _, v := range []string{"SPOOF_USER", "LOGNAME"} {
		if u := getenv(v); u != "" {
			return u
		}
	}
	if u := effectiveUser(); u != "" {
		return u
	}
	if u := getenv("USER"); u != "" {
		return u
	}
	return "NO_USER"
}

// effectiveUser is cuserid(): the name of the effective user id. It reads
// /etc/passwd first because os/user's NSS lookup costs about a millisecond,
// most of a knock's run time.
func effectiveUser() string {
	uid := strconv.Itoa(os.Geteuid())
	if data, err := os.ReadFile("/etc/passwd"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Split(line, ":"); len(f) > 2 && f[2] == uid {
				return f[0]
			}
		}
	}
	if u, err := user.LookupId(uid); err == nil {
		return u.Username
	}
	return ""
}

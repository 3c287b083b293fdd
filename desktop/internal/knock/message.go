package knock

import (
	"context"
	"encoding/binary"
	"io"
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
// access string with --nat-port or --nat-rand-port substituted; the
// nat_access field from -N or, for --nat-local, from -D and the -A port.
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
	if m.Type == spa.CommandMsg {
		m.Message = allow + "," + o.ServerCmd
		return m, nil
	}
	if m.Message, err = o.accessMessage(allow, env.Rand); err != nil {
		return nil, err
	}
	if m.Type.HasNAT() {
		if m.NATAccess, err = o.natAccess(); err != nil {
			return nil, err
		}
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
func allowIP(o *Options) (string, error) {
	if o.AllowIP == "" {
		return "", invalid("no address to open: give -a ADDRESS, -s (the server uses the packet's source) or -R (ask %s)", DefaultResolveURL)
	}
	return ParseAllowIP(o.AllowIP)
}

// accessMessage is set_access_buf: "allow,proto/port[,...]", with the NAT port in place of the -A port when one is set.
func (o *Options) accessMessage(allow string, rand io.Reader) (string, error) {
	if o.Access == "" {
		// The stock client would send "allow,none/0", which its own
		// library then refuses as malformed.
		return "", invalid("no ports to open: give -A proto/port (like tcp/22)")
	}
	ports, err := spa.ParseProtoPorts(o.Access)
	if err != nil {
		return "", invalid("access %q: %v (want proto/port[,proto/port...], like tcp/22)", o.Access, err)
	}
	natPort := o.NATPort
	if o.NATRandPort {
		if natPort, err = randPort(rand); err != nil {
			return "", err
		}
	}
	if natPort <= 0 {
		return allow + "," + o.Access, nil
	}
	if len(ports) > 1 {
		return "", invalid("access %q: NAT for more than one port is not supported (as with fwknop)", o.Access)
	}
	return allow + "," + ports[0].Proto + "/" + strconv.Itoa(natPort), nil
}

// natAccess is set_nat_access: for --nat-local without -N, the server as
// given with -D and the -A port; otherwise -N with ':' read as ','.
func (o *Options) natAccess() (string, error) {
	_, portText, _ := strings.Cut(o.Access, "/")
	if o.NATLocal && o.NATAccess == "" {
		if o.Destination == "" {
			return "", invalid("--nat-local needs -D, the server's address")
		}
		return o.Destination + "," + leadingDigits(portText), nil
	}
	host, port, ok := strings.Cut(strings.Replace(o.NATAccess, ":", ",", 1), ",")
	if !ok {
		port = leadingDigits(portText)
	}
	s := host + "," + port
	if _, _, err := spa.ParseNATAccess(s); err != nil {
		return "", invalid("nat-access %q: %v (want host:port)", o.NATAccess, err)
	}
	return s, nil
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// randPort is get_rand_port: a port in 1024..65534 from random data.
func randPort(r io.Reader) (int, error) {
	var b [4]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, err
	}
	return 1024 + int(binary.BigEndian.Uint32(b[:])%(65535-1024)), nil
}

// AllowAddr is the allow address of a message Message built, invalid
// for -s, whose 0.0.0.0 leaves the choice to the server.
func AllowAddr(m *spa.Message) netip.Addr {
	s, _, _ := strings.Cut(m.Message, ",")
	a, err := spa.ParseAllowIP(s)
	if err != nil || s == SourceAddr {
		return netip.Addr{}
	}
	return a
}

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

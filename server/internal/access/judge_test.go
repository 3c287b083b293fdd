package access

import (
	"cmp"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestChecks takes each check in turn with one stanza: a packet that fails
// only that check gets its reason.
func TestChecks(t *testing.T) {
	tests := []struct {
		name    string
		access  string // after "SOURCE ANY\n"
		server  string
		packet  func(t *testing.T) []byte
		source  string // SOURCE; ANY when empty
		want    Reason // "" for accept
		wantErr error
	}{
		{name: "accept", access: keysA, packet: func(t *testing.T) []byte { return sealA(t) }},
		{name: "too short", access: keysA, packet: func(*testing.T) []byte { return junk(139) }, want: TooShort, wantErr: spa.ErrTooShort},
		{name: "too long", access: keysA, packet: func(*testing.T) []byte { return junk(1501) }, want: TooLong, wantErr: spa.ErrTooLong},
		{name: "bad base64", access: keysA, packet: func(*testing.T) []byte { return append(junk(200), '!') }, want: BadBase64, wantErr: spa.ErrBadBase64},
		{name: "re-added prefix", access: keysA, packet: func(t *testing.T) []byte { return append([]byte("U2FsdGVkX1"), sealA(t)...) }, want: BadBase64},
		{name: "junk", access: keysA, packet: func(*testing.T) []byte { return junk(200) }, want: BadHMAC, wantErr: spa.ErrBadHMAC},
		{name: "other hmac key", access: keysA, packet: func(t *testing.T) []byte { return seal(t, msg(), keyA, hmacB) }, want: BadHMAC},
		{name: "other rijndael key", access: keysA, packet: func(t *testing.T) []byte { return seal(t, msg(), keyB, hmacA) }, want: DecryptFailed, wantErr: spa.ErrDecrypt},
		{name: "no hmac, wrong key", access: "KEY_BASE64 " + b64(keyA) + "\n", packet: func(t *testing.T) []byte { return seal(t, msg(), keyB, nil) }, want: DecryptFailed},
		{name: "no hmac", access: "KEY_BASE64 " + b64(keyA) + "\n", packet: func(t *testing.T) []byte { return seal(t, msg(), keyA, nil) }},
		{name: "source elsewhere", access: keysA, source: "203.0.113.0/24,2001:db8::/32", packet: func(t *testing.T) []byte { return sealA(t) }, want: NoMatchingStanza},
		{name: "destination", access: keysA + "DESTINATION 203.0.113.1\n", packet: func(t *testing.T) []byte { return sealA(t) }, want: NoMatchingStanza},
		{name: "destination matches", access: keysA + "DESTINATION 198.51.100.0/24\n", packet: func(t *testing.T) []byte { return sealA(t) }},
		{name: "expired", access: keysA + fmt.Sprintf("ACCESS_EXPIRE_EPOCH %d\n", t0.Unix()-1), packet: func(t *testing.T) []byte { return sealA(t) }, want: AccessExpired},
		{name: "expires this second", access: keysA + fmt.Sprintf("ACCESS_EXPIRE_EPOCH %d\n", t0.Unix()), packet: func(t *testing.T) []byte { return sealA(t) }},
		{name: "stale", access: keysA, packet: func(t *testing.T) []byte { return sealA(t, func(m *spa.Message) { m.Timestamp -= 121 }) }, want: StaleTimestamp},
		{name: "future", access: keysA, packet: func(t *testing.T) []byte { return sealA(t, func(m *spa.Message) { m.Timestamp += 121 }) }, want: StaleTimestamp},
		{name: "age at the limit", access: keysA, packet: func(t *testing.T) []byte { return sealA(t, func(m *spa.Message) { m.Timestamp -= 120 }) }},
		{name: "source required", access: keysA + "REQUIRE_SOURCE_ADDRESS Y\n", packet: func(t *testing.T) []byte { return sealA(t, allowAny) }, want: SourceRequired},
		{name: "user", access: keysA + "REQUIRE_USERNAME bob\n", packet: func(t *testing.T) []byte { return sealA(t) }, want: UserMismatch},
		{name: "user matches", access: keysA + "REQUIRE_USERNAME alice\n", packet: func(t *testing.T) []byte { return sealA(t) }},
		{name: "nat off", access: keysA, packet: func(t *testing.T) []byte { return sealA(t, natTo("192.0.2.10,22")) }, want: NATNotEnabled},
		{name: "local nat off", access: keysA, server: "ENABLE_IPT_FORWARDING Y\n", packet: func(t *testing.T) []byte { return sealA(t, localNAT) }, want: NATNotEnabled},
		{name: "local nat on", access: keysA, server: "ENABLE_IPT_LOCAL_NAT Y\n", packet: func(t *testing.T) []byte { return sealA(t, localNAT) }},
		{name: "forwarded nat needs forwarding", access: keysA, server: "ENABLE_IPT_LOCAL_NAT Y\n", packet: func(t *testing.T) []byte { return sealA(t, natTo("192.0.2.10,22")) }, want: NATNotEnabled},
		{name: "command off", access: keysA, packet: func(t *testing.T) []byte { return sealA(t, command) }, want: CommandNotAllowed},
		{name: "command on", access: keysA + "ENABLE_CMD_EXEC Y\n", packet: func(t *testing.T) []byte { return sealA(t, command) }},
		// fwknopd 2.6.10 (and 2.6.11) asks a command message for nothing
		// but ENABLE_CMD_EXEC: no rule refuses it where the stanza has no
		// HMAC key (process_cmd_msg, handle_rijndael_enc), so neither does
		// Sesame.
		{name: "command, no hmac", access: "KEY_BASE64 " + b64(keyA) + "\nENABLE_CMD_EXEC Y\n", packet: func(t *testing.T) []byte { return seal(t, msg(command), keyA, nil) }},
		{name: "command off, no hmac", access: "KEY_BASE64 " + b64(keyA) + "\n", packet: func(t *testing.T) []byte { return seal(t, msg(command), keyA, nil) }, want: CommandNotAllowed},
		{name: "open ports", access: keysA + "OPEN_PORTS tcp/22\n", packet: func(t *testing.T) []byte { return sealA(t, ports("tcp/22,udp/53")) }, want: PortNotAllowed},
		{name: "restrict ports", access: keysA + "RESTRICT_PORTS udp/53\n", packet: func(t *testing.T) []byte { return sealA(t, ports("tcp/22,udp/53")) }, want: PortNotAllowed},
		{name: "ports allowed", access: keysA + "OPEN_PORTS tcp/22,udp/53\n", packet: func(t *testing.T) []byte { return sealA(t, ports("tcp/22,udp/53")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			source := cmp.Or(tt.source, "ANY")
			j, _ := judge(t, "SOURCE "+source+"\n"+tt.access, tt.server, aging)
			src, dst := clientIP, serverIP
			d := j.Decide(tt.packet(t), src, dst, t0)
			if d.Accept != (tt.want == "") || d.Reason != tt.want {
				t.Fatalf("accept=%v reason=%q (%v), want reason %q", d.Accept, d.Reason, d.Err, tt.want)
			}
			if tt.wantErr != nil && !errors.Is(d.Err, tt.wantErr) {
				t.Errorf("err = %v, want %v", d.Err, tt.wantErr)
			}
			if d.Source != src || d.Destination != dst {
				t.Errorf("addresses %v -> %v, want %v -> %v", d.Source, d.Destination, src, dst)
			}
		})
	}
}

func allowAny(m *spa.Message) { m.Message = "0.0.0.0,tcp/22" }
func command(m *spa.Message)  { m.Type, m.Message = spa.CommandMsg, "198.51.100.7,touch /tmp/x" }
func localNAT(m *spa.Message) {
	m.Type, m.NATAccess = spa.LocalNATAccessMsg, "198.51.100.1,2222"
}
func ports(p string) func(*spa.Message) {
	return func(m *spa.Message) { m.Message = "198.51.100.7," + p }
}
func natTo(access string) func(*spa.Message) {
	return func(m *spa.Message) { m.Type, m.NATAccess = spa.NATAccessMsg, access }
}

func TestAgingOff(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA, "", Options{})
	d := j.Decide(sealA(t, func(m *spa.Message) { m.Timestamp -= 3600 }), clientIP, serverIP, t0)
	if !d.Accept {
		t.Fatalf("aging off: %q (%v)", d.Reason, d.Err)
	}
}

// TestAccept checks what an accepted Decision carries.
func TestAccept(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"FW_ACCESS_TIMEOUT 60\n", "", aging)
	p := sealA(t, ports("tcp/22,udp/53"))
	d := j.Decide(p, clientIP, serverIP, t0)
	if !d.Accept || d.Reason != "" || d.Action != Open {
		t.Fatalf("accept=%v reason=%q action=%v", d.Accept, d.Reason, d.Action)
	}
	if d.Stanza == nil || d.Stanza.Num != 1 || d.Message == nil || d.Message.User != "alice" {
		t.Errorf("stanza %v message %+v", d.Stanza, d.Message)
	}
	if d.Digest != replay.Sum(p) {
		t.Errorf("digest %v", d.Digest)
	}
	exp := t0.Add(60 * time.Second)
	want := []firewall.Grant{
		{Source: clientIP, Proto: firewall.TCP, Port: 22, Expires: exp},
		{Source: clientIP, Proto: firewall.UDP, Port: 53, Expires: exp},
	}
	if !slices.Equal(d.Grants, want) {
		t.Errorf("grants %v, want %v", d.Grants, want)
	}
	if d.AllowIP != clientIP || d.SourcePrefix != netip.MustParsePrefix("198.51.100.7/32") || d.Timeout != 60*time.Second {
		t.Errorf("allow %v prefix %v timeout %v", d.AllowIP, d.SourcePrefix, d.Timeout)
	}
	if !slices.Equal(d.Ports, []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}) {
		t.Errorf("ports %v", d.Ports)
	}
}

func TestCommand(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"ENABLE_CMD_EXEC Y\nCMD_EXEC_USER root\n", "", aging)
	d := j.Decide(sealA(t, command), clientIP, serverIP, t0)
	if !d.Accept || d.Action != Command || d.Command != "touch /tmp/x" || d.CmdExecUser != "root" || len(d.Grants) != 0 {
		t.Fatalf("%+v", d)
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		name   string
		access string
		client int
		want   time.Duration
	}{
		{"default", "", 0, 30 * time.Second},
		{"stanza", "FW_ACCESS_TIMEOUT 90\n", 0, 90 * time.Second},
		{"client", "FW_ACCESS_TIMEOUT 90\n", 45, 45 * time.Second},
		{"client clamped to default max", "", 1000, 300 * time.Second},
		{"client clamped", "MAX_FW_TIMEOUT 120\n", 1000, 120 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, _ := judge(t, "SOURCE ANY\n"+keysA+tt.access, "", aging)
			p := sealA(t, func(m *spa.Message) {
				if tt.client > 0 {
					m.Type, m.ClientTimeout = spa.ClientTimeoutAccessMsg, tt.client
				}
			})
			d := j.Decide(p, clientIP, serverIP, t0)
			if !d.Accept || d.Timeout != tt.want || d.Grants[0].Expires != t0.Add(tt.want) {
				t.Fatalf("accept=%v %q timeout %v grants %v, want %v", d.Accept, d.Reason, d.Timeout, d.Grants, tt.want)
			}
		})
	}
}

func TestGrantPrefix(t *testing.T) {
	conf := "SOURCE ANY\n" + keysA + "GRANT_PREFIX_V4 24\nGRANT_PREFIX_V6 64\n"
	j, _ := judge(t, conf, "", aging)
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if !d.Accept || d.SourcePrefix != netip.MustParsePrefix("198.51.100.0/24") || d.Grants[0].Source != clientIP {
		t.Errorf("v4: %q prefix %v grants %v", d.Reason, d.SourcePrefix, d.Grants)
	}
	d = j.Decide(sealA(t, func(m *spa.Message) { m.Message = "2001:db8::7,tcp/22" }), client6, server6, t0)
	if !d.Accept || d.SourcePrefix != netip.MustParsePrefix("2001:db8::/64") {
		t.Errorf("v6: %q prefix %v", d.Reason, d.SourcePrefix)
	}
}

func TestIPv6(t *testing.T) {
	j, _ := judge(t, "SOURCE 2001:db8::/32\n"+keysA, "", aging)
	d := j.Decide(sealA(t, func(m *spa.Message) { m.Message = "2001:db8::7,tcp/22" }), client6, server6, t0)
	if !d.Accept || d.AllowIP != client6 || d.Grants[0].Source != client6 || d.SourcePrefix != netip.PrefixFrom(client6, 128) {
		t.Fatalf("v6 allow: %q %v %v", d.Reason, d.AllowIP, d.Grants)
	}
	d = j.Decide(sealA(t, allowAny), client6, server6, t0)
	if !d.Accept || d.AllowIP != client6 || d.Grants[0].Source != client6 {
		t.Fatalf("0.0.0.0 from v6: %q %v %v", d.Reason, d.AllowIP, d.Grants)
	}
	if d := j.Decide(sealA(t), clientIP, serverIP, t0); d.Reason != NoMatchingStanza {
		t.Errorf("v4 source against a v6 SOURCE: %q", d.Reason)
	}
}

func TestAllowAny(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA, "", aging)
	src := netip.MustParseAddr("203.0.113.5")
	d := j.Decide(sealA(t, allowAny), src, serverIP, t0)
	if !d.Accept || d.AllowIP != src || d.Grants[0].Source != src {
		t.Fatalf("%q %v %v", d.Reason, d.AllowIP, d.Grants)
	}
	// An IPv4-mapped source opens the IPv4 address.
	d = j.Decide(sealA(t, allowAny), netip.AddrFrom16(src.As16()), serverIP, t0)
	if !d.Accept || d.AllowIP != src {
		t.Fatalf("mapped: %q %v", d.Reason, d.AllowIP)
	}
}

func TestNAT(t *testing.T) {
	to := netip.MustParseAddrPort("192.0.2.10:2222")
	exp := t0.Add(30 * time.Second)
	tests := []struct {
		name, access, server string
		edit                 func(*spa.Message)
		want                 firewall.Grant
	}{
		{"forwarded", "", "ENABLE_IPT_FORWARDING Y\n", natTo("192.0.2.10,2222"),
			firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 22, NAT: &firewall.NAT{To: to}, Expires: exp}},
		{"local", "", "ENABLE_IPT_LOCAL_NAT Y\n", localNAT,
			firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 22, NAT: &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.1:2222"), Local: true}, Expires: exp}},
		{"force nat", "FORCE_NAT 192.0.2.10 2222\n", "ENABLE_IPT_FORWARDING Y\n", ports("tcp/22,udp/53"),
			firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 22, NAT: &firewall.NAT{To: to}, Expires: exp}},
		{"destination rule", "", "ENABLE_DESTINATION_RULE Y\n", nil,
			firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 22, Dest: netip.MustParsePrefix("198.51.100.1/32"), Expires: exp}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, _ := judge(t, "SOURCE ANY\n"+keysA+tt.access, tt.server, aging)
			var edits []func(*spa.Message)
			if tt.edit != nil {
				edits = append(edits, tt.edit)
			}
			d := j.Decide(sealA(t, edits...), clientIP, serverIP, t0)
			if !d.Accept || len(d.Grants) != 1 || fmt.Sprint(d.Grants[0]) != fmt.Sprint(tt.want) || !equalNAT(d.Grants[0].NAT, tt.want.NAT) {
				t.Fatalf("%q (%v) grants %v, want %v", d.Reason, d.Err, d.Grants, tt.want)
			}
		})
	}
}

func equalNAT(a, b *firewall.NAT) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func TestNATHostName(t *testing.T) {
	resolved := netip.MustParseAddr("192.0.2.20")
	opts := aging
	opts.Resolve = func(host string) (netip.Addr, error) {
		if host == "db.example" {
			return resolved, nil
		}
		return netip.Addr{}, errors.New("no such host")
	}
	j, _ := judge(t, "SOURCE ANY\n"+keysA, "ENABLE_IPT_FORWARDING Y\n", opts)
	d := j.Decide(sealA(t, natTo("db.example,5432")), clientIP, serverIP, t0)
	if !d.Accept || d.Grants[0].NAT.To != netip.AddrPortFrom(resolved, 5432) {
		t.Fatalf("resolved: %q (%v) %v", d.Reason, d.Err, d.Grants)
	}
	if d := j.Decide(sealA(t, natTo("nx.example,5432")), clientIP, serverIP, t0); d.Accept || d.Reason != Malformed {
		t.Errorf("unresolvable: accept=%v %q", d.Accept, d.Reason)
	}
	j, _ = judge(t, "SOURCE ANY\n"+keysA, "ENABLE_IPT_FORWARDING Y\nENABLE_NAT_DNS N\n", opts)
	if d := j.Decide(sealA(t, natTo("db.example,5432")), clientIP, serverIP, t0); d.Accept || d.Reason != Malformed {
		t.Errorf("NAT DNS off: accept=%v %q", d.Accept, d.Reason)
	}
}

// TestFurthestStanza: when every stanza refuses, the reason is that of the
// stanza that got furthest through the checks, the first on a tie.
func TestFurthestStanza(t *testing.T) {
	tests := []struct {
		name    string
		stanzas []string
		want    Reason
		wantNum int
		edit    func(*spa.Message)
	}{
		{"ports beat user and hmac", []string{keysA + "REQUIRE_USERNAME bob\n", keysB, keysA + "OPEN_PORTS tcp/80\n"}, PortNotAllowed, 3, nil},
		{"user beats hmac, after it", []string{keysB, keysA + "REQUIRE_USERNAME bob\n", keysB}, UserMismatch, 2, nil},
		{"first of a tie", []string{keysA + "REQUIRE_USERNAME bob\n", keysA + "REQUIRE_USERNAME carol\n"}, UserMismatch, 1, nil},
		{"stale beats decrypt", []string{keysConf(keyB, hmacA), keysA}, StaleTimestamp, 2, func(m *spa.Message) { m.Timestamp -= 600 }},
		{"decrypt beats hmac", []string{keysB, keysConf(keyB, hmacA)}, DecryptFailed, 2, nil},
		{"hmac beats expiry", []string{keysA + "ACCESS_EXPIRE_EPOCH 1\n", keysB}, BadHMAC, 2, nil},
		{"command beats nat", []string{keysA + "ENABLE_CMD_EXEC N\n", keysA + "REQUIRE_SOURCE_ADDRESS Y\n"}, CommandNotAllowed, 1, command},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf := ""
			for _, s := range tt.stanzas {
				conf += "SOURCE ANY\n" + s
			}
			j, _ := judge(t, conf, "", aging)
			var edits []func(*spa.Message)
			if tt.edit != nil {
				edits = append(edits, tt.edit)
			}
			d := j.Decide(sealA(t, edits...), clientIP, serverIP, t0)
			if d.Accept || d.Reason != tt.want || d.Stanza == nil || d.Stanza.Num != tt.wantNum {
				t.Fatalf("accept=%v %q stanza %v, want %q from #%d", d.Accept, d.Reason, d.Stanza, tt.want, tt.wantNum)
			}
		})
	}
}

func TestLaterStanzaAccepts(t *testing.T) {
	conf := "SOURCE ANY\n" + keysA + "ACCESS_EXPIRE_EPOCH 1\nSOURCE ANY\n" + keysA + "REQUIRE_USERNAME bob\nSOURCE ANY\n" + keysA
	j, cache := judge(t, conf, "", aging)
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if !d.Accept || d.Stanza.Num != 3 {
		t.Fatalf("%q stanza %v", d.Reason, d.Stanza)
	}
	if n := cache.adds.Load(); n != 1 {
		t.Errorf("digest recorded %d times, want once", n)
	}
}

// TestSharedHMAC: stanzas with the same HMAC key and type cost one HMAC per
// packet, however many there are and whatever their other keys.
func TestSharedHMAC(t *testing.T) {
	conf := "SOURCE ANY\n" + keysA + "OPEN_PORTS tcp/80\n" +
		"SOURCE ANY\n" + keysB +
		"SOURCE ANY\n" + keysA + "OPEN_PORTS tcp/443\n" +
		"SOURCE ANY\n" + keysConf(keyB, hmacA) +
		"SOURCE 203.0.113.0/24\n" + keysConf(keyA, bytesOf(64, 'C')) +
		"SOURCE ANY\n" + keysA + "REQUIRE_USERNAME bob\n"
	j, _ := judge(t, conf, "", aging)
	if len(j.macs) != 3 {
		t.Fatalf("%d HMAC groups, want 3", len(j.macs))
	}
	if j.stanzas[0].rijndael != j.stanzas[2].rijndael {
		t.Error("stanzas with the same keys do not share an Opener")
	}
	for _, tt := range []struct {
		name   string
		packet []byte
		want   Reason
	}{
		{"junk", junk(200), BadHMAC},
		{"valid, refused by every stanza", sealA(t), PortNotAllowed},
		{"accepted by the second stanza", seal(t, msg(), keyB, hmacB), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			calls := map[int]int{}
			j.onHMAC = func(g int) { calls[g]++ }
			defer func() { j.onHMAC = nil }()
			d := j.Decide(tt.packet, clientIP, serverIP, t0)
			// The stanza of 203.0.113.0/24 does not match: its HMAC is never computed.
			if len(calls) != 2 || calls[0] != 1 || calls[1] != 1 {
				t.Errorf("HMAC computations by group %v, want one each for groups 0 and 1", calls)
			}
			if d.Reason != tt.want || d.Accept != (tt.want == "") {
				t.Errorf("accept=%v reason %q, want %q", d.Accept, d.Reason, tt.want)
			}
		})
	}
}

func TestReplay(t *testing.T) {
	conf := "SOURCE 198.51.100.0/24\n" + keysA + "SOURCE 203.0.113.0/24\n" + keysB
	j, _ := judge(t, conf, "", aging)
	p := sealA(t)
	if d := j.Decide(p, clientIP, serverIP, t0); !d.Accept {
		t.Fatalf("first: %q", d.Reason)
	}
	if d := j.Decide(p, netip.MustParseAddr("198.51.100.8"), serverIP, t0); d.Reason != Replay || !errors.Is(d.Err, replay.ErrSeen) {
		t.Errorf("again from another source: %q", d.Reason)
	}
	// From a source whose stanzas hold other keys, the packet is junk there.
	if d := j.Decide(p, netip.MustParseAddr("203.0.113.5"), serverIP, t0); d.Reason != BadHMAC {
		t.Errorf("again to other keys: %q", d.Reason)
	}
	if d := j.Decide(p, netip.MustParseAddr("192.0.2.1"), serverIP, t0); d.Reason != NoMatchingStanza {
		t.Errorf("again from no stanza's source: %q", d.Reason)
	}
}

// TestDigestsAlwaysRecorded: unlike the stock daemon, test mode and
// ENABLE_DIGEST_PERSISTENCE N still record digests and catch replays.
func TestDigestsAlwaysRecorded(t *testing.T) {
	for _, tt := range []struct {
		name   string
		server string
		opts   Options
	}{
		{"test mode", "", Options{TestMode: true, PacketAging: true}},
		{"persistence off", "ENABLE_DIGEST_PERSISTENCE N\n", aging},
	} {
		t.Run(tt.name, func(t *testing.T) {
			j, cache := judge(t, "SOURCE ANY\n"+keysA, tt.server, tt.opts)
			p := sealA(t)
			d := j.Decide(p, clientIP, serverIP, t0)
			if !d.Accept || d.TestMode != tt.opts.TestMode {
				t.Fatalf("first: accept=%v %q test=%v", d.Accept, d.Reason, d.TestMode)
			}
			if err := cache.Check(replay.Sum(p)); !errors.Is(err, replay.ErrSeen) {
				t.Errorf("digest not recorded: %v", err)
			}
			if d := j.Decide(p, clientIP, serverIP, t0); d.Reason != Replay {
				t.Errorf("second: %q", d.Reason)
			}
		})
	}
}

// TestDigestRecordedBeforeLaterChecks: a packet that decrypts is recorded
// even when a later check refuses it, as in the stock daemon.
func TestDigestRecordedBeforeLaterChecks(t *testing.T) {
	j, cache := judge(t, "SOURCE ANY\n"+keysA+"REQUIRE_USERNAME bob\n", "", aging)
	p := sealA(t)
	if d := j.Decide(p, clientIP, serverIP, t0); d.Reason != UserMismatch {
		t.Fatalf("%q", d.Reason)
	}
	if cache.adds.Load() != 1 {
		t.Fatal("not recorded")
	}
	if d := j.Decide(p, clientIP, serverIP, t0); d.Reason != Replay {
		t.Errorf("second: %q", d.Reason)
	}
	// Junk and undecryptable packets are not recorded.
	j.Decide(junk(300), clientIP, serverIP, t0)
	j.Decide(seal(t, msg(), keyB, hmacA), clientIP, serverIP, t0)
	if n := cache.adds.Load(); n != 1 {
		t.Errorf("%d digests recorded, want 1", n)
	}
}

func TestReplayStoreFailed(t *testing.T) {
	j, cache := judge(t, "SOURCE ANY\n"+keysA+"SOURCE ANY\n"+keysA, "", aging)
	diskFull := errors.New("no space left on device")
	cache.fail = diskFull
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if d.Accept || d.Reason != ReplayStoreFailed || !errors.Is(d.Err, diskFull) {
		t.Fatalf("accept=%v %q %v", d.Accept, d.Reason, d.Err)
	}
	if n := cache.adds.Load(); n != 2 {
		t.Errorf("%d Add calls, want one per stanza that decrypted", n)
	}
}

// TestConcurrentReplay: of the same packet decided at once many times,
// exactly one is accepted.
func TestConcurrentReplay(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA, "", aging)
	p := sealA(t)
	var wg sync.WaitGroup
	results := make([]Decision, 16)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = j.Decide(p, clientIP, serverIP, t0)
		}()
	}
	wg.Wait()
	accepted := 0
	for _, d := range results {
		switch {
		case d.Accept:
			accepted++
		case d.Reason != Replay:
			t.Errorf("reason %q", d.Reason)
		}
	}
	if accepted != 1 {
		t.Errorf("%d accepted, want 1", accepted)
	}
}

func TestAccessExpire(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+fmt.Sprintf("ACCESS_EXPIRE_EPOCH %d\n", t0.Unix()+60), "", aging)
	if d := j.Decide(sealA(t), clientIP, serverIP, t0); !d.Accept {
		t.Errorf("before expiry: %q", d.Reason)
	}
	later := t0.Add(61 * time.Second)
	d := j.Decide(sealA(t, func(m *spa.Message) { m.Timestamp = later.Unix() }), clientIP, serverIP, later)
	if d.Reason != AccessExpired || d.Stanza.Num != 1 {
		t.Errorf("after expiry: %q", d.Reason)
	}
}

// TestNoSecrets: neither a Decision's printed form nor its error holds key
// material, whatever the outcome.
func TestNoSecrets(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"REQUIRE_USERNAME bob\nSOURCE ANY\n"+keysConf(keyB, hmacA), "", aging)
	secrets := []string{string(keyA), string(hmacA), string(keyB), b64(keyA), b64(hmacA), b64(keyB)}
	for _, p := range [][]byte{sealA(t), seal(t, msg(), keyB, hmacA), junk(200)} {
		d := j.Decide(p, clientIP, serverIP, t0)
		text := fmt.Sprintf("%+v %v", d, d.Err)
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Fatalf("decision %q shows a key", d.Reason)
			}
		}
	}
}

func TestNewErrors(t *testing.T) {
	srv := config.NewServer()
	if _, err := New(srv, &config.Access{}, nil, Options{}); !errors.Is(err, ErrConfig) {
		t.Errorf("nil cache: %v", err)
	}
	dir := t.TempDir()
	conf := "SOURCE ANY\nGPG_HOME_DIR " + dir + "\nGPG_DECRYPT_ID CFA115A3\nGPG_ALLOW_NO_PW Y\nGPG_REMOTE_ID 487442C4\n"
	acc, _, err := config.ParseAccess(strings.NewReader(conf), filepath.Join(dir, "access.conf"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(srv, acc, newMemCache(), Options{})
	if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "*.asc") {
		t.Errorf("GPG home without armored keys: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.asc"), []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(srv, acc, newMemCache(), Options{}); !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), "bad.asc") {
		t.Errorf("bad key file: %v", err)
	}
}

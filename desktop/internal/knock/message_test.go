package knock

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

var testNow = time.Unix(1795596413, 0)

func testEnv() Env {
	return Env{
		Now:    func() time.Time { return testNow },
		Rand:   bytes.NewReader(bytes.Repeat([]byte{7}, 64)),
		Getenv: func(k string) string { return map[string]string{"LOGNAME": "alice"}[k] },
	}
}

func TestMessageTypes(t *testing.T) {
	tests := []struct {
		name    string
		set     func(o *Options)
		typ     spa.MessageType
		msg     string
		nat     string
		timeout int
	}{
		{"access", func(o *Options) {}, spa.AccessMsg, "198.51.100.7,tcp/22", "", 0},
		{"source", func(o *Options) { o.AllowIP = "0.0.0.0"; o.Access = "tcp/22,udp/53" }, spa.AccessMsg, "0.0.0.0,tcp/22,udp/53", "", 0},
		{"client timeout", func(o *Options) { o.FWTimeout = 30 }, spa.ClientTimeoutAccessMsg, "198.51.100.7,tcp/22", "", 30},
		{"client timeout 0", func(o *Options) { o.FWTimeout = 0 }, spa.AccessMsg, "198.51.100.7,tcp/22", "", 0},
		{"nat", func(o *Options) { o.NATAccess = "192.0.2.10:2222" }, spa.NATAccessMsg, "198.51.100.7,tcp/22", "192.0.2.10,2222", 0},
		{"nat ipv6", func(o *Options) { o.NATAccess = "2001:db8::55,88" }, spa.NATAccessMsg, "198.51.100.7,tcp/22", "2001:db8::55,88", 0},
		{"nat ipv6 brackets", func(o *Options) { o.NATAccess = "[2001:db8::55]:88" }, spa.NATAccessMsg, "198.51.100.7,tcp/22", "2001:db8::55,88", 0},
		{"nat ipv6 host only", func(o *Options) { o.NATAccess = "2001:db8::55" }, spa.NATAccessMsg, "198.51.100.7,tcp/22", "2001:db8::55,22", 0},
		{"nat host only", func(o *Options) { o.NATAccess = "internal.example" }, spa.NATAccessMsg, "198.51.100.7,tcp/22", "internal.example,22", 0},
		{"nat timeout", func(o *Options) { o.NATAccess = "192.0.2.10,80"; o.FWTimeout = 60 }, spa.ClientTimeoutNATAccessMsg, "198.51.100.7,tcp/22", "192.0.2.10,80", 60},
		{"nat port", func(o *Options) { o.NATAccess = "192.0.2.10:22"; o.NATPort = 40022 }, spa.NATAccessMsg, "198.51.100.7,tcp/40022", "192.0.2.10,22", 0},
		{"local nat", func(o *Options) { o.Access = "tcp/2222"; o.NATLocal = true; o.NATPort = 22 }, spa.LocalNATAccessMsg, "198.51.100.7,tcp/22", "203.0.113.5,2222", 0},
		{"local nat timeout", func(o *Options) { o.NATLocal = true; o.FWTimeout = 5 }, spa.ClientTimeoutLocalNATAccessMsg, "198.51.100.7,tcp/22", "203.0.113.5,22", 5},
		{"command", func(o *Options) { o.ServerCmd = "uname -a"; o.FWTimeout = 9 }, spa.CommandMsg, "198.51.100.7,uname -a", "", 0},
		{"ipv6", func(o *Options) { o.AllowIP = "2001:db8::7" }, spa.AccessMsg, "2001:db8::7,tcp/22", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOptions()
			o.Access, o.AllowIP, o.Destination = "tcp/22", "198.51.100.7", "203.0.113.5"
			tt.set(o)
			m, err := Message(context.Background(), o, testEnv())
			if err != nil {
				t.Fatal(err)
			}
			if m.Type != tt.typ || m.Message != tt.msg || m.NATAccess != tt.nat || m.ClientTimeout != tt.timeout {
				t.Fatalf("got type %v message %q nat %q timeout %d", m.Type, m.Message, m.NATAccess, m.ClientTimeout)
			}
			if m.User != "alice" || m.Timestamp != testNow.Unix() || len(m.Random) != 16 || m.DigestType != spa.SHA256 {
				t.Fatalf("got user %q timestamp %d random %q digest %v", m.User, m.Timestamp, m.Random, m.DigestType)
			}
			if b, err := spa.ParseBody(m.Type, m.Message, m.NATAccess); err != nil || !b.Equal(&m.Body) {
				t.Fatalf("typed body %+v, the text reads as %+v, %v", m.Body, b, err)
			}
		})
	}
}

// TestMessageBody: Message fills the typed body the server reads and writes
// the text as the stock client does: -A as typed, NAT ports as numbers.
func TestMessageBody(t *testing.T) {
	o := NewOptions()
	o.Access, o.AllowIP, o.NATAccess, o.NATPort = "udp/053", "2001:db8::7", "internal.example:022", 40022
	m, err := Message(context.Background(), o, testEnv())
	if err != nil {
		t.Fatal(err)
	}
	want := spa.Body{AllowIP: netip.MustParseAddr("2001:db8::7"), Ports: []spa.ProtoPort{{Proto: "udp", Port: 40022}},
		NAT: spa.NAT{Host: "internal.example", Port: 22}}
	if !m.Body.Equal(&want) || m.Message != "2001:db8::7,udp/40022" || m.NATAccess != "internal.example,22" {
		t.Fatalf("body %+v, message %q, nat %q", m.Body, m.Message, m.NATAccess)
	}
	o.NATPort = 0
	if m, err = Message(context.Background(), o, testEnv()); err != nil || m.Message != "2001:db8::7,udp/053" || m.NATAccess != "internal.example,22" {
		t.Fatalf("NAT message %q, nat %q, %v: want -A as typed, the -N port as a number", m.Message, m.NATAccess, err)
	}
	o.NATAccess, o.Access = "", "tcp/22,udp/053"
	want = spa.Body{AllowIP: want.AllowIP, Ports: []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}}
	if m, err = Message(context.Background(), o, testEnv()); err != nil || m.Message != "2001:db8::7,tcp/22,udp/053" || !m.Body.Equal(&want) || AllowAddr(m) != want.AllowIP {
		t.Fatalf("message %q, body %+v, %v: want -A as typed", m.Message, m.Body, err)
	}
	if _, err := spa.Seal(m, &spa.Keys{Rijndael: []byte("test key"), HMAC: []byte("test hmac")}, bytes.NewReader(make([]byte, 4096))); err != nil {
		t.Fatalf("Seal refuses the stock text with its body: %v", err)
	}
	o.ServerCmd = "uname -a"
	if m, err = Message(context.Background(), o, testEnv()); err != nil || m.Body.Command != "uname -a" || m.Body.Ports != nil {
		t.Fatalf("command body %+v, %v", m.Body, err)
	}
}

func TestMessageOptions(t *testing.T) {
	o := NewOptions()
	o.Access, o.AllowIP, o.SpoofUser, o.OffsetPlus, o.Digest = "udp/53", "198.51.100.7", "bob", 300, spa.SHA3_512
	m, err := Message(context.Background(), o, testEnv())
	if err != nil || m.User != "bob" || m.Timestamp != testNow.Unix()+300 || m.DigestType != spa.SHA3_512 {
		t.Fatalf("got %+v, %v", m, err)
	}
	o.OffsetMinus = 3600 // fko_set_timestamp is called for minus last: it wins
	if m, _ = Message(context.Background(), o, testEnv()); m.Timestamp != testNow.Unix()-3600 {
		t.Fatalf("timestamp %d", m.Timestamp)
	}
	o.NATAccess, o.NATRandPort = "192.0.2.1:22", true
	m, err = Message(context.Background(), o, testEnv())
	if err != nil || !strings.HasPrefix(m.Message, "198.51.100.7,udp/") || m.Message == "198.51.100.7,udp/53" {
		t.Fatalf("nat-rand-port message %q, %v", m.Message, err)
	}
}

func TestMessageErrors(t *testing.T) {
	tests := []struct {
		name string
		set  func(o *Options)
		msg  string
	}{
		{"no allow ip", func(o *Options) { o.AllowIP = "" }, "no address to open"},
		{"bad allow ip", func(o *Options) { o.AllowIP = "1.2.3" }, "allow-ip"},
		{"bad access", func(o *Options) { o.Access = "tcp22" }, `access "tcp22"`},
		{"bad proto", func(o *Options) { o.Access = "sctp/22" }, `access "sctp/22"`},
		{"nat two ports", func(o *Options) { o.Access = "tcp/22,tcp/80"; o.NATAccess = "192.0.2.1:22"; o.NATPort = 9 }, "more than one port"},
		{"no ports", func(o *Options) { o.Access = "" }, "no ports to open"},
		{"bad nat", func(o *Options) { o.NATAccess = "192.0.2.1:99999" }, "nat-access"},
		{"local nat without -D", func(o *Options) { o.NATLocal = true; o.Destination = "" }, "--nat-local needs -D"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOptions()
			o.Access, o.AllowIP, o.Destination = "tcp/22", "198.51.100.7", "203.0.113.5"
			tt.set(o)
			_, err := Message(context.Background(), o, testEnv())
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want ErrInvalid with %q", err, tt.msg)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	const secretText = "sekrit-value"
	tests := []struct {
		name string
		set  func(o *Options)
		want error
	}{
		{"legacy with hmac", func(o *Options) { o.Mode = spa.Legacy; o.SetHMACKey("h") }, ErrInvalid},
		{"not base64", func(o *Options) { o.SetKeyBase64(secretText + "!") }, ErrInvalid},
		{"too long", func(o *Options) { o.SetKey(strings.Repeat("k", 33)) }, ErrInvalid},
		{"hmac too long", func(o *Options) { o.SetHMACKey(strings.Repeat("k", 129)) }, ErrInvalid},
		{"same keys", func(o *Options) { o.SetHMACKey(secretText) }, ErrInvalid},
		{"no key", func(o *Options) { o.Key = "" }, ErrNoKey},
		{"no hmac key", func(o *Options) { o.UseHMAC = true }, ErrNoKey},
		{"gpg without recipient", func(o *Options) { o.UseGPG = true }, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOptions()
			o.SetKey(secretText)
			tt.set(o)
			_, err := Keys(o, nil)
			if !errors.Is(err, tt.want) || strings.Contains(err.Error(), "sekrit") {
				t.Fatalf("err = %v, want %v without the key", err, tt.want)
			}
		})
	}
	o := NewOptions()
	o.SetKeyBase64("aGVsbG8") // unpadded base64 is fine
	o.UseHMAC = true
	k, err := Keys(o, func(string) ([]byte, error) { return []byte("typed"), nil })
	if err != nil || string(k.Rijndael) != "hello" || string(k.HMAC) != "typed" || k.AllowNoHMAC {
		t.Fatalf("got %+v, %v", k, err)
	}
}

func TestSecretRedacted(t *testing.T) {
	o := NewOptions()
	o.SetKey("sekrit")
	for _, s := range []string{
		strings.Join([]string{o.Key.String(), o.Key.GoString()}, ""),
		fmt.Sprintf("%v %s %q %+v %#v", o.Key, o.Key, o.Key, *o, *o),
	} {
		if strings.Contains(s, "sekrit") {
			t.Fatalf("key shown: %s", s)
		}
	}
}

func TestParseTimeOffset(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "90": 90, "5m": 300, "2H": 7200, "1d": 86400} {
		if got, err := ParseTimeOffset(in); err != nil || got != want {
			t.Errorf("ParseTimeOffset(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "m", "-5", "5y", "5mm", "99999999"} {
		if _, err := ParseTimeOffset(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseTimeOffset(%q) = %v, want ErrInvalid", in, err)
		}
	}
}

func TestHTTPRequest(t *testing.T) {
	got := HTTPRequest("203.0.113.5", "", "ab+c/d")
	want := "GET /ab-c_d HTTP/1.1\r\nUser-Agent: Fwknop/2.6.10\r\nAccept: */*\r\nHost: 203.0.113.5\r\nConnection: close\r\n\r\n"
	if got != want {
		t.Fatalf("got %q", got)
	}
}

// --nat-rand-port picks from the stock client's range, 10000..65534.
func TestRandPortRange(t *testing.T) {
	for _, b := range [][]byte{{0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff}, {0, 0, 0xd8, 0xef}, {0, 0, 0xd8, 0xee}} {
		p, err := RandPort(bytes.NewReader(b))
		if err != nil || p < 10000 || p > 65534 {
			t.Errorf("RandPort(%x) = %d, %v", b, p, err)
		}
	}
	p, _ := RandPort(bytes.NewReader([]byte{0, 0, 0, 5}))
	if p != 10005 {
		t.Errorf("RandPort(5) = %d, want 10005", p)
	}
}

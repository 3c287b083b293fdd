package client

import (
	"context"
	"encoding/base64"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// fakeResolver is a knock.AddrResolver that answers addr and notes what
// it was asked.
type fakeResolver struct {
	addr netip.Addr
	url  string
	fam  knock.Family
}

func (f *fakeResolver) ExternalAddr(_ context.Context, url, _ string, fam knock.Family) (netip.Addr, error) {
	f.url, f.fam = url, fam
	return f.addr, nil
}

// testOptions are options with the test keys, to open tcp/22.
func testOptions() *knock.Options {
	o := knock.NewOptions()
	o.Access = "tcp/22"
	o.SetKeyBase64(testKey)
	o.SetHMACKeyBase64(testHMAC)
	return o
}

func testPipeline(r knock.AddrResolver) *Pipeline {
	return &Pipeline{Now: func() time.Time { return time.Unix(1700000000, 0) }, Getenv: func(string) string { return "" },
		External: URLSource{Resolver: r}}
}

// -R asks the resolve URL (fwknop's own by default); a resolve URL alone
// asks for resolution, as in the stock client. The options given are left
// as they were.
func TestPipelineResolve(t *testing.T) {
	r := &fakeResolver{addr: netip.MustParseAddr("203.0.113.99")}
	o := testOptions()
	o.ResolveIP = true
	k, err := testPipeline(r).Run(context.Background(), o, Run{Offline: true})
	if err != nil || k.Message.Message != "203.0.113.99,tcp/22" || r.url != knock.DefaultResolveURL || k.AllowFrom != r.url {
		t.Fatalf("got %+v from %q, %v", k, r.url, err)
	}
	if o.AllowIP != "" || !o.ResolveIP {
		t.Errorf("the caller's options changed: %+v", o)
	}
	o.ResolveIP, o.ResolveURL = false, "https://myip.example/"
	if _, err = testPipeline(r).Run(context.Background(), o, Run{Offline: true}); err != nil || r.url != o.ResolveURL {
		t.Fatalf("got %v from %q", err, r.url)
	}
}

// -R passes -4/-6 to the resolver; the IPv6 answer lands in the message
// as text, and AllowAddr reads it back.
func TestPipelineResolveIPv6(t *testing.T) {
	r := &fakeResolver{addr: netip.MustParseAddr("2001:db8::99")}
	o := testOptions()
	o.ResolveIP, o.Family = true, knock.IPv6
	k, err := testPipeline(r).Run(context.Background(), o, Run{Offline: true})
	if err != nil || k.Message.Message != "2001:db8::99,tcp/22" || r.fam != knock.IPv6 || knock.AllowAddr(k.Message).String() != "2001:db8::99" {
		t.Fatalf("got %+v, family %v, %v", k, r.fam, err)
	}
	o.ResolveIP, o.AllowIP = false, knock.SourceAddr
	if k, err = testPipeline(r).Run(context.Background(), o, Run{Offline: true}); err != nil || knock.AllowAddr(k.Message).IsValid() || k.AllowFrom != FromSource {
		t.Fatalf("-s: allow address %v, %v", knock.AllowAddr(k.Message), err)
	}
}

// Without -4/-6, the external address asked for is of the server's
// family: an IPv4 address is no use to an IPv6 server.
func TestPipelineResolveServerFamily(t *testing.T) {
	conn, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	r := &fakeResolver{addr: netip.MustParseAddr("198.51.100.99")}
	o := testOptions()
	o.ResolveIP, o.Destination, o.ServerPort = true, "127.0.0.1", uint16(conn.LocalAddr().(*net.UDPAddr).Port)
	k, err := testPipeline(r).Run(context.Background(), o, Run{})
	if err != nil || r.fam != knock.IPv4 || k.At.IsZero() {
		t.Fatalf("family %v, %+v, %v", r.fam, k, err)
	}
	buf := make([]byte, 2048)
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, _, err := conn.ReadFrom(buf)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := spa.Open(buf[:n], testSPAKeys(t)); err != nil || m.Message != "198.51.100.99,tcp/22" {
		t.Fatalf("%+v, %v", m, err)
	}
}

func testSPAKeys(t *testing.T) *spa.Keys {
	t.Helper()
	k, err1 := base64.StdEncoding.DecodeString(testKey)
	h, err2 := base64.StdEncoding.DecodeString(testHMAC)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return &spa.Keys{Rijndael: k, HMAC: h}
}

// A knock that cannot be built is refused before anything is resolved:
// -4/-6 against the addresses given, and no server when sending.
func TestPipelineRefuses(t *testing.T) {
	o := testOptions()
	o.AllowIP, o.Destination, o.Family = knock.SourceAddr, "2001:db8::1", knock.IPv4
	if _, err := testPipeline(nil).Run(context.Background(), o, Run{}); err == nil || !strings.Contains(err.Error(), "-4 asks for IPv4, but -D 2001:db8::1") {
		t.Fatalf("-4 with an IPv6 server: %v", err)
	}
	o.Destination, o.Family = "", knock.AnyFamily
	if _, err := testPipeline(nil).Run(context.Background(), o, Run{}); err == nil || !strings.Contains(err.Error(), "no server") {
		t.Fatalf("no -D: %v", err)
	}
}

// A bad option is reported before a key is asked for, as by the stock
// client, which gets the keys after building the message.
func TestPipelineMessageBeforeKeys(t *testing.T) {
	o := knock.NewOptions()
	o.AllowIP = "198.51.100.7"
	p := testPipeline(nil)
	asked := false
	p.Prompt = func(string) ([]byte, error) { asked = true; return []byte("key"), nil }
	if _, err := p.Run(context.Background(), o, Run{Offline: true}); err == nil || !strings.Contains(err.Error(), "no ports to open") || asked {
		t.Fatalf("asked for a key: %v; error %v", asked, err)
	}
}

package store

import (
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestRCStanzaCrossEnd: the ~/.fwknoprc stanza the server's onboarding
// prints for a profile (shared/fwknoprc.ProfileStanza), imported here as
// a stanza of the user's rc file, gives back the same profile and keys.
// (An IPv6 NAT host came back as "2001:db8::55:88", which the profile
// refused.)
func TestRCStanzaCrossEnd(t *testing.T) {
	key, hmac := []byte("0123456789abcdef0123456789abcdef"), []byte("an HMAC key for sha512, of any length up to 128")
	ports := []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}
	for _, p := range []*profile.Profile{
		{Host: "spa.example.com", Port: 62201, Transport: profile.UDP, Access: ports, Allow: profile.AllowResolve,
			Digest: spa.SHA256, HMAC: spa.SHA512, Key: key, HMACKey: hmac},
		{Host: "2001:db8::7", Port: 40001, Transport: profile.TCP, Access: ports[1:], Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("198.51.100.7"),
			Digest: spa.SHA3_512, HMAC: spa.SHA3_256, Key: key[:16], HMACKey: hmac[:32], Timeout: 120,
			NAT: &profile.NAT{Host: "2001:db8::55", Port: 88}},
		{Host: "spa.example.org", Port: 62201, Transport: profile.UDP, Access: ports[:1], Allow: profile.AllowResolve,
			Digest: spa.SHA256, HMAC: spa.SHA256, Key: key, HMACKey: hmac[:32], NAT: &profile.NAT{Host: "192.0.2.55", Port: 88}},
		{Host: "203.0.113.5", Port: 62201, Transport: profile.HTTP, Access: ports[:1], Allow: profile.AllowSource,
			Digest: spa.MD5, Mode: spa.Legacy, Key: []byte("legacy"), NAT: &profile.NAT{Local: true, Port: 2222}},
	} {
		p.Name = "srv"
		if err := p.Validate(); err != nil {
			t.Fatalf("test profile %s: %v", p.Host, err)
		}
		var b strings.Builder
		if err := rc.WriteStanza(&b, rc.ProfileStanza("srv", p)); err != nil {
			t.Fatal(err)
		}
		f, err := fwknoprc.Parse(strings.NewReader(b.String()), "rc")
		if err != nil {
			t.Fatal(err)
		}
		sp, k, err := FromFwknoprc(f, "srv")
		if err != nil {
			t.Fatalf("%s: FromFwknoprc: %v\n%s", p.Host, err, b.String())
		}
		line, err := sp.Line(k)
		if err != nil {
			t.Fatalf("%s: Line: %v", p.Host, err)
		}
		got, err := profile.Parse(line)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, p) {
			t.Errorf("%s: read back\n%+v\nwant\n%+v", p.Host, got, p)
		}
	}
}

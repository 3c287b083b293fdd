package fwknoprc

import (
	"encoding/base64"
	"errors"
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotI="
)

// TestProfile: a stanza on top of [default] is read into the typed
// profile it describes; what a profile cannot keep is refused.
func TestProfile(t *testing.T) {
	f := mustParse(t, "[default]\nHMAC_DIGEST_TYPE sha512\n[srv]\nSPA_SERVER 203.0.113.5\nSPA_SERVER_PORT 4000\nACCESS tcp/22\n"+
		"ALLOW_IP 198.51.100.9\nFW_TIMEOUT 45\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nGPG_SIGNING_PW unused\n"+
		"[noaccess]\nSPA_SERVER h.example\nKEY x\n[cmd]\nSPA_SERVER h.example\nACCESS tcp/22\nKEY x\n"+
		"[local]\nSPA_SERVER h.example\nACCESS tcp/22\nNAT_LOCAL Y\nKEY x\n")
	p, pw, err := f.Profile("srv")
	if err != nil {
		t.Fatal(err)
	}
	key, _ := base64.StdEncoding.DecodeString(testKey)
	hmac, _ := base64.StdEncoding.DecodeString(testHMAC)
	want := &profile.Profile{Name: "srv", Host: "203.0.113.5", Port: 4000, Access: []spa.ProtoPort{{Proto: "tcp", Port: 22}},
		Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("198.51.100.9"), Timeout: 45,
		Digest: spa.SHA256, HMAC: spa.SHA512, Key: key, HMACKey: hmac}
	if !reflect.DeepEqual(p, want) || pw != "unused" {
		t.Fatalf("got\n%+v\nwant\n%+v", p, want)
	}
	if _, _, err := f.Profile("noaccess"); err == nil {
		t.Error("a stanza without access read")
	}
	// --nat-local without --nat-port forwards the access port (the old
	// import dropped the NAT request).
	if p, _, err := f.Profile("local"); err != nil || p.NAT == nil || !p.NAT.Local || p.NAT.Port != 22 {
		t.Errorf("NAT_LOCAL without NAT_PORT: %+v, %v", p, err)
	}
	if _, _, err := f.Profile("nosuch"); !errors.Is(err, ErrNoStanza) {
		t.Errorf("missing stanza: %v", err)
	}
}

// TestProfileRefusals: a command or a random NAT port has no place in a
// profile, and a key that is not base64 is refused without being shown.
func TestProfileRefusals(t *testing.T) {
	o := knock.NewOptions()
	o.Destination, o.Access, o.ServerCmd = "h.example", "tcp/22", "echo"
	if _, err := o.Profile("x"); !errors.Is(err, knock.ErrInvalid) {
		t.Errorf("command: %v", err)
	}
	o.ServerCmd, o.NATRandPort = "", true
	if _, err := o.Profile("x"); !errors.Is(err, knock.ErrInvalid) {
		t.Errorf("random NAT port: %v", err)
	}
	o.NATRandPort = false
	o.SetKeyBase64("sekrit!!")
	if _, err := o.Profile("x"); !errors.Is(err, knock.ErrInvalid) || strings.Contains(err.Error(), "sekrit") {
		t.Errorf("bad base64: %v", err)
	}
}

// TestRCStanzaCrossEnd: the ~/.fwknoprc stanza the server's onboarding
// prints for a profile (shared/fwknoprc.ProfileStanza), read here as a
// stanza of the user's rc file, gives back the same typed profile.
// (An IPv6 NAT host once came back as "2001:db8::55:88".)
func TestRCStanzaCrossEnd(t *testing.T) {
	for _, p := range crossEndProfiles() {
		if err := p.Validate(); err != nil {
			t.Fatalf("test profile %s: %v", p.Host, err)
		}
		var b strings.Builder
		if err := rc.WriteStanza(&b, rc.ProfileStanza("srv", p)); err != nil {
			t.Fatal(err)
		}
		got, _, err := mustParse(t, b.String()).Profile("srv")
		if err != nil {
			t.Fatalf("%s: %v\n%s", p.Host, err, b.String())
		}
		if !reflect.DeepEqual(got, p) {
			t.Errorf("%s: read back\n%+v\nwant\n%+v\n%s", p.Host, got, p, b.String())
		}
	}
}

func crossEndProfiles() []*profile.Profile {
	key, hmac := []byte("0123456789abcdef0123456789abcdef"), []byte("an HMAC key for sha512, of any length up to 128")
	ports := []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}
	ps := []*profile.Profile{
		{Host: "spa.example.com", Port: 62201, Transport: profile.UDP, Access: ports, Allow: profile.AllowResolve,
			Digest: spa.SHA256, HMAC: spa.SHA512, Key: key, HMACKey: hmac},
		{Host: "2001:db8::7", Port: 40001, Transport: profile.TCP, Access: ports[1:], Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("198.51.100.7"),
			Digest: spa.SHA3_512, HMAC: spa.SHA3_256, Key: key[:16], HMACKey: hmac[:32], Timeout: 120,
			NAT: &profile.NAT{Host: "2001:db8::55", Port: 88}},
		{Host: "spa.example.org", Port: 62201, Transport: profile.UDP, Access: ports[:1], Allow: profile.AllowResolve,
			Digest: spa.SHA256, HMAC: spa.SHA256, Key: key, HMACKey: hmac[:32], NAT: &profile.NAT{Host: "192.0.2.55", Port: 88}},
		{Host: "203.0.113.5", Port: 62201, Transport: profile.HTTP, Access: ports[:1], Allow: profile.AllowSource,
			Digest: spa.MD5, Mode: spa.Legacy, Key: []byte("legacy"), NAT: &profile.NAT{Local: true, Port: 2222}},
		{Host: "gpg.example", Port: 62201, Access: ports[:1], Allow: profile.AllowResolve, Resolvers: []string{"https://198.51.100.9/ip"},
			Digest: spa.SHA256, HMAC: spa.SHA256, HMACKey: hmac[:32], GPG: &profile.GPG{Recipient: "ABCD1234", Signer: "1234ABCD", Home: "/home/a/.gnupg"}},
		{Host: "gpg2.example", Port: 62201, Access: ports[:1], Allow: profile.AllowSource, Digest: spa.SHA256, GPG: &profile.GPG{Recipient: "server@example.org"}},
	}
	for _, m := range []spa.Mode{spa.ECB, spa.CFB, spa.OFB, spa.CTR} { // every mode -M sends
		ps = append(ps, &profile.Profile{Host: "modes.example", Port: 62201, Access: ports[:1], Allow: profile.AllowSource,
			Digest: spa.SHA256, HMAC: spa.SHA256, Mode: m, Key: key, HMACKey: hmac[:32]})
	}
	for _, p := range ps {
		p.Name = "srv"
	}
	return ps
}

// FuzzProfile: every stanza read into a valid profile is written by
// ProfileStanza to a stanza that reads back as the same profile, and no
// error quotes a key.
func FuzzProfile(f *testing.F) {
	for _, p := range crossEndProfiles() {
		var b strings.Builder
		if err := rc.WriteStanza(&b, rc.ProfileStanza("srv", p)); err != nil {
			f.Fatal(err)
		}
		f.Add(b.String())
	}
	f.Add("[default]\nHMAC_DIGEST_TYPE sha512\n[srv]\nSPA_SERVER h.example\nACCESS tcp/22\nNAT_ACCESS int.example\nKEY sekrit\nHMAC_KEY other\n")
	f.Add("[srv]\nSPA_SERVER h.example\nACCESS tcp/22\nNAT_LOCAL Y\nNAT_PORT 2222\nKEY_BASE64 sekrit!!\n")
	f.Add("[srv]\nSPA_SERVER h.example\nACCESS tcp/22\nENCRYPTION_MODE ofb\nKEY sekrit\n")
	f.Add("[srv]\nSPA_SERVER h.example\nACCESS tcp/22\nENCRYPTION_MODE pcbc\nKEY sekrit\n")
	f.Add("[srv]\nSPA_SERVER h.example\nACCESS tcp/22\nALLOW_IP resolve\nRESOLVE_URL https://x.example/\nUSE_GPG Y\nGPG_RECIPIENT A\nGPG_HOMEDIR /h/\n")
	f.Fuzz(func(t *testing.T, text string) {
		file, err := Parse(strings.NewReader(text), "rc")
		if err != nil {
			return
		}
		p, _, err := file.Profile("srv")
		if err != nil {
			// Only a key's own text counts: the fuzzer also writes
			// "sekrit" into other fields, which errors may quote.
			if strings.Contains(err.Error(), "sekrit") && !sekritOutsideKeys(text) {
				t.Fatalf("key in error: %v", err)
			}
			return
		}
		if p.Validate() != nil {
			return
		}
		var b strings.Builder
		if err := rc.WriteStanza(&b, rc.ProfileStanza("srv", p)); err != nil {
			t.Fatalf("stanza of a valid profile not written: %v", err)
		}
		again, err := Parse(strings.NewReader(b.String()), "rc")
		if err != nil {
			t.Fatalf("written stanza refused: %v\n%s", err, b.String())
		}
		q, _, err := again.Profile("srv")
		if err != nil || !reflect.DeepEqual(q, p) {
			t.Fatalf("read back %+v, %v\nwant %+v\n%s", q, err, p, b.String())
		}
	})
}

// FuzzLineStanza: the stanza ProfileStanza writes for any profile a
// sesame1: line holds reads back as that profile (the line's name and
// x- fields aside, which a stanza does not carry).
func FuzzLineStanza(f *testing.F) {
	for _, p := range crossEndProfiles() {
		if p.GPG == nil {
			f.Add(p.Line())
		}
	}
	f.Fuzz(func(t *testing.T, line string) {
		p, err := profile.Parse(line)
		if err != nil {
			return
		}
		p.Name, p.Extensions = "srv", nil
		var b strings.Builder
		if err := rc.WriteStanza(&b, rc.ProfileStanza("srv", p)); err != nil {
			t.Fatalf("stanza of %q not written: %v", line, err)
		}
		q, _, err := mustParse(t, b.String()).Profile("srv")
		if err != nil || !reflect.DeepEqual(q, p) {
			t.Fatalf("read back %+v, %v\nwant %+v\n%s", q, err, p, b.String())
		}
	})
}

// sekritOutsideKeys reports whether "sekrit" appears in a line of text
// that is not a KEY* or HMAC_KEY* line.
func sekritOutsideKeys(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		name := strings.ToUpper(strings.TrimSpace(line))
		if !strings.HasPrefix(name, "KEY") && !strings.HasPrefix(name, "HMAC_KEY") && strings.Contains(line, "sekrit") {
			return true
		}
	}
	return false
}

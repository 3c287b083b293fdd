package knock

import (
	"testing"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestFromProfile: a profile line's options give the keys and the message
// the line describes.
func TestFromProfile(t *testing.T) {
	p, err := profile.Parse("sesame1:host=198.51.100.1,port=4000,transport=tcp,access=tcp/22,allow=source," +
		"digest=sha512,hmac=sha384,timeout=30,nat=10.0.0.5:2222,key=MDEyMzQ1Njc4OWFiY2RlZg==,hmac-key=aG1hYw==")
	if err != nil {
		t.Fatal(err)
	}
	o := FromProfile(p, "")
	if o.Destination != "198.51.100.1" || o.ServerPort != 4000 || o.Transport != TCP || o.Access != "tcp/22" ||
		o.AllowIP != "0.0.0.0" || o.ResolveIP || o.FWTimeout != 30 || o.NATAccess != "10.0.0.5,2222" ||
		o.Digest != spa.SHA512 || o.HMACDigest != spa.SHA384 || !o.UseHMAC {
		t.Fatalf("%+v", o)
	}
	keys, err := Keys(o, nil)
	if err != nil || string(keys.Rijndael) != "0123456789abcdef" || string(keys.HMAC) != "hmac" || keys.HMACType != spa.SHA384 {
		t.Fatalf("keys %v", err)
	}
	p.Allow, p.Resolvers = profile.AllowResolve, []string{"https://198.51.100.9/ip"}
	p.NAT = &profile.NAT{Local: true, Port: 22}
	p.Key, p.GPG = nil, &profile.GPG{Recipient: "R", Signer: "S", Home: "/h"}
	o = FromProfile(p, "pw")
	if !o.ResolveIP || o.ResolveURL != "https://198.51.100.9/ip" || !o.NATLocal || o.NATPort != 22 ||
		!o.UseGPG || o.GPGRecipient != "R" || o.GPGSigner != "S" || o.GPGHome != "/h" || o.GPGSigningPW != "pw" || o.KeyBase64 != "" {
		t.Fatalf("%+v", o)
	}
}

// TestOptionsProfile: Profile is FromProfile's inverse, for every kind of
// allow, NAT and encryption, and reads the forms of -N people type.
func TestOptionsProfile(t *testing.T) {
	lines := []string{
		"sesame1:name=a,host=198.51.100.1,port=4000,transport=tcp,access=tcp/22,allow=source,digest=sha512,hmac=sha384,timeout=30,nat=10.0.0.5:2222,key=MDEyMzQ1Njc4OWFiY2RlZg==,hmac-key=aG1hYw==",
		"sesame1:name=b,host=2001:db8::1,access=udp/53+tcp/22,allow=2001:db8::9,hmac=none,enc=legacy,key=a2V5",
		"sesame1:name=c,host=spa.example,transport=http,access=tcp/22,allow=resolve,nat=[2001:db8::5]:22,key=a2V5,hmac-key=aG1hYw==",
		"sesame1:name=d,host=spa.example,access=tcp/22,nat-local=2222,key=a2V5,hmac-key=aG1hYw==",
	}
	for _, line := range lines {
		p, err := profile.Parse(line)
		if err != nil {
			t.Fatal(err)
		}
		got, err := FromProfile(p, "").Profile(p.Name)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if got.Line() != p.Line() {
			t.Errorf("%s: got\n%s\nwant\n%s", p.Name, got.Line(), p.Line())
		}
	}
	p, _ := profile.Parse(lines[0])
	p.Key, p.GPG, p.Allow, p.Resolvers = nil, &profile.GPG{Recipient: "R", Signer: "S", Home: "/h"}, profile.AllowResolve, []string{"https://198.51.100.9/ip"}
	got, err := FromProfile(p, "pw").Profile(p.Name)
	if err != nil || got.GPG == nil || *got.GPG != *p.GPG || got.Key != nil || len(got.Resolvers) != 1 || got.Resolvers[0] != p.Resolvers[0] {
		t.Fatalf("GPG: %+v, %v", got, err)
	}
	for natAccess, want := range map[string]profile.NAT{
		"192.0.2.5,88": {Host: "192.0.2.5", Port: 88}, "192.0.2.5:88": {Host: "192.0.2.5", Port: 88},
		"[2001:db8::5]:88": {Host: "2001:db8::5", Port: 88}, "2001:db8::5,88": {Host: "2001:db8::5", Port: 88},
		"int.example": {Host: "int.example", Port: 22},
	} {
		o := NewOptions()
		o.Destination, o.Access, o.NATAccess = "h.example", "tcp/22", natAccess
		if got, err := o.Profile("n"); err != nil || *got.NAT != want {
			t.Errorf("-N %s: %+v, %v", natAccess, got, err)
		}
	}
}

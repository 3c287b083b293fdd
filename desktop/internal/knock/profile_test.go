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

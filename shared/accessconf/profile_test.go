package accessconf

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/profile"
)

const profileLine = "sesame1:name=web1,host=198.51.100.1,port=62201,transport=udp,access=tcp/22,allow=resolve," +
	"digest=sha256,hmac=sha384,enc=cbc,timeout=90,nat=[2001:db8::5]:22," +
	"key=MDEyMzQ1Njc4OWFiY2RlZg==,hmac-key=aG1hYw=="

// TestFromProfile: the stanza of a profile line holds its ports, keys,
// HMAC type, mode and timeout, and says that NAT needs fwknopd.conf.
func TestFromProfile(t *testing.T) {
	p, err := profile.Parse(profileLine)
	if err != nil {
		t.Fatal(err)
	}
	want := `# Sesame profile web1
# the profile asks for NAT: fwknopd.conf needs ENABLE_IPT_FORWARDING Y (and ENABLE_IPT_LOCAL_NAT Y for local NAT)
SOURCE                 ANY
OPEN_PORTS             tcp/22
MAX_FW_TIMEOUT         90
KEY_BASE64             MDEyMzQ1Njc4OWFiY2RlZg==
HMAC_KEY_BASE64        aG1hYw==
HMAC_DIGEST_TYPE       SHA384
`
	if got := FromProfile(p).String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestFromProfileGPG: a GPG profile's stanza names the server's key and
// the signer, or disables signatures when the profile does not sign.
func TestFromProfileGPG(t *testing.T) {
	p, err := profile.Parse(profileLine)
	if err != nil {
		t.Fatal(err)
	}
	p.Key, p.HMAC, p.HMACKey, p.NAT = nil, 0, nil, nil
	p.GPG = &profile.GPG{Recipient: "ABCD1234", Signer: "1234ABCD"}
	got := FromProfile(p).String()
	for _, v := range []string{"GPG_DECRYPT_ID         ABCD1234", "GPG_ALLOW_NO_PW        Y", "GPG_REMOTE_ID          1234ABCD"} {
		if !strings.Contains(got, v+"\n") {
			t.Errorf("no %q in\n%s", v, got)
		}
	}
	if strings.Contains(got, "KEY_BASE64") || strings.Contains(got, "GPG_DISABLE_SIG") {
		t.Errorf("key or GPG_DISABLE_SIG in\n%s", got)
	}
	p.GPG.Signer = ""
	if got := FromProfile(p).String(); !strings.Contains(got, "GPG_DISABLE_SIG        Y\n") {
		t.Errorf("unsigned: no GPG_DISABLE_SIG in\n%s", got)
	}
}

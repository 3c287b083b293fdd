package onboard

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/fwknoprc"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestPrintedRCStanzaRoundTrip reads the ~/.fwknoprc stanza onboarding
// prints back with the rc reader the client uses, and checks every value
// against the profile.
func TestPrintedRCStanzaRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		host string
		hmac spa.Hash
	}{{"2001:db8::1", spa.SHA256}, {"spa-gateway.example.com", spa.SHA512}} {
		k, err := newKeys(&countingReader{}, tc.hmac)
		if err != nil {
			t.Fatal(err)
		}
		ports, _ := parseOpen("tcp/22,udp/51820")
		p, err := clientProfile("alice", tc.host, 62201, ports, k)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		if err := printClient(&out, "alice", p); err != nil {
			t.Fatal(err)
		}
		_, text, _ := strings.Cut(out.String(), "(mode 0600):\n\n")
		text, _, _ = strings.Cut(text, "\nthen knock")
		f, err := fwknoprc.Parse(strings.NewReader(text), "printed")
		if err != nil {
			t.Fatalf("%s: %v\n%s", tc.host, err, text)
		}
		if len(f.Stanzas) != 1 || f.Stanzas[0].Name != "alice" {
			t.Fatalf("%s: stanzas %+v, want one [alice]", tc.host, f.Stanzas)
		}
		got := map[string]string{}
		for _, s := range f.Stanzas[0].Settings {
			got[s.Name] = s.Value
		}
		want := map[string]string{
			"SPA_SERVER": tc.host, "SPA_SERVER_PORT": "62201", "SPA_SERVER_PROTO": "udp",
			"ACCESS": "tcp/22,udp/51820", "ALLOW_IP": "resolve", "DIGEST_TYPE": "sha256",
			"KEY_BASE64":      base64.StdEncoding.EncodeToString(k.rijndael),
			"HMAC_KEY_BASE64": base64.StdEncoding.EncodeToString(k.hmac),
			"USE_HMAC":        "Y", "HMAC_DIGEST_TYPE": tc.hmac.String(),
		}
		if len(got) != len(want) {
			t.Errorf("%s: read %d variables, want %d", tc.host, len(got), len(want))
		}
		for name, v := range want {
			if got[name] != v {
				t.Errorf("%s: %s = %q, want %q", tc.host, name, got[name], v)
			}
		}
	}
}

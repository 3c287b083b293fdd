package onboard

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/qrcode"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestQRFits checks that the codes onboarding prints fit an 80-column
// terminal for the longest profile it prints (SHA-512 HMAC key, long host
// name, longest client name). shared/qrcode's tests check that the drawing holds the code.
func TestQRFits(t *testing.T) {
	k, err := newKeys(&countingReader{}, spa.SHA512)
	if err != nil {
		t.Fatal(err)
	}
	ports, _ := parseOpen("tcp/22,tcp/443,udp/51820")
	p, err := clientProfile(strings.Repeat("n", maxName), "spa-gateway.datacenter-one.example.com", 62201, ports, k)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{p.Line(), profile.FormatFwknop2(k.rijndael, k.hmac)} {
		var b strings.Builder
		if err := qrcode.Terminal(&b, text); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%d-byte text: line of %d columns", len(text), n)
			}
		}
	}
}

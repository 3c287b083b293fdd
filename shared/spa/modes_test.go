package spa_test

import (
	"crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// rijndaelModes are the modes that seal with a Rijndael key.
var rijndaelModes = []spa.Mode{spa.CBC, spa.Legacy, spa.ECB, spa.CFB, spa.OFB, spa.CTR}

func TestRoundTripModes(t *testing.T) {
	for _, mode := range rijndaelModes {
		for _, m := range messages() {
			k := &spa.Keys{Rijndael: []byte("mode pass"), HMAC: testHMAC, Mode: mode}
			if mode == spa.Legacy {
				k.HMAC, k.AllowNoHMAC = nil, true
			}
			t.Run(mode.String()+"/"+m.Type.String(), func(t *testing.T) { roundTrip(t, m, k) })
		}
	}
}

// TestModesDoNotCrossOpen: a packet sealed in one mode does not open in
// another (the HMAC is the same; the plaintext check catches it).
func TestModesDoNotCrossOpen(t *testing.T) {
	m := messages()[2]
	for _, seal := range rijndaelModes {
		p, err := spa.Seal(m, &spa.Keys{Rijndael: testKey, HMAC: testHMAC, Mode: seal}, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		for _, open := range rijndaelModes {
			_, err := spa.Open([]byte(p), &spa.Keys{Rijndael: testKey, HMAC: testHMAC, Mode: open})
			// CBC and legacy differ only for keys under 16 bytes.
			same := seal == open || (seal == spa.CBC || seal == spa.Legacy) && (open == spa.CBC || open == spa.Legacy)
			if same != (err == nil) {
				t.Errorf("sealed %s, opened %s: %v", seal, open, err)
			} else if err != nil && !errors.Is(err, spa.ErrDecrypt) {
				t.Errorf("sealed %s, opened %s: %v, want ErrDecrypt", seal, open, err)
			}
		}
	}
}

func TestParseModeNames(t *testing.T) {
	for in, want := range map[string]spa.Mode{
		"cbc": spa.CBC, "CBC": spa.CBC, "ecb": spa.ECB, "Cfb": spa.CFB, "OFB": spa.OFB,
		"ctr": spa.CTR, "legacy": spa.Legacy, "LEGACY": spa.Legacy, "Asymmetric": spa.Asymmetric,
	} {
		if got, err := spa.ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, m := range spa.Modes {
		if got, err := spa.ParseMode(m.String()); err != nil || got != m {
			t.Errorf("ParseMode(%v.String()) = %v, %v", m, got, err)
		}
	}
}

// TestModeKeysChecked: asymmetric is GPG's mode and the block modes are
// Rijndael's; either mix, and an unknown mode, is an argument error.
func TestModeKeysChecked(t *testing.T) {
	for _, tc := range []struct {
		name string
		k    *spa.Keys
		say  string
	}{
		{"asymmetric without gpg", &spa.Keys{Rijndael: testKey, HMAC: testHMAC, Mode: spa.Asymmetric}, "needs GPG"},
		{"ctr with gpg", &spa.Keys{GPG: &spa.GPG{}, HMAC: testHMAC, Mode: spa.CTR}, "ctr mode is for Rijndael"},
		{"unknown", &spa.Keys{Rijndael: testKey, HMAC: testHMAC, Mode: 42}, "unknown"},
	} {
		_, err := spa.Seal(messages()[2], tc.k, rand.Reader)
		if !errors.Is(err, spa.ErrBadArgument) || !strings.Contains(err.Error(), tc.say) {
			t.Errorf("%s: %v, want an argument error saying %q", tc.name, err, tc.say)
		}
	}
}

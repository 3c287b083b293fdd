package profile

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// FuzzParse checks that every line Parse accepts is written back to a line
// that parses to the same profile, and that no error quotes a key.
func FuzzParse(f *testing.F) {
	g := newGen(3)
	for range 20 {
		f.Add(g.profile().Line())
	}
	for _, s := range []string{
		baseLine, " " + baseLine + "\n", reorder(baseLine), "", "sesame1:", "sesame2:" + baseLine[8:],
		with("host", "2001:db8::1"), with("host", "[2001:db8::1]"), with("host", "-x"), with("host", "1.2.3"),
		with("access", "tcp/22+udp/53"), with("access", "tcp/022"), with("allow", "0.0.0.0"),
		with("nat", "[2001:db8::9]:22"), with("nat", "2001:db8::9:22"), with("nat-local", "22"),
		with("enc", "gpg"), with("enc", "legacy"), with("enc", "ecb"), with("enc", "cfb"), with("enc", "ofb"),
		with("enc", "ctr"), with("enc", "pcbc"), with("enc", "asymmetric"), with("hmac", "none"), with("key", "abc"),
		with("key", "AB=="), with("x-new", "a%20b"), with("unknown", "v"), baseLine + ",",
		baseLine + ",key=" + testKeyB64, strings.Replace(baseLine, "=", "", 1),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		p, err := Parse(line)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is a %T, not a *ParseError", err, err)
			}
			if leak := keyLeak(line, err); leak != "" {
				t.Fatalf("error %q holds key text %q", err, leak)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Parse accepted a profile that Validate refuses: %v", err)
		}
		out := p.Line()
		q, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Line()) = %v\n in: %q\nout: %q", err, line, out)
		}
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("round trip changed the profile\n in: %q\nout: %q", line, out)
		}
		if again := q.Line(); again != out {
			t.Fatalf("Line not stable: %q then %q", out, again)
		}
	})
}

var fwknop2Reason = regexp.MustCompile(`^(empty value|the value holds a ':', which Fwknop2 would cut it at|not valid base64|\d+ bytes long, want 1\.\.\d+|the text already holds (KEY_BASE64|KEY|HMAC_KEY_BASE64|HMAC_KEY)|the text holds neither KEY_BASE64 nor KEY)$`)

// FuzzParseFwknop2 checks that accepted keys survive FormatFwknop2 and that
// every error is one of the fixed reasons, which quote nothing.
func FuzzParseFwknop2(f *testing.F) {
	g := newGen(4)
	for range 10 {
		f.Add(FormatFwknop2(g.bytes(1, 32), g.bytes(0, 128)))
	}
	for _, s := range []string{
		FormatFwknop2(testKey, testHMACKey), "key_base64:" + testKeyB64, "KEY:secret HMAC_KEY:other",
		"KEY_BASE64: " + testKeyB64, "KEY_BASE64", "KEY_BASE64:", "KEY:a:b", "KEY:a KEY_BASE64:" + testKeyB64,
		"HMAC_KEY_BASE64:" + testHMACB64, "", "junk FOO:bar KEY:x", "KEY_BASE64:" + strings.TrimRight(testKeyB64, "="),
		"KEY_BASE64:-_-_", "\tKEY:x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		k, err := ParseFwknop2(text)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is a %T, not a *ParseError", err, err)
			}
			if _, known := lookupFwknop2(pe.Field); !known || !fwknop2Reason.MatchString(pe.Reason) {
				t.Fatalf("error %q is not one of the fixed reasons", err)
			}
			return
		}
		if len(k.Key) == 0 || len(k.Key) > maxKeyLen || len(k.HMACKey) > maxHMACKeyLen {
			t.Fatalf("accepted keys of %d and %d bytes", len(k.Key), len(k.HMACKey))
		}
		again, err := ParseFwknop2(FormatFwknop2(k.Key, k.HMACKey))
		if err != nil {
			t.Fatalf("ParseFwknop2(FormatFwknop2) = %v", err)
		}
		if !reflect.DeepEqual(again.Key, k.Key) || !reflect.DeepEqual(again.HMACKey, k.HMACKey) ||
			again.KeyPassphrase || again.HMACKeyPassphrase {
			t.Fatalf("round trip changed the keys of %q", text)
		}
	})
}

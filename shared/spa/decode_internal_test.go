package spa

import (
	"encoding/json"
	"errors"
	"net/netip"
	"os"
	"strings"
	"testing"
)

// FuzzDecodePlaintext: the decoder accepts exactly what the encoder
// writes — anything it accepts encodes back to the same text.
func FuzzDecodePlaintext(f *testing.F) {
	data, err := os.ReadFile("spatest/testdata/vectors.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct {
			Built struct{ Encoded, Digest string }
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			f.Fatal(err)
		}
		f.Add(c.Built.Encoded + ":" + c.Built.Digest)
		f.Add(c.Built.Encoded)
	}
	f.Fuzz(func(t *testing.T, pt string) {
		m, err := decodePlaintext(pt)
		if err != nil {
			return
		}
		enc, err := m.Encode()
		if err != nil || enc != pt {
			t.Fatalf("decoded %q to %+v, which encodes to %q (%v)", pt, m, enc, err)
		}
	})
}

// TestDecodeStrict lists plaintexts the stock decoder lets through by
// accident and Sesame refuses.
func TestDecodeStrict(t *testing.T) {
	withDigest := func(fields string) string { return fields + ":" + digestB64(SHA256, fields) }
	good := "1234567890123456:YWxpY2U:1795563495:3.0.0:1:MTk4LjUxLjEwMC43LHRjcC8yMg"
	if _, err := decodePlaintext(withDigest(good)); err != nil {
		t.Fatal(err)
	}
	for name, pt := range map[string]string{
		"timestamp suffix":   withDigest(strings.Replace(good, ":1795563495:", ":12ab:", 1)),
		"timestamp zero pad": withDigest(strings.Replace(good, ":1795563495:", ":01795563495:", 1)),
		"long random":        withDigest("1" + good),
		"type 7":             withDigest(strings.Replace(good, ":3.0.0:1:", ":3.0.0:7:", 1)),
		"type 01":            withDigest(strings.Replace(good, ":3.0.0:1:", ":3.0.0:01:", 1)),
		"extra field":        withDigest(good + ":eA:eA"),
		"bad digest":         good + ":" + strings.Repeat("A", 43),
		"digest length":      good + ":AAAA",
		"empty user":         withDigest(strings.Replace(good, ":YWxpY2U:", "::", 1)),
		"padded b64 user":    withDigest(strings.Replace(good, ":YWxpY2U:", ":YWxpY2U=:", 1)),
		"non-canonical b64":  withDigest(strings.Replace(good, ":YWxpY2U:", ":YWxpY2V:", 1)),
		"control character":  withDigest(strings.Replace(good, "3.0.0", "3.0\t0", 1)),
	} {
		if _, err := decodePlaintext(pt); err == nil {
			t.Errorf("%s: accepted %q", name, pt)
		}
	}
}

// TestDecodeBodyErrors: a message or nat_access the parser refuses is an
// ErrMalformed FieldError on that field (not the parsers' ErrBadArgument:
// the value came in a packet), and a good one fills the typed Body.
func TestDecodeBodyErrors(t *testing.T) {
	pt := func(typ, msg, nat string) string {
		fields := "1234567890123456:YWxpY2U:1795563495:3.0.0:" + typ + ":" + b64.EncodeToString([]byte(msg))
		if nat != "" {
			fields += ":" + b64.EncodeToString([]byte(nat))
		}
		return fields + ":" + digestB64(SHA256, fields)
	}
	m, err := decodePlaintext(pt("2", "198.51.100.7,tcp/22,udp/53", "internal.example,2222"))
	want := Body{AllowIP: netip.MustParseAddr("198.51.100.7"), Ports: []ProtoPort{{"tcp", 22}, {"udp", 53}},
		NAT: NAT{Host: "internal.example", Port: 2222}}
	if err != nil || !m.Body.Equal(&want) {
		t.Fatalf("body %+v, %v", m, err)
	}
	for _, tc := range []struct{ typ, msg, nat, field, say string }{
		{"1", "198.51.100.7", "", "message", "ALLOW_IP"},
		{"1", "198.51.100.7,tcp/0", "", "message", `port: want a number 1..65535, got "0"`},
		{"1", "x,tcp/22", "", "message", `allow IP: "x"`},
		{"0", "198.51.100.7", "", "message", "ALLOW_IP,command"},
		{"2", "198.51.100.7,tcp/22", "h", "nat_access", `want host,port, got "h"`},
		{"2", "198.51.100.7,tcp/22", "h,0", "nat_access", `port: want`},
	} {
		_, err := decodePlaintext(pt(tc.typ, tc.msg, tc.nat))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Err != ErrMalformed || fe.Field != tc.field || !strings.Contains(err.Error(), tc.say) {
			t.Errorf("%s %q %q: %v, want ErrMalformed on %s saying %s", tc.typ, tc.msg, tc.nat, err, tc.field, tc.say)
		}
	}
}

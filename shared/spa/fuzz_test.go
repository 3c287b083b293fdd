package spa_test

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

var reasons = []error{spa.ErrTooShort, spa.ErrTooLong, spa.ErrBadBase64, spa.ErrBadHMAC,
	spa.ErrDecrypt, spa.ErrBadDigest, spa.ErrMalformed, spa.ErrUnknownType}

func seedPackets(f *testing.F) {
	cases, err := loadCasesErr()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		for _, p := range c.Packets {
			f.Add([]byte(p.Data))
		}
	}
}

// FuzzOpen: any input either opens (and then re-seals to the same fields)
// or fails with exactly one of the typed reasons. Run with keys that have
// no HMAC so the fuzzer reaches the decoder.
func FuzzOpen(f *testing.F) {
	seedPackets(f)
	weak := &spa.Keys{Rijndael: testKey, AllowNoHMAC: true}
	keys := []*spa.Keys{weak, keysFor(spa.SHA256)}
	// Without an HMAC the fuzzer reaches each mode's decryption.
	for _, mode := range blockModes {
		keys = append(keys, &spa.Keys{Rijndael: testKey, AllowNoHMAC: true, Mode: mode})
	}
	for _, k := range keys {
		if k.Weak() {
			for _, m := range messages() {
				if p, err := spa.Seal(m, k, bytes.NewReader(make([]byte, 8))); err == nil {
					f.Add([]byte(p))
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, packet []byte) {
		for _, k := range keys {
			m, err := spa.Open(packet, k)
			if err != nil {
				assertReason(t, err)
				continue
			}
			again, err := spa.Seal(m, k, bytes.NewReader(make([]byte, 8)))
			if err != nil {
				t.Fatalf("opened %+v but cannot seal it: %v", m, err)
			}
			if m2, err := spa.Open([]byte(again), k); err != nil || !reflect.DeepEqual(m2, m) {
				t.Fatalf("re-sealed message differs: %+v %v", m2, err)
			}
			sealBody(t, m, k)
		}
	})
}

// sealBody: the body Open produced can be set alone, and Seal takes it
// and writes a packet that opens to the same body. The text it writes is
// canonical (no leading zeros), so it may be too short to seal.
func sealBody(t *testing.T, m *spa.Message, k *spa.Keys) {
	t.Helper()
	bodyOnly := *m
	if err := bodyOnly.SetBody(m.Body); err != nil {
		t.Fatalf("opened %+v but SetBody refuses its body: %v", m, err)
	}
	canon := bodyOnly.Message
	bodyOnly.Message, bodyOnly.NATAccess = "", ""
	packet, err := spa.Seal(&bodyOnly, k, bytes.NewReader(make([]byte, 8)))
	if err != nil {
		if errors.Is(err, spa.ErrBadArgument) && len(canon) < len(m.Message) {
			return
		}
		t.Fatalf("opened %+v but cannot seal its body: %v", m, err)
	}
	if m2, err := spa.Open([]byte(packet), k); err != nil || !m2.Body.Equal(&m.Body) {
		t.Fatalf("body re-sealed as %+v, %v; want %+v", m2, err, m.Body)
	}
}

func assertReason(t *testing.T, err error) {
	t.Helper()
	n := 0
	for _, r := range reasons {
		if errors.Is(err, r) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("error %q matches %d reasons, want exactly 1", err, n)
	}
}

// FuzzParseAccess: accepted access messages re-format to themselves up to
// leading zeros in ports; refused ones fail with ErrBadArgument.
func FuzzParseAccess(f *testing.F) {
	for _, s := range []string{"198.51.100.7,tcp/22", "0.0.0.0,tcp/22,udp/53", "2001:db8::7,udp/500", "1.2.3.4,tcp/022", "x,tcp/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := spa.ParseAccess(s)
		if err != nil {
			assertBadArgument(t, err)
			return
		}
		out := a.AllowIP.String()
		for _, p := range a.Ports {
			out += "," + p.String()
		}
		b, err := spa.ParseAccess(out)
		if err != nil || b.AllowIP != a.AllowIP || len(b.Ports) != len(a.Ports) {
			t.Fatalf("%q -> %q: %v", s, out, err)
		}
	})
}

// FuzzParseNATAccess: accepted values never hold characters a shell or a
// URL would treat specially; refused ones fail with ErrBadArgument.
func FuzzParseNATAccess(f *testing.F) {
	for _, s := range []string{"10.0.0.5,22", "host.example,2222", "a,b", "a/b,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		host, port, err := spa.ParseNATAccess(s)
		if err != nil {
			assertBadArgument(t, err)
			return
		}
		if port == 0 || host == "" || bytes.ContainsAny([]byte(host), " /?\"'\\,") {
			t.Fatalf("accepted %q as %q %d", s, host, port)
		}
	})
}

// FuzzParseBody: a body ParseBody accepts can be set on a message of that
// type, and its text reads back as the same body; refused text fails with
// ErrBadArgument.
func FuzzParseBody(f *testing.F) {
	f.Add(uint8(spa.AccessMsg), "198.51.100.7,tcp/22,udp/053", "")
	f.Add(uint8(spa.CommandMsg), "0.0.0.0,touch /tmp/x", "")
	f.Add(uint8(spa.NATAccessMsg), "2001:db8::7,tcp/22", "internal.example,022")
	f.Add(uint8(spa.ClientTimeoutLocalNATAccessMsg), "198.51.100.7,udp/53", "203.0.113.9,53")
	f.Fuzz(func(t *testing.T, typ uint8, msg, nat string) {
		b, err := spa.ParseBody(spa.MessageType(typ), msg, nat)
		if err != nil {
			assertBadArgument(t, err)
			return
		}
		m := spa.Message{Type: spa.MessageType(typ)}
		if err := m.SetBody(b); err != nil {
			t.Fatalf("ParseBody(%q, %q) = %+v, which SetBody refuses: %v", msg, nat, b, err)
		}
		back, err := spa.ParseBody(m.Type, m.Message, m.NATAccess)
		if err != nil || !back.Equal(&b) {
			t.Fatalf("%+v written as %q %q reads back as %+v, %v", b, m.Message, m.NATAccess, back, err)
		}
	})
}

func assertBadArgument(t *testing.T, err error) {
	t.Helper()
	var fe *spa.FieldError
	if !errors.Is(err, spa.ErrBadArgument) || !errors.As(err, &fe) || fe.Field == "" || fe.Reason == "" {
		t.Fatalf("error %#v does not wrap ErrBadArgument in a FieldError", err)
	}
}

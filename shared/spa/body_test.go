package spa_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"net/netip"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// TestVectorsSealBody: Seal given only the typed body the stock client's
// message reads as (no text) reproduces the accepted packet byte for byte.
func TestVectorsSealBody(t *testing.T) {
	n := 0
	for _, c := range loadCases(t) {
		if c.IsGPG() || c.Packets[0].Decision != "accept" {
			continue
		}
		m, err := c.Message()
		if err != nil {
			t.Fatal(err)
		}
		keys, err := c.SpaKeys(true)
		if err != nil {
			t.Fatal(err)
		}
		if m.Body.IsZero() {
			t.Fatalf("%s: the accepted message %q has no body", c.ID, m.Message)
		}
		m.Message, m.NATAccess = "", ""
		packet := c.Packets[0].Data
		got, err := spa.Seal(m, keys, bytes.NewReader(saltOf(t, packet)))
		if err != nil || got != packet {
			t.Errorf("%s: Seal of the body alone = %v\n got %s\nwant %s", c.ID, err, got, packet)
		}
		n++
	}
	if n < 25 {
		t.Fatalf("only %d cases sealed from their body", n)
	}
}

// TestSealBodyRules: Seal writes the text from Body when the text is
// empty, and refuses a Body that disagrees with the text or that the
// message type cannot carry.
func TestSealBodyRules(t *testing.T) {
	k := keysFor(spa.SHA256)
	allow := netip.MustParseAddr("198.51.100.7")
	base := spa.Message{Random: "1234567890123456", User: "alice", Timestamp: 1795563495, Type: spa.NATAccessMsg}
	body := spa.Body{AllowIP: allow, Ports: []spa.ProtoPort{{Proto: "tcp", Port: 22}}, NAT: spa.NAT{Host: "203.0.113.9", Port: 2222}}

	m := base
	m.Body = body
	p, err := spa.Seal(&m, k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	got, err := spa.Open([]byte(p), k)
	if err != nil || got.Message != "198.51.100.7,tcp/22" || got.NATAccess != "203.0.113.9,2222" || !got.Body.Equal(&body) {
		t.Fatalf("opened %+v, %v", got, err)
	}

	for name, edit := range map[string]func(*spa.Message){
		"body disagrees with text": func(m *spa.Message) { m.Message, m.NATAccess = "198.51.100.7,tcp/80", "203.0.113.9,2222" },
		"command on access":        func(m *spa.Message) { m.Body.Command = "ls" },
		"nat on plain access":      func(m *spa.Message) { m.Type = spa.AccessMsg },
		"ports on command":         func(m *spa.Message) { m.Type = spa.CommandMsg; m.Body.NAT = spa.NAT{}; m.Body.Command = "ls" },
		"no allow IP":              func(m *spa.Message) { m.Body.AllowIP = netip.Addr{} },
		"zone":                     func(m *spa.Message) { m.Body.AllowIP = netip.MustParseAddr("fe80::1%eth0") },
		"port 0":                   func(m *spa.Message) { m.Body.Ports = []spa.ProtoPort{{Proto: "tcp"}} },
		"proto":                    func(m *spa.Message) { m.Body.Ports = []spa.ProtoPort{{Proto: "sctp", Port: 1}} },
	} {
		m := base
		m.Body = body
		m.Body.Ports = append([]spa.ProtoPort(nil), body.Ports...)
		edit(&m)
		if _, err := spa.Seal(&m, k, rand.Reader); !errors.Is(err, spa.ErrBadArgument) {
			t.Errorf("%s: Seal = %v, want ErrBadArgument", name, err)
		}
		if m.Message == "" {
			if err := m.SetBody(m.Body); !errors.Is(err, spa.ErrBadArgument) {
				t.Errorf("%s: SetBody = %v, want ErrBadArgument", name, err)
			}
		}
	}
}

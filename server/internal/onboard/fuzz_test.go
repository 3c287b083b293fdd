package onboard

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/server/internal/config"
)

// FuzzArguments feeds command-line values to the parsers that put them in
// access.conf or the profile: whatever they accept must make a stanza that
// config loads, so no value can inject a line or a variable.
func FuzzArguments(f *testing.F) {
	for _, s := range [][3]string{
		{"alice", "ANY", "tcp/22"},
		{"bob@laptop", "198.51.100.0/24, 2001:db8::7", "tcp/22,udp/53"},
		{"x", "198.51.100.7\nKEY_BASE64 x", "tcp/22\nSOURCE ANY"},
		{"a;b", "any", "udp/1"},
	} {
		f.Add(s[0], s[1], s[2], "spa.example.com:62201")
	}
	k, err := newKeys(&countingReader{}, defaultHMAC)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, source, open, server string) {
		if checkName(name) != nil {
			return
		}
		src, err := parseSource(source)
		if err != nil {
			return
		}
		ports, err := parseOpen(open)
		if err != nil {
			return
		}
		text, err := newStanza(name, src, ports, k, testNow)
		if err != nil {
			t.Fatalf("accepted arguments give no stanza: %v", err)
		}
		acc, _, err := config.ParseAccess(strings.NewReader(text), "fuzz")
		if err != nil {
			t.Fatalf("accepted arguments give a stanza config refuses: %v\n%s", err, text)
		}
		if len(acc.Stanzas) != 1 || keysIn(acc, name, k) != nil {
			t.Fatalf("arguments changed the stanza's shape:\n%s", text)
		}
		// Every accepted client name gives a profile name the profile takes.
		if p, err := clientProfile(name, "spa.example.com", 62201, ports, k); err != nil || p.Name == "" && strings.ContainsFunc(name, isAlnumRune) {
			t.Fatalf("client %q: profile name %q (%v)", name, p.Name, err)
		}
		if host, port, err := parseServer(server); err == nil {
			// A server the profile refuses is an error, never a bad line.
			if p, err := clientProfile(name, host, port, ports, k); err == nil && strings.ContainsAny(p.Line(), " \n") {
				t.Fatalf("profile line with a blank: %q", p.Line())
			}
		}
	})
}

func isAlnumRune(r rune) bool { return r <= 0x7f && isAlnum(byte(r)) }

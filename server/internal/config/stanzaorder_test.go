package config

import (
	"net/netip"
	"strings"
	"testing"
)

// TestStanzaErrorOrder: of several mistakes in a file, the one the stock
// names is refused first. The stock checks a value like KEY at its line and
// a stanza's keys at its end, but expands SOURCE, DESTINATION, OPEN_PORTS
// and RESTRICT_PORTS only after the whole file, stanza by stanza in that
// order (fwknop's suite: "access SOURCE key" wants "No keys found" for a
// stanza with an icmp OPEN_PORTS and no KEY).
func TestStanzaErrorOrder(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		sentinel   error
		words      string
	}{
		{"keys before ports", "SOURCE 198.51.100.1\nOPEN_PORTS tcp/22, icmp/1\n", 1, ErrMissingKey, "No keys found"},
		{"keys before source", "SOURCE 198.51.100.1/0\nOPEN_PORTS tcp/22\n", 1, ErrMissingKey, "No keys found"},
		{"later stanza's keys before ports", "SOURCE any\nKEY testtest\nOPEN_PORTS icmp/1\nSOURCE 198.51.100.1\n", 4, ErrMissingKey, "No keys found"},
		{"line check before ports", "SOURCE any\nOPEN_PORTS icmp/1\nKEY __CHANGEME__\n", 3, ErrKey, "KEY value is not properly set"},
		{"identical keys before destination", "SOURCE any\nDESTINATION aaaa\nKEY testtest\nHMAC_KEY testtest\n", 1, ErrKey, "should not be identical"},
		{"destination before ports", "SOURCE any\nKEY testtest\nOPEN_PORTS icmp/1\nDESTINATION aaaa\n", 4, ErrValue, "Fatal error parsing IP to int for"},
		{"source before restrict", "SOURCE 198.51.100.1/0\nKEY testtest\nRESTRICT_PORTS icmp/1\n", 1, ErrValue, "Invalid IP mask str"},
		{"first stanza first", "SOURCE any\nKEY testtest\nRESTRICT_PORTS icmp/1\nSOURCE aaaa\nKEY testtest2\n", 3, ErrValue, "Invalid protocol in access port entry"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := parseAcc(tc.text)
			assertErr(t, err, "access.conf", tc.line, tc.sentinel)
			if err != nil && !strings.Contains(err.Error(), tc.words) {
				t.Errorf("error %q, want %q", err, tc.words)
			}
		})
	}

	// As in the stock, a later line of a list variable replaces an earlier
	// one, a mistake in it included.
	a, _ := mustParseAcc(t, "SOURCE any\nKEY testtest\nOPEN_PORTS icmp/1\nOPEN_PORTS tcp/22\n")
	if got := a.Stanzas[0].OpenPorts; len(got) != 1 || got[0].Port != 22 {
		t.Errorf("OPEN_PORTS %v, want the later line's tcp/22", got)
	}
	a, _ = mustParseAcc(t, "SOURCE any\nKEY testtest\nDESTINATION aaaa\nDESTINATION 198.51.100.0/24\n")
	if got := a.Stanzas[0].Destination; len(got) != 1 || got[0] != netip.MustParsePrefix("198.51.100.0/24") {
		t.Errorf("DESTINATION %v, want the later line's", got)
	}
}

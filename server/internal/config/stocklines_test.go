package config

import (
	"strings"
	"testing"
)

// TestStockLineLength: the stock parsers read a line with fgets into 1024
// bytes, so a longer line is cut after 1023 and its rest read as another
// line (a truncated key, or "Invalid access file entry" on the rest).
// Sesame refuses such a line at its own place, in the stock's words, for
// access.conf, an %include_keys file and fwknopd.conf alike, and never
// echoes the line (it may hold a key). 1023 bytes still fit.
func TestStockLineLength(t *testing.T) {
	long := strings.Repeat("A", 1200)
	tests := []struct {
		name, text string
		server     bool
		line       int
		words      string
	}{
		{"access key", "SOURCE any\nKEY    " + long + "\n", false, 2, "Invalid access file entry"},
		{"access comment", "SOURCE any\nKEY testtest\n# " + long + "\n", false, 3, "Invalid access file entry"},
		{"access crlf", "SOURCE any\nKEY    " + long + "\r\n", false, 2, "Invalid access file entry"},
		{"server", "PCAP_INTF lo;\nPCAP_FILTER udp " + long + "\n", true, 2, "Invalid config file entry"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.server {
				_, _, err = ParseServer(strings.NewReader(tc.text), "f.conf")
			} else {
				_, _, err = parseAcc(tc.text)
			}
			file := "access.conf"
			if tc.server {
				file = "f.conf"
			}
			assertErr(t, err, file, tc.line, ErrSyntax)
			if msg := err.Error(); !strings.Contains(msg, tc.words) || !strings.Contains(msg, "1023") || strings.Contains(msg, "AAAA") {
				t.Errorf("error %q: want %q, the limit, and no line text", msg, tc.words)
			}
		})
	}

	// The longest line the stock reads whole is accepted.
	fits := "# " + strings.Repeat("x", 1021) + "\r\n"
	if _, _, err := parseAcc("SOURCE any\n" + fits + "KEY testtest\n"); err != nil {
		t.Errorf("a 1023-byte line refused: %v", err)
	}
}

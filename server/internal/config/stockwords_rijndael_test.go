package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStockAddressAndDateWords: the refusals fwknop's suite checks in its
// Rijndael category ("invalid SOURCE", "invalid expire date") use the stock's
// words, file:line before them.
func TestStockAddressAndDateWords(t *testing.T) {
	tests := []struct{ name, conf, place, words string }{
		{"source not ip", "SOURCE :ANY\nKEY testtest\n", "access.conf:1", "Fatal error parsing IP to int for: \":ANY\""},
		{"dest not ip", "SOURCE ANY\nKEY testtest\nDESTINATION aaaa\n", "access.conf:3", "Fatal error parsing IP to int for: \"aaaa\""},
		{"source too long", "SOURCE aaaaaaaaaaaaaaaaaaaaa\nKEY testtest\n", "access.conf:1", "Error parsing string to IP"},
		{"source list", "SOURCE 198.51.100.0/24, 123.123.123.1234/24\nKEY testtest\n", "access.conf:1", "Fatal error parsing IP to int for: \"123.123.123.1234/24\": Fatal invalid SOURCE in access stanza"},
		{"open ports", "SOURCE ANY\nKEY testtest\nOPEN_PORTS udp/6001, tcp/123453\n", "access.conf:3", "Fatal invalid OPEN_PORTS in access stanza"},
		{"restrict ports", "SOURCE ANY\nKEY testtest\nRESTRICT_PORTS AAAAAAAA\n", "access.conf:3", "Fatal invalid RESTRICT_PORTS in access stanza"},
		{"expire dashes", "SOURCE ANY\nKEY testtest\nACCESS_EXPIRE 3-10-01\n", "access.conf:3", "invalid date value \"3-10-01\" (need MM/DD/YYYY)"},
		{"expire no date", "SOURCE ANY\nKEY testtest\nACCESS_EXPIRE 02/30/2030\n", "access.conf:3", "no such date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "access.conf")
			if err := os.WriteFile(path, []byte(tc.conf), 0o600); err != nil {
				t.Fatal(err)
			}
			_, _, err := LoadAccess(path)
			if err == nil {
				t.Fatalf("loaded %q, want a refusal", tc.conf)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.place) || !strings.Contains(msg, tc.words) {
				t.Errorf("error %q, want %s and the stock's words %q", msg, tc.place, tc.words)
			}
		})
	}
}

// TestAccessExpireShortForms: ACCESS_EXPIRE takes what the stock's
// sscanf("%2d/%2d/%4d") takes: one-digit month and day, a two-digit year
// meaning 20YY (the suite's "expired stanza" uses 3/10/01).
func TestAccessExpireShortForms(t *testing.T) {
	for v, want := range map[string]time.Time{
		"3/10/01":    time.Date(2001, 3, 10, 0, 0, 0, 0, time.UTC),
		"12/31/2099": time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC),
		"1/2/35":     time.Date(2035, 1, 2, 0, 0, 0, 0, time.UTC),
	} {
		got, err := parseDate(v, time.UTC)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", v, got, err, want)
		}
	}
	for _, v := range []string{"3/10/001", "13/01/2030", "3/10", "03/10/1969", "a/b/cccc"} {
		if _, err := parseDate(v, time.UTC); err == nil {
			t.Errorf("parseDate(%q) accepted", v)
		}
	}
}

// TestAccessColonNames: "SOURCE:" and "KEY:" are SOURCE and KEY, as the
// stock reads them (fwknop's suite, "bad/good key stanzas").
func TestAccessColonNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "access.conf")
	conf := "SOURCE: 198.51.100.0/24, 203.0.113.9;\nKEY: fwknoptest;\nFW_ACCESS_TIMEOUT:  3;\nSOURCE: ANY;\nKEY: other123;\n"
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	acc, _, err := LoadAccess(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(acc.Stanzas) != 2 || acc.Stanzas[0].FWAccessTimeout != 3*time.Second || len(acc.Stanzas[0].Source) != 2 {
		t.Errorf("stanzas %+v", acc.Stanzas)
	}
}

// TestLegacyKeyTruncated: in legacy mode a key longer than 16 bytes is cut
// to 16, as the stock does (fwknop's suite, "v2.0.4 non-trunc key": such a
// client sealed with the first 16 bytes), with the stock's warning.
func TestLegacyKeyTruncated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "access.conf")
	if err := os.WriteFile(path, []byte("SOURCE ANY\nKEY 1234567890123456blah\nENCRYPTION_MODE legacy\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	acc, w, err := LoadAccess(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(acc.Stanzas[0].Key); got != "1234567890123456" {
		t.Errorf("legacy key has %d bytes, want the first 16", len(got))
	}
	if len(w) != 1 || !strings.Contains(w[0].String(), "truncating encryption key in legacy mode to 16 bytes") {
		t.Errorf("warnings %v", w)
	}
}

// TestExecGroupUserName: CMD_EXEC_GROUP may name a user, meaning that
// user's primary group, as the stock reads it (fwknop's suite, "command
// execution uid/gid 'nobody'"); a group's name still comes first.
func TestExecGroupUserName(t *testing.T) {
	for conf, want := range map[string]uint32{
		"CMD_EXEC_USER alice\nCMD_EXEC_GROUP alice\n": 1000,
		"CMD_EXEC_USER alice\nCMD_EXEC_GROUP staff\n": 50,
	} {
		acc, _, err := parseAccess(strings.NewReader("SOURCE ANY\nKEY testtest\n"+conf), "access.conf", testFS, fakeUsers{})
		if err != nil || acc.Stanzas[0].CmdExecGID != want {
			t.Errorf("%q: %v, want gid %d", conf, err, want)
			continue
		}
	}
	_, _, err := parseAccess(strings.NewReader("SOURCE ANY\nKEY testtest\nCMD_EXEC_GROUP nosuch\n"), "access.conf", testFS, fakeUsers{})
	if err == nil || !strings.Contains(err.Error(), "Unable to determine GID for CMD_EXEC_GROUP") {
		t.Errorf("unknown name: %v", err)
	}
}

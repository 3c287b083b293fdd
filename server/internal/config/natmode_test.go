package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNATModeWords: with neither ENABLE_IPT_FORWARDING nor
// ENABLE_IPT_LOCAL_NAT, FORCE_NAT and FORCE_SNAT are refused at their line
// before their value is read, in the stock's words (fwknop's suite:
// "FORCE_NAT -> need forwarding mode", "FORCE_SNAT format (3)"); with a
// NAT mode on, a bad value keeps its own words.
func TestNATModeWords(t *testing.T) {
	off := NewServer()
	fwd := NewServer()
	fwd.EnableIPTForwarding = true
	local := NewServer()
	local.EnableIPTLocalNAT = true
	for _, tc := range []struct {
		name, line string
		srv        *Server
		words      string
	}{
		{"nat off", "FORCE_NAT Y", off, "FORCE_NAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"},
		{"nat off valid", "FORCE_NAT 198.51.100.2 22", off, "FORCE_NAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"},
		{"snat off", "FORCE_SNAT a", off, "FORCE_SNAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"},
		{"nat on bad arg", "FORCE_NAT Y", fwd, "FORCE_NAT: invalid FORCE_NAT arg"},
		{"snat on bad ip", "FORCE_SNAT a", local, "FORCE_SNAT: invalid FORCE_SNAT IP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := writeFile(t, dir, "access.conf", "SOURCE ANY\nKEY testtest\n"+tc.line+"\n", 0o600)
			_, _, err := LoadAccessFor(p, tc.srv)
			if err == nil || !strings.Contains(err.Error(), p+":3: "+tc.words) {
				t.Errorf("LoadAccessFor: %v\nwant %s:3: %s", err, p, tc.words)
			}
			_, _, err = ParseAccessFor(strings.NewReader("SOURCE ANY\nKEY testtest\n"+tc.line+"\n"), filepath.Join(dir, "x.conf"), tc.srv)
			if err == nil || !strings.Contains(err.Error(), tc.words) {
				t.Errorf("ParseAccessFor: %v\nwant %s", err, tc.words)
			}
		})
	}
	// With a NAT mode on, a valid FORCE_NAT loads.
	p := writeFile(t, t.TempDir(), "access.conf", "SOURCE ANY\nKEY testtest\nFORCE_NAT 198.51.100.2 22\n", 0o600)
	if _, _, err := LoadAccessFor(p, fwd); err != nil {
		t.Errorf("forwarding on: %v", err)
	}
}

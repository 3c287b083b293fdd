package config

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestForceNATNeedsForwardingFirst: read for a daemon whose fwknopd.conf
// enables neither ENABLE_IPT_FORWARDING nor ENABLE_IPT_LOCAL_NAT, FORCE_NAT
// and FORCE_SNAT are refused at their own line for that, before their value
// is looked at, as the stock parser does ("FORCE_SNAT requires either
// ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"). With
// forwarding on, the value is checked; read without a fwknopd.conf, the
// value is checked and Validate judges the rest later.
func TestForceNATNeedsForwardingFirst(t *testing.T) {
	off, fwd, local := &Server{}, &Server{EnableIPTForwarding: true}, &Server{EnableIPTLocalNAT: true}
	tests := []struct {
		name, line string
		srv        *Server
		sentinel   error
		words      string
	}{
		{"snat bad value, forwarding off", "FORCE_SNAT a", off, ErrConflict, "FORCE_SNAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"},
		{"nat bad value, forwarding off", "FORCE_NAT Y", off, ErrConflict, "FORCE_NAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"},
		{"nat good value, forwarding off", "FORCE_NAT 198.51.100.1 22", off, ErrConflict, "FORCE_NAT requires either"},
		{"snat bad value, forwarding on", "FORCE_SNAT a", fwd, ErrValue, "invalid FORCE_SNAT IP"},
		{"nat bad value, local nat on", "FORCE_NAT a a", local, ErrValue, "invalid FORCE_NAT arg"},
		{"snat bad value, no fwknopd.conf", "FORCE_SNAT a", nil, ErrValue, "invalid FORCE_SNAT IP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "SOURCE any\nKEY testtest\n" + tc.line + "\n"
			_, _, err := ParseAccessFor(strings.NewReader(text), "access.conf", tc.srv)
			assertErr(t, err, "access.conf", 3, tc.sentinel)
			if err != nil && !strings.Contains(err.Error(), tc.words) {
				t.Errorf("error %q, want %q", err, tc.words)
			}
		})
	}

	// LoadAccessFor checks the same in a file (and its includes).
	dir := t.TempDir()
	inc := writeFile(t, dir, "nat.conf", "SOURCE any\nKEY testtest\nFORCE_SNAT a\n", 0o600)
	root := writeFile(t, dir, "access.conf", "%include "+inc+"\n", 0o600)
	_, _, err := LoadAccessFor(root, off)
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), filepath.Join(dir, "nat.conf")+":3: FORCE_SNAT requires either") {
		t.Errorf("LoadAccessFor: %v", err)
	}
	if _, _, err := LoadAccessFor(root, fwd); !errors.Is(err, ErrValue) {
		t.Errorf("LoadAccessFor with forwarding: %v, want the value refused", err)
	}
}

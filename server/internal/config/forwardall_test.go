package config

import (
	"strings"
	"testing"
)

// TestForwardAllRefused: FORWARD_ALL Y, which Sesame's firewall cannot
// honour, is refused at its line with the way to do it instead; N loads.
func TestForwardAllRefused(t *testing.T) {
	_, _, err := parseAcc("SOURCE ANY\nKEY testtest\nFORWARD_ALL Y\n")
	assertErr(t, err, "access.conf", 3, ErrUnsupported)
	if err != nil && !strings.Contains(err.Error(), "FORCE_NAT") {
		t.Errorf("error %q does not say what to use instead", err)
	}
	if a, _ := mustParseAcc(t, "SOURCE ANY\nKEY testtest\nFORWARD_ALL N\n"); a.Stanzas[0].ForwardAll {
		t.Error("FORWARD_ALL N read as Y")
	}
}

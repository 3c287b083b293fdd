package main

import (
	"strings"
	"testing"
)

// TestNoFirewdCheckSupport: the stock's --no-firewd-check-support (on the
// NAT command lines of fwknop's suite, with --no-ipt-check-support) is
// accepted.
func TestNoFirewdCheckSupport(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	args = append(args, "--no-ipt-check-support", "--no-firewd-check-support", "--exit-parse-config")
	if r := fwknopd(t, args...); r.code != 0 || r.stdout != "Configs parsed, exiting.\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestForceNATNeedsMode: FORCE_NAT with neither ENABLE_IPT_FORWARDING nor
// ENABLE_IPT_LOCAL_NAT is refused in the stock's words whatever its value
// (fwknop's suite: "FORCE_NAT -> need forwarding mode").
func TestForceNATNeedsMode(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\nENABLE_IPT_FORWARDING N;\nENABLE_IPT_LOCAL_NAT N;\n", goodAccess+"FORCE_NAT Y\n")
	r := fwknopd(t, append(args, "--exit-parse-config")...)
	if r.code == 0 || !strings.Contains(r.stderr, "access.conf:5: FORCE_NAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

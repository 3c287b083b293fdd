package main

import (
	"os/exec"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// TestNATNoIPTCheckNamespace: with --no-ipt-check-support a running
// fwknopd (-v -v) asks whether a NAT grant's rules are already there from
// the chains' listing, never with `iptables -C`, and says so in the stock's
// words (fwknop's suite: "NAT ... --no-ipt-check dupe").
func TestNATNoIPTCheckNamespace(t *testing.T) {
	netnstest.RequireRoot(t)
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	server, client := netnstest.Pair(t)
	_, args := confDir(t, "FIREWALL_BACKEND iptables;\nENABLE_IPT_FORWARDING Y;\n",
		"SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 30\n")
	d := startDaemon(t, server, append([]string{"-v", "--no-ipt-check-support", "--no-firewd-check-support"}, args...))
	knockWith(t, client, t.TempDir(), "fwknop", "-A", "tcp/2245", "-a", netnstest.ClientAddr4.String(),
		"-D", server4.String(), "-N", "198.51.100.50:22", "--use-hmac",
		"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC)
	wantDecision(t, d.waitDecision(t, "tcp/2245"), "accept", "")
	d.waitLog(t, "rule_exists_no_chk_support() tcp 2245 -> "+netnstest.ClientAddr4.String()+" expires: ")
	d.waitLog(t, "rule does not exist")
}

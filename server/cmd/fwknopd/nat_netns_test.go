package main

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// TestNATStockClientNamespace: the stock fwknop client asks a running
// fwknopd (-v -v, iptables, forwarding with SNAT_TRANSLATE_IP) for NAT
// access with -N; the daemon makes the stock's DNAT, FORWARD and SNAT
// rules and logs, as the stock daemon's debug output does, the commands and
// the DNAT chain's listing with the target as "*/ to:ADDR:PORT", which
// fwknop's test suite and log readers look for.
func TestNATStockClientNamespace(t *testing.T) {
	netnstest.RequireRoot(t)
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	server, client := netnstest.Pair(t)
	_, args := confDir(t, "FIREWALL_BACKEND iptables;\nENABLE_IPT_FORWARDING Y;\nENABLE_IPT_SNAT Y;\nSNAT_TRANSLATE_IP 203.0.113.33;\n",
		"SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 30\n")
	d := startDaemon(t, server, append([]string{"-v"}, args...)) // -v -v with startDaemon's
	knockWith(t, client, t.TempDir(), "fwknop", "-A", "tcp/2244", "-a", netnstest.ClientAddr4.String(),
		"-D", server4.String(), "-N", "198.51.100.50:22", "--use-hmac",
		"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC)
	wantDecision(t, d.waitDecision(t, "tcp/2244"), "accept", "")

	src := netnstest.ClientAddr4.String()
	for table, want := range map[string]string{
		"nat":    "-A FWKNOP_PREROUTING -s " + src + "/32 -p tcp -m tcp --dport 2244 -m comment --comment _exp_",
		"filter": "-A FWKNOP_FORWARD -s " + src + "/32 -p tcp -m tcp --dport 22 -m comment --comment _exp_",
	} {
		if got := server.Run(t, "iptables", "-t", table, "-S"); !strings.Contains(got, want) {
			t.Errorf("iptables -t %s -S has no %q:\n%s", table, want, got)
		}
	}
	if got := server.Run(t, "iptables", "-t", "nat", "-S", "FWKNOP_POSTROUTING"); !strings.Contains(got, "-d 198.51.100.50/32 -p tcp -m tcp --dport 22") ||
		!strings.Contains(got, "-j SNAT --to-source 203.0.113.33") {
		t.Errorf("no SNAT rule:\n%s", got)
	}
	d.waitLog(t, "RULES LIST:")
	log := d.logText()
	for _, want := range []string{
		"firewall: CMD: '",
		fmt.Sprintf("-A FWKNOP_PREROUTING -p 6 -s %s -d 0.0.0.0/0 --dport 2244 ", src),
		"-j DNAT --to-destination 198.51.100.50:22'",
		"*/ to:198.51.100.50:22",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("-v -v log has no %q:\n%s", want, log)
		}
	}
}

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// legacyExe is Debian's iptables-legacy (package iptables), the program an
// administrator names in FIREWALL_EXE when the host's policy lives in the
// legacy tables while "iptables" is iptables-nft.
const legacyExe = "/usr/sbin/iptables-legacy"

// TestFirewallExeLegacy: with FIREWALL_EXE iptables-legacy and a DROP
// policy in the legacy tables, a knock's grant lands in the legacy tables
// (not in iptables-nft's) and the port really opens.
func TestFirewallExeLegacy(t *testing.T) {
	server, client := netnstest.Pair(t)
	if _, err := os.Stat(legacyExe); err != nil {
		t.Skipf("%s is not installed (Debian: apt-get install iptables)", legacyExe)
	}
	server.ServeTCP(t, fmt.Sprintf("198.51.100.1:%d", tcpPort))
	server.Run(t, legacyExe, "-P", "INPUT", "DROP")
	_, args := confDir(t, "PCAP_INTF lo;\nFIREWALL_EXE "+legacyExe+";\n", goodAccess)

	dump := runIn(t, server, fwknopdBin, append(args, "-D")...)
	if !strings.Contains(dump, "iptables programs in use: "+legacyExe+" (legacy), /usr/sbin/ip6tables-legacy (legacy)") {
		t.Errorf("-D does not say which iptables programs run:\n%s", dump)
	}

	d := startDaemon(t, server, args)
	if canConnect(t, client) {
		t.Fatal("port open before any knock: the legacy DROP policy is not in force")
	}
	access := fmt.Sprintf("tcp/%d", tcpPort)
	sendUDP(t, client, knockPacket(t, testKey, testHMAC, access, time.Now(), 0))
	wantDecision(t, d.waitDecision(t, access), "accept", "")

	if got := runIn(t, server, legacyExe, "-S", "FWKNOP_INPUT"); !strings.Contains(got, fmt.Sprintf("--dport %d ", tcpPort)) {
		t.Errorf("no grant in the legacy tables:\n%s", got)
	}
	if got := runIn(t, server, "/usr/sbin/ip6tables-legacy", "-S", "FWKNOP_INPUT"); !strings.Contains(got, "-N FWKNOP_INPUT") {
		t.Errorf("no FWKNOP_INPUT chain in the legacy IPv6 tables:\n%s", got)
	}
	if got := runIn(t, server, "iptables-nft", "-S"); strings.Contains(got, "FWKNOP") {
		t.Errorf("the grant went to iptables-nft's tables:\n%s", got)
	}
	if !canConnect(t, client) {
		t.Fatal("port closed after an accepted knock")
	}
}

// runIn runs a program in ns and returns its output, or the error text.
func runIn(t *testing.T, ns *netnstest.NS, name string, arg ...string) string {
	t.Helper()
	out, err := ns.Command(name, arg...).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("%s %s: %v\n%s", name, strings.Join(arg, " "), err, out)
	}
	return string(out)
}

// An unusable FIREWALL_EXE stops every action that loads the configuration
// (here --exit-parse-config and -D), naming the file and line.
func TestFirewallExeRefused(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\nFIREWALL_EXE /bin/sh;\n", goodAccess)
	for _, action := range []string{"--exit-parse-config", "-D"} {
		r := fwknopd(t, append(args, action)...)
		if r.code == 0 || !strings.Contains(r.stderr, "fwknopd.conf:2: FIREWALL_EXE") || !strings.Contains(r.stderr, "not an iptables program") {
			t.Errorf("%s: exit %d, stderr %q; want a refusal at fwknopd.conf:2", action, r.code, r.stderr)
		}
	}
}

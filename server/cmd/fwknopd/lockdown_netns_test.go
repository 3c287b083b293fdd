package main

import (
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// stockRuleset is Debian's /etc/nftables.conf as shipped: policy accept,
// so that only the lockdown drops.
const stockRuleset = `flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter;
	}
	chain forward {
		type filter hook forward priority filter;
	}
	chain output {
		type filter hook output priority filter;
	}
}
`

// connectWithin tries a TCP connection to the server's tcpPort from the
// client namespace; a dropped SYN fails after timeout.
func connectWithin(t *testing.T, client *netnstest.NS, timeout time.Duration) bool {
	t.Helper()
	return client.Do(func() error {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("198.51.100.1:%d", tcpPort), timeout)
		if err == nil {
			c.Close()
		}
		return err
	}) == nil
}

// TestLockdownNFTablesNamespace: under a native nftables ruleset (which
// selects the nftables backend by itself), --lockdown closes the port to
// new connections, a knock opens it, --fw-flush keeps it, and with
// --lockdown off the ruleset is as the administrator loaded it.
func TestLockdownNFTablesNamespace(t *testing.T) {
	server, client := netnstest.Pair(t)
	if _, err := exec.LookPath("nft"); err != nil {
		t.Skip("no nft command to load the administrator's ruleset (apt-get install nftables)")
	}
	rules := filepath.Join(t.TempDir(), "ruleset.nft")
	writeFile(t, rules, stockRuleset)
	server.Run(t, "nft", "-f", rules)
	server.ServeTCP(t, fmt.Sprintf(":%d", tcpPort))
	before := server.Run(t, "nft", "list", "ruleset")
	_, args := confDir(t, "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE N;\n",
		"SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 60\n")
	if !connectWithin(t, client, 5*time.Second) {
		t.Fatal("port closed before the lockdown")
	}

	access := fmt.Sprintf("tcp/%d", tcpPort)
	out := server.Run(t, fwknopdBin, append(slices.Clone(args), "--lockdown", access, "--yes")...)
	for _, want := range []string{"lockdown: firewall backend nftables (FIREWALL_BACKEND not set: ",
		"nft add rule inet filter input tcp dport 2222 tcp flags syn / fin,syn,rst,ack drop comment", "lockdown in place"} {
		if !strings.Contains(out, want) {
			t.Errorf("--lockdown output lacks %q:\n%s", want, out)
		}
	}
	if connectWithin(t, client, 500*time.Millisecond) {
		t.Fatal("port open after the lockdown")
	}

	d := startDaemon(t, server, args)
	if connectWithin(t, client, 500*time.Millisecond) {
		t.Fatal("port open with the daemon started, before a knock")
	}
	sendUDP(t, client, knockPacket(t, testKey, testHMAC, access, time.Now(), 0))
	wantDecision(t, d.waitDecision(t, access), "accept", "")
	if !connectWithin(t, client, 5*time.Second) {
		t.Fatalf("port closed after the knock:\n%s", server.Run(t, "nft", "list", "ruleset"))
	}
	d.signal(syscall.SIGTERM)
	<-d.done

	// A flush must not open a locked-down server; --lockdown off then
	// leaves the ruleset as the administrator loaded it.
	server.Run(t, fwknopdBin, append(slices.Clone(args), "--fw-flush")...)
	if connectWithin(t, client, 500*time.Millisecond) {
		t.Fatalf("port open after --fw-flush: it removed the lockdown\n%s", server.Run(t, "nft", "list", "ruleset"))
	}
	server.Run(t, fwknopdBin, append(slices.Clone(args), "--lockdown", "off", "--yes")...)
	if after := server.Run(t, "nft", "list", "ruleset"); after != before {
		t.Errorf("--fw-flush and --lockdown off did not leave the administrator's ruleset:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

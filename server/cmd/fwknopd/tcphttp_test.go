package main

import (
	"strings"
	"testing"
)

// TestDumpConfigNamesTCPServer: -D says whether the TCP server runs and how
// it hands packets over, in both capture modes.
func TestDumpConfigNamesTCPServer(t *testing.T) {
	for conf, want := range map[string]string{
		"":                       "Packet source: libpcap on lo",
		"ENABLE_TCP_SERVER Y;\n": "; TCP server on port 62201, accepting only (the capture judges the packet)",
		"ENABLE_TCP_SERVER Y;\nTCPSERV_PORT 8080;\nENABLE_UDP_SERVER Y;\n": "Packet source: UDP server on port 62201; TCP server on port 8080, reading the packet of each connection",
	} {
		_, args := confDir(t, "PCAP_INTF lo;\n"+conf, goodAccess)
		r := fwknopd(t, append(args, "-D")...)
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("%q: -D exit %d, lacks %q:\n%s%s", conf, r.code, want, r.stdout, r.stderr)
		}
	}
}

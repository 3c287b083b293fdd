package main

import (
	"strings"
	"syscall"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// TestStockCaptureLines: opening its capture, the daemon says what the
// stock says (pcap_capture.c), "Sniffing interface: IF" and "PCAP filter
// is: 'FILTER'" with the filter -P gave, which fwknop's suite greps ("-P
// bpf filter ignore packet"); the UDP server opens no capture and says
// neither.
func TestStockCaptureLines(t *testing.T) {
	netnstest.RequireRoot(t)
	server, _ := netnstest.Pair(t)
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	d := startDaemon(t, server, append(args, "-t", "-P", "udp port 12345"))
	log := d.logText()
	for _, want := range []string{"Sniffing interface: " + netnstest.Link + "\n", "PCAP filter is: 'udp port 12345'\n"} {
		if !strings.Contains(log+"\n", want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}

	d.signal(syscall.SIGTERM)
	<-d.done

	d = startDaemon(t, server, append(args, "-t", "--udp-server"))
	if log := d.logText(); strings.Contains(log, "PCAP filter") || strings.Contains(log, "Sniffing interface") {
		t.Errorf("the UDP server speaks of a capture:\n%s", log)
	}
}

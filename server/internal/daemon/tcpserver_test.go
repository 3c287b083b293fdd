package daemon

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/server/internal/config"
)

// TestWarnTCPFilter: beside libpcap, a PCAP_FILTER that hides TCP to
// TCPSERV_PORT is warned about; a filter that lets it through, the UDP
// server and a server without the TCP server are not.
func TestWarnTCPFilter(t *testing.T) {
	for _, c := range []struct {
		filter string
		udp    bool
		warn   bool
	}{
		{"udp port 62201", false, true},
		{"udp port 62201 or tcp port 62201", false, false},
		{"udp port 62201", true, false},
	} {
		srv := config.NewServer()
		srv.EnableTCPServer, srv.EnableUDPServer, srv.PCAPFilter = true, c.udp, c.filter
		human := newLines()
		warnTCPFilter(NewLogger(human, nil, 0), Options{}, srv)
		got := strings.Join(human.snapshot(), "\n")
		if strings.Contains(got, "lets no TCP to port 62201") != c.warn {
			t.Errorf("filter %q, UDP server %v: logged %q", c.filter, c.udp, got)
		}
	}
}

package daemon

import (
	"fmt"

	"github.com/sesame-spa/sesame/server/internal/config"
)

// stockCaptureLines are the stock daemon's lines as it opens its capture
// (pcap_capture.c): the pcap file or the interface, then the filter it
// set. fwknop's test suite greps "PCAP filter" after `-P`; the UDP server
// opens no capture and has neither.
func stockCaptureLines(opts Options, srv *config.Server) []string {
	var lines []string
	switch {
	case opts.PCAPFile != "":
		lines = append(lines, "Reading pcap file: "+opts.PCAPFile)
	case udpServerMode(opts, srv):
		return nil
	default:
		lines = append(lines, "Sniffing interface: "+srv.PCAPIntf)
	}
	if srv.PCAPFilter != "" {
		lines = append(lines, fmt.Sprintf("PCAP filter is: '%s'", srv.PCAPFilter))
	}
	return lines
}

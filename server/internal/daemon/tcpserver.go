package daemon

import (
	"fmt"
	"net/netip"
	"time"

	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/config"
)

// withTCPServer adds the TCP server (ENABLE_TCP_SERVER, TCPSERV_PORT) to
// a live packet source, as the stock daemon runs it beside its capture.
// With libpcap the server only accepts, so that a client's packet over TCP
// is sent and captured (PCAP_FILTER must let TCP to the port through, as
// with the stock); with the UDP server it reads the packet itself and
// delivers it. Connections that bring no packet are logged as rejects
// (tcp_busy, tcp_no_data, tcp_timeout). A pcap file has no server.
func withTCPServer(src capture.Source, opts Options, srv *config.Server, log *Logger) (capture.Source, error) {
	if !srv.EnableTCPServer || opts.PCAPFile != "" {
		return src, nil
	}
	tcp, err := capture.ListenTCP(netip.AddrPortFrom(netip.Addr{}, srv.TCPServPort))
	if err != nil {
		src.Close()
		return nil, err
	}
	tcp.Deliver = udpServerMode(opts, srv)
	warnTCPFilter(log, opts, srv)
	tcp.Reject = func(from netip.AddrPort, reason string) {
		log.Decision(Event{Time: time.Now(), Src: from.Addr(), Reason: reason})
	}
	return capture.Join(src, tcp), nil
}

func udpServerMode(opts Options, srv *config.Server) bool {
	return opts.UDPServer || srv.EnableUDPServer
}

// DescribeSource says where packets come from, for the start-up log and -D.
func DescribeSource(opts Options, srv *config.Server) string {
	s := describeSource(opts, srv)
	if !srv.EnableTCPServer || opts.PCAPFile != "" {
		return s
	}
	if udpServerMode(opts, srv) {
		return s + fmt.Sprintf("; TCP server on port %d, reading the packet of each connection", srv.TCPServPort)
	}
	return s + fmt.Sprintf("; TCP server on port %d, accepting only (the capture judges the packet)", srv.TCPServPort)
}

// warnTCPFilter warns when the TCP server runs beside libpcap with a
// PCAP_FILTER that hides TCP to its port: the stock daemon has the same
// trap and leaves the filter to the administrator (fwknopd.conf says so).
func warnTCPFilter(log *Logger, opts Options, srv *config.Server) {
	if !srv.EnableTCPServer || opts.PCAPFile != "" || udpServerMode(opts, srv) {
		return
	}
	if ok, err := capture.FilterPassesTCP(srv.PCAPFilter, srv.TCPServPort); err == nil && !ok {
		log.Warnf("ENABLE_TCP_SERVER Y, but PCAP_FILTER %q lets no TCP to port %d through: packets sent over TCP or HTTP are never judged (add \"or tcp port %d\")",
			srv.PCAPFilter, srv.TCPServPort, srv.TCPServPort)
	}
}

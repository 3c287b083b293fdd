//go:build !linux

package capture

import (
	"net"
	"net/netip"
)

// setUpUDP asks for a large receive buffer; elsewhere than Linux Dst is the
// bound address, so no control messages are read.
func setUpUDP(conn *net.UDPConn) ([]byte, error) {
	return nil, conn.SetReadBuffer(recvBuffer)
}

func pktinfoDst([]byte) (netip.Addr, bool) { return netip.Addr{}, false }

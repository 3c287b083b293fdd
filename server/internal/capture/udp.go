package capture

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"sync"
	"time"
)

// UDPServer receives SPA packets on a plain UDP socket (ENABLE_UDP_SERVER),
// with no libpcap and no privilege beyond binding the port. Bound to the
// unspecified address it is dual-stack: IPv4 and IPv6 on one socket.
//
// Each read takes at most MaxPayload bytes, as the stock daemon's recvfrom
// does: a longer datagram is cut to MaxPayload and delivered. Dst is the
// datagram's own destination address where the platform reports it (Linux:
// IP_PKTINFO / IPV6_PKTINFO), else the address the socket is bound to; its
// port is the bound port.
type UDPServer struct {
	conn  *net.UDPConn
	local netip.AddrPort
	buf   [MaxPayload]byte
	oob   []byte
	pkt   Packet
	close sync.Once
}

// recvBuffer is the socket receive buffer asked for, so that a burst of junk
// queues behind rather than pushes out a valid knock.
const recvBuffer = 4 << 20

// ListenUDP binds a UDP socket to addr (UDPSERV_PORT on the unspecified
// address, netip.AddrPortFrom(netip.Addr{}, port), for every address of
// both families).
func ListenUDP(addr netip.AddrPort) (*UDPServer, error) {
	conn, err := net.ListenUDP("udp", net.UDPAddrFromAddrPort(addr))
	if err != nil {
		return nil, fmt.Errorf("capture: %w", err)
	}
	oob, err := setUpUDP(conn)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("capture: udp %v: %w", addr, err)
	}
	local := conn.LocalAddr().(*net.UDPAddr).AddrPort()
	return &UDPServer{conn: conn, local: unmap(local), oob: oob}, nil
}

// Addr is the address the socket is bound to, with the port the kernel
// chose if addr's port was 0.
func (s *UDPServer) Addr() netip.AddrPort { return s.local }

// Run delivers datagrams to h until ctx is done (then it returns nil) or a
// read fails.
func (s *UDPServer) Run(ctx context.Context, h Handler) error {
	defer s.Close()
	// A deadline in the past wakes the blocked read at once.
	stop := context.AfterFunc(ctx, func() { s.conn.SetReadDeadline(time.Unix(1, 0)) })
	defer stop()
	for {
		n, oobn, _, src, err := s.conn.ReadMsgUDPAddrPort(s.buf[:], s.oob)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return fmt.Errorf("capture: udp %v: %w", s.local, err)
		}
		if n == 0 {
			continue
		}
		s.pkt = Packet{
			Payload: s.buf[:n],
			Src:     unmap(src),
			Dst:     netip.AddrPortFrom(s.dst(s.oob[:oobn]), s.local.Port()),
			Proto:   ProtoUDP,
			Time:    time.Now(),
		}
		h(&s.pkt)
	}
}

// dst is the destination address from a datagram's control messages, or
// the bound address.
func (s *UDPServer) dst(oob []byte) netip.Addr {
	if a, ok := pktinfoDst(oob); ok {
		return a.Unmap()
	}
	return s.local.Addr()
}

// Close closes the socket.
func (s *UDPServer) Close() error {
	var err error
	s.close.Do(func() { err = s.conn.Close() })
	return err
}

// unmap turns an IPv4-mapped IPv6 address, as a dual-stack socket reports
// IPv4 peers, into a plain IPv4 one.
func unmap(ap netip.AddrPort) netip.AddrPort {
	return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
}

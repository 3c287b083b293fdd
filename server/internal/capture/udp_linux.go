package capture

import (
	"net"
	"net/netip"

	"golang.org/x/sys/unix"
)

// setUpUDP asks for each datagram's destination address and a large receive
// buffer. SO_RCVBUFFORCE (CAP_NET_ADMIN, which the daemon holds) may pass
// net.core.rmem_max; without the capability the kernel's cap applies. It
// returns the control-message buffer reads need.
func setUpUDP(conn *net.UDPConn) ([]byte, error) {
	rc, err := conn.SyscallConn()
	if err != nil {
		return nil, err
	}
	var opErr error
	err = rc.Control(func(fd uintptr) {
		s := int(fd)
		if unix.SetsockoptInt(s, unix.SOL_SOCKET, unix.SO_RCVBUFFORCE, recvBuffer) != nil {
			opErr = unix.SetsockoptInt(s, unix.SOL_SOCKET, unix.SO_RCVBUF, recvBuffer)
			if opErr != nil {
				return
			}
		}
		var domain int
		if domain, opErr = unix.GetsockoptInt(s, unix.SOL_SOCKET, unix.SO_DOMAIN); opErr != nil {
			return
		}
		if domain == unix.AF_INET6 {
			// Also reports IPv4 datagrams on a dual-stack socket, as
			// IPv4-mapped addresses.
			opErr = unix.SetsockoptInt(s, unix.IPPROTO_IPV6, unix.IPV6_RECVPKTINFO, 1)
		} else {
			opErr = unix.SetsockoptInt(s, unix.IPPROTO_IP, unix.IP_PKTINFO, 1)
		}
	})
	if err == nil {
		err = opErr
	}
	return make([]byte, unix.CmsgSpace(unix.SizeofInet6Pktinfo)+unix.CmsgSpace(unix.SizeofInet4Pktinfo)), err
}

// pktinfoDst finds the destination address in IP_PKTINFO or IPV6_PKTINFO.
func pktinfoDst(oob []byte) (netip.Addr, bool) {
	for len(oob) > 0 {
		hdr, data, rest, err := unix.ParseOneSocketControlMessage(oob)
		if err != nil {
			return netip.Addr{}, false
		}
		switch {
		case hdr.Level == unix.IPPROTO_IPV6 && hdr.Type == unix.IPV6_PKTINFO && len(data) >= unix.SizeofInet6Pktinfo:
			return netip.AddrFrom16([16]byte(data[:16])), true // in6_pktinfo starts with the address
		case hdr.Level == unix.IPPROTO_IP && hdr.Type == unix.IP_PKTINFO && len(data) >= unix.SizeofInet4Pktinfo:
			return netip.AddrFrom4([4]byte(data[8:12])), true // ipi_addr, the header's destination
		}
		oob = rest
	}
	return netip.Addr{}, false
}

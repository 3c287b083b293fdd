package client

import (
	"errors"
	"fmt"
	"net"
	"net/netip"

	"golang.org/x/sys/unix"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// rawSocket is an IPv4 raw socket with IP_HDRINCL (implied by IPPROTO_RAW):
// what is written goes out with the headers as built.
type rawSocket struct {
	fd        int
	transport knock.Transport
}

// openRaw opens the raw socket before anything else is done, so a missing
// CAP_NET_RAW is said at once, as bad input (exit 2), not after a key
// prompt.
func openRaw(t knock.Transport) (*rawSocket, error) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.IPPROTO_RAW)
	if errors.Is(err, unix.EPERM) || errors.Is(err, unix.EACCES) {
		return nil, fmt.Errorf("%w: -P %s needs CAP_NET_RAW to open a raw socket (run as root, or give sesame the capability: setcap cap_net_raw+ep); use -P udp otherwise", knock.ErrInvalid, t)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: -P %s: raw socket: %v", knock.ErrSend, t, err)
	}
	return &rawSocket{fd: fd, transport: t}, nil
}

// routeSource is the address the kernel would send from to reach dst. The
// TCP and UDP checksums cover the source address, so it is written into
// the header rather than left for the kernel to fill in. Connecting a UDP
// socket sends nothing.
func routeSource(dst netip.AddrPort) (netip.Addr, error) {
	c, err := net.DialUDP("udp4", nil, net.UDPAddrFromAddrPort(dst))
	if err != nil {
		return netip.Addr{}, fmt.Errorf("%w: no route to %s: %v", knock.ErrSend, dst.Addr(), err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).AddrPort().Addr().Unmap(), nil
}

// send writes one built packet to dst.
func (s *rawSocket) send(pkt []byte, dst netip.Addr) error {
	if err := unix.Sendto(s.fd, pkt, 0, &unix.SockaddrInet4{Addr: dst.As4()}); err != nil {
		return fmt.Errorf("%w: -P %s: %v", knock.ErrSend, s.transport, err)
	}
	return nil
}

func (s *rawSocket) Close() error { return unix.Close(s.fd) }

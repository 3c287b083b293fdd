package capture

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"sync"
	"syscall"
	"time"
)

// TCPServer is the stock ENABLE_TCP_SERVER: it listens on TCPSERV_PORT and
// accepts connections, so that a client sending its packet over TCP
// (fwknop -P tcp or -P http) completes the handshake and sends it. It never
// writes a byte back. Bound to the unspecified address it serves IPv4 and
// IPv6 on one socket (the stock server is IPv4 only).
//
// Each connection is read for one packet: until the peer closes, the
// packet limit (MaxPayload+1 bytes, so that a longer stream is judged too
// long) or ReadTimeout, whichever comes first, and then closed. What was
// read is delivered (Deliver, the UDP-server mode, where nothing else sees
// the packet) or dropped (libpcap mode, where the capture sees the
// segments and the packet is judged from them, as the stock does).
//
// At most MaxConns connections are open at once; one more is closed with a
// reset as soon as it is accepted. A connection that brings no packet is
// reported to Reject with a ReasonTCP* code.
//
// Unlike the other sources, the handler is called from one goroutine per
// connection, but never by two at once.
type TCPServer struct {
	// Deliver makes Run hand each connection's data to its Handler.
	Deliver bool
	// ReadTimeout bounds how long one connection is read; 0: TCPReadTimeout.
	ReadTimeout time.Duration
	// MaxConns bounds the connections open at once; 0: MaxTCPConns.
	MaxConns int
	// Reject, if not nil, is told of each connection that brought no
	// packet. It is called from several goroutines at once.
	Reject func(src netip.AddrPort, reason string)

	ln    *net.TCPListener
	local netip.AddrPort
	mu    sync.Mutex // serialises the Handler
	close sync.Once
}

// Defaults of TCPServer's limits. The stock server closes each connection
// after a second and serves one at a time.
const (
	TCPReadTimeout = time.Second
	MaxTCPConns    = 64
)

// Reasons a TCP connection brought no packet.
const (
	// ReasonTCPBusy: MaxConns connections were already open; this one was
	// reset unread.
	ReasonTCPBusy = "tcp_busy"
	// ReasonTCPNoData: the peer closed or reset the connection before
	// sending a byte.
	ReasonTCPNoData = "tcp_no_data"
	// ReasonTCPTimeout: nothing came within the read timeout.
	ReasonTCPTimeout = "tcp_timeout"
)

// ListenTCP binds the TCP server to addr (TCPSERV_PORT on the unspecified
// address for both families).
func ListenTCP(addr netip.AddrPort) (*TCPServer, error) {
	ln, err := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(addr))
	if err != nil {
		return nil, fmt.Errorf("capture: tcp server: %w", err)
	}
	local := ln.Addr().(*net.TCPAddr).AddrPort()
	return &TCPServer{ln: ln, local: unmap(local)}, nil
}

// Addr is the address the server listens on, with the port the kernel
// chose if addr's port was 0.
func (s *TCPServer) Addr() netip.AddrPort { return s.local }

// Run accepts connections until ctx is done (then it returns nil, once
// every connection is closed) or accepting fails.
func (s *TCPServer) Run(ctx context.Context, h Handler) error {
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Close() })
	defer stop()
	slots := make(chan struct{}, orDefault(s.MaxConns, MaxTCPConns))
	var conns sync.WaitGroup
	defer conns.Wait()
	for {
		conn, err := s.ln.AcceptTCP()
		if ctx.Err() != nil {
			if conn != nil {
				conn.Close()
			}
			return nil
		}
		if err != nil {
			if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
				time.Sleep(50 * time.Millisecond) // out of descriptors: let connections end
				continue
			}
			return fmt.Errorf("capture: tcp server %v: %w", s.local, err)
		}
		select {
		case slots <- struct{}{}:
			conns.Go(func() {
				p := s.serve(ctx, conn)
				<-slots // the connection is closed: its slot is free before the packet is judged
				if p != nil {
					s.deliver(ctx, p, h)
				}
			})
		default:
			conn.SetLinger(0)
			conn.Close()
			s.reject(conn, ReasonTCPBusy)
		}
	}
}

// serve reads one packet from conn, closes conn, and returns the packet to
// deliver, or reports why there was none and returns nil.
func (s *TCPServer) serve(ctx context.Context, conn *net.TCPConn) *Packet {
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.SetReadDeadline(time.Unix(1, 0)) })
	defer stop()
	conn.SetReadDeadline(time.Now().Add(orDefault(s.ReadTimeout, TCPReadTimeout)))
	buf := make([]byte, MaxPayload+1)
	n, err := readPacket(conn, buf)
	switch {
	case ctx.Err() != nil:
	case n == 0 && isTimeout(err):
		s.reject(conn, ReasonTCPTimeout)
	case n == 0:
		s.reject(conn, ReasonTCPNoData)
	case s.Deliver:
		return &Packet{Payload: buf[:n], Src: addrOf(conn.RemoteAddr()), Dst: addrOf(conn.LocalAddr()),
			Proto: ProtoTCP, Time: time.Now()}
	}
	return nil
}

// readPacket reads into buf until it is full or a read fails (EOF, the
// deadline): one packet per connection.
func readPacket(conn net.Conn, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := conn.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (s *TCPServer) deliver(ctx context.Context, p *Packet, h Handler) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ctx.Err() == nil {
		h(p)
	}
}

func (s *TCPServer) reject(conn *net.TCPConn, reason string) {
	if s.Reject != nil {
		s.Reject(addrOf(conn.RemoteAddr()), reason)
	}
}

// Close closes the listening socket.
func (s *TCPServer) Close() error {
	var err error
	s.close.Do(func() { err = s.ln.Close() })
	return err
}

func addrOf(a net.Addr) netip.AddrPort {
	if t, ok := a.(*net.TCPAddr); ok {
		return unmap(t.AddrPort())
	}
	return netip.AddrPort{}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// orDefault is v, or def when v is not positive.
func orDefault[T int | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

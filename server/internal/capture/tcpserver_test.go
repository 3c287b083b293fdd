package capture

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/netip"
	"sync"
	"testing"
	"time"
)

type rejected struct {
	src    netip.AddrPort
	reason string
}

// tcpRun listens on the unspecified address (both families), runs the
// server and returns what it delivers and rejects, and a stop function
// returning Run's error.
func tcpRun(t *testing.T, deliver bool, edit func(*TCPServer)) (*TCPServer, <-chan got, <-chan rejected, func() error) {
	t.Helper()
	s, err := ListenTCP(netip.AddrPortFrom(netip.Addr{}, 0))
	if err != nil {
		t.Fatal(err)
	}
	rejects := make(chan rejected, 64)
	s.Deliver, s.ReadTimeout = deliver, 300*time.Millisecond
	s.Reject = func(src netip.AddrPort, reason string) { rejects <- rejected{src, reason} }
	if edit != nil {
		edit(s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pkts := make(chan got, 64)
	done := make(chan error, 1)
	go func() {
		done <- s.Run(ctx, func(p *Packet) { pkts <- got{string(p.Payload), p.Src, p.Dst, p.Proto, p.Time} })
	}()
	stop := sync.OnceValue(func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
			return nil
		}
	})
	t.Cleanup(func() { stop() })
	return s, pkts, rejects, stop
}

func dialTCP(t *testing.T, host netip.Addr, s *TCPServer) *net.TCPConn {
	t.Helper()
	c, err := net.DialTCP("tcp", nil, net.TCPAddrFromAddrPort(netip.AddrPortFrom(host, s.Addr().Port())))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func localOf(c *net.TCPConn) netip.AddrPort { return unmap(c.LocalAddr().(*net.TCPAddr).AddrPort()) }

func waitReject(t *testing.T, rejects <-chan rejected) rejected {
	t.Helper()
	select {
	case r := <-rejects:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("nothing rejected")
		return rejected{}
	}
}

// readsNothing checks that the server wrote nothing back before closing.
func readsNothing(t *testing.T, c net.Conn) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := io.Copy(io.Discard, c)
	if n != 0 || isTimeout(err) {
		t.Errorf("server answered %d bytes, or never closed: %v", n, err)
	}
}

func TestTCPServerDelivers(t *testing.T) {
	s, pkts, _, _ := tcpRun(t, true, nil)
	for _, host := range []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()} {
		c := dialTCP(t, host, s)
		payload := bytes.Repeat([]byte("A"), 200)
		c.Write(payload)
		c.CloseWrite()
		p := receive(t, pkts)
		want := got{Payload: string(payload), Src: localOf(c), Dst: netip.AddrPortFrom(host, s.Addr().Port()), Proto: ProtoTCP}
		if p.Payload != want.Payload || p.Src != want.Src || p.Dst != want.Dst || p.Proto != ProtoTCP || time.Since(p.Time) > 5*time.Second {
			t.Errorf("%v: got %+v, want %+v", host, p, want)
		}
		readsNothing(t, c)
	}
}

// TestTCPServerOnePacketPerConnection: the data of a connection that stays
// open is delivered at the read timeout; a stream longer than a packet is
// cut at MaxPayload+1 bytes (judged too long), and the rest is not read.
func TestTCPServerOnePacketPerConnection(t *testing.T) {
	s, pkts, _, _ := tcpRun(t, true, nil)
	c := dialTCP(t, netip.MustParseAddr("127.0.0.1"), s)
	start := time.Now()
	c.Write([]byte("partial"))
	if p := receive(t, pkts); p.Payload != "partial" || time.Since(start) < 250*time.Millisecond {
		t.Errorf("got %q after %s", p.Payload, time.Since(start))
	}
	readsNothing(t, c)

	c = dialTCP(t, netip.MustParseAddr("127.0.0.1"), s)
	go c.Write(bytes.Repeat([]byte("B"), 3*MaxPayload))
	if p := receive(t, pkts); len(p.Payload) != MaxPayload+1 {
		t.Errorf("long stream delivered as %d bytes", len(p.Payload))
	}
	select {
	case p := <-pkts:
		t.Errorf("a second packet from one connection: %d bytes", len(p.Payload))
	case <-time.After(500 * time.Millisecond):
	}
}

func TestTCPServerRejects(t *testing.T) {
	s, pkts, rejects, _ := tcpRun(t, true, nil)
	c := dialTCP(t, netip.MustParseAddr("127.0.0.1"), s)
	c.Close()
	if r := waitReject(t, rejects); r.reason != ReasonTCPNoData || r.src != localOf(c) {
		t.Errorf("closed at once: %+v", r)
	}
	c = dialTCP(t, netip.IPv6Loopback(), s)
	if r := waitReject(t, rejects); r.reason != ReasonTCPTimeout || r.src != localOf(c) {
		t.Errorf("silent connection: %+v", r)
	}
	readsNothing(t, c)
	if len(pkts) != 0 {
		t.Errorf("%d packets delivered", len(pkts))
	}
}

// TestTCPServerBusy: beyond MaxConns open connections, the next is reset
// unread, and a connection is served again once one ends.
func TestTCPServerBusy(t *testing.T) {
	s, pkts, rejects, _ := tcpRun(t, true, func(s *TCPServer) { s.MaxConns, s.ReadTimeout = 2, 2*time.Second })
	lo := netip.MustParseAddr("127.0.0.1")
	held := []*net.TCPConn{dialTCP(t, lo, s), dialTCP(t, lo, s)}
	time.Sleep(100 * time.Millisecond) // both accepted
	// The reset may come before the dial returns: then the dial fails.
	c, err := net.DialTCP("tcp", nil, net.TCPAddrFromAddrPort(netip.AddrPortFrom(lo, s.Addr().Port())))
	r := waitReject(t, rejects)
	if r.reason != ReasonTCPBusy || err == nil && r.src != localOf(c) {
		t.Errorf("third connection: %+v", r)
	}
	if err == nil {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) && !isReset(err) {
			t.Errorf("busy connection: read %v", err)
		}
		c.Close()
	}
	held[0].Write([]byte("knock"))
	held[0].CloseWrite()
	if p := receive(t, pkts); p.Payload != "knock" {
		t.Errorf("got %q", p.Payload)
	}
	c = dialTCP(t, lo, s)
	c.Write([]byte("again"))
	c.CloseWrite()
	if p := receive(t, pkts); p.Payload != "again" {
		t.Errorf("after a slot freed: got %q", p.Payload)
	}
}

func isReset(err error) bool {
	var op *net.OpError
	return errors.As(err, &op)
}

// TestTCPServerSink: in libpcap mode the data is read and dropped (the
// capture judges it); a connection without data is still reported.
func TestTCPServerSink(t *testing.T) {
	s, pkts, rejects, _ := tcpRun(t, false, nil)
	c := dialTCP(t, netip.MustParseAddr("127.0.0.1"), s)
	c.Write([]byte("seen by libpcap"))
	c.CloseWrite()
	readsNothing(t, c)
	dialTCP(t, netip.MustParseAddr("127.0.0.1"), s).Close()
	if r := waitReject(t, rejects); r.reason != ReasonTCPNoData {
		t.Errorf("empty connection: %+v", r)
	}
	if len(pkts) != 0 || len(rejects) != 0 {
		t.Errorf("sink delivered %d packets, %d more rejects", len(pkts), len(rejects))
	}
}

// TestTCPServerStopsWithOpenConnections: a cancel ends Run at once, with
// connections open and silent, and frees the port.
func TestTCPServerStopsWithOpenConnections(t *testing.T) {
	s, _, _, stop := tcpRun(t, true, func(s *TCPServer) { s.ReadTimeout = time.Minute })
	for range 5 {
		dialTCP(t, netip.MustParseAddr("127.0.0.1"), s)
	}
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Run took %s to stop", d)
	}
	ln, err := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.AddrPortFrom(netip.Addr{}, s.Addr().Port())))
	if err != nil {
		t.Fatalf("port still held: %v", err)
	}
	ln.Close()
}

// TestJoin: two sources feed one handler, never at once; when one ends,
// the other is stopped and both errors are returned.
func TestJoin(t *testing.T) {
	tcp, err := ListenTCP(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), 0))
	if err != nil {
		t.Fatal(err)
	}
	tcp.Deliver = true
	udp, err := ListenUDP(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), 0))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var n int // unguarded: the race detector checks the handler is serialised
	done := make(chan error, 1)
	go func() {
		done <- Join(udp, tcp).Run(ctx, func(p *Packet) {
			n++
			if n == 40 {
				cancel()
			}
		})
	}()
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			c, err := net.DialTCP("tcp", nil, net.TCPAddrFromAddrPort(tcp.Addr()))
			if err == nil {
				c.Write([]byte("tcp"))
				c.Close()
			}
		})
		wg.Go(func() {
			c, err := net.DialUDP("udp", nil, net.UDPAddrFromAddrPort(udp.Addr()))
			if err == nil {
				c.Write([]byte("udp"))
				c.Close()
			}
		})
	}
	wg.Wait()
	go func() { time.Sleep(3 * time.Second); cancel() }() // if a UDP datagram was lost
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Join did not stop")
	}
	if n < 30 || n > 40 {
		t.Errorf("%d packets handled", n)
	}
}

func TestJoinEndsWithFirstSource(t *testing.T) {
	tcp, err := ListenTCP(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), 0))
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	done := make(chan error, 1)
	go func() { done <- Join(failing{boom}, tcp).Run(context.Background(), func(*Packet) {}) }()
	select {
	case err := <-done:
		if !errors.Is(err, boom) {
			t.Fatalf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Join kept running after a source failed")
	}
}

type failing struct{ err error }

func (f failing) Run(context.Context, Handler) error { return f.err }
func (f failing) Close() error                       { return nil }

package capture

import (
	"bytes"
	"context"
	"net"
	"net/netip"
	"runtime"
	"sync"
	"testing"
	"time"
)

// udpRun starts s.Run and returns the packets it delivers and a stop
// function that cancels it and returns Run's error.
func udpRun(t *testing.T, s *UDPServer) (<-chan got, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pkts := make(chan got, 16)
	done := make(chan error, 1)
	go func() {
		done <- s.Run(ctx, func(p *Packet) {
			pkts <- got{string(p.Payload), p.Src, p.Dst, p.Proto, p.Time}
		})
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
	return pkts, stop
}

func send(t *testing.T, to netip.AddrPort, payload []byte) netip.AddrPort {
	t.Helper()
	c, err := net.DialUDP("udp", nil, net.UDPAddrFromAddrPort(to))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write(payload); err != nil {
		t.Fatal(err)
	}
	return c.LocalAddr().(*net.UDPAddr).AddrPort()
}

func receive(t *testing.T, pkts <-chan got) got {
	t.Helper()
	select {
	case p := <-pkts:
		return p
	case <-time.After(5 * time.Second):
		t.Fatal("no packet delivered")
		return got{}
	}
}

func listen(t *testing.T, addr string) *UDPServer {
	t.Helper()
	s, err := ListenUDP(netip.MustParseAddrPort(addr))
	if err != nil {
		t.Skipf("cannot bind %s: %v", addr, err)
	}
	return s
}

func TestUDPServer(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run(addr, func(t *testing.T) {
			s := listen(t, addr)
			pkts, stop := udpRun(t, s)
			before := time.Now()
			from := send(t, s.Addr(), knock)
			p := receive(t, pkts)
			if p.Payload != string(knock) || p.Src != from || p.Dst != s.Addr() || p.Proto != ProtoUDP {
				t.Fatalf("got %v→%v proto %d %q, want %v→%v", p.Src, p.Dst, p.Proto, p.Payload, from, s.Addr())
			}
			if p.Time.Before(before) || p.Time.After(time.Now()) {
				t.Fatalf("time %v not between send and receipt", p.Time)
			}
			if err := stop(); err != nil {
				t.Fatalf("Run = %v after cancel, want nil", err)
			}
		})
	}
}

// One socket on the unspecified address takes both families, and reports
// IPv4 peers as plain IPv4 and each datagram's own destination address.
func TestUDPServerDualStack(t *testing.T) {
	s := listen(t, "[::]:0")
	pkts, _ := udpRun(t, s)
	port := s.Addr().Port()
	for _, dst := range []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()} {
		to := netip.AddrPortFrom(dst, port)
		from := send(t, to, knock)
		p := receive(t, pkts)
		if p.Src != from || p.Src.Addr().Is4() != dst.Is4() {
			t.Errorf("to %v: source %v, want %v", to, p.Src, from)
		}
		if runtime.GOOS == "linux" && p.Dst != to {
			t.Errorf("to %v: destination %v", to, p.Dst)
		}
	}
}

// A datagram longer than MaxPayload is cut to MaxPayload and delivered, as
// the stock daemon's recvfrom cuts it; empty datagrams are skipped.
func TestUDPServerTruncates(t *testing.T) {
	s := listen(t, "127.0.0.1:0")
	pkts, _ := udpRun(t, s)
	long := bytes.Repeat([]byte("ABCDEFGHIJ"), 300)
	send(t, s.Addr(), nil)
	send(t, s.Addr(), long)
	send(t, s.Addr(), long[:MaxPayload])
	for range 2 {
		if p := receive(t, pkts); p.Payload != string(long[:MaxPayload]) {
			t.Fatalf("delivered %d bytes, want the first %d", len(p.Payload), MaxPayload)
		}
	}
}

// Cancel stops Run promptly, closes the socket and leaves no goroutine.
func TestUDPServerCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 20 {
		s := listen(t, "127.0.0.1:0")
		_, stop := udpRun(t, s)
		if err := stop(); err != nil {
			t.Fatal(err)
		}
		if s2, err := ListenUDP(s.Addr()); err != nil {
			t.Fatalf("port still bound after Run returned: %v", err)
		} else {
			s2.Close()
		}
	}
	waitGoroutines(t, before)
}

// waitGoroutines fails t unless the goroutine count falls back to n within a
// few seconds (exiting goroutines take a moment to be counted out).
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	for range 100 {
		if runtime.NumGoroutine() <= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	buf := make([]byte, 1<<16)
	t.Fatalf("%d goroutines, want %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
}

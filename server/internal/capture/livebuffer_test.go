//go:build linux && cgo

package capture

import (
	"context"
	"net"
	"net/netip"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// A burst that arrives while the capture is not being read (the process
// stalled on a loaded machine, under a flood) waits in the kernel's buffer
// instead of being dropped, knocks with the junk: 3000 full-snaplen frames,
// more than libpcap's default 2 MiB holds.
func TestLiveBufferHoldsABurst(t *testing.T) {
	srv, cli := netnstest.Pair(t)
	var l *Live
	if err := srv.Do(func() (err error) {
		l, err = OpenLive(LiveConfig{Interface: netnstest.Link, Filter: DefaultFilter})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	const burst = 3000
	payload := make([]byte, 200)
	err := cli.Do(func() error {
		// Unconnected: the server's ICMP port unreachable must not fail
		// the writes.
		c, err := net.ListenUDP("udp4", nil)
		if err != nil {
			return err
		}
		defer c.Close()
		to := netip.AddrPortFrom(netnstest.ServerAddr4, 62201)
		for i := range burst {
			payload[0] = byte(i)
			if _, err := c.WriteToUDPAddrPort(payload, to); err != nil {
				return err
			}
			if i%500 == 499 {
				time.Sleep(time.Millisecond) // let the veth's backlog drain into the capture buffer
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var got atomic.Int64
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx, func(*Packet) { got.Add(1) }) }()
	// Read until all came or none came for half a second.
	for last, seen := time.Now(), int64(0); time.Since(last) < 500*time.Millisecond && seen < burst; time.Sleep(50 * time.Millisecond) {
		if n := got.Load(); n > seen {
			seen, last = n, time.Now()
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := got.Load(); n < burst {
		t.Errorf("%d of a burst of %d packets captured", n, burst)
	}
}

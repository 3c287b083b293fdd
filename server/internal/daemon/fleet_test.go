package daemon

import (
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/redistest"
	"github.com/sesame-spa/sesame/server/internal/fleetcache"
)

// slowProxy forwards TCP to a Redis, holding every chunk for delay: a
// Redis that answers, late. It counts the connections it was asked for.
type slowProxy struct {
	ln    net.Listener
	conns atomic.Int64
	wg    sync.WaitGroup
}

func newSlowProxy(t *testing.T, to string, delay time.Duration) *slowProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &slowProxy{ln: ln}
	var open sync.Map
	t.Cleanup(func() {
		ln.Close()
		open.Range(func(k, _ any) bool { k.(net.Conn).Close(); return true })
		p.wg.Wait()
	})
	p.wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.conns.Add(1)
			up, err := net.Dial("tcp", to)
			if err != nil {
				c.Close()
				continue
			}
			open.Store(c, nil)
			open.Store(up, nil)
			for _, pair := range [][2]net.Conn{{c, up}, {up, c}} {
				p.wg.Go(func() { slowCopy(pair[0], pair[1], delay) })
			}
		}
	})
	return p
}

func slowCopy(dst, src net.Conn, delay time.Duration) {
	defer dst.Close()
	buf := make([]byte, 4096)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			time.Sleep(delay)
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// A Redis that answers only after 2 s: junk never reaches it (no
// connection at all), and a valid knock waits for it no longer than
// REPLAY_REDIS_TIMEOUT, then is decided under the policy (local: on the
// local cache), with the outage logged.
func TestSlowRedisLeavesJunkAlone(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	proxy := newSlowProxy(t, srv.Addr, 2*time.Second)
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil)
	cfg := e.d.Config()
	log := NewLogger(e.human, e.json, 2)
	log.SetRejectsPerSecond(1000)
	fc, err := fleetcache.Open(newMemCache(cfg.Server.MaxSPAPacketAge, true, e.clock.Now), fleetcache.Options{
		URL: "redis://" + proxy.ln.Addr().String(), Timeout: 50 * time.Millisecond, MaxAge: cfg.Server.MaxSPAPacketAge,
		Now: e.clock.Now, Warn: func(m string) { log.Warnf("%s", m) }})
	if err != nil {
		t.Fatal(err)
	}
	e.d, err = New(e.opts, cfg, Deps{Clock: e.clock, Firewall: e.fw, Source: e.src, Log: log, Replay: fc, Block: true})
	if err != nil {
		t.Fatal(err)
	}
	e.start()
	src := netip.MustParseAddr("203.0.113.5")
	start := time.Now()
	for i := range 300 {
		e.send(junk(i), src)
	}
	for range 300 {
		if d := e.decision(); d["reason"] != "bad_hmac" {
			t.Fatalf("junk: %v", d)
		}
	}
	junkTime := time.Since(start)
	if n := proxy.conns.Load(); n != 0 {
		t.Fatalf("junk reached Redis: %d connections", n)
	}
	start = time.Now()
	e.send(seal(t, keyA, hmacA, "tcp/22", e.clock.Now()), src)
	if d := e.decision(); d["decision"] != "accept" {
		t.Fatalf("knock with a slow Redis, policy local: %v", d)
	}
	knockTime := time.Since(start)
	t.Logf("300 junk packets in %s with a slow Redis; a knock in %s (REPLAY_REDIS_TIMEOUT 50ms, Redis answering after 2s)", junkTime, knockTime)
	if knockTime > time.Second {
		t.Fatalf("a knock waited %s for a slow Redis: the wait is not bounded", knockTime)
	}
	e.human.next(t, "policy local")
}

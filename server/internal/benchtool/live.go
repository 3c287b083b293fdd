package main

import (
	"fmt"
	"math/rand/v2"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// liveDaemon is one daemon running live, as users run it, in the server
// namespace of a fresh pair.
type liveDaemon struct {
	d              daemon
	server, client *netns
	keys           keys
	pid            int
	log            string
	rules          *ruleWatch
	exited         chan struct{}
}

// startLive starts d on the veth with its firewall backend (real iptables,
// or nftables with the backend's own table: the namespace has no
// administrator's ruleset), packet aging and digest persistence on, and
// the stock daemon's default PCAP_LOOP_SLEEP, and waits until it serves. name tells runs apart; digests, if not "",
// is a digest file to start with (copied: a live daemon writes to it).
func startLive(d daemon, dir, prefix, name string, k keys, digests string) (*liveDaemon, error) {
	return startLiveWith(d, dir, prefix, name, k, digests, k.accessConf())
}

// startLiveWith is startLive with access as the access.conf.
func startLiveWith(d daemon, dir, prefix, name string, k keys, digests, access string) (*liveDaemon, error) {
	server, client, err := newPair(prefix + "-" + name)
	if err != nil {
		return nil, err
	}
	run := filepath.Join(dir, "live-"+name)
	if err := os.Mkdir(run, 0o700); err != nil {
		return nil, err
	}
	if digests != "" {
		if err := copyFile(filepath.Join(run, "digest.cache"), digests); err != nil {
			return nil, err
		}
	}
	conf := fmt.Sprintf("PCAP_INTF %s;\nENABLE_DIGEST_PERSISTENCE Y;\nENABLE_SPA_PACKET_AGING Y;\nFWKNOP_RUN_DIR %s;\n", link, run)
	if d.backend != "" {
		conf += "FIREWALL_BACKEND " + d.backend + ";\n"
	}
	conf += d.conf
	if d.setup != nil {
		if err := d.setup(server, client); err != nil {
			return nil, err
		}
	}
	if err := writeFiles(run, conf, access); err != nil {
		return nil, err
	}
	l := &liveDaemon{d: d, server: server, client: client, keys: k, log: filepath.Join(run, "log"), exited: make(chan struct{})}
	if l.rules, err = watchRules(server, grantAddsOf(d)); err != nil {
		return nil, err
	}
	logFile, err := os.Create(l.log)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	cmd := server.command(d.bin, "-f", "-c", filepath.Join(run, "fwknopd.conf"), "-a", filepath.Join(run, "access.conf"),
		"-d", filepath.Join(run, "digest.cache"), "-p", filepath.Join(run, "fwknopd.pid"))
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	created.addProc(cmd.Process)
	l.pid = cmd.Process.Pid // ip netns exec execs the daemon in its own place
	go func() { cmd.Wait(); close(l.exited) }()
	ready := "serving"
	if d.stock {
		ready = "Starting fwknopd main event loop"
	}
	return l, l.waitLog(ready, 60*time.Second)
}

func copyFile(dst, src string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o600)
}

func (l *liveDaemon) waitLog(sub string, d time.Duration) error {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		b, _ := os.ReadFile(l.log)
		if strings.Contains(string(b), sub) {
			return nil
		}
		select {
		case <-l.exited:
			return fmt.Errorf("%s exited:\n%s", l.d.name, tail(b))
		default:
		}
	}
	b, _ := os.ReadFile(l.log)
	return fmt.Errorf("%s logged no %q in %s:\n%s", l.d.name, sub, d, tail(b))
}

// stop ends the daemon and removes its namespaces.
func (l *liveDaemon) stop() {
	if p, err := os.FindProcess(l.pid); err == nil {
		p.Kill()
	}
	<-l.exited
	l.rules.close()
	l.server.delete()
	l.client.delete()
}

// family is the address family knocks go over: the server's address they
// go to and the client's they open for.
type family struct {
	name           string
	server, client string
}

var (
	ipv4 = family{"IPv4", serverAddr, clientAddr}
	ipv6 = family{"IPv6", serverAddr6, clientAddr6}
)

// send sends payloads from the client namespace to the SPA port over IPv4.
func (l *liveDaemon) send(payloads ...[]byte) error { return l.sendTo(serverAddr, payloads...) }

// sendTo sends payloads from the client namespace to the SPA port of
// server.
func (l *liveDaemon) sendTo(server string, payloads ...[]byte) error {
	return l.client.do(func() error {
		c, err := net.ListenUDP("udp", nil)
		if err != nil {
			return err
		}
		defer c.Close()
		to := netip.AddrPortFrom(netip.MustParseAddr(server), 62201)
		for _, p := range payloads {
			if _, err := c.WriteToUDPAddrPort(p, to); err != nil {
				return err
			}
		}
		return nil
	})
}

// latency times n knocks over fam, for ports from base on: from just
// before the datagram is sent to the kernel's notice that the daemon's
// grant is in the firewall (grantAddsOf). Knocks are spaced by a random
// 50-150 ms, so they land at random points of the stock daemon's capture
// loop, as real knocks do. A first knock, not counted, warms up what
// happens once (ARP or neighbour discovery between the namespaces).
func (l *liveDaemon) latency(n int, fam family, base int) ([]time.Duration, error) {
	var out []time.Duration
	for i := -1; i < n; i++ {
		p, err := l.keys.validFor(fam.client, base+1+i, time.Now())
		if err != nil {
			return nil, err
		}
		l.rules.drain()
		start := time.Now()
		if err := l.sendTo(fam.server, p); err != nil {
			return nil, err
		}
		at, ok := l.rules.next(3 * time.Second)
		if !ok {
			b, _ := os.ReadFile(l.log)
			return nil, fmt.Errorf("%s: %s knock %d opened nothing in 3 s:\n%s", l.d.name, fam.name, i, tail(b))
		}
		if i >= 0 {
			out = append(out, at.Sub(start))
		}
		time.Sleep(time.Duration(50+rand.IntN(100)) * time.Millisecond)
	}
	slices.Sort(out)
	return out, nil
}

// flood sends rate junk packets a second from the client for the whole
// time knocks valid knocks go out, one every 100 ms, and returns how many
// of them the daemon granted (rules in FWKNOP_INPUT two seconds after the
// flood), the junk rate really sent, and the daemon's peak RSS.
func (l *liveDaemon) flood(rate, knocks int) (granted int, sentRate float64, hwmKiB int64, err error) {
	var stop atomic.Bool
	sent := make(chan int64, 1)
	go func() { sent <- l.sendJunk(rate, &stop) }()
	start := time.Now()
	time.Sleep(500 * time.Millisecond)
	for i := range knocks {
		p, err := l.keys.valid(30000+i, time.Now())
		if err != nil {
			return 0, 0, 0, err
		}
		if err := l.send(p); err != nil {
			return 0, 0, 0, err
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	stop.Store(true)
	junk := <-sent
	sentRate = float64(junk) / time.Since(start).Seconds()
	time.Sleep(2 * time.Second)
	if hwmKiB, err = vmHWM(l.pid); err != nil {
		return 0, 0, 0, err
	}
	out, err := l.server.run("iptables", "-S", "FWKNOP_INPUT")
	if err != nil {
		return 0, 0, 0, err
	}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if i := slices.Index(f, "--dport"); i >= 0 && i+1 < len(f) {
			if port, _ := strconv.Atoi(f[i+1]); port >= 30000 && port < 30000+knocks {
				granted++
			}
		}
	}
	return granted, sentRate, hwmKiB, nil
}

// sendJunk paces junk with a 1 ms ticker, sending whatever is due by now,
// so late ticks on a busy machine do not lower the rate; rate 0 sends as
// fast as one sender goes.
func (l *liveDaemon) sendJunk(rate int, stop *atomic.Bool) int64 {
	pool := junkN(1024)
	var n int64
	l.client.do(func() error {
		c, err := net.ListenUDP("udp4", nil)
		if err != nil {
			return err
		}
		defer c.Close()
		to := netip.AddrPortFrom(netip.MustParseAddr(serverAddr), 62201)
		if rate <= 0 {
			for ; !stop.Load(); n++ {
				c.WriteToUDPAddrPort(pool[n%int64(len(pool))], to)
			}
			return nil
		}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		start := time.Now()
		for !stop.Load() {
			<-tick.C
			due := int64(time.Since(start).Seconds() * float64(rate))
			for ; n < due; n++ {
				c.WriteToUDPAddrPort(pool[n%int64(len(pool))], to) // a full socket buffer just loses junk
			}
		}
		return nil
	})
	return n
}

// vmHWM is a live process's peak resident set size.
func vmHWM(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", pid)
}

package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// The wire format carries no key id, so a junk packet costs one HMAC per
// distinct key among the stanzas its source matches: these rows measure
// that with many SOURCE ANY clients, and what it does to knocks under a
// flood from one prefix.

// Addresses of the second prefix on the veth, from which knocks come while
// junk floods from the first (serverAddr, clientAddr).
const (
	serverAddrB = "203.0.113.1"
	clientAddrB = "203.0.113.7"
)

// withStanzas is the keys of n SOURCE ANY stanzas with distinct keys, k's
// the last: a knock is checked against every other key first, as a junk
// packet is against all.
func withStanzas(k keys, n int) (string, error) {
	var b strings.Builder
	for range n - 1 {
		o, err := newKeys()
		if err != nil {
			return "", err
		}
		b.WriteString(o.accessConf())
		b.WriteString("\n")
	}
	b.WriteString(k.accessConf())
	return b.String(), nil
}

// stockJunkLimit is how many junk packets the stock daemon reads with n
// stanzas: enough for about two seconds of its work (about 25 µs an HMAC),
// at least 20, at most the file.
func stockJunkLimit(n, file int) int {
	return min(file, max(20, 80000/max(n, 1)))
}

// stanzaRows measures the cost of a junk packet on one core with each
// count of SOURCE ANY stanzas in o.stanzas, both daemons, -t on a pcap
// file as fileRows does.
func stanzaRows(t *table, o options, dir, prefix string, k keys, sesame, stock daemon) error {
	if len(o.stanzas) == 0 {
		return nil
	}
	ns, err := newNS(prefix, "stanzas")
	if err != nil {
		return err
	}
	defer ns.delete()
	fs := files{dir}
	junk, err := fs.pcap("stanza-junk", junkN(o.stanzaJunk))
	if err != nil {
		return err
	}
	junk1, err := fs.pcap("stanza-junk-1", junkN(1))
	if err != nil {
		return err
	}
	var limits []string
	for _, n := range o.stanzas {
		access, err := withStanzas(k, n)
		if err != nil {
			return err
		}
		b := &fileBench{dir: dir, ns: ns, keys: k, runs: o.runs, access: access}
		var us [2]float64
		for i, d := range []daemon{sesame, stock} {
			big := junk
			if d.stock {
				big = junk.prefix(stockJunkLimit(n, o.stanzaJunk))
			}
			v, r, err := b.perPacket(d, big, junk1)
			if err != nil {
				return err
			}
			want := big.n
			if d.stock {
				want *= n // it logs the HMAC failure of each stanza
			}
			if err := checkDecisions(d, r.log, "bad_hmac", want); err != nil {
				return fmt.Errorf("junk, %d stanzas: %w", n, err)
			}
			logf("%s junk, %d stanzas: %.2f us/packet", d.name, n, v)
			us[i] = v
		}
		t.cost(fmt.Sprintf("per junk packet, %d SOURCE ANY stanzas, one core (us)", n), us[0], us[1], 0)
		limits = append(limits, fmt.Sprintf("%d with %d", stockJunkLimit(n, o.stanzaJunk), n))
	}
	t.note("stanzas: each a SOURCE ANY stanza with its own keys; %d junk packets (the stock daemon reads %s stanzas: -C), as the per-packet cost above.",
		o.stanzaJunk, strings.Join(limits, ", "))
	return nil
}

// floodResult is one daemon's knocks under a flood from another prefix.
type floodResult struct {
	sent    int
	opened  []time.Duration // sorted
	rate    float64         // junk packets a second really sent
	timeout time.Duration   // how long after the flood knocks could still open
}

// stanzaFloodRows runs each daemon live with o.floodStanzas SOURCE ANY
// stanzas while junk floods from one prefix as fast as one sender goes, for
// o.floodFor, and o.floodPrefixKnocks knocks go out from another prefix,
// evenly spread over the flood; it reports how many open and how late.
func stanzaFloodRows(t *table, o options, dir, prefix string, k keys, sesame, stock daemon) error {
	if o.floodStanzas <= 0 || o.floodPrefixKnocks <= 0 {
		return nil
	}
	access, err := withStanzas(k, o.floodStanzas)
	if err != nil {
		return err
	}
	var res [2]floodResult
	for i, d := range []daemon{sesame, stock} {
		l, err := startLiveWith(d, dir, prefix, d.name+"-sflood", k, "", access)
		if err != nil {
			return err
		}
		res[i], err = l.floodFromOnePrefix(o.floodFor, o.floodPrefixKnocks, o.floodWait)
		l.stop()
		if err != nil {
			return err
		}
		logf("%s, %d stanzas, %.0f junk/s: %d of %d opened, %v", d.name, o.floodStanzas, res[i].rate, len(res[i].opened), res[i].sent, res[i].opened)
	}
	ours, theirs := res[0], res[1]
	what := fmt.Sprintf("%d stanzas, junk flood from one /24", o.floodStanzas)
	t.add(fmt.Sprintf("knocks from another /24 opened, %s", what),
		fmt.Sprintf("%d/%d", len(ours.opened), ours.sent), fmt.Sprintf("%d/%d", len(theirs.opened), theirs.sent), "",
		fmt.Sprintf("%d/%d %s", ours.sent, ours.sent, verdict(len(ours.opened) == ours.sent)))
	for _, q := range []struct {
		name string
		pct  int
	}{{"median", 50}, {"max", 100}} {
		o, s := lateMS(ours.opened, q.pct), lateMS(theirs.opened, q.pct)
		r := "-"
		if len(ours.opened) > 0 && len(theirs.opened) > 0 {
			r = ratio(quantileOf(theirs.opened, q.pct), quantileOf(ours.opened, q.pct))
		}
		target := ""
		if q.pct == 100 {
			target = fmt.Sprintf("< 1000 ms %s", verdict(len(ours.opened) == ours.sent && quantileOf(ours.opened, 100) < 1000))
		}
		t.add(fmt.Sprintf("  knock-to-open %s under that flood (ms)", q.name), o, s, r, target)
	}
	t.note("flood from one prefix: %d SOURCE ANY stanzas (the knocks' key last), junk from %s as fast as one sender goes for %s",
		o.floodStanzas, clientAddr, o.floodFor)
	t.note("  (%.0f/s reached in sesame's run, %.0f/s in the stock's), %d knocks from %s spread over it; a knock counts as open",
		ours.rate, theirs.rate, ours.sent, clientAddrB)
	t.note("  when its rule is in FWKNOP_INPUT by %s after the flood; late = its rule's netlink notice minus its send.", o.floodWait)
	return nil
}

func quantileOf(sorted []time.Duration, pct int) float64 {
	i := min(len(sorted)*pct/100, len(sorted)-1)
	return sorted[i].Seconds() * 1000
}

// lateMS is the pct-th percentile of sorted in ms, "-" when nothing opened.
func lateMS(sorted []time.Duration, pct int) string {
	if len(sorted) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", quantileOf(sorted, pct))
}

// floodFromOnePrefix floods junk from the client's first prefix, unpaced,
// for dur, while knocks knocks go out from its second prefix, dur/knocks
// apart; it waits up to wait after the flood for the grants, then reads
// which knocks opened (their ports in FWKNOP_INPUT) and pairs them, in
// order, with the grant notices: within a source both daemons decide in
// arrival order.
func (l *liveDaemon) floodFromOnePrefix(dur time.Duration, knocks int, wait time.Duration) (floodResult, error) {
	for _, a := range []struct {
		ns   *netns
		addr string
	}{{l.server, serverAddrB}, {l.client, clientAddrB}} {
		if _, err := a.ns.run("ip", "addr", "add", a.addr+"/24", "dev", link); err != nil {
			return floodResult{}, err
		}
	}
	const base = 40000
	res := floodResult{sent: knocks, timeout: wait}
	l.rules.drain()
	var stop atomic.Bool
	sent := make(chan int64, 1)
	start := time.Now()
	go func() { sent <- l.sendJunk(0, &stop) }()
	gap := dur / time.Duration(knocks)
	sentAt := make([]time.Time, knocks)
	for i := range knocks {
		time.Sleep(time.Until(start.Add(gap/2 + time.Duration(i)*gap)))
		p, err := l.keys.validFor(clientAddrB, base+i, time.Now())
		if err != nil {
			stop.Store(true)
			<-sent
			return res, err
		}
		sentAt[i] = time.Now()
		if err := l.sendTo(serverAddrB, p); err != nil {
			stop.Store(true)
			<-sent
			return res, err
		}
	}
	time.Sleep(time.Until(start.Add(dur)))
	stop.Store(true)
	res.rate = float64(<-sent) / time.Since(start).Seconds()
	end := time.Now()
	var notices []time.Time
	for len(notices) < knocks {
		at, ok := l.rules.next(time.Until(end.Add(wait)))
		if !ok {
			break
		}
		notices = append(notices, at)
	}
	ports, err := l.grantedPorts(base, base+knocks)
	if err != nil {
		return res, err
	}
	if len(ports) < len(notices) {
		return res, fmt.Errorf("%s: %d grants in FWKNOP_INPUT, %d notices of one", l.d.name, len(ports), len(notices))
	}
	ports = ports[:len(notices)] // one that opened since the wait ended is too late
	for i, port := range ports {
		res.opened = append(res.opened, notices[i].Sub(sentAt[port-base]))
	}
	for i := range knocks {
		if !slices.Contains(ports, base+i) {
			logf("%s: knock %d of %d (sent %s into the flood) did not open", l.d.name, i+1, knocks, sentAt[i].Sub(start).Round(time.Millisecond))
		}
	}
	slices.Sort(res.opened)
	return res, nil
}

// grantedPorts are the ports in [lo, hi) that FWKNOP_INPUT has rules for,
// in ascending order.
func (l *liveDaemon) grantedPorts(lo, hi int) ([]int, error) {
	out, err := l.server.run("iptables", "-S", "FWKNOP_INPUT")
	if err != nil {
		return nil, err
	}
	var ports []int
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if i := slices.Index(f, "--dport"); i >= 0 && i+1 < len(f) {
			if port, _ := strconv.Atoi(f[i+1]); port >= lo && port < hi {
				ports = append(ports, port)
			}
		}
	}
	slices.Sort(ports)
	return ports, nil
}

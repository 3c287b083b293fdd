package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// logf tells what is being measured, with -v.
var logf = func(string, ...any) {}

func run(o options) error {
	if o.verbose {
		logf = func(format string, a ...any) { fmt.Fprintf(os.Stderr, "benchtool: "+format+"\n", a...) }
	}
	if os.Geteuid() != 0 {
		return fmt.Errorf("needs root: the daemons run in network namespaces")
	}
	load0 := loadavg()
	dir, err := created.tempDir()
	if err != nil {
		return err
	}
	k, err := newKeys()
	if err != nil {
		return err
	}
	sesame, stock := daemon{name: "sesame", bin: o.sesame}, daemon{name: "stock", bin: o.stock, stock: true}
	prefix := o.prefix
	var t table
	for _, g := range []struct {
		name string
		rows func(*table, options, string, string, keys, daemon, daemon) error
	}{{"file", fileRows}, {"stanzas", stanzaRows}, {"live", liveRows}, {"stanza-flood", stanzaFloodRows}, {"fleet", fleetRows}} {
		if !o.rows[g.name] {
			continue
		}
		if err := g.rows(&t, o, dir, prefix, k, sesame, stock); err != nil {
			return err
		}
	}
	t.note("load average before and after: %s / %s (%d CPUs; other work on the machine shows in the tails)", load0, loadavg(), runtime.NumCPU())
	t.print(os.Stdout)
	return nil
}

// loadavg is the 1-minute load average.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%q: want a count", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// files holds the generated captures.
type files struct {
	dir string
}

func (fs files) pcap(name string, payloads [][]byte) (pcapFile, error) {
	f := pcapFile{path: filepath.Join(fs.dir, name+".pcap"), n: len(payloads), total: len(payloads)}
	return f, writePcap(f.path, payloads)
}

// withDigests prefills a digest cache named name with n random digests
// and those of cached, in each daemon's own format, and points targets at
// it.
func (fs files) withDigests(name string, n int, cached [][]byte, targets ...*pcapFile) error {
	paths := digestFiles(fs.dir, name)
	if err := writeStockDigests(paths["stock"], n, cached, time.Now()); err != nil {
		return err
	}
	if err := writeSesameDigests(paths["sesame"], paths["stock"]); err != nil {
		return err
	}
	for _, f := range targets {
		f.digests = paths
	}
	return nil
}

// digestFiles are the files of the digest cache named name, by daemon.
func digestFiles(dir, name string) map[string]string {
	return map[string]string{"stock": filepath.Join(dir, name+".stock-digests"), "sesame": filepath.Join(dir, name+".sesame-digests")}
}

// cacheName names the cache prefilled with n random digests.
func cacheName(n int) string { return fmt.Sprintf("digests-%d", n) }

// fileRows measures per-packet costs on pcap files, one core, -t.
func fileRows(t *table, o options, dir, prefix string, k keys, sesame, stock daemon) error {
	ns, err := newNS(prefix, "file")
	if err != nil {
		return err
	}
	defer ns.delete()
	b := &fileBench{dir: dir, ns: ns, keys: k, runs: o.runs}
	fs := files{dir}
	now := time.Now()
	valid, err := k.validN(o.valid+1, now)
	if err != nil {
		return err
	}
	junk, err := fs.pcap("junk", junkN(o.junk))
	if err != nil {
		return err
	}
	junk1, err := fs.pcap("junk-1", junkN(1))
	if err != nil {
		return err
	}
	validBig, err := fs.pcap("valid", valid[:o.valid])
	if err != nil {
		return err
	}
	valid1, err := fs.pcap("valid-1", valid[o.valid:])
	if err != nil {
		return err
	}
	// Replays: the valid packets again, now with their digests cached.
	replayBig, replay1 := validBig, valid1
	if replay1, err = fs.pcap("replay-1", valid[:1]); err != nil {
		return err
	}
	if err := fs.withDigests("replay", 0, valid[:o.valid], &replayBig, &replay1); err != nil {
		return err
	}

	var rss struct{ junkOurs, junkStock, bigOurs, bigStock int64 }
	// stockLimit: the stock daemon reads only that many packets of the
	// big file (0: all).
	measure := func(what, expect string, big, one pcapFile, stockLimit int) (ours, theirs float64, err error) {
		for _, d := range []daemon{sesame, stock} {
			big := big
			if d.stock && stockLimit > 0 {
				big = big.prefix(stockLimit)
			}
			us, r, err := b.perPacket(d, big, one)
			if err != nil {
				return 0, 0, err
			}
			if err := checkDecisions(d, r.log, expect, big.n); err != nil {
				return 0, 0, fmt.Errorf("%s: %w", what, err)
			}
			logf("%s %s: %.2f us/packet, peak RSS %d KiB", d.name, what, us, r.maxRSS)
			if d.stock {
				theirs = us
				rss.bigStock = r.maxRSS
			} else {
				ours = us
				rss.bigOurs = r.maxRSS
			}
		}
		return ours, theirs, nil
	}
	ours, theirs, err := measure("junk", "bad_hmac", junk, junk1, 0)
	if err != nil {
		return err
	}
	rss.junkOurs, rss.junkStock = rss.bigOurs, rss.bigStock
	t.cost("per junk packet, one core (us)", ours, theirs, 10)
	if ours, theirs, err = measure("valid", "accept", validBig, valid1, 0); err != nil {
		return err
	}
	t.cost("per valid packet, one core (us)", ours, theirs, 5)
	if ours, theirs, err = measure("replayed", "replay", replayBig, replay1, 0); err != nil {
		return err
	}
	t.cost(fmt.Sprintf("per replayed packet, %s cached, one core (us)", count(o.valid)), ours, theirs, 0)

	fresh, err := k.validN(o.cached+1, now)
	if err != nil {
		return err
	}
	var first, last float64
	for i, n := range o.digests {
		big, err := fs.pcap(fmt.Sprintf("cached-%d", n), fresh[:o.cached])
		if err != nil {
			return err
		}
		one, err := fs.pcap(fmt.Sprintf("cached-%d-1", n), fresh[o.cached:])
		if err != nil {
			return err
		}
		if err := fs.withDigests(cacheName(n), n, nil, &big, &one); err != nil {
			return err
		}
		if ours, theirs, err = measure(fmt.Sprintf("valid, %d cached", n), "accept", big, one, o.stockCached); err != nil {
			return err
		}
		if i == 0 {
			first = ours
		}
		last = ours
		t.cost(fmt.Sprintf("per valid packet, %s digests cached (us)", count(n)), ours, theirs, 0)
	}
	if len(o.digests) > 1 {
		flat := last <= 1.5*first+1
		t.rows[len(t.rows)-1].target = fmt.Sprintf("flat from %s: %.1fx %s", count(o.digests[0]), last/first, verdict(flat))
	}
	t.add("peak RSS -t, junk file (MiB)", mib(rss.junkOurs), mib(rss.junkStock), "", "")
	if len(o.digests) > 0 {
		t.add(fmt.Sprintf("peak RSS -t, %s digests cached (MiB)", count(o.digests[len(o.digests)-1])), mib(rss.bigOurs), mib(rss.bigStock), "", "")
	}
	t.note("per-packet cost: (best of %d wall times over N packets - best over 1 packet) / (N-1); fwknopd -f -t --pcap-file under taskset -c 0,", o.runs)
	t.note("  N = %d junk, %d valid, %d replayed, %d valid with a prefilled cache (the stock daemon reads the first %d of these: -C);",
		o.junk, o.valid, o.valid, o.cached, min(o.cached, o.stockCached))
	t.note("  stock: PCAP_LOOP_SLEEP 1 and PCAP_DISPATCH_COUNT N+1 (one dispatch reads the file), -C N to leave at its end.")
	t.note("  peak RSS -t: GNU time; in test mode Sesame reads its digest file into memory to decide against a copy of it.")
	return nil
}

// liveRows measures each daemon live in namespaces: knock-to-open latency
// (Sesame over IPv4 and IPv6 with the iptables and the nftables backend,
// the stock daemon over IPv4 with iptables, all it has), then knocks under
// a junk flood (iptables).
func liveRows(t *table, o options, dir, prefix string, k keys, sesame, stock daemon) error {
	type live struct {
		lat     map[family][]time.Duration
		granted int
		rate    float64
		hwm     int64
	}
	sesameNFT := sesame
	sesameNFT.name, sesameNFT.backend = "sesame-nft", "nftables"
	runs := []struct {
		d     daemon
		fams  []family
		flood bool
	}{{sesame, []family{ipv4, ipv6}, true}, {stock, []family{ipv4}, true}, {sesameNFT, []family{ipv4, ipv6}, false}}
	res := make([]live, len(runs))
	for i, run := range runs {
		l, err := startLive(run.d, dir, prefix, run.d.name, k, "")
		if err != nil {
			return err
		}
		r := &res[i]
		r.lat = map[family][]time.Duration{}
		for j, fam := range run.fams {
			if err != nil {
				break
			}
			// Fresh ports for each family: each knock adds a grant.
			r.lat[fam], err = l.latency(o.knocks, fam, 20000+j*(o.knocks+1))
			logf("%s %s knock-to-open: %v", run.d.name, fam.name, r.lat[fam])
		}
		if err == nil && run.flood {
			r.granted, r.rate, r.hwm, err = l.flood(o.floodRate, o.floodKnocks)
			logf("%s under %.0f junk/s: %d of %d granted", run.d.name, r.rate, r.granted, o.floodKnocks)
		}
		l.stop()
		if err != nil {
			return err
		}
	}
	ours, theirs, nft := res[0], res[1], res[2]
	t.latency("iptables IPv4", ours.lat[ipv4], theirs.lat[ipv4], 5, 10)
	t.latency("iptables IPv6", ours.lat[ipv6], nil, 5, 10)
	t.latency("nftables IPv4", nft.lat[ipv4], nil, 1, 2)
	t.latency("nftables IPv6", nft.lat[ipv6], nil, 1, 2)
	t.add(fmt.Sprintf("knocks granted under %d junk/s", o.floodRate),
		fmt.Sprintf("%d/%d", ours.granted, o.floodKnocks), fmt.Sprintf("%d/%d", theirs.granted, o.floodKnocks), "",
		fmt.Sprintf("%d/%d %s", o.floodKnocks, o.floodKnocks, verdict(ours.granted == o.floodKnocks)))
	t.add("peak RSS live, after the flood (MiB)", mib(ours.hwm), mib(theirs.hwm), "", "")
	if len(o.digests) > 0 && o.rows["file"] { // the file rows write the digest files
		n := o.digests[len(o.digests)-1]
		var hwm [2]int64
		for i, d := range []daemon{sesame, stock} {
			l, err := startLive(d, dir, prefix, d.name+"-rss", k, digestFiles(dir, cacheName(n))[d.name])
			if err == nil {
				hwm[i], err = vmHWM(l.pid)
			}
			if l != nil {
				l.stop()
			}
			if err != nil {
				return err
			}
		}
		t.add(fmt.Sprintf("peak RSS live, started with %s digests (MiB)", count(n)), mib(hwm[0]), mib(hwm[1]), "", "")
	}
	t.note("knock-to-open: %d knocks each, from the UDP send in the client namespace to the kernel's nftables notice of the grant", o.knocks)
	t.note("  (netlink, no polling): NEWRULE in FWKNOP_INPUT for iptables (iptables-nft), NEWSETELEM in sesame_grants4/6 for nftables;")
	t.note("  both daemons live, the stock one with its default PCAP_LOOP_SLEEP; n/a: the stock daemon has no nftables or IPv6.")
	t.note("flood: junk sent at %.0f/s (sesame run) and %.0f/s (stock run), one knock every 100 ms; granted = rules in FWKNOP_INPUT.",
		ours.rate, theirs.rate)
	return nil
}

func ms(v float64) string { return fmt.Sprintf("%.2f", v) }

func mib(kib int64) string { return fmt.Sprintf("%.1f", float64(kib)/1024) }

// count writes 10000 as 10k and 1000000 as 1M.
func count(n int) string {
	switch {
	case n >= 1000000 && n%1000000 == 0:
		return fmt.Sprintf("%dM", n/1000000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

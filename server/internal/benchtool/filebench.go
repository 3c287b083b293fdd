package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// daemon is one of the two fwknopd programs under test, with a firewall
// backend.
type daemon struct {
	name    string // "sesame" or "stock", and for a second backend "sesame-nft"
	bin     string
	stock   bool
	backend string // FIREWALL_BACKEND; "": the default (iptables in the benchmark's namespaces)
	// conf is more fwknopd.conf lines, and setup runs once the live
	// namespaces exist, before the daemon starts (the fleet rows' Redis).
	conf  string
	setup func(server, client *netns) error
}

// fileBench runs daemons on pcap files in test mode (-t), inside a
// namespace of its own, pinned to one core.
type fileBench struct {
	dir    string
	ns     *netns
	keys   keys
	access string // access.conf; "": one stanza with keys
	runs   int
	seq    int
}

// pcapFile is a generated capture and the digest files that go with it.
type pcapFile struct {
	path  string
	n     int // packets the daemon reads (-C)
	total int // packets in the file
	// digests maps a daemon's name to its prefilled digest file ("" for
	// an empty cache).
	digests map[string]string
}

// prefix is f read only up to its first n packets.
func (f pcapFile) prefix(n int) pcapFile {
	f.n = min(n, f.total)
	return f
}

// result is one daemon run on one file.
type result struct {
	wall   time.Duration
	maxRSS int64 // KiB
	log    string
}

// once runs d over f: `fwknopd -f -t --pcap-file F -C n` under taskset -c 0.
// The stock daemon gets PCAP_LOOP_SLEEP 1 and a dispatch count above the
// file's size, so one dispatch reads the whole file and the loop's sleep
// is never what is measured; -C makes it leave at the end (it would poll
// the finished file forever). Packet aging is off for both, as the stock
// daemon defaults it for files, so packets stay valid however long the
// benchmark runs.
func (b *fileBench) once(d daemon, f pcapFile) (result, error) {
	b.seq++
	run := filepath.Join(b.dir, fmt.Sprintf("run-%d", b.seq))
	if err := os.Mkdir(run, 0o700); err != nil {
		return result{}, err
	}
	defer os.RemoveAll(run)
	// One dispatch reads the whole file, or exactly the first n packets
	// (the stock daemon checks -C only between dispatches).
	dispatch := f.total + 1
	if f.n < f.total {
		dispatch = f.n
	}
	conf := fmt.Sprintf("ENABLE_DIGEST_PERSISTENCE Y;\nENABLE_SPA_PACKET_AGING N;\nPCAP_LOOP_SLEEP 1;\nPCAP_DISPATCH_COUNT %d;\nFWKNOP_RUN_DIR %s;\n", dispatch, run)
	access := b.access
	if access == "" {
		access = b.keys.accessConf()
	}
	if err := writeFiles(run, conf, access); err != nil {
		return result{}, err
	}
	digest := f.digests[d.name]
	if digest == "" {
		digest = filepath.Join(run, "digest.cache")
	}
	logPath := filepath.Join(run, "log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return result{}, err
	}
	defer logFile.Close()
	rssPath := filepath.Join(run, "rss")
	// GNU time reports the daemon's peak RSS: the rusage of a child of
	// this (large) Go process would start from this process's size.
	cmd := exec.Command("/usr/bin/time", "-f", "%M", "-o", rssPath, "ip", "netns", "exec", b.ns.name, "taskset", "-c", "0", d.bin, "-f", "-t",
		"-c", filepath.Join(run, "fwknopd.conf"), "-a", filepath.Join(run, "access.conf"),
		"-d", digest, "-p", filepath.Join(run, "fwknopd.pid"), "--pcap-file", f.path, "-C", strconv.Itoa(f.n))
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Env = append(os.Environ(), "TMPDIR="+run) // Sesame's -t copies its digest file there
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	created.addProc(cmd.Process)
	err = cmd.Wait()
	wall := time.Since(start)
	out, _ := os.ReadFile(logPath)
	if err != nil {
		return result{}, fmt.Errorf("%s on %s: %v\n%s", d.name, filepath.Base(f.path), err, tail(out))
	}
	rss, err := os.ReadFile(rssPath)
	if err != nil {
		return result{}, err
	}
	kib, err := strconv.ParseInt(strings.TrimSpace(string(rss)), 10, 64)
	if err != nil {
		return result{}, fmt.Errorf("GNU time wrote %q: %v", rss, err)
	}
	return result{wall: wall, maxRSS: kib, log: string(out)}, nil
}

// best is the fastest of b.runs runs, with the largest peak RSS seen.
func (b *fileBench) best(d daemon, f pcapFile) (result, error) {
	var best result
	for i := range b.runs {
		r, err := b.once(d, f)
		if err != nil {
			return result{}, err
		}
		logf("%s %s: %s", d.name, filepath.Base(f.path), r.wall)
		if i == 0 || r.wall < best.wall {
			best.wall, best.log = r.wall, r.log
		}
		best.maxRSS = max(best.maxRSS, r.maxRSS)
	}
	return best, nil
}

// perPacket is the cost of one packet of big: the difference between the
// best wall time over big and over one, which has the same start-up
// (configuration, digest file), divided by the packets in between.
func (b *fileBench) perPacket(d daemon, big, one pcapFile) (us float64, r result, err error) {
	if r, err = b.best(d, big); err != nil {
		return 0, r, err
	}
	base, err := b.best(d, one)
	if err != nil {
		return 0, r, err
	}
	return float64(r.wall-base.wall) / float64(time.Microsecond) / float64(big.n-one.n), r, nil
}

func writeFiles(dir, serverConf, accessConf string) error {
	for name, text := range map[string]string{"fwknopd.conf": serverConf, "access.conf": accessConf} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			return err
		}
	}
	return nil
}

// tail is the end of a log, for error messages.
func tail(b []byte) string {
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// checkDecisions makes sure a run decided what the file was made for, so
// that a cost is never that of some other path: every packet accepted
// (in test mode), or refused for the expected reason.
func checkDecisions(d daemon, log, expect string, n int) error {
	got := 0
	for _, line := range strings.Split(log, "\n") {
		got += decisionsIn(d, line, expect)
	}
	if got != n {
		return fmt.Errorf("%s decided %d of %d packets as %s:\n%s", d.name, got, n, expect, tail([]byte(log)))
	}
	return nil
}

// stockTexts are the stock daemon's log texts for each outcome.
var stockTexts = map[string]string{
	"accept":   "--test mode enabled, skipping firewall manipulation",
	"bad_hmac": "HMAC_COMPAREFAIL",
	"replay":   "Replay detected",
}

// sesameDecision reports whether line is Sesame's decision line of the
// given kind: right after the line's "fwknopd[pid]: ", or after the stock
// wording the daemon puts first ("...; accept 198.51.100.7 ...").
func sesameDecision(line, kind string) bool {
	return strings.Contains(line, "]: "+kind) || strings.Contains(line, "; "+kind)
}

// decisionsIn counts the decisions of one log line: one for a decision
// line, the folded count for Sesame's per-second summary of rejects.
func decisionsIn(d daemon, line, expect string) int {
	if d.stock {
		if strings.Contains(line, stockTexts[expect]) {
			return 1
		}
		return 0
	}
	if expect == "accept" {
		if sesameDecision(line, "accept ") {
			return 1
		}
		return 0
	}
	if sesameDecision(line, "reject ") && strings.Contains(line, ": "+expect) {
		return 1
	}
	if _, counts, ok := strings.Cut(line, " not logged one by one: "); ok {
		for _, c := range strings.Split(counts, ", ") {
			if v, ok := strings.CutPrefix(c, expect+"="); ok {
				n, _ := strconv.Atoi(v)
				return n
			}
		}
	}
	return 0
}

package main

import (
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/server/internal/fleetcache"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// Sizes of the fleet rows.
const (
	fleetKnocks   = 100              // knocks timed with and without the shared cache
	fleetGateways = 50               // simulated gateways writing to one Redis
	fleetFor      = 5 * time.Second  // how long they write
	redisPort     = 6379             // in the client namespace: a fresh one, nothing else there
	redisReady    = 10 * time.Second // how long redis-server may take to start
)

// fleetRows measures what the shared replay cache (REPLAY_REDIS_URL)
// costs: knock-to-open live with the local cache alone and with a
// redis-server across the veth (in the client namespace), and the
// checks a second one redis-server takes from 50 simulated gateways.
func fleetRows(t *table, o options, dir, prefix string, k keys, sesame, _ daemon) error {
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.note("fleet rows skipped: redis-server is not installed (scripts/install-deps.sh)")
		return nil
	}
	local, err := liveKnocks(sesame, dir, prefix, "fleet-local", k)
	if err != nil {
		return err
	}
	shared := sesame
	shared.conf = fmt.Sprintf("REPLAY_REDIS_URL redis://%s:%d\n", clientAddr, redisPort)
	shared.setup = func(_, client *netns) error {
		return startRedis(client.command, dir, "fleet-live", clientAddr, redisPort)
	}
	fleet, err := liveKnocks(shared, dir, prefix, "fleet-shared", k)
	if err != nil {
		return err
	}
	for _, q := range []struct {
		name string
		pct  int
	}{{"median", 50}, {"p99", 99}} {
		l, f := quantileMS(local, q.pct), quantileMS(fleet, q.pct)
		t.add(fmt.Sprintf("knock-to-open %s, local cache only / + shared Redis over a veth (ms)", q.name),
			ms(l)+" / "+ms(f), "n/a", "-", fmt.Sprintf("added %+.2f ms", f-l))
	}
	rate, localRate, err := fleetThroughput(dir)
	if err != nil {
		return err
	}
	t.add(fmt.Sprintf("shared-cache records a second, one Redis, %d gateways", fleetGateways),
		fmt.Sprintf("%.0f", rate), "n/a", "-", fmt.Sprintf("local cache alone (memory, one process): %.0f", localRate))
	t.note("fleet: %d knocks each; Redis %s in the client namespace; records: one SET NX PX per Add, each gateway one", fleetKnocks, redisVersion())
	t.note("  connection and one Add at a time, for %s, redis-server on 127.0.0.1 (BENCH_ROWS=fleet to run only these)", fleetFor)
	return nil
}

// liveKnocks times fleetKnocks knocks to d, live.
func liveKnocks(d daemon, dir, prefix, name string, k keys) ([]time.Duration, error) {
	d.name = name
	l, err := startLive(d, dir, prefix, name, k, "")
	if err != nil {
		return nil, err
	}
	defer l.stop()
	if !d.stock && d.conf != "" {
		if err := l.waitLog("PING ok", 5*time.Second); err != nil {
			return nil, err
		}
	}
	lat, err := l.latency(fleetKnocks, ipv4, 40000)
	logf("%s knock-to-open: %v", name, lat)
	return lat, err
}

// startRedis starts a redis-server without persistence through command
// (a namespace's) and waits until it is ready; cleanup kills it.
func startRedis(command func(string, ...string) *exec.Cmd, dir, name, host string, port int) error {
	rdir := filepath.Join(dir, "redis-"+name)
	if err := os.Mkdir(rdir, 0o700); err != nil {
		return err
	}
	logPath := filepath.Join(rdir, "redis.log")
	cmd := command("redis-server", "--bind", host, "--port", strconv.Itoa(port), "--save", "", "--appendonly", "no",
		"--dir", rdir, "--protected-mode", "no", "--logfile", logPath)
	if err := cmd.Start(); err != nil {
		return err
	}
	created.addProc(cmd.Process)
	go cmd.Wait()
	for deadline := time.Now().Add(redisReady); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, _ := os.ReadFile(logPath); strings.Contains(string(b), "Ready to accept connections") {
			return nil
		}
	}
	b, _ := os.ReadFile(logPath)
	return fmt.Errorf("redis-server not ready in %s:\n%s", redisReady, tail(b))
}

// nopLocal is a local cache that holds nothing, so that the throughput
// row measures the shared cache alone.
type nopLocal struct{}

func (nopLocal) Check(replay.Digest) error                       { return nil }
func (nopLocal) Add(replay.Digest, time.Time, replay.Meta) error { return nil }
func (nopLocal) Prune() (int, error)                             { return 0, nil }
func (nopLocal) SetPolicy(time.Duration, bool) error             { return nil }
func (nopLocal) Close() error                                    { return nil }

// fleetThroughput runs fleetGateways shared caches against one
// redis-server on loopback, each recording fresh digests one at a time
// for fleetFor, and returns the records a second they got through, and
// the same for one in-memory local cache alone.
func fleetThroughput(dir string) (rate, localRate float64, err error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	if err := startRedis(exec.Command, dir, "throughput", "127.0.0.1", port); err != nil {
		return 0, 0, err
	}
	var total, failed int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for range fleetGateways {
		c, err := fleetcache.Open(nopLocal{}, fleetcache.Options{URL: fmt.Sprintf("redis://127.0.0.1:%d", port),
			Policy: fleetcache.PolicyClosed, Timeout: time.Second, MaxAge: 120 * time.Second})
		if err != nil {
			return 0, 0, err
		}
		defer c.Close()
		wg.Go(func() {
			var n, bad int64
			for time.Since(start) < fleetFor {
				if c.Add(randomDigest(), time.Now(), replay.Meta{}) != nil {
					bad++
				}
				n++
			}
			mu.Lock()
			total, failed = total+n, failed+bad
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if failed > 0 {
		return 0, 0, fmt.Errorf("fleet throughput: %d of %d records failed", failed, total)
	}
	return float64(total) / elapsed.Seconds(), localThroughput(), nil
}

// localThroughput is the Adds a second of one in-memory replay cache,
// no file (ENABLE_DIGEST_PERSISTENCE N's kind of cache is the daemon's;
// this is replay.Cache with NoSync on tmpfs).
func localThroughput() float64 {
	dir, err := created.tempDir()
	if err != nil {
		return 0
	}
	c, err := replay.Open(filepath.Join(dir, "local-throughput.cache"), replay.Options{MaxAge: 120 * time.Second, Aging: true, NoSync: true})
	if err != nil {
		return 0
	}
	defer c.Close()
	const n = 200000
	ds := make([]replay.Digest, n)
	for i := range ds {
		ds[i] = randomDigest()
	}
	start, now := time.Now(), time.Now()
	for _, d := range ds {
		c.Add(d, now, replay.Meta{})
	}
	return n / time.Since(start).Seconds()
}

func randomDigest() replay.Digest {
	var b [32]byte
	rand.Read(b[:])
	return replay.Digest(b)
}

// redisVersion is redis-server --version's version field.
func redisVersion() string {
	out, err := exec.Command("redis-server", "--version").Output()
	if err != nil {
		return "?"
	}
	for _, f := range strings.Fields(string(out)) {
		if v, ok := strings.CutPrefix(f, "v="); ok {
			return v
		}
	}
	return strings.TrimSpace(string(out))
}

package main

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/daemon"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	tcpPort = 2222
	spaAddr = "198.51.100.1:62201"
	keyB64B = "q8ZqfH0b0n1cQK9m0v5X6w3bq3u7w3n2m1kV2pQ0s9E="
	hmacB64 = "c2VzYW1lLXRlc3QtaG1hYy1rZXktQi0wMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZg=="
)

// nsDaemon is the built fwknopd running in the server namespace.
type nsDaemon struct {
	cmd   *exec.Cmd
	json  chan map[string]any
	mu    sync.Mutex
	log   []string
	logCh chan string
	done  chan struct{}
}

func startDaemon(t *testing.T, ns *netnstest.NS, args []string) *nsDaemon {
	t.Helper()
	return startDaemonVia(t, ns, nil, fwknopdBin, args)
}

// startDaemonVia starts the fwknopd binary bin through a wrapper command
// (such as setpriv), whose argv comes first.
func startDaemonVia(t *testing.T, ns *netnstest.NS, wrapper []string, bin string, args []string) *nsDaemon {
	t.Helper()
	d := &nsDaemon{json: make(chan map[string]any, 100000), logCh: make(chan string, 100000), done: make(chan struct{})}
	argv := append(append(slices.Clone(wrapper), bin, "-f", "-v", "--log-json", "-i", netnstest.Link), args...)
	d.cmd = ns.Command(argv[0], argv[1:]...)
	stdout, err := d.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := d.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var readers sync.WaitGroup
	readers.Go(func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				d.json <- m
			}
		}
	})
	readers.Go(func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			d.mu.Lock()
			d.log = append(d.log, sc.Text())
			d.mu.Unlock()
			d.logCh <- sc.Text()
		}
	})
	go func() { readers.Wait(); d.cmd.Wait(); close(d.done) }()
	t.Cleanup(func() { d.signal(syscall.SIGKILL); <-d.done })
	d.waitLog(t, "serving")
	return d
}

func (d *nsDaemon) signal(s syscall.Signal) {
	select {
	case <-d.done:
	default:
		d.cmd.Process.Signal(s)
	}
}

func (d *nsDaemon) logText() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.log, "\n")
}

// waitLog waits for a human log line containing sub.
func (d *nsDaemon) waitLog(t *testing.T, sub string) string {
	t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case l := <-d.logCh:
			if strings.Contains(l, sub) {
				return l
			}
		case <-d.done:
			t.Fatalf("fwknopd exited while waiting for %q:\n%s", sub, d.logText())
		case <-timeout:
			t.Fatalf("no log line with %q:\n%s", sub, d.logText())
		}
	}
}

// waitDecision waits for the next decision about access (or, with access
// "", the next accept or reject that is not a summary).
func (d *nsDaemon) waitDecision(t *testing.T, access string) map[string]any {
	t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case m := <-d.json:
			if m["summary"] != nil || access != "" && m["access"] != access {
				continue
			}
			return m
		case <-timeout:
			t.Fatalf("no decision for %q:\n%s", access, d.logText())
		}
	}
}

// sendUDP sends payloads to the SPA port from the client namespace.
func sendUDP(t *testing.T, client *netnstest.NS, payloads ...[]byte) {
	t.Helper()
	// Unconnected, so that the ICMP port-unreachable the server's kernel
	// sends back (fwknopd sniffs, nothing listens) fails no later write.
	err := client.Do(func() error {
		c, err := net.ListenPacket("udp", ":0")
		if err != nil {
			return err
		}
		defer c.Close()
		to, err := net.ResolveUDPAddr("udp", spaAddr)
		if err != nil {
			return err
		}
		for _, p := range payloads {
			if _, err := c.WriteTo(p, to); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// canConnect tries a TCP connection from the client namespace.
func canConnect(t *testing.T, client *netnstest.NS) bool {
	t.Helper()
	err := client.Do(func() error {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("198.51.100.1:%d", tcpPort), 500*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err
	})
	return err == nil
}

func rules(t *testing.T, server *netnstest.NS) string {
	return server.Run(t, "iptables", "-S", "FWKNOP_INPUT")
}

func hasRule(t *testing.T, server *netnstest.NS, port int) bool {
	return strings.Contains(rules(t, server), fmt.Sprintf("--dport %d ", port))
}

// waitRuleGone polls the firewall until the rule for port is removed and
// returns when that was seen.
func waitRuleGone(t *testing.T, server *netnstest.NS, port int) time.Time {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if !hasRule(t, server, port) {
			return time.Now()
		}
	}
	t.Fatalf("rule for port %d still there:\n%s", port, rules(t, server))
	return time.Time{}
}

func mustB64(t *testing.T, s string) []byte {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// knockPacket seals an access request for 198.51.100.7.
func knockPacket(t *testing.T, key, hmac, access string, ts time.Time, clientTimeout int) []byte {
	t.Helper()
	m := &spa.Message{User: "alice", Timestamp: ts.Unix(), Type: spa.AccessMsg, Message: "198.51.100.7," + access}
	if clientTimeout > 0 {
		m.Type, m.ClientTimeout = spa.ClientTimeoutAccessMsg, clientTimeout
	}
	var err error
	if m.Random, err = spa.RandomDigits(rand.Reader); err != nil {
		t.Fatal(err)
	}
	p, err := spa.Seal(m, &spa.Keys{Rijndael: mustB64(t, key), HMAC: mustB64(t, hmac)}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(p)
}

func wantDecision(t *testing.T, got map[string]any, decision, reason string) {
	t.Helper()
	if got["decision"] != decision || reason != "" && got["reason"] != reason {
		t.Fatalf("decision %v, want %s %s", got, decision, reason)
	}
}

// TestNamespace runs the built fwknopd with real iptables in a network
// namespace, a TCP listener behind a DROP rule, and knocks from a second
// namespace.
func TestNamespace(t *testing.T) {
	server, client := netnstest.Pair(t)
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	sesameBin := filepath.Join(filepath.Dir(fwknopdBin), "sesame")
	if out, err := exec.Command("go", "build", "-tags", "nogui", "-o", sesameBin, "github.com/sesame-spa/sesame").CombinedOutput(); err != nil {
		t.Fatalf("building sesame: %v\n%s", err, out)
	}
	server.ServeTCP(t, fmt.Sprintf("198.51.100.1:%d", tcpPort))
	server.Run(t, "iptables", "-A", "INPUT", "-p", "tcp", "--dport", fmt.Sprint(tcpPort), "-j", "DROP")

	dir, args := confDir(t, "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\n",
		"SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 3\n")
	d := startDaemon(t, server, args)
	home := t.TempDir()

	if canConnect(t, client) {
		t.Fatal("port open before any knock")
	}

	t.Run("stock client opens, rule expires on time", func(t *testing.T) {
		cmd := client.Command("fwknop", "-A", fmt.Sprintf("tcp/%d", tcpPort), "-a", "198.51.100.7", "-D", "198.51.100.1",
			"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC, "--use-hmac")
		cmd.Env = append(os.Environ(), "HOME="+home)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("fwknop: %v\n%s", err, out)
		}
		got := d.waitDecision(t, fmt.Sprintf("tcp/%d", tcpPort))
		wantDecision(t, got, "accept", "")
		if !canConnect(t, client) {
			t.Fatalf("port closed after an accepted knock:\n%s", rules(t, server))
		}
		expires, err := time.Parse(time.RFC3339, got["expires"].(string))
		if err != nil {
			t.Fatal(err)
		}
		gone := waitRuleGone(t, server, tcpPort)
		if gone.Before(expires) || gone.After(expires.Add(1500*time.Millisecond)) {
			t.Errorf("rule removed at %s, expiry %s", gone.Format(time.RFC3339Nano), expires)
		}
		t.Logf("rule removed %s after its expiry second began", gone.Sub(expires))
		if canConnect(t, client) {
			t.Error("port still open after expiry")
		}
	})

	t.Run("sesame knock opens", func(t *testing.T) {
		cmd := client.Command(sesameBin, "knock", "--no-rc-file", "-A", fmt.Sprintf("tcp/%d", tcpPort), "-a", "198.51.100.7",
			"-D", "198.51.100.1", "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC)
		cmd.Env = append(os.Environ(), "HOME="+home)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("sesame knock: %v\n%s", err, out)
		}
		wantDecision(t, d.waitDecision(t, fmt.Sprintf("tcp/%d", tcpPort)), "accept", "")
		if !canConnect(t, client) {
			t.Fatal("port closed after sesame knock")
		}
	})

	t.Run("replay, wrong key and stale open nothing", func(t *testing.T) {
		p := knockPacket(t, testKey, testHMAC, "tcp/3333", time.Now(), 0)
		sendUDP(t, client, p)
		wantDecision(t, d.waitDecision(t, "tcp/3333"), "accept", "")
		waitRuleGone(t, server, 3333)
		sendUDP(t, client, p)
		wantDecision(t, d.waitDecision(t, ""), "reject", "replay")
		sendUDP(t, client, knockPacket(t, keyB64B, hmacB64, "tcp/3333", time.Now(), 0))
		wantDecision(t, d.waitDecision(t, ""), "reject", "bad_hmac")
		sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/3333", time.Now().Add(-10*time.Minute), 0))
		wantDecision(t, d.waitDecision(t, ""), "reject", "stale_timestamp")
		if hasRule(t, server, 3333) {
			t.Fatalf("a refused packet opened the port:\n%s", rules(t, server))
		}
	})

	t.Run("knock-to-open latency", func(t *testing.T) {
		var lat []time.Duration
		for i := range 21 {
			access := fmt.Sprintf("tcp/%d", 10000+i)
			p := knockPacket(t, testKey, testHMAC, access, time.Now(), 0)
			start := time.Now()
			sendUDP(t, client, p)
			wantDecision(t, d.waitDecision(t, access), "accept", "")
			lat = append(lat, time.Since(start))
		}
		slices.Sort(lat)
		t.Logf("knock-to-open (UDP send to rule added and logged) over %d knocks: median %s, p90 %s, max %s",
			len(lat), lat[len(lat)/2], lat[len(lat)*9/10], lat[len(lat)-1])
	})

	t.Run("SIGHUP applies a new access.conf and keeps grants", func(t *testing.T) {
		sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/4444", time.Now(), 60))
		wantDecision(t, d.waitDecision(t, "tcp/4444"), "accept", "")
		writeFile(t, filepath.Join(dir, "access.conf"), "SOURCE ANY\nKEY_BASE64 "+keyB64B+"\nHMAC_KEY_BASE64 "+hmacB64+"\nFW_ACCESS_TIMEOUT 3\n")
		d.signal(syscall.SIGHUP)
		d.waitLog(t, "configuration reloaded")
		if !hasRule(t, server, 4444) {
			t.Fatalf("reload dropped a live grant:\n%s", rules(t, server))
		}
		sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/4445", time.Now(), 0))
		wantDecision(t, d.waitDecision(t, ""), "reject", "bad_hmac")
		sendUDP(t, client, knockPacket(t, keyB64B, hmacB64, "tcp/4446", time.Now(), 0))
		wantDecision(t, d.waitDecision(t, "tcp/4446"), "accept", "")

		writeFile(t, filepath.Join(dir, "access.conf"), "SOURCE ANY\nKEY_BASE64 %%%\n")
		d.signal(syscall.SIGHUP)
		d.waitLog(t, "reload refused")
		sendUDP(t, client, knockPacket(t, keyB64B, hmacB64, "tcp/4447", time.Now(), 0))
		wantDecision(t, d.waitDecision(t, "tcp/4447"), "accept", "")
		writeFile(t, filepath.Join(dir, "access.conf"), "SOURCE ANY\nKEY_BASE64 "+keyB64B+"\nHMAC_KEY_BASE64 "+hmacB64+"\nFW_ACCESS_TIMEOUT 3\n")
	})

	// Last but one: the flood's rejects fold the log for the rest of
	// its second, which would hide the rejects the other steps expect.
	t.Run("junk flood", func(t *testing.T) {
		junk := make([][]byte, 10000)
		for i := range junk {
			junk[i] = make([]byte, 200)
			rand.Read(junk[i])
			b := base64.RawStdEncoding.EncodeToString(junk[i])
			junk[i] = []byte("8" + b[1:200])
		}
		// Junk is dropped (queue_full) when the workers cannot keep up, as
		// on a loaded machine; a knock from the flood's own prefix is
		// dropped only if it too meets a full share of the queue, which
		// the junk sent before it cannot fill.
		before := daemon.PrefixQueueLen / 2
		start := time.Now()
		sendUDP(t, client, junk[:before]...)
		sendUDP(t, client, knockPacket(t, keyB64B, hmacB64, "tcp/3333", time.Now(), 0)) // access.conf has key B since the reload
		sendUDP(t, client, junk[before:]...)
		sent := time.Since(start)
		// Every junk packet is accounted for, judged or dropped; the
		// rejects beyond the log budget are summarised once their second
		// is over. Then a knock after the flood is granted too.
		judged, dropped, granted, after := 0, 0, map[string]bool{}, false
		for timeout := time.After(10 * time.Second); !granted["tcp/3333"] || !granted["tcp/3334"]; {
			select {
			case m := <-d.json:
				switch {
				case m["summary"] != nil:
					n := int(m["count"].(float64))
					if q, ok := m["reasons"].(map[string]any)["queue_full"].(float64); ok {
						dropped += int(q)
						n -= int(q)
					}
					judged += n
				case m["access"] == "tcp/3333" || m["access"] == "tcp/3334":
					wantDecision(t, m, "accept", "")
					granted[m["access"].(string)] = true
				case m["reason"] == "bad_hmac":
					judged++
				case m["reason"] == daemon.ReasonQueueFull:
					dropped++
				}
				if judged+dropped == len(junk) && !after {
					after = true
					sendUDP(t, client, knockPacket(t, keyB64B, hmacB64, "tcp/3334", time.Now(), 0))
				}
			case <-timeout:
				t.Fatalf("%d of %d junk packets judged, %d dropped for a full queue; knocks granted: %v", judged, len(junk), dropped, granted)
			}
		}
		t.Logf("10,000 junk packets sent in %s: %d judged, %d dropped for a full queue; the knocks in and after the flood were granted", sent, judged, dropped)
		select {
		case <-d.done:
			t.Fatal("fwknopd died under the flood")
		default:
		}
	})

	t.Run("kill -9 keeps the grant and the digest", func(t *testing.T) {
		waitRuleGone(t, server, tcpPort)
		p := knockPacket(t, keyB64B, hmacB64, fmt.Sprintf("tcp/%d", tcpPort), time.Now(), 0)
		sendUDP(t, client, p)
		got := d.waitDecision(t, fmt.Sprintf("tcp/%d", tcpPort))
		wantDecision(t, got, "accept", "")
		d.signal(syscall.SIGKILL)
		<-d.done
		d = startDaemon(t, server, args)
		d.waitLog(t, fmt.Sprintf("live grant found at start: 198.51.100.7 -> tcp/%d ", tcpPort))
		if !canConnect(t, client) {
			t.Fatal("grant lost across kill -9 and restart")
		}
		sendUDP(t, client, p)
		wantDecision(t, d.waitDecision(t, ""), "reject", "replay")
		expires, _ := time.Parse(time.RFC3339, got["expires"].(string))
		gone := waitRuleGone(t, server, tcpPort)
		if gone.Before(expires) || gone.After(expires.Add(1500*time.Millisecond)) {
			t.Errorf("recovered rule removed at %s, expiry %s", gone.Format(time.RFC3339Nano), expires)
		}
		if canConnect(t, client) {
			t.Error("port open after the recovered grant expired")
		}
	})
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestBackgroundKillStatusRestart starts fwknopd without -f (it goes into
// the background once it serves) in test mode with the UDP server, inside
// a namespace, and drives it with -S, -R and -K through the pid file.
func TestBackgroundKillStatusRestart(t *testing.T) {
	ns := netnstest.New(t, "bg")
	dir, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	pidFile := filepath.Join(dir, "fwknopd.pid")
	errFile, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer errFile.Close()
	cmd := ns.Command(fwknopdBin, append(args, "-t", "-U")...)
	cmd.Stderr = errFile // a file, not a pipe: the background child keeps it open
	if err := cmd.Run(); err != nil {
		b, _ := os.ReadFile(errFile.Name())
		t.Fatalf("start in the background: %v\n%s", err, b)
	}
	t.Cleanup(func() { fwknopd(t, append(args, "-K")...) })

	r := fwknopd(t, append(args, "-S")...)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Detected fwknopd is running (pid=") {
		t.Fatalf("-S: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	pid, _ := os.ReadFile(pidFile)
	if !strings.Contains(r.stdout, "pid="+strings.TrimSpace(string(pid))+")") {
		t.Errorf("-S names a pid other than the pid file's %q: %q", pid, r.stdout)
	}
	if r := fwknopd(t, append(args, "-f", "-t", "-U")...); r.code != 1 || !strings.Contains(r.stderr, "already running") {
		t.Errorf("second instance: exit %d, %q", r.code, r.stderr)
	}
	if r := fwknopd(t, append(args, "-R")...); r.code != 0 || !strings.HasPrefix(r.stdout, "Sent restart signal to fwknopd") {
		t.Errorf("-R: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := fwknopd(t, append(args, "-K")...); r.code != 0 || !strings.HasPrefix(r.stdout, "Killed fwknopd (pid=") {
		t.Fatalf("-K: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := fwknopd(t, append(args, "-S")...); r.code != 1 || !strings.Contains(r.stdout, "No running fwknopd detected.") {
		t.Errorf("-S after -K: exit %d, %q", r.code, r.stdout)
	}
	if _, err := os.Stat(pidFile); err != nil {
		t.Errorf("pid file not left after -K, as the stock leaves it: %v", err)
	}
}

package difftest

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// verdict is what a daemon did with one packet.
type verdict struct {
	decision string   // "accept", "reject" or "none"
	reason   string   // the reject's reason code
	grants   []string // sorted "SRC proto/port" of the rules an accept added
	evidence []string // the log lines it was read from
}

// outcome is the verdict as packet.want spells it.
func (v verdict) outcome() string {
	if v.decision == "reject" {
		return v.reason
	}
	return v.decision
}

// judge reads one packet's log: its lines up to the sentinel's.
type judge interface {
	// next returns the verdict on the packet sent just before a sentinel.
	next(t *testing.T) verdict
}

// daemonRun is one daemon, live in a fresh server namespace with a client
// namespace beside it.
type daemonRun struct {
	server, client *netnstest.NS
	dir            string
}

// newRun makes the namespaces and the configuration files. The veth gets a
// jumbo MTU so a 1600-byte payload arrives in one frame, as on loopback
// where the shared vectors were made; the client gets the extra source
// addresses the packet list uses.
func newRun(t *testing.T, accessConf, confExtra string) *daemonRun {
	t.Helper()
	server, client := netnstest.Pair(t)
	for _, ns := range []*netnstest.NS{server, client} {
		ns.Run(t, "ip", "link", "set", netnstest.Link, "mtu", "9000")
	}
	for _, a := range []netip.Addr{other, sentinel, outsider} {
		client.Run(t, "ip", "addr", "add", a.String()+"/24", "dev", netnstest.Link)
	}
	r := &daemonRun{server: server, client: client, dir: t.TempDir()}
	r.write(t, "access.conf", accessConf)
	r.write(t, "fwknopd.conf", "PCAP_INTF "+netnstest.Link+";\nENABLE_DIGEST_PERSISTENCE Y;\nENABLE_SPA_PACKET_AGING Y;\n"+
		"MAX_SPA_PACKET_AGE 120;\nFWKNOP_RUN_DIR "+r.dir+";\n"+confExtra)
	return r
}

func (r *daemonRun) write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(r.dir, name), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// args are the flags both daemons take for their files.
func (r *daemonRun) args() []string {
	return []string{"-f", "-c", filepath.Join(r.dir, "fwknopd.conf"), "-a", filepath.Join(r.dir, "access.conf"),
		"-d", filepath.Join(r.dir, "digest.cache"), "-p", filepath.Join(r.dir, "fwknopd.pid")}
}

// start runs name in the server namespace and returns channels of its
// standard error and standard output lines. The process is killed (by
// pid) when the test ends.
func (r *daemonRun) start(t *testing.T, name string, args ...string) (stderr, stdout <-chan string) {
	t.Helper()
	cmd := r.server.Command(name, args...)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	errLines, outLines := make(chan string, 1<<16), make(chan string, 1<<16)
	go scanLines(errPipe, errLines)
	go scanLines(outPipe, outLines)
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
	})
	return errLines, outLines
}

func scanLines(r io.Reader, out chan<- string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		out <- sc.Text()
	}
	close(out)
}

// waitLine waits for a line containing sub, for at most 15 s.
func waitLine(t *testing.T, lines <-chan string, sub string) {
	t.Helper()
	timeout := time.After(15 * time.Second)
	var seen []string
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("daemon exited before logging %q:\n%s", sub, strings.Join(seen, "\n"))
			}
			if strings.Contains(l, sub) {
				return
			}
			seen = append(seen, l)
		case <-timeout:
			t.Fatalf("no log line with %q in 15 s:\n%s", sub, strings.Join(seen, "\n"))
		}
	}
}

// sentinelData is not base64, so both daemons refuse it at once, logging
// its source: the line that closes the previous packet's log.
var sentinelData = []byte(strings.Repeat("!", 150))

// judgeAll sends each packet, then the sentinel, from the client namespace
// as real UDP over the veth, and reads each verdict.
func (r *daemonRun) judgeAll(t *testing.T, j judge, packets []packet) []verdict {
	t.Helper()
	out := make([]verdict, len(packets))
	for i, p := range packets {
		r.send(t, p.src, p.data)
		r.send(t, sentinel, sentinelData)
		out[i] = j.next(t)
	}
	return out
}

// send sends one datagram from src to the SPA port.
func (r *daemonRun) send(t *testing.T, src netip.Addr, payload []byte) {
	t.Helper()
	err := r.client.Do(func() error {
		c, err := net.ListenUDP("udp4", net.UDPAddrFromAddrPort(netip.AddrPortFrom(src, 0)))
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.WriteToUDPAddrPort(payload, netip.AddrPortFrom(netnstest.ServerAddr4, 62201))
		return err
	})
	if err != nil {
		t.Fatalf("send from %s: %v", src, err)
	}
}

// rules lists the access rules in the server namespace as sorted
// "SRC proto/port" strings.
func (r *daemonRun) rules(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, l := range strings.Split(r.server.Run(t, "iptables", "-S", "FWKNOP_INPUT"), "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || f[0] != "-A" {
			continue
		}
		src, proto, port := flagValue(f, "-s"), flagValue(f, "-p"), flagValue(f, "--dport")
		out = append(out, fmt.Sprintf("%s %s/%s", strings.TrimSuffix(src, "/32"), proto, port))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func flagValue(f []string, name string) string {
	if i := slices.Index(f, name); i >= 0 && i+1 < len(f) {
		return f[i+1]
	}
	return "?"
}

// requireTools skips without the tools the run needs.
func requireTools(t *testing.T) {
	t.Helper()
	netnstest.RequireRoot(t)
	for _, p := range []string{"iptables", "fwknop", "fwknopd"} {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s not installed (CI must run scripts/install-deps.sh): %v", p, err)
			}
			t.Skipf("%s not installed (scripts/install-deps.sh): %v", p, err)
		}
	}
}

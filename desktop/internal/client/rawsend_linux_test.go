package client

import (
	"bufio"
	"context"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/internal/stockfwknop"
)

const (
	rawKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	rawHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
)

// rawKnock is one knock of TestRawKnocksOpenPorts and the rule it must add.
type rawKnock struct {
	transport knock.Transport
	spoof     string // -Q; empty: the client's own address
	icmpType  uint8
	port      string // -A tcp/PORT
	rule      string // "SRC tcp/PORT" in FWKNOP_INPUT
}

var rawKnocks = []rawKnock{
	{knock.UDPRaw, "", 0, "22", "198.51.100.7 tcp/22"},
	{knock.TCPRaw, "198.51.100.77", 0, "23", "198.51.100.77 tcp/23"},
	{knock.ICMP, "198.51.100.78", 0, "24", "198.51.100.78 tcp/24"},
	{knock.ICMP, "198.51.100.79", 8, "25", "198.51.100.79 tcp/25"},
}

// TestRawKnocksOpenPorts: the stock fwknopd and Sesame's, each live in a
// namespace capturing udp, tcp and icmp, open a port for each raw knock of
// Sesame's pipeline sent from the client namespace, and for each of the
// stock client's; with -Q and -s the rule is for the spoofed source, which
// no interface has.
func TestRawKnocksOpenPorts(t *testing.T) {
	netnstest.RequireRoot(t)
	stockfwknop.Require(t)
	for _, p := range []string{"iptables", "go"} {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("%s not installed: %v", p, err)
		}
	}
	dir := t.TempDir()
	ours := filepath.Join(dir, "fwknopd")
	if out, err := exec.Command("go", "build", "-o", ours, "github.com/sesame-spa/sesame/server/cmd/fwknopd").CombinedOutput(); err != nil {
		t.Fatalf("building fwknopd: %v\n%s", err, out)
	}
	for _, d := range []struct{ name, bin, ready string }{
		{"stock", "fwknopd", "Starting fwknopd main event loop"},
		{"sesame", ours, "serving"},
	} {
		t.Run(d.name, func(t *testing.T) {
			server, client := netnstest.Pair(t)
			startDaemon(t, server, d.bin, d.ready)
			for _, k := range rawKnocks {
				o := knock.NewOptions()
				o.Destination, o.Access, o.Transport, o.ICMPType = netnstest.ServerAddr4.String(), "tcp/"+k.port, k.transport, k.icmpType
				o.AllowIP = "0.0.0.0" // -s: the server opens for the packet's source
				if k.spoof != "" {
					o.SpoofSource = netip.MustParseAddr(k.spoof)
				}
				o.SetKeyBase64(rawKey)
				o.SetHMACKeyBase64(rawHMAC)
				err := client.Do(func() error {
					_, err := (&Pipeline{Getenv: func(string) string { return "alice" }}).Run(context.Background(), o, Run{})
					return err
				})
				if err != nil {
					t.Fatalf("-P %s: %v", k.transport, err)
				}
				waitRule(t, server, k.rule)
			}
			// And what the stock client sends in the same modes (its TCP
			// and UDP checksums are zero).
			for i, k := range rawKnocks {
				port := strconv.Itoa(30 + i)
				args := []string{"--no-save-args", "--no-rc-file", "-D", netnstest.ServerAddr4.String(), "-P", k.transport.String(),
					"-A", "tcp/" + port, "-s", "--key-base64-rijndael", rawKey, "--key-base64-hmac", rawHMAC, "--use-hmac",
					"--icmp-type", strconv.Itoa(int(k.icmpType))}
				src := "198.51.100.7"
				if k.spoof != "" {
					args, src = append(args, "-Q", k.spoof), k.spoof
				}
				cmd := client.Command("fwknop", args...)
				cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("stock fwknop -P %s: %v\n%s", k.transport, err, out)
				}
				waitRule(t, server, src+" tcp/"+port)
			}
		})
	}
}

// startDaemon runs bin in the server namespace, capturing the three raw
// transports on the veth, and waits for its ready line on standard error.
func startDaemon(t *testing.T, ns *netnstest.NS, bin, ready string) {
	t.Helper()
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	conf := write("fwknopd.conf", "PCAP_INTF "+netnstest.Link+";\nPCAP_FILTER udp port 62201 or tcp port 62201 or icmp;\nFWKNOP_RUN_DIR "+dir+";\n")
	access := write("access.conf", "SOURCE 198.51.100.0/24\nKEY_BASE64 "+rawKey+"\nHMAC_KEY_BASE64 "+rawHMAC+"\nFW_ACCESS_TIMEOUT 300\n")
	cmd := ns.Command(bin, "-f", "-v", "-v", "-c", conf, "-a", access, "-d", filepath.Join(dir, "digest.cache"), "-p", filepath.Join(dir, "fwknopd.pid"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	lines := make(chan string, 1024)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
	})
	var seen []string
	deadline := time.After(15 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("%s exited before %q:\n%s", bin, ready, strings.Join(seen, "\n"))
			}
			if strings.Contains(l, ready) {
				go func() { // keep the pipe drained
					for range lines {
					}
				}()
				return
			}
			seen = append(seen, l)
		case <-deadline:
			t.Fatalf("%s: no %q in 15 s:\n%s", bin, ready, strings.Join(seen, "\n"))
		}
	}
}

// waitRule waits up to 5 s for "SRC proto/port" in FWKNOP_INPUT.
func waitRule(t *testing.T, ns *netnstest.NS, want string) {
	t.Helper()
	var rules []string
	for range 50 {
		rules = rules[:0]
		out, _ := ns.Command("iptables", "-S", "FWKNOP_INPUT").Output()
		for _, l := range strings.Split(string(out), "\n") {
			f := strings.Fields(l)
			if i, j := slices.Index(f, "-s"), slices.Index(f, "--dport"); i >= 0 && j >= 0 && i+1 < len(f) && j+1 < len(f) {
				rules = append(rules, fmt.Sprintf("%s %s/%s", strings.TrimSuffix(f[i+1], "/32"), flagAfter(f, "-p"), f[j+1]))
			}
		}
		if slices.Contains(rules, want) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no rule %q; FWKNOP_INPUT holds %q", want, rules)
}

func flagAfter(f []string, name string) string {
	if i := slices.Index(f, name); i >= 0 && i+1 < len(f) {
		return f[i+1]
	}
	return "?"
}

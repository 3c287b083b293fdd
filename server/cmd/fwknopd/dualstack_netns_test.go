package main

import (
	"crypto/rand"
	"fmt"
	"net"
	"net/netip"
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

// adminRuleset is a native nftables ruleset that drops everything not
// established: only a grant hooked into its own input chain can open a port.
const adminRuleset = `table inet filter {
	chain input {
		type filter hook input priority 0; policy drop;
		ct state established,related accept
		iif lo accept
	}
}
`

// Ports the dual-stack tests listen on, one per step so that one step's
// grant cannot make another's pass.
const (
	portStock  = 2231 // stock client, expiry
	portV6     = 2232 // IPv6 knock, then IPv4 on the same daemon
	portReplay = 2233 // replay and wrong key
	portKill   = 2234 // kill -9 and restart
	portPrefix = 2235 // GRANT_PREFIX
	portReload = 2236 // the administrator reloads the ruleset
)

var (
	client4b = netip.MustParseAddr("198.51.100.8") // a second client address that never knocks
	client6b = netip.MustParseAddr("2001:db8::8")
	server4  = netnstest.ServerAddr4
	server6  = netnstest.ServerAddr6
)

var (
	sesameOnce sync.Once
	sesameBin  string
	sesameErr  error
)

// buildSesame builds the client (without the GUI) once for every test.
func buildSesame(t *testing.T) string {
	t.Helper()
	sesameOnce.Do(func() {
		sesameBin = filepath.Join(filepath.Dir(fwknopdBin), "sesame-nogui")
		out, err := exec.Command("go", "build", "-tags", "nogui", "-o", sesameBin, "github.com/sesame-spa/sesame").CombinedOutput()
		if err != nil {
			sesameErr = fmt.Errorf("building sesame: %v\n%s", err, out)
		}
	})
	if sesameErr != nil {
		t.Fatal(sesameErr)
	}
	return sesameBin
}

// dualStack is a server and a client namespace with a second address of
// each family on the client, TCP listeners on every test port of the
// server on both families, and the ports closed by the backend's own
// administrator rules.
type dualStack struct {
	server, client *netnstest.NS
	dir            string
	args           []string
	home           string
}

func newDualStack(t *testing.T, backend string) *dualStack {
	t.Helper()
	server, client := netnstest.Pair(t)
	s := &dualStack{server: server, client: client, home: t.TempDir()}
	client.Run(t, "ip", "addr", "add", client4b.String()+"/24", "dev", netnstest.Link)
	client.Run(t, "ip", "-6", "addr", "add", client6b.String()+"/64", "dev", netnstest.Link, "nodad")
	for _, port := range []int{portStock, portV6, portReplay, portKill, portPrefix, portReload} {
		listen(t, server, port)
	}
	switch backend {
	case "nftables":
		// The ruleset drops ICMPv6 neighbour discovery too: give both ends
		// their neighbours so that IPv6 works under it.
		staticNeighbours(t, server, client, netnstest.ClientAddr6, client6b)
		staticNeighbours(t, client, server, server6)
		s.loadRuleset(t)
	case "iptables":
		for _, cmd := range []string{"iptables", "ip6tables"} {
			server.Run(t, cmd, "-A", "INPUT", "-p", "tcp", "--dport", fmt.Sprintf("%d:%d", portStock, portReload), "-j", "DROP")
		}
	}
	s.dir, s.args = confDir(t, "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\nFIREWALL_BACKEND "+backend+";\n",
		"SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 3\n")
	return s
}

// loadRuleset loads adminRuleset as the administrator's reload does,
// flushing whatever was there.
func (s *dualStack) loadRuleset(t *testing.T) {
	t.Helper()
	rules := filepath.Join(t.TempDir(), "ruleset.nft")
	writeFile(t, rules, "flush ruleset\n"+adminRuleset)
	s.server.Run(t, "nft", "-f", rules)
}

func listen(t *testing.T, ns *netnstest.NS, port int) {
	t.Helper()
	ns.ServeTCP(t, fmt.Sprintf(":%d", port)) // both families
}

// staticNeighbours tells ns the link-layer address of peer's addrs.
func staticNeighbours(t *testing.T, ns, peer *netnstest.NS, addrs ...netip.Addr) {
	t.Helper()
	f := strings.Fields(peer.Run(t, "ip", "-br", "link", "show", netnstest.Link))
	if len(f) < 3 {
		t.Fatalf("ip -br link: %q", f)
	}
	for _, a := range addrs {
		ns.Run(t, "ip", "-6", "neigh", "replace", a.String(), "lladdr", f[2], "nud", "permanent", "dev", netnstest.Link)
	}
}

// connect tries a TCP connection from src to dst in the client namespace;
// a closed port drops the SYN, so a short timeout tells closed.
func (s *dualStack) connect(t *testing.T, src netip.Addr, port int, timeout time.Duration) bool {
	t.Helper()
	dst := server4
	if src.Is6() {
		dst = server6
	}
	err := s.client.Do(func() error {
		d := net.Dialer{Timeout: timeout, LocalAddr: &net.TCPAddr{IP: src.AsSlice()}}
		c, err := d.Dial("tcp", netip.AddrPortFrom(dst, uint16(port)).String())
		if err == nil {
			c.Close()
		}
		return err
	})
	return err == nil
}

func (s *dualStack) open(t *testing.T, src netip.Addr, port int) bool {
	return s.connect(t, src, port, 2*time.Second)
}

func (s *dualStack) closed(t *testing.T, src netip.Addr, port int) bool {
	return !s.connect(t, src, port, 300*time.Millisecond)
}

// fwList is fwknopd --fw-list in the server namespace.
func (s *dualStack) fwList(t *testing.T) string {
	t.Helper()
	return s.server.Run(t, fwknopdBin, append(slices.Clone(s.args), "--fw-list")...)
}

// waitGrantGone polls --fw-list until no grant for port is listed.
func (s *dualStack) waitGrantGone(t *testing.T, port int) time.Time {
	t.Helper()
	want := fmt.Sprintf("tcp/%d ", port)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if !strings.Contains(s.fwList(t), want) {
			return time.Now()
		}
	}
	t.Fatalf("grant for port %d still listed:\n%s", port, s.fwList(t))
	return time.Time{}
}

func (s *dualStack) sesameKnock(t *testing.T, allow, server netip.Addr, port int) {
	t.Helper()
	cmd := s.client.Command(buildSesame(t), "knock", "--no-rc-file", "-A", fmt.Sprintf("tcp/%d", port),
		"-a", allow.String(), "-D", server.String(), "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC)
	cmd.Env = append(os.Environ(), "HOME="+s.home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sesame knock: %v\n%s", err, out)
	}
}

// wantLogged checks a line logged before the daemon served.
func wantLogged(t *testing.T, d *nsDaemon, sub string) {
	t.Helper()
	if !strings.Contains(d.logText(), sub) {
		t.Errorf("no log line with %q:\n%s", sub, d.logText())
	}
}

func expiresOf(t *testing.T, decision map[string]any) time.Time {
	t.Helper()
	e, err := time.Parse(time.RFC3339, fmt.Sprint(decision["expires"]))
	if err != nil {
		t.Fatalf("decision %v: %v", decision, err)
	}
	return e
}

// checkRemovedOnTime fails unless the grant went between its expiry
// second and 1.5 s later.
func checkRemovedOnTime(t *testing.T, gone, expires time.Time) {
	t.Helper()
	if gone.Before(expires) || gone.After(expires.Add(1500*time.Millisecond)) {
		t.Errorf("grant removed at %s, expiry %s", gone.Format(time.RFC3339Nano), expires)
	}
}

// ipv6Knock knocks over IPv6 for the client's first IPv6 address and
// checks that only that address gets in, then knocks over IPv4 on the same
// daemon.
func (s *dualStack) ipv6Knock(t *testing.T, d *nsDaemon) {
	access := fmt.Sprintf("tcp/%d", portV6)
	if !s.closed(t, netnstest.ClientAddr6, portV6) {
		t.Fatal("IPv6 port open before any knock")
	}
	s.sesameKnock(t, netnstest.ClientAddr6, server6, portV6)
	got := d.waitDecision(t, access)
	wantDecision(t, got, "accept", "")
	if got["allow_ip"] != netnstest.ClientAddr6.String() {
		t.Errorf("IPv6 knock decided as %v", got)
	}
	if !s.open(t, netnstest.ClientAddr6, portV6) {
		t.Fatalf("IPv6 port closed after an IPv6 knock:\n%s", s.fwList(t))
	}
	if !s.closed(t, client6b, portV6) {
		t.Error("IPv6 knock opened the port for another IPv6 address")
	}
	if !s.closed(t, netnstest.ClientAddr4, portV6) {
		t.Error("IPv6 knock opened the port over IPv4")
	}
	p := knockPacket(t, testKey, testHMAC, access, time.Now(), 0)
	sendUDP(t, s.client, p)
	wantDecision(t, d.waitDecision(t, access), "accept", "")
	if !s.open(t, netnstest.ClientAddr4, portV6) {
		t.Fatalf("IPv4 knock on the dual-stack daemon did not open:\n%s", s.fwList(t))
	}
	if !s.closed(t, client4b, portV6) {
		t.Error("IPv4 knock opened the port for another IPv4 address")
	}
}

// TestNFTablesNamespace runs fwknopd with FIREWALL_BACKEND nftables under
// a native ruleset whose input policy is drop, in both families.
func TestNFTablesNamespace(t *testing.T) {
	s := newDualStack(t, "nftables")
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	// Without FIREWALL_BACKEND, the native input chain selects nftables.
	_, detectArgs := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	if out := s.server.Run(t, fwknopdBin, append(detectArgs, "-D")...); !strings.Contains(out, "Firewall backend in use: nftables (FIREWALL_BACKEND not set: ") {
		t.Errorf("-D under a native ruleset:\n%s", out)
	}
	d := startDaemon(t, s.server, s.args)
	wantLogged(t, d, "firewall: nftables (FIREWALL_BACKEND nftables in fwknopd.conf)")

	t.Run("stock client opens, expiry on time", func(t *testing.T) {
		if !s.closed(t, netnstest.ClientAddr4, portStock) {
			t.Fatal("port open before any knock")
		}
		cmd := s.client.Command("fwknop", "-A", fmt.Sprintf("tcp/%d", portStock), "-a", netnstest.ClientAddr4.String(),
			"-D", server4.String(), "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC, "--use-hmac")
		cmd.Env = append(os.Environ(), "HOME="+s.home)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("fwknop: %v\n%s", err, out)
		}
		got := d.waitDecision(t, fmt.Sprintf("tcp/%d", portStock))
		wantDecision(t, got, "accept", "")
		if !s.open(t, netnstest.ClientAddr4, portStock) {
			t.Fatalf("port closed after the stock client's knock:\n%s", s.fwList(t))
		}
		if !strings.Contains(s.fwList(t), fmt.Sprintf("198.51.100.7 -> tcp/%d ", portStock)) {
			t.Errorf("--fw-list lacks the grant:\n%s", s.fwList(t))
		}
		checkRemovedOnTime(t, s.waitGrantGone(t, portStock), expiresOf(t, got))
		if !s.closed(t, netnstest.ClientAddr4, portStock) {
			t.Error("port open after expiry")
		}
	})

	t.Run("sesame knock opens", func(t *testing.T) {
		s.sesameKnock(t, netnstest.ClientAddr4, server4, portStock)
		wantDecision(t, d.waitDecision(t, fmt.Sprintf("tcp/%d", portStock)), "accept", "")
		if !s.open(t, netnstest.ClientAddr4, portStock) {
			t.Fatalf("port closed after sesame knock:\n%s", s.fwList(t))
		}
	})

	t.Run("IPv6 knock opens for the knocking address only; IPv4 still works", func(t *testing.T) { s.ipv6Knock(t, d) })

	t.Run("knock-to-open latency", func(t *testing.T) { s.latency(t, d, "nftables") })

	t.Run("replay and wrong key open nothing", func(t *testing.T) {
		access := fmt.Sprintf("tcp/%d", portReplay)
		p := knockPacket(t, testKey, testHMAC, access, time.Now(), 1)
		sendUDP(t, s.client, p)
		wantDecision(t, d.waitDecision(t, access), "accept", "")
		s.waitGrantGone(t, portReplay)
		sendUDP(t, s.client, p)
		wantDecision(t, d.waitDecision(t, ""), "reject", "replay")
		sendUDP(t, s.client, knockPacket(t, keyB64B, hmacB64, access, time.Now(), 0))
		wantDecision(t, d.waitDecision(t, ""), "reject", "bad_hmac")
		if strings.Contains(s.fwList(t), access+" ") || !s.closed(t, netnstest.ClientAddr4, portReplay) {
			t.Fatalf("a refused packet opened the port:\n%s", s.fwList(t))
		}
	})

	t.Run("GRANT_PREFIX opens the source's network in both families", func(t *testing.T) {
		writeFile(t, filepath.Join(s.dir, "access.conf"), "SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+
			"\nFW_ACCESS_TIMEOUT 3\nGRANT_PREFIX_V4 24\nGRANT_PREFIX_V6 64\n")
		d.signal(syscall.SIGHUP)
		d.waitLog(t, "configuration reloaded")
		access := fmt.Sprintf("tcp/%d", portPrefix)
		for _, c := range []struct{ allow, other netip.Addr }{{netnstest.ClientAddr4, client4b}, {netnstest.ClientAddr6, client6b}} {
			s.knockFrom(t, c.allow, access)
			wantDecision(t, d.waitDecision(t, access), "accept", "")
			if !s.open(t, c.other, portPrefix) {
				t.Errorf("GRANT_PREFIX grant for %s does not let %s in:\n%s", c.allow, c.other, s.fwList(t))
			}
		}
		list := s.fwList(t)
		for _, want := range []string{"198.51.100.0/24 -> " + access + " ", "2001:db8::/64 -> " + access + " "} {
			if !strings.Contains(list, want) {
				t.Errorf("--fw-list lacks %q:\n%s", want, list)
			}
		}
		writeFile(t, filepath.Join(s.dir, "access.conf"), goodAccess)
		d.signal(syscall.SIGHUP)
		d.waitLog(t, "configuration reloaded")
	})

	t.Run("a ruleset reload's lost sets are put back with the live grants", func(t *testing.T) {
		access := fmt.Sprintf("tcp/%d", portReload)
		sendUDP(t, s.client, knockPacket(t, testKey, testHMAC, access, time.Now(), 30))
		wantDecision(t, d.waitDecision(t, access), "accept", "")
		s.loadRuleset(t)
		if !s.closed(t, netnstest.ClientAddr4, portReload) {
			t.Fatal("port still open with the sets flushed")
		}
		// Put back by the periodic check, or sooner by an expiry that
		// finds the sets missing.
		for deadline := time.Now().Add(2 * daemon.CheckInterval); !s.connect(t, netnstest.ClientAddr4, portReload, 300*time.Millisecond); {
			if time.Now().After(deadline) {
				t.Fatalf("grant not put back after the reload:\n%s", s.server.Run(t, "nft", "list", "ruleset"))
			}
		}
	})

	t.Run("kill -9 and restart keep the kernel-timed grant and refuse the replay", func(t *testing.T) {
		access := fmt.Sprintf("tcp/%d", portKill)
		p := knockPacket(t, testKey, testHMAC, access, time.Now(), 0)
		sendUDP(t, s.client, p)
		got := d.waitDecision(t, access)
		wantDecision(t, got, "accept", "")
		d.signal(syscall.SIGKILL)
		<-d.done
		if !s.open(t, netnstest.ClientAddr4, portKill) {
			t.Fatal("grant lost with the daemon")
		}
		d = startDaemon(t, s.server, s.args)
		d.waitLog(t, "live grant found at start: 198.51.100.7 -> "+access+" ")
		sendUDP(t, s.client, p)
		wantDecision(t, d.waitDecision(t, ""), "reject", "replay")
		checkRemovedOnTime(t, s.waitGrantGone(t, portKill), expiresOf(t, got))
		if !s.closed(t, netnstest.ClientAddr4, portKill) {
			t.Error("port open after the recovered grant expired")
		}
	})

	t.Run("--fw-flush leaves the administrator's ruleset as loaded", func(t *testing.T) {
		<-d.done // the restarted daemon ended with its subtest
		before := s.server.Run(t, "nft", "list", "ruleset")
		s.server.Run(t, fwknopdBin, append(slices.Clone(s.args), "--fw-flush")...)
		after := s.server.Run(t, "nft", "list", "ruleset")
		if strings.Contains(after, "sesame") || !strings.Contains(after, "policy drop") {
			t.Errorf("after --fw-flush:\n%s\nbefore:\n%s", after, before)
		}
	})
}

// TestIPTablesIPv6Namespace: with the iptables backend, an IPv6 knock goes
// to ip6tables for the knocking address only, and IPv4 still works.
func TestIPTablesIPv6Namespace(t *testing.T) {
	s := newDualStack(t, "iptables")
	d := startDaemon(t, s.server, s.args)
	wantLogged(t, d, "firewall: iptables (FIREWALL_BACKEND iptables in fwknopd.conf)")
	s.ipv6Knock(t, d)
	s.latency(t, d, "iptables")
	if out := s.server.Run(t, "ip6tables", "-S", "FWKNOP_INPUT"); !strings.Contains(out, "-s 2001:db8::7/128") {
		t.Errorf("no ip6tables rule for the IPv6 knock:\n%s", out)
	}
}

// knockFrom seals an access request for allow and sends it over allow's
// family to the server's SPA port.
func (s *dualStack) knockFrom(t *testing.T, allow netip.Addr, access string) {
	t.Helper()
	m := &spa.Message{User: "alice", Timestamp: time.Now().Unix(), Type: spa.AccessMsg, Message: allow.String() + "," + access}
	var err error
	if m.Random, err = spa.RandomDigits(rand.Reader); err != nil {
		t.Fatal(err)
	}
	p, err := spa.Seal(m, &spa.Keys{Rijndael: mustB64(t, testKey), HMAC: mustB64(t, testHMAC)}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	to := netip.AddrPortFrom(server4, 62201)
	if allow.Is6() {
		to = netip.AddrPortFrom(server6, 62201)
	}
	if err := s.client.Do(func() error {
		c, err := net.ListenUDP("udp", nil)
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.WriteToUDPAddrPort([]byte(p), to)
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

// latency knocks 20 times over each family for fresh ports and logs the
// time from the UDP send to the accept being logged, which the daemon
// does once the firewall holds the grant.
func (s *dualStack) latency(t *testing.T, d *nsDaemon, backend string) {
	for _, allow := range []netip.Addr{netnstest.ClientAddr4, netnstest.ClientAddr6} {
		var lat []time.Duration
		for i := range 21 {
			access := fmt.Sprintf("tcp/%d", 20000+i)
			start := time.Now()
			s.knockFrom(t, allow, access)
			wantDecision(t, d.waitDecision(t, access), "accept", "")
			if i > 0 { // the first knock warms up
				lat = append(lat, time.Since(start))
			}
		}
		slices.Sort(lat)
		t.Logf("%s %s knock-to-open over %d knocks: median %s, p90 %s, max %s", backend, map[bool]string{true: "IPv6", false: "IPv4"}[allow.Is6()],
			len(lat), lat[len(lat)/2], lat[len(lat)*9/10], lat[len(lat)-1])
	}
}

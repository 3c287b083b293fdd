package cli

import (
	"bytes"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/zalando/go-keyring"

	"github.com/sesame-spa/sesame/shared/spa"
)

// fakeServer is a stand-in fwknopd on loopback: a UDP socket that opens a
// real TCP listener on its port at the first knock with the test keys (and
// leaves it open, as a grant still running); other packets are refused.
// It returns its UDP port, the TCP port and the count of knocks accepted.
func fakeServer(t *testing.T) (udpPort, tcpPort int, accepted *atomic.Int32) {
	t.Helper()
	udp, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { udp.Close() })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tcpPort = ln.Addr().(*net.TCPAddr).Port
	ln.Close() // closed until the first good knock
	accepted = new(atomic.Int32)
	keys := testKeys(t)
	go func() {
		buf := make([]byte, 2048)
		for {
			n, _, err := udp.ReadFrom(buf)
			if err != nil {
				return
			}
			if _, err := spa.Open(buf[:n], keys); err != nil {
				continue
			}
			if accepted.Add(1) != 1 {
				continue
			}
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(tcpPort))
			if err != nil {
				continue
			}
			t.Cleanup(func() { l.Close() })
			go func() {
				for {
					c, err := l.Accept()
					if err != nil {
						return
					}
					c.Close()
				}
			}()
		}
	}()
	return udp.LocalAddr().(*net.UDPAddr).Port, tcpPort, accepted
}

// The finding: `sesame knock srv1` printed "open after 0 ms" and exited 0
// although the server refused the packet, a grant of an earlier knock
// still being open. The port is now checked before the knock.
func TestKnockProfileAlreadyOpen(t *testing.T) {
	keyring.MockInit()
	udpPort, tcpPort, accepted := fakeServer(t)
	wrongHMAC := []byte(testHMAC)
	wrongHMAC[0] ^= 1
	env := map[string]string{
		"SESAME_CONFIG_DIR": filepath.Join(t.TempDir(), "config"),
		"LO_KEYS":           keysText,
		"WRONG_KEYS":        "KEY_BASE64: " + testKey + "\nHMAC_KEY_BASE64: " + string(wrongHMAC) + "\n",
	}
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		sys := testSystem(&out, &errOut, env)
		var st int
		if args[0] == "knock" {
			st = Knock(args[1:], sys)
		} else {
			st = Profile(args[1:], sys, strings.NewReader(""))
		}
		return st, out.String(), errOut.String()
	}
	for _, p := range [][2]string{{"lo", "LO_KEYS"}, {"wrong", "WRONG_KEYS"}} {
		if st, _, errOut := run("profile", "add", p[0], "--host", "127.0.0.1", "--port", strconv.Itoa(udpPort),
			"--access", "tcp/"+strconv.Itoa(tcpPort), "--allow", "source", "--timeout", "45", "--key-source", "env:"+p[1]); st != 0 {
			t.Fatal(errOut)
		}
	}
	if st, out, errOut := run("knock", "lo"); st != 0 || !strings.HasPrefix(out, "lo: open after ") {
		t.Fatalf("first knock: exit %d, %q %q", st, out, errOut)
	}
	// The grant runs: a renewal is sent, and said to find the port open.
	st, out, errOut := run("knock", "lo")
	if st != 0 || !strings.HasPrefix(out, "lo: already open, 0:4") || !strings.Contains(out, "cannot show whether the server accepted it") || errOut != "" {
		t.Fatalf("second knock: exit %d, %q %q", st, out, errOut)
	}
	// Wrong keys: the server refuses, the port answers all the same; no
	// grant of this profile is known, and the knock is not claimed.
	st, out, errOut = run("knock", "wrong")
	if st != 0 || !strings.HasPrefix(out, "wrong: already open before the knock, by no grant") || strings.Contains(out, "open after") {
		t.Fatalf("refused knock: exit %d, %q %q", st, out, errOut)
	}
	if n := accepted.Load(); n < 1 || n > 2 {
		t.Fatalf("the server accepted %d knocks, want lo's (1 or 2, the renewal may still be on its way)", n)
	}
}

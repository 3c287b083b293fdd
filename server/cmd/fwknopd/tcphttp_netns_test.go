package main

import (
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// portTCPHTTP is the port the knocks over TCP and HTTP open.
const portTCPHTTP = 2241

// tcpHTTPRuleset drops everything new but the SPA port, which the TCP
// server must accept on (and the UDP server receive on), and neighbour
// discovery.
const tcpHTTPRuleset = `flush ruleset
table inet filter {
	chain input {
		type filter hook input priority 0; policy drop;
		ct state established,related accept
		iif lo accept
		meta l4proto ipv6-icmp accept
		tcp dport 62201 accept
		udp dport 62201 accept
	}
}
`

// tcpHTTPServer starts fwknopd with the TCP server and SPA over HTTP on
// port 62201, in libpcap or UDP-server mode, behind the backend's rules
// that close portTCPHTTP.
func tcpHTTPServer(t *testing.T, backend string, udpServer bool) (*netnstest.NS, *netnstest.NS, *nsDaemon) {
	t.Helper()
	server, client := netnstest.Pair(t)
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	listen(t, server, portTCPHTTP)
	switch backend {
	case "nftables":
		rules := filepath.Join(t.TempDir(), "ruleset.nft")
		writeFile(t, rules, tcpHTTPRuleset)
		server.Run(t, "nft", "-f", rules)
	case "iptables":
		for _, cmd := range []string{"iptables", "ip6tables"} {
			server.Run(t, cmd, "-A", "INPUT", "-p", "tcp", "--dport", fmt.Sprint(portTCPHTTP), "-j", "DROP")
		}
	}
	conf := "PCAP_INTF lo;\nFIREWALL_BACKEND " + backend + ";\nENABLE_TCP_SERVER Y;\nTCPSERV_PORT 62201;\nENABLE_SPA_OVER_HTTP Y;\n" +
		"PCAP_FILTER udp port 62201 or tcp port 62201;\n"
	if udpServer {
		conf += "ENABLE_UDP_SERVER Y;\n"
	}
	_, args := confDir(t, conf, "SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 30\n")
	d := startDaemon(t, server, args)
	wantLogged(t, d, "TCP server on port 62201")
	return server, client, d
}

// knockWith runs a client in the client namespace.
func knockWith(t *testing.T, client *netnstest.NS, home string, argv ...string) {
	t.Helper()
	cmd := client.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv[:3], " "), err, out)
	}
}

// TestSPAOverTCPAndHTTPNamespace: the stock client over TCP and HTTP and
// sesame knock over UDP, TCP and HTTP each open the port, for both
// firewall backends and both capture modes; sesame knock over IPv6 too.
func TestSPAOverTCPAndHTTPNamespace(t *testing.T) {
	netnstest.RequireRoot(t)
	sesame := buildSesame(t)
	access := fmt.Sprintf("tcp/%d", portTCPHTTP)
	for _, backend := range []string{"iptables", "nftables"} {
		for _, mode := range []string{"libpcap", "udp-server"} {
			t.Run(backend+"/"+mode, func(t *testing.T) {
				server, client, d := tcpHTTPServer(t, backend, mode == "udp-server")
				home := t.TempDir()
				s := &dualStack{server: server, client: client}
				if !s.closed(t, netnstest.ClientAddr4, portTCPHTTP) {
					t.Fatal("port open before any knock")
				}
				keys := []string{"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
				type knock struct {
					name string
					argv []string
				}
				var knocks []knock
				for _, proto := range []string{"tcp", "http"} {
					knocks = append(knocks, knock{"stock client over " + proto, append([]string{"fwknop", "-A", access,
						"-a", netnstest.ClientAddr4.String(), "-D", server4.String(), "-P", proto, "-p", "62201", "--use-hmac"}, keys...)})
				}
				for _, proto := range []string{"udp", "tcp", "http"} {
					for _, to := range []netip.Addr{server4, server6} {
						allow := netnstest.ClientAddr4
						if to.Is6() {
							allow = netnstest.ClientAddr6
						}
						knocks = append(knocks, knock{fmt.Sprintf("sesame knock over %s to %s", proto, to), append([]string{sesame, "knock",
							"--no-rc-file", "-A", access, "-a", allow.String(), "-D", to.String(), "-P", proto, "-p", "62201"}, keys...)})
					}
				}
				for _, k := range knocks {
					start := time.Now()
					knockWith(t, client, home, k.argv...)
					got := d.waitDecision(t, access)
					wantDecision(t, got, "accept", "")
					t.Logf("%s: accepted %s after the client started", k.name, time.Since(start).Round(time.Millisecond))
				}
				malformed(t, client, d)
				for _, src := range []netip.Addr{netnstest.ClientAddr4, netnstest.ClientAddr6} {
					if !s.open(t, src, portTCPHTTP) {
						t.Errorf("port closed for %s after the knocks:\n%s", src, d.logText())
					}
				}
			})
		}
	}
}

// malformed sends an HTTP request of another agent and a TCP connection
// without data, and checks the reasons logged for them.
func malformed(t *testing.T, client *netnstest.NS, d *nsDaemon) {
	t.Helper()
	for _, c := range []struct{ payload, reason string }{
		{"GET /" + strings.Repeat("A", 200) + " HTTP/1.1\r\nUser-Agent: curl/8.5\r\n\r\n", "http_user_agent"},
		{"", "tcp_no_data"},
	} {
		err := client.Do(func() error {
			c2, err := net.DialTimeout("tcp", netip.AddrPortFrom(server4, 62201).String(), 2*time.Second)
			if err != nil {
				return err
			}
			defer c2.Close()
			_, err = c2.Write([]byte(c.payload))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		wantDecision(t, d.waitDecision(t, ""), "reject", c.reason)
	}
}

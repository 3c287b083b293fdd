package cli

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

var testKeyArgs = []string{"--no-rc-file", "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}

func testKeys(t *testing.T) *spa.Keys {
	t.Helper()
	key, err1 := base64.StdEncoding.DecodeString(testKey)
	hmacKey, err2 := base64.StdEncoding.DecodeString(testHMAC)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return &spa.Keys{Rijndael: key, HMAC: hmacKey}
}

// listenUDP6 listens on [::1] and returns its port and a function that
// reads one datagram, opened with the test keys.
func listenUDP6(t *testing.T) (string, func() *spa.Message) {
	t.Helper()
	conn, err := net.ListenPacket("udp6", "[::1]:0")
	if err != nil {
		t.Skipf("no IPv6 loopback: %v", err)
	}
	t.Cleanup(func() { conn.Close() })
	port := fmt.Sprint(conn.LocalAddr().(*net.UDPAddr).Port)
	return port, func() *spa.Message {
		t.Helper()
		buf := make([]byte, 2048)
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		n, from, err := conn.ReadFrom(buf)
		if err != nil {
			t.Fatalf("no knock arrived: %v", err)
		}
		if !from.(*net.UDPAddr).IP.Equal(net.IPv6loopback) {
			t.Errorf("knock came from %v, not ::1", from)
		}
		m, err := spa.Open(buf[:n], testKeys(t))
		if err != nil {
			t.Fatalf("packet does not open: %v", err)
		}
		return m
	}
}

// hosts is a knock.HostResolver with fixed records.
type hosts map[string][]netip.Addr

func (h hosts) LookupNetIP(_ context.Context, network, host string) ([]netip.Addr, error) {
	var out []netip.Addr
	for _, a := range h[host] {
		if network == "ip" || (network == "ip4") == a.Is4() {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("lookup %s: no such host", host)
	}
	return out, nil
}

// -4/-6 and IPv6 addresses on the command line, with -T (nothing sent).
func TestKnockIPv6Options(t *testing.T) {
	note := "note: IPv6 allow address; stock fwknopd 2.6 servers refuse it"
	tests := []struct {
		name    string
		args    []string
		status  int
		message string // Message String of -v; empty: not checked
		stderr  string // in the one line of stderr; empty: stderr empty
	}{
		{"IPv6 -a", []string{"-a", "2001:db8::7", "-D", "2001:db8::1"}, 0, "2001:db8::7,tcp/22", note},
		{"IPv6 -a with -6", []string{"-6", "-a", "2001:db8::7", "-D", "[2001:db8::1]"}, 0, "2001:db8::7,tcp/22", note},
		{"-s with -6", []string{"-6", "-s", "-D", "2001:db8::1"}, 0, "0.0.0.0,tcp/22", ""},
		{"IPv4 -a with -4", []string{"--ipv4", "-a", "198.51.100.7", "-D", "203.0.113.5"}, 0, "198.51.100.7,tcp/22", ""},
		{"bad IPv6 -a", []string{"-a", "2001:db8::7::1", "-D", "2001:db8::1"}, 2, "", `allow-ip: "2001:db8::7::1" is not an IPv4 or IPv6 address`},
		{"-4 with IPv6 -a", []string{"-4", "-a", "2001:db8::7", "-D", "203.0.113.5"}, 2, "", "-4 asks for IPv4, but -a 2001:db8::7 is not an IPv4 address"},
		{"-4 with IPv6 -D", []string{"-4", "-s", "-D", "2001:db8::1"}, 2, "", "-4 asks for IPv4, but -D 2001:db8::1 is not an IPv4 address"},
		{"-6 with IPv4 -a", []string{"-6", "-a", "198.51.100.7", "-D", "2001:db8::1"}, 2, "", "-6 asks for IPv6, but -a 198.51.100.7"},
		{"-6 with IPv4 -D", []string{"-s", "-D", "203.0.113.5", "-6"}, 2, "", "-6 asks for IPv6, but -D 203.0.113.5"},
		{"-4 and -6", []string{"-46", "-s", "-D", "203.0.113.5"}, 2, "", "-4 and -6 cannot be used together"},
		{"-6 and --server-resolve-ipv4", []string{"-6", "--server-resolve-ipv4", "-s", "-D", "spa.example"}, 2, "", "-6 conflicts with --server-resolve-ipv4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append(append([]string{"-T", "-v", "-A", "tcp/22"}, testKeyArgs...), tt.args...)
			st := Knock(args, testSystem(&out, &errOut, nil))
			lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
			if st != tt.status || len(lines) != 1 || !strings.Contains(errOut.String(), tt.stderr) || (tt.stderr == "" && errOut.Len() != 0) {
				t.Fatalf("exit %d (want %d), stderr %q (want one line with %q)", st, tt.status, errOut.String(), tt.stderr)
			}
			if st != 0 && out.Len() != 0 {
				t.Errorf("refused, yet printed %q", out.String())
			}
			if tt.message != "" && fields(out.String())["Message String"] != tt.message {
				t.Errorf("Message String %q, want %q", fields(out.String())["Message String"], tt.message)
			}
		})
	}
}

// -D by name: -6 picks the AAAA record, the packet goes to [::1] and
// carries the IPv6 allow address; -4 on an IPv6-only name is refused.
func TestKnockNameOverIPv6(t *testing.T) {
	port, receive := listenUDP6(t)
	var out, errOut bytes.Buffer
	sys := testSystem(&out, &errOut, nil)
	sys.Lookup = hosts{
		"dual.example": {netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")},
		"v6.example":   {netip.MustParseAddr("::1")},
	}
	args := append([]string{"-6", "-v", "-A", "tcp/22", "-a", "2001:db8::7", "-D", "dual.example", "-p", port}, testKeyArgs...)
	if st := Knock(args, sys); st != 0 {
		t.Fatalf("exit %d: %s", st, errOut.String())
	}
	if m := receive(); m.Message != "2001:db8::7,tcp/22" {
		t.Fatalf("message %q", m.Message)
	}
	if !strings.Contains(errOut.String(), "to [::1]:"+port+" over udp") {
		t.Errorf("stderr %q", errOut.String())
	}
	errOut.Reset()
	args = append([]string{"-4", "-A", "tcp/22", "-s", "-D", "v6.example", "-p", port}, testKeyArgs...)
	if st := Knock(args, sys); st != 2 || errOut.String() != "sesame knock: cannot resolve host \"v6.example\" to an IPv4 address; send_spa_packet: packet not sent.\n" {
		t.Fatalf("exit %d, stderr %q", st, errOut.String())
	}
}

// -R -6 asks the resolver for the IPv6 external address.
func TestKnockResolveIPv6(t *testing.T) {
	r := &familyResolver{addr: netip.MustParseAddr("2001:db8::99")}
	var out, errOut bytes.Buffer
	sys := testSystem(&out, &errOut, nil)
	sys.Resolver = r
	args := append([]string{"-T", "-v", "-6", "-A", "tcp/22", "-R"}, testKeyArgs...)
	if st := Knock(args, sys); st != 0 || r.fam != knock.IPv6 || fields(out.String())["Message String"] != "2001:db8::99,tcp/22" {
		t.Fatalf("exit %d, family %v, fields %v, stderr %q", st, r.fam, fields(out.String()), errOut.String())
	}
}

type familyResolver struct {
	addr netip.Addr
	fam  knock.Family
}

func (f *familyResolver) ExternalAddr(_ context.Context, _, _ string, fam knock.Family) (netip.Addr, error) {
	f.fam = fam
	return f.addr, nil
}

// The built binary sends a real knock over IPv6 loopback: -a with an IPv6
// address, and -s, whose 0.0.0.0 leaves the server to use the source.
func TestBinaryKnocksOverIPv6(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sesame binary")
	}
	bin := filepath.Join(t.TempDir(), "sesame")
	if out, err := exec.Command("go", "build", "-tags", "nogui", "-o", bin, "github.com/sesame-spa/sesame").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	port, receive := listenUDP6(t)
	// The headless build (-tags nogui): this tests the knock, not the GUI.
	env := append(os.Environ(), "HOME="+t.TempDir(), "SESAME_KEY_BASE64_RIJNDAEL="+testKey, "SESAME_KEY_BASE64_HMAC="+testHMAC)
	for _, tt := range []struct{ args, message, stderr string }{
		{"-6 -v -a 2001:db8::7 -D ::1", "2001:db8::7,tcp/22", "sesame knock: note: IPv6 allow address; stock fwknopd 2.6 servers refuse it"},
		{"-s -D [::1]", "0.0.0.0,tcp/22", ""},
	} {
		cmd := exec.Command(bin, append([]string{"knock", "--no-rc-file", "-A", "tcp/22", "-p", port}, strings.Fields(tt.args)...)...)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("sesame knock %s: %v: %s", tt.args, err, stderr.String())
		}
		if m := receive(); m.Message != tt.message || m.Type != spa.AccessMsg {
			t.Errorf("%s: message %q type %v, want %q", tt.args, m.Message, m.Type, tt.message)
		}
		if !strings.Contains(stderr.String(), tt.stderr) || (tt.stderr == "" && stderr.Len() != 0) {
			t.Errorf("%s: stderr %q", tt.args, stderr.String())
		}
	}
	// A conflict: exit 2, one line, nothing sent.
	cmd := exec.Command(bin, "knock", "--no-rc-file", "-4", "-A", "tcp/22", "-a", "2001:db8::7", "-D", "127.0.0.1", "-p", port)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 ||
		string(out) != "sesame knock: -4 asks for IPv4, but -a 2001:db8::7 is not an IPv4 address\n" {
		t.Fatalf("conflict: %v, output %q", err, out)
	}
}

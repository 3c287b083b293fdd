package desktop_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
	gpgDir   = "../shared/spa/spatest/testdata/gpg" // the in-repository copy of the vectors' keys
)

var sesameBin string

// TestMain builds the sesame binary once for the end-to-end tests.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sesame-e2e")
	if err != nil {
		panic(err)
	}
	sesameBin = filepath.Join(dir, "sesame")
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	build := exec.Command(goBin, "build", "-o", sesameBin, "github.com/sesame-spa/sesame")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building sesame: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	status         int
	stdout, stderr string
}

func sesame(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(sesameBin, args...)
	// A user with an rc file: sesame knock creates a missing one, as the
	// stock client, and says so on stderr (desktop/internal/cli tests it).
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, ".fwknoprc"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd.Env = append([]string{"HOME=" + home, "LOGNAME=alice", "PATH=/usr/bin:/bin"}, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exitErr *exec.ExitError
	r := result{stdout: out.String(), stderr: errOut.String()}
	switch {
	case errors.As(err, &exitErr):
		r.status = exitErr.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return r
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func rijndaelKeys(t *testing.T) *spa.Keys {
	k, _ := base64.StdEncoding.DecodeString(testKey)
	h, _ := base64.StdEncoding.DecodeString(testHMAC)
	return &spa.Keys{Rijndael: k, HMAC: h}
}

var keyArgs = []string{"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}

func TestTestModePacketOpens(t *testing.T) {
	r := sesame(t, nil, append([]string{"knock", "--test", "-A", "tcp/22", "-a", "198.51.100.7", "--fw-timeout", "30"}, keyArgs...)...)
	// -T prints the fields, as the stock client, and the packet last.
	if r.status != 0 || r.stderr != "" || !strings.HasPrefix(r.stdout, "SPA Field Values:") {
		t.Fatalf("%+v", r)
	}
	m, err := spa.Open([]byte(lastLine(r.stdout)), rijndaelKeys(t))
	if err != nil {
		t.Fatal(err)
	}
	if m.Type != spa.ClientTimeoutAccessMsg || m.Message != "198.51.100.7,tcp/22" || m.ClientTimeout != 30 || m.User != "alice" {
		t.Fatalf("opened %+v", m)
	}
	if d := time.Now().Unix() - m.Timestamp; d < -2 || d > 10 {
		t.Fatalf("timestamp off by %ds", d)
	}
}

func TestBadInput(t *testing.T) {
	base := []string{"knock", "-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1"}
	with := func(a []string, more ...string) []string { return append(append([]string{}, a...), more...) }
	withKeys := with(base, keyArgs...)
	tests := []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"unknown digest", nil, with(withKeys, "-m", "sha999"), "unknown digest"},
		{"unknown hmac digest", nil, with(withKeys, "--hmac-digest-type", "sha2"), "unknown digest"},
		{"malformed access", nil, with(withKeys, "-A", "tcp22"), `access "tcp22"`},
		{"key not base64", nil, with(base, "--key-base64-rijndael", "sekrit!!", "--key-base64-hmac", testHMAC), "not valid base64"},
		{"key too long", nil, with(base, "--key-base64-rijndael", base64.StdEncoding.EncodeToString(make([]byte, 40)), "--key-base64-hmac", testHMAC), "40 bytes long"},
		{"unresolvable host", nil, with(withKeys, "-D", "no-such-host.invalid"), "cannot resolve host"},
		{"missing rc file", nil, with(withKeys, "-n", "nope", "--rc-file", "/nonexistent/rc"), "no such file"},
		{"legacy with hmac", nil, with(withKeys, "-M", "legacy"), "legacy encryption mode"},
		{"bad mode", nil, with(withKeys, "-M", "pcbc"), "pcbc is not implemented"},
		{"profile name", nil, []string{"knock", "work"}, `no such profile named "work"`},
		{"unknown option", nil, with(withKeys, "--frobnicate"), "unknown option --frobnicate"},
		{"no destination", nil, append([]string{"knock", "-A", "tcp/22", "-a", "198.51.100.7"}, keyArgs...), "no server"},
		{"no key", nil, base, "no Rijndael key given"},
		{"bad env key", []string{"SESAME_KEY_BASE64_HMAC=sekrit!!"}, with(base, "--key-base64-rijndael", testKey), "base64 HMAC key"},
		{"bad port", nil, with(withKeys, "-p", "0"), "server-port"},
		{"bad proto", nil, with(withKeys, "-P", "icmpraw"), "unknown transport"},
		{"same keys", nil, with(base, "--key-rijndael", "sekrit", "--key-hmac", "sekrit"), "must differ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sesame(t, tt.env, tt.args...)
			if r.status != 2 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, tt.want) {
				t.Fatalf("want exit 2 and one line with %q, got %+v", tt.want, r)
			}
			if strings.Contains(r.stderr, "sekrit") {
				t.Fatalf("key in the error: %s", r.stderr)
			}
		})
	}
}

// finalData is the packet as -v prints it.
func finalData(t *testing.T, out string) string {
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(line, " Final SPA Data: "); ok {
			return v
		}
	}
	t.Fatalf("no Final SPA Data in %q", out)
	return ""
}

func TestUDPKnock(t *testing.T) {
	conn, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	port := strconv.Itoa(conn.LocalAddr().(*net.UDPAddr).Port)
	r := sesame(t, nil, append([]string{"knock", "-v", "-A", "tcp/22", "-s", "-D", "127.0.0.1", "-p", port}, keyArgs...)...)
	if r.status != 0 {
		t.Fatalf("%+v", r)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 2048)
	n, _, err := conn.ReadFrom(buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(buf[:n]); got != finalData(t, r.stdout) {
		t.Fatalf("received %q, printed %q", got, finalData(t, r.stdout))
	}
	if m, err := spa.Open(buf[:n], rijndaelKeys(t)); err != nil || m.Message != "0.0.0.0,tcp/22" {
		t.Fatalf("opened %+v, %v", m, err)
	}
}

// streamKnock runs a knock over a TCP-based transport and returns what the
// listener read, and the packet the command printed.
func streamKnock(t *testing.T, proto string) (got, packet string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	read := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			read <- err.Error()
			return
		}
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b, _ := io.ReadAll(c)
		read <- string(b)
	}()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	r := sesame(t, nil, append([]string{"knock", "-v", "-P", proto, "-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "-p", port}, keyArgs...)...)
	if r.status != 0 {
		t.Fatalf("%+v", r)
	}
	return <-read, finalData(t, r.stdout)
}

func TestTCPKnock(t *testing.T) {
	if got, packet := streamKnock(t, "tcp"); got != packet {
		t.Fatalf("received %q, printed %q", got, packet)
	}
}

func TestHTTPKnock(t *testing.T) {
	got, packet := streamKnock(t, "http")
	if want := knock.HTTPRequest("127.0.0.1", "", packet); got != want {
		t.Fatalf("received %q, want %q", got, want)
	}
	if strings.ContainsAny(strings.Fields(got)[1][1:], "+/") {
		t.Fatalf("unmapped '+' or '/' in %q", got)
	}
}

func TestSendFailure(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	ln.Close() // nothing listens: the connection is refused
	r := sesame(t, nil, append([]string{"knock", "-P", "tcp", "-A", "tcp/22", "-s", "-D", "127.0.0.1", "-p", port}, keyArgs...)...)
	if r.status != 1 || !strings.Contains(r.stderr, "packet not sent") || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("%+v", r)
	}
}

func TestKeygen(t *testing.T) {
	for _, tt := range []struct {
		args    []string
		hmacLen int
	}{
		{[]string{"keygen"}, 64},
		{[]string{"keygen", "--hmac-digest-type", "sha512"}, 128},
		{[]string{"keygen", "--hmac-digest-type=md5"}, 16},
		{[]string{"knock", "-k"}, 64},
		{[]string{"knock", "--key-gen", "--hmac-digest-type", "sha384"}, 128},
	} {
		r := sesame(t, nil, tt.args...)
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		if r.status != 0 || len(lines) != 2 {
			t.Fatalf("%q: %+v", tt.args, r)
		}
		key, err1 := base64.StdEncoding.DecodeString(strings.TrimPrefix(lines[0], "KEY_BASE64: "))
		hmacKey, err2 := base64.StdEncoding.DecodeString(strings.TrimPrefix(lines[1], "HMAC_KEY_BASE64: "))
		if err1 != nil || err2 != nil || len(key) != 32 || len(hmacKey) != tt.hmacLen || !strings.HasPrefix(lines[1], "HMAC_KEY_BASE64: ") {
			t.Errorf("%q: got %q", tt.args, lines)
		}
	}
	if r := sesame(t, nil, "keygen", "--hmac-digest-type", "sha2"); r.status != 2 || !strings.Contains(r.stderr, "unknown digest") {
		t.Fatalf("%+v", r)
	}
}

// The GUI build's headless commands print nothing but their output in the
// C.UTF-8 locale of containers and CI, where Fyne's init used to log a
// locale parse error before main.
func TestNoLocaleNoise(t *testing.T) {
	for _, env := range []string{"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "LANG=POSIX.UTF-8", "LANG=C", "LANG=de_DE.UTF-8"} {
		if r := sesame(t, []string{env}, "keygen"); r.status != 0 || r.stderr != "" {
			t.Errorf("%s sesame keygen: %+v", env, r)
		}
	}
}

func TestUsage(t *testing.T) {
	if r := sesame(t, nil); r.status != 2 || !strings.Contains(r.stderr, "usage: sesame COMMAND") {
		t.Fatalf("%+v", r)
	}
	if r := sesame(t, nil, "knock", "-h"); r.status != 0 || !strings.Contains(r.stdout, "SESAME_KEY_BASE64_HMAC") || !strings.Contains(r.stdout, "--key-rijndael-file") {
		t.Fatalf("%+v", r)
	}
	if r := sesame(t, nil, "frob"); r.status != 2 || !strings.Contains(r.stderr, `unknown command "frob"`) {
		t.Fatalf("%+v", r)
	}
}

// The rc file's stanza is used, and flags beside -n override it.
func TestNamedConfig(t *testing.T) {
	rc := filepath.Join(t.TempDir(), "rc")
	text := "[default]\nHMAC_DIGEST_TYPE sha512\n[srv]\nSPA_SERVER 203.0.113.5\nACCESS tcp/22\nALLOW_IP 198.51.100.9\nKEY_BASE64 " + testKey + "\nHMAC_KEY_BASE64 " + testHMAC + "\n"
	if err := os.WriteFile(rc, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	r := sesame(t, nil, "knock", "--rc-file", rc, "-n", "srv", "-T", "-A", "udp/53")
	if r.status != 0 {
		t.Fatalf("%+v", r)
	}
	k := rijndaelKeys(t)
	k.HMACType = spa.SHA512
	m, err := spa.Open([]byte(lastLine(r.stdout)), k)
	if err != nil || m.Message != "198.51.100.9,udp/53" {
		t.Fatalf("opened %+v, %v", m, err)
	}
	os.Chmod(rc, 0o644)
	// Read with a warning, as the stock client reads it.
	if r := sesame(t, nil, "knock", "--rc-file", rc, "-n", "srv", "-T"); r.status != 0 || !strings.Contains(r.stderr, "warning:") || !strings.Contains(r.stderr, "chmod 600") {
		t.Fatalf("%+v", r)
	}
}

func readEntities(t *testing.T, name string) openpgp.EntityList {
	f, err := os.Open(filepath.Join(gpgDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	el, err := openpgp.ReadArmoredKeyRing(f)
	if err != nil {
		t.Fatal(err)
	}
	return el
}

// GPG keys given as files, and as a fingerprint and key id looked up in
// the home folder's exported key files.
func TestGPGKnock(t *testing.T) {
	home := t.TempDir()
	for _, name := range []string{"server-public.asc", "client-secret.asc"} {
		data, err := os.ReadFile(filepath.Join(gpgDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(home, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	server, client := readEntities(t, "server-secret.asc"), readEntities(t, "client-public.asc")
	serverFP := strings.ToUpper(hex.EncodeToString(server[0].PrimaryKey.Fingerprint))
	clientID := strings.ToUpper(hex.EncodeToString(client[0].PrimaryKey.Fingerprint))[24:]
	for name, gpgArgs := range map[string][]string{
		"files":  {"--gpg-recipient-key", filepath.Join(gpgDir, "server-public.asc"), "--gpg-signer-key", filepath.Join(gpgDir, "client-secret.asc")},
		"lookup": {"--gpg-home-dir", home, "--gpg-recipient-key", serverFP, "--gpg-signer-key", "0x" + clientID},
	} {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"knock", "-T", "-v", "-A", "tcp/22", "-a", "198.51.100.7", "--key-base64-hmac", testHMAC}, gpgArgs...)
			r := sesame(t, nil, args...)
			if r.status != 0 {
				t.Fatalf("%+v", r)
			}
			h, _ := base64.StdEncoding.DecodeString(testHMAC)
			keys := &spa.Keys{HMAC: h, GPG: &spa.GPG{Decrypt: server, Verify: client}}
			m, err := spa.Open([]byte(lastLine(r.stdout)), keys)
			if err != nil || m.Message != "198.51.100.7,tcp/22" || m.Signer == nil || !m.Signer.Verified {
				t.Fatalf("opened %+v (signer %+v), %v", m, m.Signer, err)
			}
			if !strings.Contains(r.stdout, "Encryption Type: 2 (GPG)") {
				t.Fatalf("verbose output: %s", r.stdout)
			}
		})
	}
	r := sesame(t, nil, "knock", "-T", "-A", "tcp/22", "-s", "--gpg-home-dir", home, "--gpg-recipient-key", "nobody@example.org")
	if r.status != 2 || !strings.Contains(r.stderr, "no public key") {
		t.Fatalf("%+v", r)
	}
}

package desktop_test

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// keysText is the key text of testKey and testHMAC, as sesame keygen prints it.
var keysText = "KEY_BASE64: " + testKey + "\nHMAC_KEY_BASE64: " + testHMAC + "\n"

// profileEnv runs the sesame binary with its own profile store, no session
// bus (so no OS keyring) and extra variables.
type profileEnv struct {
	t   *testing.T
	dir string
	env []string
}

func newProfileEnv(t *testing.T) *profileEnv {
	dir := t.TempDir()
	return &profileEnv{t: t, dir: dir, env: []string{"SESAME_CONFIG_DIR=" + filepath.Join(dir, "config"), "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"}}
}

func (e *profileEnv) run(stdin string, args ...string) result {
	e.t.Helper()
	cmd := exec.Command(sesameBin, args...)
	cmd.Env = append([]string{"HOME=" + e.dir, "LOGNAME=alice", "PATH=" + os.Getenv("PATH")}, e.env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.status = ee.ExitCode()
	} else if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *profileEnv) ok(stdin string, args ...string) string {
	e.t.Helper()
	r := e.run(stdin, args...)
	if r.status != 0 {
		e.t.Fatalf("sesame %q: %+v", args, r)
	}
	return r.stdout
}

func noKeys(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, testKey) || strings.Contains(s, testHMAC) {
		t.Fatalf("a key in %q", s)
	}
}

func TestProfileCommands(t *testing.T) {
	e := newProfileEnv(t)
	keyFile := filepath.Join(e.dir, "web1.keys")
	out := e.ok(keysText, "profile", "add", "web1", "--host", "spa.example.com", "--access", "tcp/22", "--allow", "source",
		"--ssh-user", "alice", "--key-source", "file:"+keyFile, "--keys-from", "-")
	if !strings.Contains(out, "added profile web1") {
		t.Fatal(out)
	}
	if st, err := os.Stat(keyFile); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", st, err)
	}
	show := e.ok("", "profile", "show", "web1")
	noKeys(t, show)
	if !strings.Contains(show, "host: spa.example.com\n") || !strings.Contains(show, "key-source: file:"+keyFile) {
		t.Fatal(show)
	}
	if shown := e.ok("", "profile", "show", "web1", "--show-keys"); !strings.Contains(shown, testHMAC) {
		t.Fatal(shown)
	}
	data, _ := os.ReadFile(filepath.Join(e.dir, "config", "profiles.json"))
	noKeys(t, string(data))

	// Without a keyring: a clear one-line error, nothing saved.
	r := e.run(keysText, "profile", "add", "web2", "--host", "h.example", "--access", "tcp/22", "--keys-from", "-")
	if r.status != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "no OS keyring available") || !strings.Contains(r.stderr, "age:FILE") {
		t.Fatalf("%+v", r)
	}
	noKeys(t, r.stderr)
	// Bad field: exit 2 with the field and reason.
	if r := e.run("", "profile", "edit", "web1", "--port", "0"); r.status != 2 || !strings.Contains(r.stderr, "port: a port number 1..65535") {
		t.Fatalf("%+v", r)
	}
	e.ok("", "profile", "edit", "web1", "--rename", "web3", "--timeout", "60")
	e.ok("", "profile", "copy", "web3", "web4")
	list := e.ok("", "profile", "list")
	if !strings.Contains(list, "web3") || !strings.Contains(list, "web4") || strings.Contains(list, "\nweb1 ") || strings.HasPrefix(list, "web1 ") {
		t.Fatal(list)
	}

	// Export and import again: line, stanza, QR image.
	line := strings.TrimSpace(e.ok("", "profile", "export", "web3", "--format", "line"))
	if !strings.HasPrefix(line, "sesame1:name=web3,host=spa.example.com") {
		t.Fatal(line)
	}
	stanza := e.ok("", "profile", "export", "web3", "--format", "stanza")
	// Values are aligned in a column whose width is the writer's choice.
	if !regexp.MustCompile(`(?m)^HMAC_KEY_BASE64 +`+regexp.QuoteMeta(testHMAC)+`$`).MatchString(stanza) ||
		!regexp.MustCompile(`(?m)^MAX_FW_TIMEOUT +60$`).MatchString(stanza) {
		t.Fatal(stanza)
	}
	png := filepath.Join(e.dir, "keys.png")
	e.ok("", "profile", "export", "web3", "--format", "qr", "-o", png)
	e.env = append(e.env, "WEB5_KEYS="+keysText)
	e.ok("", "profile", "import", png, "--name", "web5", "--host", "198.51.100.1", "--access", "tcp/22", "--key-source", "env:WEB5_KEYS")
	e.ok(line, "profile", "import", "--name", "web6", "--key-source", "file:"+filepath.Join(e.dir, "web6.keys"))
	if got := e.ok("", "profile", "show", "web6", "--show-keys"); !strings.Contains(got, testKey) || !strings.Contains(got, "timeout: 60") {
		t.Fatal(got)
	}
	rc := filepath.Join(e.dir, "rc")
	os.WriteFile(rc, []byte("[srv]\nSPA_SERVER 203.0.113.5\nACCESS tcp/22\nALLOW_IP resolve\n"+strings.ReplaceAll(keysText, ": ", " ")), 0o600)
	e.ok("", "profile", "import", "--fwknoprc", "--rc-file", rc, "--key-source", "file:"+filepath.Join(e.dir, "srv.keys"))
	if got := e.ok("", "profile", "show", "srv"); !strings.Contains(got, "host: 203.0.113.5") {
		t.Fatal(got)
	}
	e.ok("", "profile", "remove", "web4")
	if r := e.run("", "profile", "show", "web4"); r.status != 2 || !strings.Contains(r.stderr, "no such profile") {
		t.Fatalf("%+v", r)
	}

	// A knock with a saved profile and no terminal, keys from the variable
	// it names: missing → one line saying what to set.
	e.env = e.env[:len(e.env)-1]
	r = e.run("", "knock", "web5")
	if r.status != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "$WEB5_KEYS, which is not set") {
		t.Fatalf("%+v", r)
	}
}

// echoServer is a TCP echo server on loopback; it returns its port.
func echoServer(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { io.Copy(c, c); c.Close() }()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

// loopbackProfile saves a profile knocking a UDP port on loopback (nothing
// reads it) to open tcp/port, which answers at once.
func loopbackProfile(t *testing.T, e *profileEnv, name string, port int) {
	e.env = append(e.env, "LO_KEYS="+keysText)
	e.ok("", "profile", "add", name, "--host", "127.0.0.1", "--port", "9", "--access", "tcp/"+strconv.Itoa(port), "--allow", "source",
		"--ssh-user", "alice", "--ssh-port", strconv.Itoa(port), "--ssh-args", "-o BatchMode=yes", "--key-source", "env:LO_KEYS")
}

func TestKnockByName(t *testing.T) {
	e := newProfileEnv(t)
	port := echoServer(t)
	loopbackProfile(t, e, "lo", port)
	// The echo server answers before the knock: "already open", never
	// "open after" (the knock to a UDP port nothing reads opened nothing).
	out := e.ok("", "knock", "lo", "-v", "--fw-timeout", "40")
	if !strings.Contains(out, "lo: already open before the knock") || strings.Contains(out, "open after") || !strings.Contains(out, "Access message: 0.0.0.0,tcp/"+strconv.Itoa(port)) || !strings.Contains(out, "Client timeout: 40") {
		t.Fatal(out)
	}
	noKeys(t, out)
	hist, err := os.ReadFile(filepath.Join(e.dir, "config", "history.json"))
	if err != nil || !strings.Contains(string(hist), `"opened": true`) {
		t.Fatalf("history: %v %s", err, hist)
	}
	noKeys(t, string(hist))
	if r := e.run("", "knock", "lo", "-T"); r.status != 2 || !strings.Contains(r.stderr, "--test cannot be used with a saved profile") {
		t.Fatalf("%+v", r)
	}
}

func TestProxyRelays(t *testing.T) {
	e := newProfileEnv(t)
	port := echoServer(t)
	loopbackProfile(t, e, "lo", port)
	payload := strings.Repeat("SSH-2.0-OpenSSH_9.2\r\n", 500)
	r := e.run(payload, "proxy", "lo", "127.0.0.1", strconv.Itoa(port))
	if r.status != 0 || r.stdout != payload || r.stderr != "" {
		t.Fatalf("exit %d, %d bytes back (want %d), stderr %q", r.status, len(r.stdout), len(payload), r.stderr)
	}
	if r := e.run("", "proxy", "nope", "127.0.0.1", "22"); r.status != 2 || strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
		t.Fatalf("%+v", r)
	}
}

func TestSSHCommand(t *testing.T) {
	e := newProfileEnv(t)
	port := echoServer(t)
	loopbackProfile(t, e, "lo", port)
	// A stand-in ssh that prints its arguments and environment's key variable.
	bin := filepath.Join(e.dir, "bin")
	os.Mkdir(bin, 0o755)
	os.WriteFile(filepath.Join(bin, "ssh"), []byte("#!/bin/sh\necho \"ssh $*\"\n"), 0o755)
	e.env = append(e.env, "PATH="+bin+":"+os.Getenv("PATH"))
	out := e.ok("", "ssh", "lo", "--", "-v", "uptime")
	want := fmt.Sprintf("ssh -p %d -l alice -o BatchMode=yes 127.0.0.1 -v uptime\n", port)
	if !strings.HasSuffix(out, want) || !strings.Contains(out, "lo: already open") {
		t.Fatalf("got %q, want the ssh line %q", out, want)
	}
	noKeys(t, out)

	cfg := e.ok("", "ssh-config", "lo")
	if !strings.Contains(cfg, "Host lo\n") || !strings.Contains(cfg, " proxy lo %h %p\n") {
		t.Fatal(cfg)
	}
	if sshPath, err := exec.LookPath("ssh"); err == nil && !strings.HasPrefix(sshPath, bin) {
		file := filepath.Join(e.dir, "ssh_config")
		os.WriteFile(file, []byte(cfg), 0o600)
		if out, err := exec.Command(sshPath, "-G", "-F", file, "lo").CombinedOutput(); err != nil || !strings.Contains(string(out), "port "+strconv.Itoa(port)) {
			t.Fatalf("ssh -G: %v\n%s", err, out)
		}
	}
}

// fwknopdCommand builds Sesame's fwknopd (or finds the stock one) and
// returns the command that runs it in ns on the veth link, with its
// configuration in dir.
func fwknopdCommand(t *testing.T, ns *netnstest.NS, dir string) (cmd *exec.Cmd, ready string) {
	bin := filepath.Join(dir, "fwknopd")
	args := []string{"-f", "-c", filepath.Join(dir, "fwknopd.conf"), "-a", filepath.Join(dir, "access.conf"),
		"-p", filepath.Join(dir, "fwknopd.pid"), "-d", filepath.Join(dir, "digest.cache")}
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/sesame-spa/sesame/server/cmd/fwknopd").CombinedOutput(); err == nil {
		return ns.Command(bin, append(args, "-i", netnstest.Link)...), "serving"
	} else {
		t.Logf("Sesame's fwknopd does not build (%v); using the stock one\n%s", err, out)
	}
	stock, err := exec.LookPath("fwknopd")
	if err != nil {
		t.Skip("neither Sesame's fwknopd builds nor is the stock one installed")
	}
	return ns.Command(stock, args...), ""
}

// TestProfileKnockNamespace knocks a real fwknopd in a network namespace
// with profiles saved through the store: the right keys open the port and
// sesame knock NAME says so; wrong keys give a diagnosis and exit 1; while
// the grant runs, a knock says "already open", whatever the server did.
func TestProfileKnockNamespace(t *testing.T) {
	server, client := netnstest.Pair(t)
	const port = 2222
	server.ServeTCP(t, fmt.Sprintf("198.51.100.1:%d", port))
	server.Run(t, "iptables", "-A", "INPUT", "-p", "tcp", "--dport", strconv.Itoa(port), "-j", "DROP")

	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "fwknopd.conf"), []byte("PCAP_INTF "+netnstest.Link+";\nPCAP_FILTER udp port 62201;\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "access.conf"), []byte("SOURCE ANY\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 5\n"), 0o600)
	cmd, ready := fwknopdCommand(t, server, dir)
	log := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for i := 0; i < 100 && (ready == "" || !strings.Contains(log.String(), ready)); i++ {
		if ready == "" && exec.Command("ip", "netns", "exec", server.Name, "iptables", "-S", "FWKNOP_INPUT").Run() == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // let libpcap attach

	e := newProfileEnv(t)
	wrong := []byte(testHMAC)
	wrong[0] ^= 1 // a different, still valid base64 HMAC key
	e.env = append(e.env, "WRONG_KEYS=KEY_BASE64: "+testKey+"\nHMAC_KEY_BASE64: "+string(wrong)+"\n")
	common := []string{"--host", "198.51.100.1", "--access", fmt.Sprintf("tcp/%d", port), "--allow", "resolve", "--resolvers", "https://198.51.100.1:9/"}
	e.ok(keysText, append([]string{"profile", "add", "good", "--key-source", "file:" + filepath.Join(e.dir, "good.keys"), "--keys-from", "-"}, common...)...)
	e.ok("", append([]string{"profile", "add", "wrong", "--key-source", "env:WRONG_KEYS"}, common...)...)

	knock := func(name string) result {
		c := client.Command(sesameBin, "knock", name)
		c.Env = append([]string{"HOME=" + e.dir, "LOGNAME=alice", "PATH=" + os.Getenv("PATH")}, e.env...)
		var out, errOut bytes.Buffer
		c.Stdout, c.Stderr = &out, &errOut
		err := c.Run()
		r := result{stdout: out.String(), stderr: errOut.String()}
		if ee, ok := err.(*exec.ExitError); ok {
			r.status = ee.ExitCode()
		}
		return r
	}
	r := knock("wrong")
	if r.status != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "no answer on tcp/2222") || !strings.Contains(r.stderr, "wrong key") {
		t.Fatalf("wrong key: %+v\nfwknopd:\n%s", r, log.String())
	}
	r = knock("good")
	if r.status != 0 || !strings.Contains(r.stdout, "good: open after ") || !strings.Contains(r.stdout, "for 198.51.100.7, from interface "+netnstest.Link) {
		t.Fatalf("good key: %+v\nfwknopd:\n%s", r, log.String())
	}
	t.Logf("%s", strings.TrimSpace(r.stdout))

	// The grant runs (5 s): a knock now finds the port open. It is said so,
	// with the time left, and never claimed to have opened it; a knock the
	// server refuses (wrong keys) is "already open" too, by no known grant.
	r = knock("good")
	if r.status != 0 || !strings.Contains(r.stdout, "good: already open, 0:") || strings.Contains(r.stdout, "open after") {
		t.Fatalf("second knock: %+v\nfwknopd:\n%s", r, log.String())
	}
	t.Logf("%s", strings.TrimSpace(r.stdout))
	r = knock("wrong")
	if r.status != 0 || !strings.Contains(r.stdout, "wrong: already open before the knock, by no grant") || strings.Contains(r.stdout, "open after") {
		t.Fatalf("refused knock to an open port: %+v\nfwknopd:\n%s", r, log.String())
	}
}

// lockedBuffer collects a child's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
)

func testSystem(stdout, stderr *bytes.Buffer, env map[string]string) *System {
	return &System{
		Stdout: stdout, Stderr: stderr,
		Getenv: func(k string) string { return env[k] },
		Now:    time.Now,
	}
}

// fields reads the first "SPA Field Values" block of -v output.
func fields(out string) map[string]string {
	f := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if line == "" && len(f) > 0 {
			break
		}
		label, value, ok := strings.Cut(line, ": ")
		if ok {
			f[strings.TrimSpace(label)] = value
		}
	}
	return f
}

// The fields the stock client prints for the same flags must match ours,
// save the random value, timestamp and what depends on them.
func TestAgainstStockClient(t *testing.T) {
	fwknop, err := exec.LookPath("fwknop")
	if err != nil {
		t.Skip("fwknop (apt-get install fwknop-client) is not installed: cannot compare with the stock client")
	}
	keys := []string{"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
	cases := [][]string{
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7"}, keys...),
		append([]string{"--access=tcp/22,udp/53", "--allow-ip", "198.51.100.7", "-U", "bob"}, keys...),
		append([]string{"-A", "tcp/22", "-s", "--fw-timeout", "30"}, keys...),
		append([]string{"-A", "tcp/22", "-s", "-f", "0"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "-N", "192.0.2.10:2222"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "-N", "192.0.2.10"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "--nat-access", "192.0.2.10,80", "--fw-timeout", "60"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "-N", "192.0.2.10:22", "--nat-port", "40022"}, keys...),
		append([]string{"-A", "tcp/2222", "--nat-local", "--nat-port", "22", "-a", "198.51.100.7"}, keys...),
		append([]string{"-A", "tcp/2222", "--nat-local", "-a", "198.51.100.7", "--fw-timeout", "5"}, keys...),
		append([]string{"-C", "uname -a", "-a", "198.51.100.7"}, keys...),
		append([]string{"--server-cmd=ls", "-a", "198.51.100.7", "--spoof-user", "carol"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "-m", "sha3_512", "--hmac-digest-type", "sha384"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "--digest-type", "md5", "--hmac-digest-type", "sha3_256"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "-m", "sha1", "--hmac-digest-type", "md5"}, keys...),
		{"-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "hello passphrase", "--key-hmac", "other"},
		{"-A", "tcp/22", "-a", "198.51.100.7", "--key-base64-rijndael", testKey},
		{"-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "legacykey", "-M", "legacy", "-m", "sha512"},
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "--time-offset-plus", "5m"}, keys...),
		append([]string{"-A", "tcp/22", "-a", "198.51.100.7", "--time-offset-minus", "1h"}, keys...),
		// The stock copies -A as typed but writes NAT ports as numbers.
		append([]string{"-A", "tcp/022", "-a", "198.51.100.7"}, keys...),
		append([]string{"-A", "tcp/22,udp/053", "-a", "198.51.100.7"}, keys...),
		append([]string{"-A", "tcp/022", "-a", "198.51.100.7", "-N", "198.51.100.9:022"}, keys...),
		append([]string{"-A", "tcp/022", "-a", "198.51.100.7", "-N", "198.51.100.9"}, keys...),
		append([]string{"-A", "tcp/022", "--nat-local", "--nat-port", "0443", "-a", "198.51.100.7"}, keys...),
	}
	compare := []string{"Username", "FKO Version", "Message Type", "Message String", "Nat Access", "Server Auth",
		"Client Timeout", "Digest Type", "HMAC Type", "Encryption Type", "Encryption Mode"}
	home := t.TempDir()
	for _, args := range cases {
		t.Run(strings.Join(args[:4], " "), func(t *testing.T) {
			stockArgs := append([]string{"--no-rc-file", "--test", "-v", "-D", "203.0.113.5"}, args...)
			cmd := exec.Command(fwknop, stockArgs...)
			cmd.Env = []string{"HOME=" + home, "LOGNAME=alice", "PATH=/usr/bin:/bin"}
			stockOut, err := cmd.Output()
			if err != nil {
				t.Fatalf("fwknop %q: %v", stockArgs, err)
			}
			var out, errOut bytes.Buffer
			sys := testSystem(&out, &errOut, map[string]string{"LOGNAME": "alice"})
			if st := Knock(append([]string{"--no-rc-file", "-T", "-v", "-D", "203.0.113.5"}, args...), sys); st != 0 {
				t.Fatalf("exit %d: %s", st, errOut.String())
			}
			stock, ours := fields(string(stockOut)), fields(out.String())
			for _, k := range compare {
				if stock[k] != ours[k] {
					t.Errorf("%s: stock %q, sesame %q", k, stock[k], ours[k])
				}
			}
			st, _ := strconv.ParseInt(stock["Timestamp"], 10, 64)
			ot, _ := strconv.ParseInt(ours["Timestamp"], 10, 64)
			if d := st - ot; d < -2 || d > 2 {
				t.Errorf("timestamps %d and %d differ by %ds", st, ot, d)
			}
			if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); lines[len(lines)-1] != ours["Final SPA Data"] {
				t.Errorf("last line is not the packet: %q", lines[len(lines)-1])
			}
		})
	}
}

func TestResolveHTTPS(t *testing.T) {
	var gotUA string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		fmt.Fprintln(w, "203.0.113.77")
	}))
	defer srv.Close()
	var out, errOut bytes.Buffer
	sys := testSystem(&out, &errOut, nil)
	sys.Resolver = knock.HTTPResolver{Client: srv.Client(), Timeout: 5 * time.Second}
	st := Knock([]string{"--no-rc-file", "-T", "-v", "-A", "tcp/22", "-R", "--resolve-url", srv.URL + "/myip",
		"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}, sys)
	if st != 0 || fields(out.String())["Message String"] != "203.0.113.77,tcp/22" || gotUA != knock.DefaultUserAgent {
		t.Fatalf("exit %d, fields %v, user agent %q, stderr %s", st, fields(out.String()), gotUA, errOut.String())
	}

	bad := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html>") }))
	defer bad.Close()
	out.Reset()
	errOut.Reset()
	sys.Resolver = knock.HTTPResolver{Client: bad.Client()}
	st = Knock([]string{"--no-rc-file", "-T", "-A", "tcp/22", "-R", "--resolve-url", bad.URL,
		"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}, sys)
	if st != 1 || out.Len() != 0 || !strings.Contains(errOut.String(), "did not answer with an IP address") {
		t.Fatalf("exit %d, stdout %q, stderr %q", st, out.String(), errOut.String())
	}
}

func TestResolverTimeout(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
	defer srv.Close()
	defer close(block)
	r := knock.HTTPResolver{Client: srv.Client(), Timeout: time.Millisecond}
	if _, err := r.ExternalAddr(context.Background(), srv.URL, "ua", knock.AnyFamily); err == nil {
		t.Fatal("no timeout")
	}
}

func TestGetopt(t *testing.T) {
	type rec struct{ got []string }
	set := func(r *rec, v string) error { r.got = append(r.got, v); return nil }
	opts := []option[*rec]{
		{short: 'A', long: "access", value: true, set: set},
		{short: 'v', long: "verbose", set: set},
		{short: 'T', long: "test", set: set},
		{long: "nat-local", set: set},
		{long: "nat-port", value: true, set: set},
	}
	tests := []struct {
		args     []string
		want     string
		operands string
		err      string
	}{
		{[]string{"-A", "tcp/22"}, "access=tcp/22", "", ""},
		{[]string{"-Atcp/22"}, "access=tcp/22", "", ""},
		{[]string{"--access=tcp/22"}, "access=tcp/22", "", ""},
		{[]string{"--access", "tcp/22"}, "access=tcp/22", "", ""},
		{[]string{"--acc", "tcp/22"}, "access=tcp/22", "", ""},
		{[]string{"-vT", "name", "-Avx"}, "verbose= test= access=vx", "name", ""},
		{[]string{"--", "-A"}, "", "-A", ""},
		{[]string{"--nat"}, "", "", "option --nat is ambiguous"},
		{[]string{"--nat-local=1"}, "", "", "option --nat-local takes no value"},
		{[]string{"-A"}, "", "", "option -A needs a value"},
		{[]string{"--access"}, "", "", "option --access needs a value"},
		{[]string{"-x"}, "", "", "unknown option -x"},
		{[]string{"--fault-injection-tag", "x"}, "", "", "option --fault-injection-tag is not supported by sesame"},
	}
	for _, tt := range tests {
		found, operands, err := getopt(opts, tt.args)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("getopt(%q) err = %v, want %q", tt.args, err, tt.err)
			}
			continue
		}
		var got []string
		for _, g := range found {
			got = append(got, g.opt.long+"="+g.value)
		}
		if err != nil || strings.Join(got, " ") != tt.want || strings.Join(operands, " ") != tt.operands {
			t.Errorf("getopt(%q) = %q %q %v", tt.args, got, operands, err)
		}
	}
}

// Every key source lands in the packet: the rc file is overridden by the
// environment, which the command line overrides.
func TestKeySources(t *testing.T) {
	dir := t.TempDir()
	rc := dir + "/rc"
	writeFile(t, rc, "[default]\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\n[s]\nACCESS tcp/22\nALLOW_IP 198.51.100.7\n", 0o600)
	keyFile := dir + "/key"
	writeFile(t, keyFile, "file passphrase\n", 0o600)
	loose := dir + "/loose"
	writeFile(t, loose, "x\n", 0o644)
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		status int
		stderr string
	}{
		{"rc keys", nil, nil, 0, ""},
		{"env overrides rc", map[string]string{"SESAME_KEY_RIJNDAEL": "env key", "SESAME_KEY_BASE64_HMAC": "aG1hYw"}, nil, 0, ""},
		{"key file", nil, []string{"--key-rijndael-file", keyFile}, 0, ""},
		{"loose key file", nil, []string{"--key-hmac-file", loose}, 2, "chmod 600"},
		{"bad env key", map[string]string{"SESAME_KEY_BASE64_HMAC": "not base64!"}, nil, 2, "base64 HMAC key: not valid base64"},
		{"missing stanza", nil, []string{"-n", "nope"}, 2, "no stanza [nope]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"--rc-file", rc, "-n", "s", "-T"}, tt.args...)
			st := Knock(args, testSystem(&out, &errOut, tt.env))
			if st != tt.status || !strings.Contains(errOut.String(), tt.stderr) || strings.Count(errOut.String(), "\n") > 1 {
				t.Fatalf("exit %d, stderr %q", st, errOut.String())
			}
		})
	}
}

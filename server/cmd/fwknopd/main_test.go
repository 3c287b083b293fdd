package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/profile"
)

// fwknopdBin is the binary built once for the end-to-end tests.
var fwknopdBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fwknopd-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fwknopdBin = filepath.Join(dir, "fwknopd")
	if out, err := exec.Command("go", "build", "-o", fwknopdBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building fwknopd: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	code           int
	stdout, stderr string
}

func fwknopd(t *testing.T, args ...string) result {
	t.Helper()
	cmd := exec.Command(fwknopdBin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
)

// confDir writes fwknopd.conf and access.conf (mode 0600) and returns the
// arguments that point the daemon at them and at private run files.
func confDir(t *testing.T, serverConf, accessConf string) (dir string, args []string) {
	t.Helper()
	dir = t.TempDir()
	for name, text := range map[string]string{"fwknopd.conf": serverConf, "access.conf": accessConf} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir, []string{"-c", filepath.Join(dir, "fwknopd.conf"), "-a", filepath.Join(dir, "access.conf"),
		"-p", filepath.Join(dir, "fwknopd.pid"), "-d", filepath.Join(dir, "digest.cache")}
}

var goodAccess = "SOURCE ANY\nKEY_BASE64 " + testKey + "\nHMAC_KEY_BASE64 " + testHMAC + "\nFW_ACCESS_TIMEOUT 3\n"

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-x"}, {"--no-such"}, {"-c"}, {"--fw"}, {"-C", "lots"}, {"operand"}, {"--foreground=yes"}} {
		r := fwknopd(t, args...)
		if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "fwknopd: ") || r.stdout != "" {
			t.Errorf("fwknopd %q: exit %d, stderr %q, stdout %q; want exit 1 and one line", args, r.code, r.stderr, r.stdout)
		}
	}
	if r := fwknopd(t, "-h"); r.code != 0 || !strings.Contains(r.stdout, "--log-json") {
		t.Errorf("-h: exit %d, %q", r.code, r.stdout)
	}
	if r := fwknopd(t, "-V"); r.code != 0 || !strings.HasPrefix(r.stdout, "fwknopd server 2.6.10") {
		t.Errorf("-V: exit %d, %q", r.code, r.stdout)
	}
}

func TestExitParseConfig(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	r := fwknopd(t, append(args, "--exit-parse-config")...)
	if r.code != 0 || r.stdout != "Configs parsed, exiting.\n" {
		t.Fatalf("good config: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	dir, args := confDir(t, "PCAP_INTF lo;\nSYSLOG_FACILITY LOG_LOCAL7;\n", goodAccess)
	r = fwknopd(t, append(args, "--exit-parse-config")...)
	if r.code != 0 || !strings.Contains(r.stderr, "warning: "+filepath.Join(dir, "fwknopd.conf")+":2") || !strings.Contains(r.stderr, "SYSLOG_FACILITY") {
		t.Fatalf("unsupported variable: exit %d, stderr %q; want a warning naming it", r.code, r.stderr)
	}

	for _, c := range []struct{ server, access, where string }{
		{"PCAP_INTF lo;\nMAX_SPA_PACKET_AGE abc\n", goodAccess, "fwknopd.conf:2"},
		{"MAX_SPA_PACKET_AGE -5\n", goodAccess, "fwknopd.conf:1"},
		{"PCAP_INTF lo\n", goodAccess + "FW_ACCESS_TIMEOUT abc\n", "access.conf:5"},
		{"PCAP_INTF lo\n", "SOURCE ANY\nKEY_BASE64 %%%\n", "access.conf:2"},
	} {
		dir, args := confDir(t, c.server, c.access)
		r := fwknopd(t, append(args, "--exit-parse-config")...)
		want := filepath.Join(dir, c.where)
		if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("bad config (%s): exit %d, stderr %q; want exit 1 naming %s", c.where, r.code, r.stderr, want)
		}
	}
	if r := fwknopd(t, "-c", "/no/such/fwknopd.conf", "--exit-parse-config"); r.code != 1 || !strings.Contains(r.stderr, "/no/such/fwknopd.conf") {
		t.Errorf("missing file: exit %d, %q", r.code, r.stderr)
	}
}

func TestDumpConfigHidesKeys(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess+"\nSOURCE 203.0.113.0/24\nKEY s3cret-pass\nHMAC_KEY other-s3cret\n")
	r := fwknopd(t, append(args, "-D")...)
	if r.code != 0 {
		t.Fatalf("-D: exit %d: %s", r.code, r.stderr)
	}
	for _, secret := range []string{testKey, testHMAC, strings.TrimRight(testKey, "="), "s3cret-pass", "other-s3cret"} {
		if strings.Contains(r.stdout, secret) {
			t.Errorf("-D output shows a secret %q", secret)
		}
	}
	for _, want := range []string{"PCAP_INTF", "'lo'", "KEY_BASE64", "<set>", "FW_ACCESS_TIMEOUT"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-D output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestDumpConfigNamesBackend(t *testing.T) {
	for _, b := range []string{"iptables", "nftables"} {
		_, args := confDir(t, "PCAP_INTF lo;\nFIREWALL_BACKEND "+b+";\n", goodAccess)
		r := fwknopd(t, append(args, "-D")...)
		if want := "Firewall backend in use: " + b + " (FIREWALL_BACKEND " + b + " in fwknopd.conf)"; r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("-D: exit %d, lacks %q:\n%s%s", r.code, want, r.stdout, r.stderr)
		}
	}
}

func TestStatusWithoutDaemon(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	for _, flag := range []string{"-S", "-K", "-R"} {
		r := fwknopd(t, append(args, flag)...)
		if r.code != 1 || !strings.Contains(r.stdout+r.stderr, "No running fwknopd detected") && !strings.Contains(r.stderr, "no running fwknopd") {
			t.Errorf("%s without a daemon: exit %d, %q %q", flag, r.code, r.stdout, r.stderr)
		}
	}
}

// decisions parses the --log-json lines that are decisions (not summaries).
func decisions(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		if m["summary"] == nil {
			out = append(out, m)
		}
	}
	return out
}

var _ = time.Second

// TestNewAndRotateClient drives the onboarding flags through the binary:
// the stanza lands in access.conf, which still loads, and the keys are
// printed for the client only.
func TestNewAndRotateClient(t *testing.T) {
	dir, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	r := fwknopd(t, append(args, "--new-client", "alice", "--server", "198.51.100.1", "--open", "tcp/22")...)
	if r.code != 0 || !strings.Contains(r.stdout, "KEY_BASE64") {
		t.Fatalf("--new-client: exit %d, %s %s", r.code, r.stdout, r.stderr)
	}
	checkPrintedName(t, r.stdout, "alice")
	acc, _ := os.ReadFile(filepath.Join(dir, "access.conf"))
	if !regexp.MustCompile(`(?m)^SESAME_CLIENT +alice$`).Match(acc) {
		t.Fatalf("access.conf without the new stanza:\n%s", acc)
	}
	r = fwknopd(t, append(args, "--rotate-client", "alice", "--server", "198.51.100.1")...)
	if r.code != 0 {
		t.Fatalf("--rotate-client: exit %d, %s", r.code, r.stderr)
	}
	checkPrintedName(t, r.stdout, "alice")
	if r := fwknopd(t, append(args, "--exit-parse-config")...); r.code != 0 {
		t.Fatalf("access.conf after onboarding does not load: %s", r.stderr)
	}
	if r := fwknopd(t, append(args, "--new-client", "alice", "--server", "198.51.100.1", "--open", "tcp/22")...); r.code != 1 || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("duplicate --new-client: exit %d, %q", r.code, r.stderr)
	}
}

// TestNewClientFirstInExistingAccess onboards the first client into an
// access.conf that exists with no stanza (empty, or comments only, as a
// package installs it) and reads the printed profile line back: it is named
// after the client, as is the ~/.fwknoprc stanza, and --rotate-client
// prints the same name.
func TestNewClientFirstInExistingAccess(t *testing.T) {
	for _, text := range []string{"", "# fwknopd access.conf\n# one SOURCE stanza per client\n"} {
		dir, args := confDir(t, "PCAP_INTF lo;\n", text)
		r := fwknopd(t, append(args, "--new-client", "alice", "--server", "198.51.100.1", "--open", "tcp/22")...)
		if r.code != 0 {
			t.Fatalf("%q: --new-client: exit %d, %s", text, r.code, r.stderr)
		}
		checkPrintedName(t, r.stdout, "alice")
		acc, _ := os.ReadFile(filepath.Join(dir, "access.conf"))
		if !strings.HasPrefix(string(acc), text) || !regexp.MustCompile(`(?m)^SESAME_CLIENT +alice$`).Match(acc) {
			t.Fatalf("%q: access.conf lost its comments or lacks the stanza:\n%s", text, acc)
		}
		if fi, err := os.Stat(filepath.Join(dir, "access.conf")); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%q: access.conf mode %v (%v)", text, fi.Mode(), err)
		}
		if r := fwknopd(t, append(args, "--exit-parse-config")...); r.code != 0 {
			t.Fatalf("%q: access.conf after onboarding does not load: %s", text, r.stderr)
		}
		r = fwknopd(t, append(args, "--rotate-client", "alice", "--server", "198.51.100.1")...)
		if r.code != 0 {
			t.Fatalf("%q: --rotate-client: exit %d, %s", text, r.code, r.stderr)
		}
		checkPrintedName(t, r.stdout, "alice")
	}
}

// checkPrintedName parses the printed profile line with shared/profile and
// checks that it, the ~/.fwknoprc stanza and the knock command carry name.
func checkPrintedName(t *testing.T, out, name string) {
	t.Helper()
	line := regexp.MustCompile(`(?m)^sesame1:\S+$`).FindString(out)
	p, err := profile.Parse(line)
	if err != nil {
		t.Fatalf("printed profile line %q: %v", line, err)
	}
	if p.Name != name {
		t.Errorf("printed profile named %q, want %q", p.Name, name)
	}
	for _, want := range []string{"\n[" + name + "]\n", "fwknop -n " + name + "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

package main

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var keyLine = regexp.MustCompile(`^KEY_BASE64: (\S+)\nHMAC_KEY_BASE64: (\S+)\n$`)

func decodedLens(t *testing.T, out string) (int, int) {
	t.Helper()
	m := keyLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("--key-gen printed %q, want the stock's two lines", out)
	}
	k, err1 := base64.StdEncoding.DecodeString(m[1])
	h, err2 := base64.StdEncoding.DecodeString(m[2])
	if err1 != nil || err2 != nil {
		t.Fatalf("keys not base64: %q", out)
	}
	return len(k), len(h)
}

func TestKeyGen(t *testing.T) {
	for _, c := range []struct {
		args       []string
		key, hmacN int
	}{
		{[]string{"--key-gen"}, 32, 64},
		{[]string{"-k", "--key-len", "16", "--hmac-key-len", "128"}, 16, 128},
		{[]string{"-k", "--hmac-digest-type", "sha1"}, 32, 20},
		{[]string{"-k", "--hmac-digest-type", "sha512"}, 32, 128},
	} {
		r := fwknopd(t, c.args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d %q", c.args, r.code, r.stderr)
		}
		if k, h := decodedLens(t, r.stdout); k != c.key || h != c.hmacN {
			t.Errorf("%v: key %d, hmac key %d bytes; want %d, %d", c.args, k, h, c.key, c.hmacN)
		}
	}
	for _, bad := range [][]string{{"-k", "--key-len", "33"}, {"-k", "--hmac-key-len", "0"}, {"-k", "--key-len", "x"}, {"-k", "--key-len", "0"}} {
		if r := fwknopd(t, bad...); r.code != 1 || !strings.Contains(r.stderr, "must be in [1-") || !strings.Contains(r.stderr, "Invalid ") {
			t.Errorf("%v: exit %d %q; want a range error", bad, r.code, r.stderr)
		}
	}
	if r := fwknopd(t, "-k", "--hmac-digest-type", "md4"); r.code != 1 || !strings.Contains(r.stderr, "Invalid hmac digest type") {
		t.Errorf("md4: exit %d %q", r.code, r.stderr)
	}
	file := filepath.Join(t.TempDir(), "keys")
	r := fwknopd(t, "--key-gen-file", file)
	b, err := os.ReadFile(file)
	if r.code != 0 || err != nil || !strings.Contains(r.stdout, "Wrote Rijndael and HMAC keys to: "+file) {
		t.Fatalf("--key-gen-file: exit %d %q %v", r.code, r.stdout, err)
	}
	decodedLens(t, string(b))
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
}

// Stock flags that change nothing in Sesame must not fail a command line.
func TestStockFlagsAccepted(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	args = append(args, "--no-ipt-check-support", "--syslog-enable", "-l", "C", "--locale=C", "--exit-parse-config")
	if r := fwknopd(t, args...); r.code != 0 || r.stdout != "Configs parsed, exiting.\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestExitParseDigestCache(t *testing.T) {
	dir, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	args = append(args, "--exit-parse-digest-cache")
	r := fwknopd(t, args...)
	if r.code != 0 || r.stdout != "Digest cache parsed, exiting.\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	cache := filepath.Join(dir, "digest.cache")
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("parsing created the digest cache: %v", err)
	}
	if err := os.WriteFile(cache, []byte("not a cache\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := fwknopd(t, args...); r.code != 1 || !strings.Contains(r.stderr, cache) {
		t.Errorf("damaged cache: exit %d, stderr %q; want exit 1 naming %s", r.code, r.stderr, cache)
	}
	if b, _ := os.ReadFile(cache); string(b) != "not a cache\n" {
		t.Errorf("the digest cache changed: %q", b)
	}
}

func TestExclusiveServerActions(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	for _, extra := range [][]string{{"-f", "-K", "-R", "--exit-parse-config"}, {"-D", "-R"}, {"-S", "-K"}, {"-DK"}} {
		r := fwknopd(t, append(append([]string{}, args...), extra...)...)
		if r.code != 1 || !strings.Contains(r.stderr, "mutually exclusive") {
			t.Errorf("%v: exit %d, stderr %q; want refused as mutually exclusive", extra, r.code, r.stderr)
		}
	}
	if c, err := parseArgs([]string{"-K", "-K"}); err != nil || c.action != kill {
		t.Errorf("-K twice: %v %v", c, err)
	}
}

func TestInvalidLocaleWarns(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	r := fwknopd(t, append(args, "-f", "-l", "somelocale", "--exit-parse-config")...)
	if r.code != 0 || !strings.Contains(r.stderr, "Unable to set locale to 'somelocale'") {
		t.Errorf("exit %d, stderr %q; want exit 0 and the stock's warning", r.code, r.stderr)
	}
	if r := fwknopd(t, append(args, "-l", "C", "--exit-parse-config")...); r.code != 0 || r.stderr != "" {
		t.Errorf("-l C: exit %d, stderr %q", r.code, r.stderr)
	}
}

// A stock digest cache with invalid entries fails the validation, as the
// stock's does, naming each entry.
func TestExitParseDigestCacheInvalidEntries(t *testing.T) {
	dir, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	cache := filepath.Join(dir, "digest.cache")
	text := "ybbYzHw4QMLd3rAlifxSAIedifnchUyuU0NW02hC6Zs 17 127.0.0.1 37246 127.0.0.1 62201 1399089310\n" +
		"rrrrrrrrU369w8emmAyP4NMx9CvgkvplpfRt1306fns 17 -127.0.0.1 58901 127.0.0.1 62201 1399089319\n"
	if err := os.WriteFile(cache, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	r := fwknopd(t, append(args, "--exit-parse-digest-cache")...)
	if r.code != 1 || !strings.Contains(r.stderr, "invalid digest file entry") || !strings.Contains(r.stderr, "-127.0.0.1") || !strings.Contains(r.stderr, "1 invalid entries") {
		t.Errorf("exit %d, stderr %q; want exit 1 naming the bad entry", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(cache); string(b) != text {
		t.Errorf("the digest cache changed")
	}
}

// A capture on a missing interface fails with the stock's words.
func TestSniffMissingInterface(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\n", goodAccess)
	r := fwknopd(t, append(args, "-f", "-t", "-i", "nosuchif0")...)
	if r.code != 1 || !strings.Contains(r.stderr, "pcap_open_live() error") || !strings.Contains(r.stderr, "nosuchif0") {
		t.Errorf("exit %d, stderr %q; want exit 1 with the stock's pcap_open_live error", r.code, r.stderr)
	}
}

package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
)

// saveBase is how fwknop's suite runs --save-rc-stanza ($client_save_rc_args).
var saveBase = []string{"-A", "tcp/22", "-a", "198.51.100.2", "-D", "127.0.0.1", "--no-save-args",
	"--save-rc-stanza", "--force-stanza", "--test", "-n", "default"}

// rcRun is one client run on an rc file: its exit status, its output and
// the rc file after it.
type rcRun struct {
	status      int
	out, rcText string
}

// runSesameRC runs sesame knock with --rc-file, in a new folder holding
// the rc file rcText (mode 0600); HOME is that folder.
func runSesameRC(t *testing.T, rcText string, args ...string) rcRun {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "rc")
	writeFile(t, path, rcText, 0o600)
	var out bytes.Buffer
	sys := testSystem(&out, &out, map[string]string{"HOME": dir})
	sys.Stdin = strings.NewReader("")
	st := Knock(append(slices.Clone(args), "--rc-file", path), sys)
	data, _ := os.ReadFile(path)
	return rcRun{st, out.String(), string(data)}
}

// runStockRC is runSesameRC with the stock client.
func runStockRC(t *testing.T, rcText string, args ...string) rcRun {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "rc")
	writeFile(t, path, rcText, 0o600)
	cmd := exec.Command("fwknop", append(slices.Clone(args), "--rc-file", path)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.CombinedOutput()
	st := 0
	if err != nil {
		st = 1
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("fwknop: %v", err)
		}
	}
	data, _ := os.ReadFile(path)
	return rcRun{st, string(out), string(data)}
}

// stanzaLines are the settings of stanza name in text, "NAME value" each,
// generated keys masked.
func stanzaLines(t *testing.T, text, name string) []string {
	t.Helper()
	f, err := rc.Parse(strings.NewReader(text), "rc")
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	var out []string
	for _, s := range f.Stanzas {
		if !strings.EqualFold(s.Name, name) {
			continue
		}
		for _, set := range s.Settings {
			v := set.Value
			if strings.HasSuffix(set.Name, "KEY_BASE64") && v != "testtest" {
				v = "<generated>"
			}
			out = append(out, set.Name+" "+v)
		}
	}
	return out
}

// --save-rc-stanza writes what the stock client writes: the same
// variables, in the same order, with the same values (-v -v as VERBOSE 2,
// the spoof options, the modes in the stock's spelling, USE_HMAC with the
// HMAC options, only [default] read while saving).
func TestSaveRCStanzaAsStock(t *testing.T) {
	stockfwknop.Require(t)
	const keys = "[default]\nKEY testtest\nHMAC_KEY hmactest\nHMAC_DIGEST_TYPE SHA1\n"
	tests := []struct {
		name, rc string
		args     []string
	}{
		{"verbose twice", "[default]\nKEY testtest\n", []string{"--fw-timeout", "1234", "--verbose", "--verbose"}},
		{"verbose once", "[default]\nKEY testtest\n", []string{"-v"}},
		{"spoof source", keys, []string{"-P", "udpraw", "--spoof-source", "198.51.100.3"}},
		{"spoof src and port", keys, []string{"-P", "tcpraw", "--spoof-src", "198.51.100.3", "-S", "40000"}},
		{"source port", keys, []string{"--source-port", "40001"}},
		{"legacy mode", "[default]\nKEY testtest\nDIGEST_TYPE SHA1\n", []string{"--encryption-mode", "legacy"}},
		{"ctr mode", keys, []string{"-M", "ctr"}},
		{"hmac digest", keys, []string{"--hmac-digest-type", "MD5"}},
		{"hmac key", "[default]\nKEY testtest\n", []string{"--key-hmac", "hmackey"}},
		{"hmac base64 key", "[default]\nKEY testtest\n", []string{"--key-base64-hmac", "aG1hY2tleQ=="}},
		{"long user", keys, []string{"--spoof-user", strings.Repeat("A", 80)}},
		{"rand port", keys, []string{"-r"}},
		{"nat local", keys + "NAT_LOCAL Y\n", []string{"--nat-local", "--fw-timeout", "1234", "--nat-port", "2222"}},
		{"offset", keys, []string{"--time-offset-minus", "60"}},
		{"key gen", keys, []string{"--key-gen", "-v"}},
		{"named stanza not read", keys + "[other]\nKEY other\nDIGEST_TYPE MD5\nSPOOF_USER otheruser\n",
			[]string{"-n", "other", "--digest-type", "SHA384"}},
		{"no -n: the -D stanza", keys, []string{"-m", "SHA512"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(slices.Clone(saveBase), tt.args...)
			if tt.name == "no -n: the -D stanza" {
				args = slices.Delete(args, len(saveBase)-2, len(saveBase))
			}
			stanza := "default"
			if i := slices.Index(args, "-n"); i >= 0 && args[i+1] != "default" {
				stanza = args[i+1]
				args = slices.Delete(args, slices.Index(args, "-n"), slices.Index(args, "-n")+2)
				args = append(args, "-n", stanza)
			} else if i < 0 {
				stanza = "127.0.0.1"
			}
			stock, ours := runStockRC(t, tt.rc, args...), runSesameRC(t, tt.rc, args...)
			if stock.status != 0 || ours.status != 0 {
				t.Fatalf("exit stock %d, sesame %d\nstock: %s\nsesame: %s", stock.status, ours.status, stock.out, ours.out)
			}
			want, got := stanzaLines(t, stock.rcText, stanza), stanzaLines(t, ours.rcText, stanza)
			if !slices.Equal(got, want) {
				t.Errorf("[%s] saved\n%s\nthe stock client saves\n%s", stanza, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if slices.Contains(args, "--key-gen") {
				return // no packet
			}
			// Both send what they read and were given: the same fields.
			w, g := fields(after(stock.out, "SPA Field Values:")), fields(after(ours.out, "SPA Field Values:"))
			for _, field := range []string{"Username", "Digest Type", "HMAC Type", "Encryption Mode", "Message String", "Nat Access"} {
				if w[field] != g[field] {
					t.Errorf("%s: stock %q, sesame %q", field, w[field], g[field])
				}
			}
		})
	}
}

// after is what follows the first sep in s ("" when s has none).
func after(s, sep string) string {
	_, rest, _ := strings.Cut(s, sep)
	return rest
}

// What --save-rc-stanza refuses, it refuses in the stock client's order:
// the command line's own errors first (a bad -P), then its checks of the
// whole (the spoofed source, legacy with an HMAC), all before the rc file
// is touched; what the knock finds later (a bad -A, a missing key file)
// comes after the stanza is saved, as there.
func TestSaveRCStanzaOrderAsStock(t *testing.T) {
	stockfwknop.Require(t)
	const keys = "[default]\nKEY testtest\nHMAC_KEY hmactest\nHMAC_DIGEST_TYPE SHA1\n"
	badSpoof := keys + "SPOOF_SOURCE_IP invalid\n"
	tests := []struct {
		name, rc string
		args     []string
		says     string // in both clients' output
		saved    bool   // whether the rc file changes
	}{
		{"bad -P first", badSpoof, []string{"-P", "invalid", "--spoof-source", "198.51.100.3"}, "Unrecognized protocol", false},
		{"-Q without a raw -P", badSpoof, []string{"-P", "tcp", "--spoof-source", "198.51.100.3"}, "Must set -P <udpraw|tcpraw|icmp>", false},
		{"rc's bad spoof source", badSpoof, []string{"-P", "udpraw"}, "Invalid spoof IP", false},
		{"bad -Q", keys, []string{"-P", "udpraw", "--spoof-source", "invalid"}, "Invalid spoof IP", false},
		{"legacy with an HMAC", "[default]\nKEY testtest\nENCRYPTION_MODE legacy\nUSE_HMAC Y\n", []string{"--encryption-mode", "legacy"}, "incompatible with HMAC", false},
		{"missing key file", "[default]\nDIGEST_TYPE SHA1\n", []string{"--get-key", "/nonexistent/sesame.key"}, "Could not open", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(slices.Clone(saveBase), tt.args...)
			stock, ours := runStockRC(t, tt.rc, args...), runSesameRC(t, tt.rc, args...)
			if stock.status == 0 || !strings.Contains(stock.out, tt.says) {
				t.Fatalf("the stock client: exit %d, %q (the test's premise)", stock.status, stock.out)
			}
			if ours.status == 0 || !strings.Contains(ours.out, tt.says) {
				t.Errorf("exit %d, %q; want %q as the stock client", ours.status, ours.out, tt.says)
			}
			if saved := stock.rcText != tt.rc; saved != tt.saved {
				t.Fatalf("the stock client saved: %v (the test's premise)\n%s", saved, stock.rcText)
			}
			want, got := stanzaLines(t, stock.rcText, "default"), stanzaLines(t, ours.rcText, "default")
			if !slices.Equal(got, want) {
				t.Errorf("rc file's [default]\n%s\nthe stock client's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

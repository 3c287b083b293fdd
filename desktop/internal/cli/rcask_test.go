package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// --save-rc-stanza into an existing stanza without --force-stanza asks,
// as the stock client, before it overwrites a key ("y": overwrite;
// anything else keeps the stanza's line), updates the other variables,
// and -v lists what it writes (keys not shown). The same answers given to
// the stock client leave the same variables in the file.
func TestSaveRCStanzaAsks(t *testing.T) {
	fwknop, _ := exec.LookPath("fwknop")
	const rcText = "[default]\nKEY_BASE64 dGVzdHRlc3Q=\nDIGEST_TYPE MD5\n"
	args := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "-v", "-v",
		"--rc-file", "%HOME%/rc", "--save-rc-stanza", "--key-gen", "-n", "default", "--digest-type", "SHA1", "--use-hmac"}
	for _, tc := range []struct {
		answer  string
		keepKey bool
	}{{"y\n", false}, {"n\n", true}, {"", true}} {
		check := func(who, out, rcFile string) {
			ours := who == "sesame"
			t.Helper()
			data, err := os.ReadFile(rcFile)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, "Variable 'KEY_BASE64' found in stanza 'default'. Overwrite [N/y] ?") {
				t.Errorf("%s, answer %q: no question:\n%s", who, tc.answer, out)
			}
			if !regexp.MustCompile(`Updating\sparam.*SHA1`).MatchString(out) {
				t.Errorf("%s, answer %q: no Updating line:\n%s", who, tc.answer, out)
			}
			if !regexp.MustCompile(`(?m)^DIGEST_TYPE +SHA1$`).Match(data) {
				t.Errorf("%s, answer %q: DIGEST_TYPE not updated:\n%s", who, tc.answer, data)
			}
			if kept := strings.Contains(string(data), "KEY_BASE64 dGVzdHRlc3Q=") ||
				regexp.MustCompile(`(?m)^KEY_BASE64 +dGVzdHRlc3Q=$`).Match(data); kept != tc.keepKey {
				t.Errorf("%s, answer %q: old key kept %v, want %v:\n%s", who, tc.answer, kept, tc.keepKey, data)
			}
			if i := strings.Index(string(data), "HMAC_KEY_BASE64"); ours && i >= 0 && strings.Contains(out, string(data[i+28:][:20])) {
				t.Errorf("%s printed a key", who)
			}
		}
		if fwknop != "" && tc.answer != "" { // the stock client loops for ever on an empty standard input
			home := t.TempDir()
			writeFile(t, filepath.Join(home, "rc"), rcText, 0o600)
			cmd := exec.Command(fwknop, expandHome(args, home)...)
			cmd.Env = []string{"HOME=" + home, "LOGNAME=alice", "PATH=/usr/bin:/bin"}
			cmd.Stdin = strings.NewReader(tc.answer)
			out, _ := cmd.CombinedOutput()
			check("stock", string(out), filepath.Join(home, "rc")) // it prints the keys; ours must not
		}
		home := t.TempDir()
		writeFile(t, filepath.Join(home, "rc"), rcText, 0o600)
		var out bytes.Buffer
		sys := testSystem(&out, &out, map[string]string{"HOME": home})
		sys.Stdin = strings.NewReader(tc.answer)
		if st := Knock(expandHome(args, home), sys); st != 0 {
			t.Fatalf("answer %q: exit %d: %s", tc.answer, st, out.String())
		}
		check("sesame", out.String(), filepath.Join(home, "rc"))
	}
}

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --save-rc-stanza writes the options given into the -D (or -n) stanza as
// the stock client does, keeping the other stanzas and the comments;
// --force-stanza replaces an existing one; -k saves new keys; the file
// stays 0600 and sesame reads the stanza back.
func TestSaveRCStanza(t *testing.T) {
	home := t.TempDir()
	rcPath := filepath.Join(home, ".fwknoprc")
	writeFile(t, rcPath, "# my comment\n[default]\nDIGEST_TYPE sha256\n\n[other]\n# keep me\nACCESS tcp/80\n", 0o600)
	env := map[string]string{"HOME": home}
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		st := Knock(args, testSystem(&out, &errOut, env))
		return st, out.String(), errOut.String()
	}
	st, _, errOut := run("-A", "tcp/22", "-a", "198.51.100.1", "-D", "srv.example", "--key-rijndael", "abc",
		"-m", "sha384", "-f", "30", "--time-offset-minus", "60", "-R", "--save-rc-stanza", "-T", "-v")
	if st != 0 {
		t.Fatalf("save: %d %s", st, errOut)
	}
	want := "# my comment\n[default]\nDIGEST_TYPE sha256\n\n[other]\n# keep me\nACCESS tcp/80\n\n[srv.example]\n" +
		"DIGEST_TYPE                 SHA384\nFW_TIMEOUT                  30\nALLOW_IP                    198.51.100.1\n" +
		"TIME_OFFSET                 -60\nACCESS                      tcp/22\nSPA_SERVER                  srv.example\n" +
		"KEY                         abc\nVERBOSE                     Y\nRESOLVE_IP_HTTPS            N\n"
	if data, _ := os.ReadFile(rcPath); string(data) != want {
		t.Fatalf("rc file:\n%s\nwant:\n%s", data, want)
	}
	// Without --force-stanza the key is kept unless the user says "y"
	// (TestSaveRCStanzaAsks); here standard input is empty.
	var out, errOut2 bytes.Buffer
	sys := testSystem(&out, &errOut2, env)
	sys.Stdin = strings.NewReader("")
	if st := Knock([]string{"-A", "tcp/23", "-s", "-D", "srv.example", "--key-rijndael", "abc", "--save-rc-stanza", "-T"}, sys); st != 0 ||
		!strings.Contains(out.String(), "Variable 'KEY' found in stanza 'srv.example'. Overwrite [N/y] ?") {
		t.Errorf("existing stanza without --force-stanza: %d %q %q", st, out.String(), errOut2.String())
	}
	if data, _ := os.ReadFile(rcPath); !strings.Contains(string(data), "ACCESS                      tcp/23\n") || !strings.Contains(string(data), "KEY                         abc\n") {
		t.Errorf("after saving without --force-stanza:\n%s", data)
	}
	if st, _, errOut := run("-A", "tcp/23", "-D", "srv.example", "-s", "--key-rijndael", "abc", "--save-rc-stanza", "--force-stanza", "-n", "srv.example", "-T"); st != 0 {
		t.Fatalf("--force-stanza: %d %s", st, errOut)
	}
	data, _ := os.ReadFile(rcPath)
	if !strings.HasSuffix(string(data), "[srv.example]\nACCESS                      tcp/23\nSPA_SERVER                  srv.example\nKEY                         abc\n") ||
		!strings.Contains(string(data), "# keep me\n") {
		t.Errorf("after --force-stanza:\n%s", data)
	}
	if st, out, errOut := run("-D", "new", "-k", "--save-rc-stanza", "--hmac-digest-type", "sha512"); st != 0 || out != "[+] Wrote Rijndael and HMAC keys to rc file: "+rcPath+"\n" {
		t.Fatalf("-k --save-rc-stanza: %d %q %q", st, out, errOut)
	}
	if st, out, errOut := run("-n", "new", "-A", "tcp/22", "-a", "198.51.100.1", "-T", "-v"); st != 0 || !strings.Contains(out, "HMAC Type: 5 (SHA512)") {
		t.Errorf("reading the saved keys back: %d %q %q", st, out, errOut)
	}
	if fi, _ := os.Stat(rcPath); fi.Mode().Perm() != 0o600 {
		t.Errorf("rc file mode %04o", fi.Mode().Perm())
	}
	if st, _, errOut := run("-D", "x", "--key-rijndael", "a b", "--save-rc-stanza", "-T"); st != 2 || !strings.Contains(errOut, "white space") {
		t.Errorf("unwritable value: %d %q", st, errOut)
	}
}

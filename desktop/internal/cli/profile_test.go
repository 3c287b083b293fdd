package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

const keysText = "KEY_BASE64: " + testKey + "\nHMAC_KEY_BASE64: " + testHMAC + "\n"

// profileRun runs `sesame profile ARGS` on the store in dir, with an
// in-memory keyring and a terminal that answers every passphrase prompt.
type profileRun struct {
	t   *testing.T
	dir string
}

func newProfileRun(t *testing.T) *profileRun {
	keyring.MockInit()
	return &profileRun{t: t, dir: t.TempDir()}
}

func (r *profileRun) run(stdin string, args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	sys := testSystem(&out, &errOut, map[string]string{"SESAME_CONFIG_DIR": filepath.Join(r.dir, "config")})
	sys.Prompt = func(string) ([]byte, error) { return []byte("correct horse"), nil }
	st := Profile(args, sys, strings.NewReader(stdin))
	return st, out.String(), errOut.String()
}

func (r *profileRun) ok(stdin string, args ...string) string {
	r.t.Helper()
	st, out, errOut := r.run(stdin, args...)
	if st != 0 {
		r.t.Fatalf("sesame profile %q: exit %d: %s", args, st, errOut)
	}
	return out
}

// keys returns the key lines of profile name.
func (r *profileRun) keys(name string) string {
	r.t.Helper()
	out := r.ok("", "show", name, "--show-keys")
	return out[strings.Index(out, "KEY_BASE64"):]
}

// The finding: `profile copy srv1 srv2` then `profile edit srv2
// --generate-keys` replaced srv1's keys, both naming one key file. Now the
// edit is refused, naming srv1, until srv2 has a key file of its own; a
// keyring copy has its own entry and simply takes the new keys. (An age
// file is the same place as a plain one; the store's tests cover it with a
// cheap scrypt work factor, which the CLI does not set.)
func TestCopyThenNewKeysKeepsOriginal(t *testing.T) {
	for _, kind := range []string{"keyring", "file"} {
		t.Run(kind, func(t *testing.T) {
			r := newProfileRun(t)
			src := kind
			if kind != "keyring" {
				src = kind + ":" + filepath.Join(r.dir, "srv1."+kind)
			}
			r.ok(keysText, "add", "srv1", "--host", "203.0.113.5", "--access", "tcp/22", "--key-source", src, "--keys-from", "-")
			if out := r.ok("", "copy", "srv1", "srv2"); kind != "keyring" && !strings.Contains(out, "srv2 reads the keys of srv1") {
				t.Fatalf("copy: %q", out)
			}
			st, _, errOut := r.run("", "edit", "srv2", "--generate-keys")
			if kind == "keyring" {
				if st != 0 {
					t.Fatalf("exit %d: %s", st, errOut)
				}
			} else {
				if st != 2 || !strings.Contains(errOut, "profile srv1 keeps its keys") || strings.Count(errOut, "\n") != 1 {
					t.Fatalf("exit %d: %s", st, errOut)
				}
				r.ok("", "edit", "srv2", "--key-source", kind+":"+filepath.Join(r.dir, "srv2."+kind), "--generate-keys")
			}
			if got := r.keys("srv1"); got != keysText {
				t.Fatalf("srv1's keys were replaced")
			}
			if got := r.keys("srv2"); got == keysText {
				t.Fatalf("srv2 kept srv1's keys after --generate-keys")
			}
		})
	}
}

// The finding: `profile import --fwknoprc --key-source file:F` with two
// stanzas exited 0 and left the first profile with the second's keys. Now
// it stops, naming both, and writes nothing.
func TestImportFwknoprcSharedKeyFile(t *testing.T) {
	r := newProfileRun(t)
	rc := filepath.Join(r.dir, "fwknoprc")
	writeFile(t, rc, "[one]\nSPA_SERVER 203.0.113.5\nACCESS tcp/22\nALLOW_IP source\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\n"+
		"[two]\nSPA_SERVER 203.0.113.6\nACCESS tcp/22\nALLOW_IP source\nKEY_BASE64 c2Vjb25kIGtleQ==\nHMAC_KEY_BASE64 c2Vjb25kIGhtYWMga2V5\n", 0o600)
	keyFile := filepath.Join(r.dir, "imported.keys")
	st, out, errOut := r.run("", "import", "--fwknoprc", "--rc-file", rc, "--key-source", "file:"+keyFile)
	if st != 2 || out != "" || !strings.Contains(errOut, "nothing imported") || !strings.Contains(errOut, "keys of one") || !strings.Contains(errOut, "profile two keeps") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", st, out, errOut)
	}
	if strings.Contains(errOut, testKey) || strings.Contains(errOut, testHMAC) {
		t.Fatal("a key in the error")
	}
	if _, err := os.Stat(keyFile); !os.IsNotExist(err) {
		t.Fatalf("key file written: %v", err)
	}
	if list := r.ok("", "list"); list != "" {
		t.Fatalf("profiles saved: %q", list)
	}
	// One stanza per file works; the keyring too.
	r.ok("", "import", "--fwknoprc", "--rc-file", rc, "--key-source", "file:"+keyFile, "one")
	r.ok("", "import", "--fwknoprc", "--rc-file", rc, "two")
	if got := r.keys("one"); got != keysText {
		t.Fatalf("one's keys: %q", got)
	}
	// Importing again over a saved profile's file is refused too.
	r.ok("", "remove", "two")
	if st, _, errOut := r.run("", "import", "--fwknoprc", "--rc-file", rc, "--key-source", "file:"+keyFile, "two"); st != 2 || !strings.Contains(errOut, "profile one keeps") {
		t.Fatalf("exit %d: %s", st, errOut)
	}
}

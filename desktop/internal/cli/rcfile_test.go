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

// knockArgs is a knock that needs nothing from an rc file.
var knockArgs = []string{"-A", "tcp/22", "-a", "198.51.100.2", "-D", "127.0.0.1", "--key-rijndael", "testtest", "--no-save-args", "-T"}

// A missing ~/.fwknoprc is created (0600) with the commented template, as
// the stock client does, and the knock goes on; -n NAME then finds no
// stanza; a home folder where it cannot be created is a warning.
func TestMissingRCCreated(t *testing.T) {
	home := t.TempDir()
	path := filepath.Join(home, ".fwknoprc")
	run := func(env map[string]string, args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		st := Knock(args, testSystem(&out, &errOut, env))
		return st, out.String(), errOut.String()
	}
	st, out, errOut := run(map[string]string{"HOME": home}, knockArgs...)
	if st != 0 || !strings.Contains(out, "Final SPA Data") || !strings.Contains(errOut, "[*] Creating initial rc file: "+path+".") {
		t.Fatalf("exit %d, %q, %q", st, out, errOut)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("~/.fwknoprc: %v, %v", fi, err)
	}
	f, err := rc.Load(path)
	if err != nil || len(f.Stanzas) != 1 || f.Stanzas[0].Name != "default" || len(f.Stanzas[0].Settings) != 0 {
		t.Fatalf("template: %v, %+v", err, f)
	}
	// fwknop's suite greps "This file contains" (rc_file_exists).
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "#SPA_SERVER          192.168.1.20") || !strings.Contains(string(data), "This file contains") {
		t.Errorf("template without the commented examples:\n%s", data)
	}
	if st, _, errOut := run(map[string]string{"HOME": home}, knockArgs...); st != 0 || strings.Contains(errOut, "Creating") {
		t.Errorf("second run: %d %q", st, errOut)
	}

	other := t.TempDir()
	if st, _, errOut := run(map[string]string{"HOME": other}, append([]string{"-n", "foo"}, knockArgs...)...); st != 2 ||
		!strings.Contains(errOut, "Named configuration stanza") || !strings.Contains(errOut, "Creating initial rc file") {
		t.Errorf("-n foo: %d %q", st, errOut)
	}
	gone := filepath.Join(other, "gone")
	if st, out, errOut := run(map[string]string{"HOME": gone}, knockArgs...); st != 0 || !strings.Contains(out, "Final SPA Data") ||
		!strings.Contains(errOut, "Unable to create initial rc file") {
		t.Errorf("home folder missing: %d %q", st, errOut)
	}
}

// The template the stock client writes and Sesame's read the same: one
// [default] stanza with nothing set.
func TestMissingRCAsStock(t *testing.T) {
	stockfwknop.Require(t)
	home := t.TempDir()
	cmd := exec.Command("fwknop", knockArgs...)
	cmd.Env = append(os.Environ(), "HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("fwknop: %v\n%s", err, out)
	}
	stock, err := rc.Load(filepath.Join(home, ".fwknoprc"))
	if err != nil {
		t.Fatal(err)
	}
	ours, err := rc.Parse(strings.NewReader(initialRC), "template")
	if err != nil {
		t.Fatal(err)
	}
	if len(stock.Stanzas) != len(ours.Stanzas) || stock.Stanzas[0].Name != ours.Stanzas[0].Name ||
		len(stock.Stanzas[0].Settings) != len(ours.Stanzas[0].Settings) {
		t.Errorf("stock template %+v, ours %+v", stock.Stanzas, ours.Stanzas)
	}
}

// HMAC_KEY_FILE turns no HMAC on, as in the stock client: with KEY and
// no USE_HMAC the knock goes without one and the file is not read; with
// USE_HMAC the file, relative to the working folder as KEY_FILE, gives the
// HMAC key. --no-rc-file --stanza-list is refused as there.
func TestKeyFilesInRC(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "hmac.key", "127.0.0.1: hmactest\n", 0o600)
	writeFile(t, "spa.key", "127.0.0.1: testtest\n", 0o600)
	args := []string{"-A", "tcp/22", "-a", "198.51.100.2", "-D", "127.0.0.1", "--no-save-args", "-T", "-v"}
	tests := []struct {
		name, rc string
		hmac     string // the HMAC Type printed
	}{
		{"missing HMAC_KEY_FILE not read", "[default]\nKEY testtest\nHMAC_KEY_FILE missing.key\n", "0 (None)"},
		{"HMAC_KEY_FILE with USE_HMAC", "[default]\nKEY testtest\nHMAC_KEY_FILE hmac.key\nUSE_HMAC Y\n", "3 (SHA256)"},
		{"relative KEY_FILE", "[default]\nKEY_FILE spa.key\n", "0 (None)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runSesameRC(t, tt.rc, args...)
			if f := fields(after(got.out, "SPA Field Values:")); got.status != 0 || f["HMAC Type"] != tt.hmac {
				t.Fatalf("exit %d, HMAC Type %q, want %q\n%s", got.status, f["HMAC Type"], tt.hmac, got.out)
			}
		})
	}
	var out, errOut bytes.Buffer
	if st := Knock([]string{"--no-rc-file", "--stanza-list"}, testSystem(&out, &errOut, nil)); st != 2 || !strings.Contains(errOut.String(), "Cannot list stanzas in --no-rc-file mode") {
		t.Errorf("--no-rc-file --stanza-list: %d %q", st, errOut.String())
	}
}

// The stock client reads the first of those rc files as Sesame does (its
// HMAC_KEY_FILE is never read there either).
func TestKeyFilesInRCAsStock(t *testing.T) {
	stockfwknop.Require(t)
	t.Chdir(t.TempDir())
	args := []string{"-A", "tcp/22", "-a", "198.51.100.2", "-D", "127.0.0.1", "--no-save-args", "-T", "-v"}
	const text = "[default]\nKEY testtest\nHMAC_KEY_FILE missing.key\n"
	stock, ours := runStockRC(t, text, slices.Clone(args)...), runSesameRC(t, text, args...)
	w, g := fields(after(stock.out, "SPA Field Values:")), fields(after(ours.out, "SPA Field Values:"))
	if stock.status != 0 || ours.status != 0 || w["HMAC Type"] != g["HMAC Type"] {
		t.Errorf("stock: %d %q; sesame: %d %q", stock.status, w["HMAC Type"], ours.status, g["HMAC Type"])
	}
}

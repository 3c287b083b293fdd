package live

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	gokeyring "github.com/zalando/go-keyring"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// The texts of the keyring dialog: what it says, and its choices.
const (
	noKeyringText = "the OS keyring could not take the keys"
	takeFile      = "Keep the keys in a passphrase-protected file"
)

// testKeys are fixed keys, as base64 (32 and 48 bytes).
var testKeys = ui.Secrets{
	Key: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", KeyBase64: true,
	HMACKey: "YW4gSE1BQyBrZXkgZm9yIHNoYTM4NCwgNDggYnl0ZXMgbG9uZy4uLi4uLi4uLi4=", HMACKeyBase64: true,
}

// noKeyring is a store in a temporary folder over the OS keyring API with
// go-keyring's mock failing as a Linux box without a Secret Service does.
func noKeyring(t *testing.T) *store.Store {
	gokeyring.MockInitWithError(errors.New("org.freedesktop.secrets was not provided by any .service files"))
	t.Cleanup(gokeyring.MockInit)
	return &store.Store{Dir: t.TempDir(), Secrets: store.NewKeyring(), ScryptWorkFactor: testWorkFactor}
}

// files lists the files under dir.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// checkAgeKeys checks that the profile name keeps its keys in the age file
// path, readable by its owner only, holding testKeys under pass.
func checkAgeKeys(t *testing.T, st *store.Store, name, path, pass string) {
	t.Helper()
	p, err := st.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.KeySource{Kind: store.SourceAge, Path: path}); p.Keys != want {
		t.Fatalf("key source %s, want %s", p.Keys, want)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v; want 0600", err, fi)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte(testKeys.Key)) || bytes.Contains(data, []byte("0123456789abcdef")) {
		t.Fatal("the key file holds the keys in plain text")
	}
	reader := &store.Store{Dir: st.Dir, Passphrase: func(context.Context, string, bool) ([]byte, error) { return []byte(pass), nil }}
	k, err := reader.Keys(context.Background(), p)
	if err != nil {
		t.Fatalf("the keys do not decrypt with the passphrase given: %v", err)
	}
	if secretsOf(k) != testKeys {
		t.Fatal("the keys decrypted differ from those typed")
	}
}

// TestSaveWithoutKeyringOffersAKeyFile: saving a new profile with keys when
// the OS keyring is missing says so and offers a passphrase-protected file.
// Cancel saves nothing and keeps the editor as typed; the file saves the
// profile with its keys in the file, encrypted with the passphrase asked.
func TestSaveWithoutKeyringOffersAKeyFile(t *testing.T) {
	st := noKeyring(t)
	g := newGUI(t, st)
	// Keys pasted as Fwknop2 text start a new profile holding them.
	g.w.Import(ui.ImportFwknop2, []byte("KEY_BASE64:"+testKeys.Key+" HMAC_KEY_BASE64:"+testKeys.HMACKey))
	g.editorSays(t, "Keys imported")
	e := g.w.Editor()
	e.Set(ui.FieldName, "web")
	e.Set(ui.FieldHost, "203.0.113.7")

	e.Save()
	g.answerDialog(t, noKeyringText, nil, "Cancel")
	g.editorSays(t, "no OS keyring available")
	if got := files(t, st.Dir); len(got) != 0 {
		t.Fatalf("a cancelled save wrote %v", got)
	}
	if p := e.Profile(); p.Name() != "web" || p.Values[ui.FieldHost] != "203.0.113.7" || p.Values[ui.FieldKeySource] != "keyring" {
		t.Fatalf("the editor lost what was typed: %v", p.Values)
	}

	e.Save()
	g.answerDialog(t, noKeyringText, nil, takeFile)
	g.answerDialog(t, "Passphrase for the keys of web", []string{"pass one", "pass one"}, "OK")
	g.editorSays(t, "Saved.")
	path := filepath.Join(st.Dir, "keys", "web.age")
	checkAgeKeys(t, st, "web", path, "pass one")
	if got := e.Profile().Values[ui.FieldKeySource]; got != "age:"+path {
		t.Fatalf("the editor's key source is %q, want age:%s", got, path)
	}
}

// TestImportWithoutKeyringOffersAKeyFile: an imported profile line whose
// keys the OS keyring cannot take is saved with its keys in a
// passphrase-protected file when the user chooses so.
func TestImportWithoutKeyringOffersAKeyFile(t *testing.T) {
	st := noKeyring(t)
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "db"
	p.Values[ui.FieldHost] = "2001:db8::7"
	sp, err := fromUI(p)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := storeKeys(testKeys)
	if err != nil {
		t.Fatal(err)
	}
	line, err := sp.Typed(keys).ValidLine()
	if err != nil {
		t.Fatal(err)
	}

	g := newGUI(t, st)
	g.w.Import(ui.ImportLine, []byte(line))
	g.answerDialog(t, noKeyringText, nil, "Cancel")
	if got := files(t, st.Dir); len(got) != 0 {
		t.Fatalf("a cancelled import wrote %v", got)
	}

	g.w.Import(ui.ImportLine, []byte(line))
	g.answerDialog(t, noKeyringText, nil, takeFile)
	g.answerDialog(t, "Passphrase for the keys of db", []string{"pass two", "pass two"}, "OK")
	g.answerDialog(t, "1 profile(s) imported", nil, "OK")
	checkAgeKeys(t, st, "db", filepath.Join(st.Dir, "keys", "db.age"), "pass two")
}

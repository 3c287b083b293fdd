package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

func sameKeys(a, b Keys) bool {
	return string(a.Rijndael) == string(b.Rijndael) && string(a.HMAC) == string(b.HMAC)
}

// A copy never writes through to its original's keys, whatever the key
// source: the keyring gets an entry of its own, a shared file is refused
// (naming the profile that keeps its keys there), a variable is read-only.
func TestCopyNeverWritesOriginalsKeys(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sources := map[string]KeySource{
		"keyring": {},
		"file":    {Kind: SourceFile, Path: filepath.Join(dir, "srv1.keys")},
		"age":     {Kind: SourceAge, Path: filepath.Join(dir, "srv1.age")},
		"env":     {Kind: SourceEnv, Env: "SRV1_KEYS"},
	}
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			s := mockStore(t)
			s.Passphrase = func(context.Context, string, bool) ([]byte, error) { return []byte("pw"), nil }
			orig := testKeys()
			s.Getenv = func(string) string { return orig.Text() }
			p := web1()
			p.Name, p.Keys = "srv1", src
			var k *Keys
			if src.Kind != SourceEnv {
				k = &orig
			}
			if err := s.Add(ctx, p, k); err != nil {
				t.Fatal(err)
			}
			if err := s.Duplicate(ctx, "srv1", "srv2"); err != nil {
				t.Fatal(err)
			}
			fresh, _ := GenerateKeys(spa.SHA256)
			cp, _ := s.Get("srv2")
			err := s.Save(ctx, "srv2", cp, &fresh)
			switch src.Kind {
			case SourceKeyring:
				if err != nil {
					t.Fatal(err)
				}
				if got, _ := s.Keys(ctx, cp); !sameKeys(got, fresh) {
					t.Fatal("the copy did not get its new keys")
				}
			case SourceEnv:
				if !errors.Is(err, ErrReadOnlyKeys) {
					t.Fatalf("env: %v", err)
				}
			default:
				if !errors.Is(err, ErrKeysShared) || !strings.Contains(err.Error(), "profile srv1 keeps its keys") || !strings.Contains(err.Error(), src.Path) {
					t.Fatalf("shared file: %v", err)
				}
				for _, bad := range []string{testKey, testHMAC} {
					if strings.Contains(err.Error(), bad) {
						t.Fatal("a key in the error")
					}
				}
				// With a file of its own, the copy takes new keys.
				cp.Keys.Path = filepath.Join(dir, name+"-srv2")
				if err := s.Save(ctx, "srv2", cp, &fresh); err != nil {
					t.Fatal(err)
				}
			}
			p1, _ := s.Get("srv1")
			if got, err := s.Keys(ctx, p1); err != nil || !sameKeys(got, orig) {
				t.Fatalf("srv1's keys changed (%v)", err)
			}
			// SetKeys on its own refuses the shared place as well.
			if src.Kind == SourceFile || src.Kind == SourceAge {
				cp.Keys = src
				if err := s.SetKeys(ctx, cp, fresh); !errors.Is(err, ErrKeysShared) {
					t.Fatalf("SetKeys: %v", err)
				}
			}
		})
	}
}

// A key file named by another path (a link to its folder, a link to the
// file) is the same place.
func TestSharedFileByAnotherPath(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	dir := t.TempDir()
	k := testKeys()
	p := web1()
	p.Keys = KeySource{Kind: SourceFile, Path: filepath.Join(dir, "real", "web1.keys")}
	if err := s.Add(ctx, p, &k); err != nil {
		t.Fatal(err)
	}
	os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link"))
	os.Symlink(p.Keys.Path, filepath.Join(dir, "file-link"))
	for _, path := range []string{filepath.Join(dir, "link", "web1.keys"), filepath.Join(dir, "file-link")} {
		q := web1()
		q.Name, q.Keys = "web2", KeySource{Kind: SourceAge, Path: path}
		if err := s.Add(ctx, q, &k); !errors.Is(err, ErrKeysShared) {
			t.Fatalf("%s: %v", path, err)
		}
	}
}

// AddAll adds all or nothing: two entries naming one file, or one naming
// the file of a saved profile, write nothing at all.
func TestAddAllRefusesSharedKeys(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	dir := t.TempDir()
	k1 := testKeys()
	k2, _ := GenerateKeys(spa.SHA256)
	shared := KeySource{Kind: SourceFile, Path: filepath.Join(dir, "rc.keys")}
	a, b := web1(), web1()
	a.Name, b.Name = "a", "b"
	a.Keys, b.Keys = shared, shared
	err := s.AddAll(ctx, []Entry{{a, &k1}, {b, &k2}})
	if !errors.Is(err, ErrKeysShared) || !strings.Contains(err.Error(), "keys of a") || !strings.Contains(err.Error(), "profile b keeps") {
		t.Fatalf("%v", err)
	}
	if _, err := os.Stat(shared.Path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("key file written: %v", err)
	}
	if _, err := os.Stat(s.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("profiles file written: %v", err)
	}

	// A failed later write puts back what the earlier ones wrote.
	b.Keys = KeySource{Kind: SourceFile, Path: filepath.Join(shared.Path, "under-a-file")}
	os.WriteFile(shared.Path, []byte("earlier\n"), 0o600)
	a.Keys = KeySource{Kind: SourceFile, Path: filepath.Join(dir, "a.keys")}
	c := web1()
	c.Name = "c" // keyring
	if err := s.AddAll(ctx, []Entry{{a, &k1}, {c, &k1}, {b, &k2}}); err == nil {
		t.Fatal("a key file under a file was written")
	}
	if _, err := os.Stat(a.Keys.Path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a's key file left: %v", err)
	}
	if _, err := s.Secrets.Get(ctx, "c"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("c's keyring entry left: %v", err)
	}
	if ps, _ := s.List(); len(ps) != 0 {
		t.Fatalf("profiles saved: %v", ps)
	}

	// Against a saved profile: refused, the saved one's keys kept.
	a.Keys = shared
	os.Remove(shared.Path)
	if err := s.Add(ctx, a, &k1); err != nil {
		t.Fatal(err)
	}
	b.Keys = shared
	if err := s.AddAll(ctx, []Entry{{b, &k2}}); !errors.Is(err, ErrKeysShared) || !strings.Contains(err.Error(), "profile a keeps") {
		t.Fatalf("%v", err)
	}
	if got, _ := s.Keys(ctx, a); !sameKeys(got, k1) {
		t.Fatal("a's keys replaced")
	}
	// Reading the same file is allowed: a profile saved without keys.
	if err := s.AddAll(ctx, []Entry{{b, nil}}); err != nil {
		t.Fatal(err)
	}
}

// Renaming a profile whose key file is its own, with new keys, is no
// collision with itself.
func TestRenameWithKeysInOwnFile(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	k := testKeys()
	p := web1()
	p.Keys = KeySource{Kind: SourceFile, Path: filepath.Join(t.TempDir(), "web.keys")}
	if err := s.Add(ctx, p, &k); err != nil {
		t.Fatal(err)
	}
	fresh, _ := GenerateKeys(spa.SHA256)
	p.Name = "web9"
	if err := s.Save(ctx, "web1", p, &fresh); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Keys(ctx, p); !sameKeys(got, fresh) {
		t.Fatal("keys not replaced")
	}
	// And a keyring profile renamed with new keys leaves no old entry.
	q := web1()
	q.Name = "kr"
	if err := s.Add(ctx, q, &k); err != nil {
		t.Fatal(err)
	}
	q.Name = "kr2"
	if err := s.Save(ctx, "kr", q, &fresh); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Secrets.Get(ctx, "kr"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("old entry: %v", err)
	}
	if got, _ := s.Keys(ctx, q); !sameKeys(got, fresh) {
		t.Fatal("renamed keyring profile's keys")
	}
}

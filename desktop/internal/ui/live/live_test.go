package live

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// keyring is an in-memory store.Secrets.
type keyring struct {
	mu sync.Mutex
	m  map[string]string
}

func (k *keyring) Get(_ context.Context, a string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.m[a]
	if !ok {
		return "", store.ErrNoKeys
	}
	return s, nil
}

func (k *keyring) Set(_ context.Context, a, s string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[a] = s
	return nil
}

func (k *keyring) Delete(_ context.Context, a string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, a)
	return nil
}

func TestEditorShowsEveryStoreField(t *testing.T) {
	shown := map[ui.Field]bool{}
	for _, f := range ui.EditorFields() {
		shown[f] = true
	}
	for _, f := range store.Fields() {
		if f != "keep-open" && !shown[ui.Field(f)] { // keep-open is a check box
			t.Errorf("the editor has no field %q", f)
		}
	}
}

func TestSaveKeysExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := New(&store.Store{Dir: t.TempDir(), Secrets: &keyring{m: map[string]string{}}}, nil)
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "web"
	p.Values[ui.FieldHost] = "203.0.113.7"
	p.KeepOpen = true
	keys, err := s.Generate()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, "", p, &keys); err != nil {
		t.Fatal(err)
	}
	got, err := s.Keys(ctx, "web")
	if err != nil || got != keys {
		t.Fatalf("keys read back differ (err %v)", err)
	}
	ps, err := s.List(ctx)
	if err != nil || len(ps) != 1 || ps[0].Values[ui.FieldHost] != "203.0.113.7" || !ps[0].KeepOpen {
		t.Fatalf("list %+v, %v", ps, err)
	}
	stanza, err := s.Export(ctx, "web", ui.ExportStanza)
	if err != nil || !strings.Contains(string(stanza), keys.Key) {
		t.Fatalf("stanza without the key (err %v)", err)
	}
	p.Values[ui.FieldName] = "web2"
	if err := s.Save(ctx, "web", p, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Keys(ctx, "web2"); err != nil || got != keys {
		t.Fatalf("keys did not move with the rename (err %v)", err)
	}
	if err := s.Save(ctx, "web2", p, &ui.Secrets{Key: "not base64!", KeyBase64: true}); err == nil || strings.Contains(err.Error(), "not base64!") {
		t.Fatalf("bad base64: %v (the error must not quote the key)", err)
	}
}

func TestImportFwknop2KeysOnly(t *testing.T) {
	s := New(&store.Store{Dir: t.TempDir(), Secrets: &keyring{m: map[string]string{}}}, nil)
	keys, _ := s.Generate()
	got, err := s.Import(context.Background(), ui.ImportFwknop2, []byte("KEY_BASE64:"+keys.Key+" HMAC_KEY_BASE64:"+keys.HMACKey))
	if err != nil || len(got) != 1 || !got[0].KeysOnly || got[0].Secrets != keys {
		t.Fatalf("import: %v %v", len(got), err)
	}
}

func TestValidateGivesTheReasonAlone(t *testing.T) {
	s := New(&store.Store{Dir: t.TempDir()}, nil)
	p := ui.NewProfile()
	p.Values[ui.FieldSPAPort] = "0"
	err := s.Validate(ui.FieldSPAPort, p)
	if err == nil || strings.HasPrefix(err.Error(), "port:") {
		t.Fatalf("reason %v: want one without the field's name", err)
	}
}

func TestDuplicateCopiesKeyringKeys(t *testing.T) {
	ctx := context.Background()
	kr := &keyring{m: map[string]string{}}
	s := New(&store.Store{Dir: t.TempDir(), Secrets: kr}, nil)
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "web"
	p.Values[ui.FieldHost] = "203.0.113.7"
	keys, _ := s.Generate()
	if err := s.Save(ctx, "", p, &keys); err != nil {
		t.Fatal(err)
	}

	cp := p.Clone()
	cp.Values[ui.FieldName] = "web2"
	cp.Values[ui.FieldHost] = "203.0.113.8"
	if err := s.Duplicate(ctx, "web", cp); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Keys(ctx, "web2"); err != nil || got != keys {
		t.Fatalf("the copy's keys differ from the original's (err %v)", err)
	}
	if got, err := s.Keys(ctx, "web"); err != nil || got != keys {
		t.Fatalf("the original lost its keys (err %v)", err)
	}
	ps, _ := s.List(ctx)
	if len(ps) != 2 || ps[1].Name() != "web2" || ps[1].Values[ui.FieldHost] != "203.0.113.8" {
		t.Fatalf("profiles %+v, want web and web2 with the edited host", ps)
	}

	if err := s.Duplicate(ctx, "web", cp); !errors.Is(err, store.ErrExists) {
		t.Fatalf("a copy over an existing name: %v, want ErrExists", err)
	}
	if err := s.Duplicate(ctx, "nosuch", cp); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("a copy of a missing profile: %v, want ErrNotFound", err)
	}

	// A copy whose keys are kept elsewhere leaves no keys in the keyring.
	cp.Values[ui.FieldName] = "web3"
	cp.Values[ui.FieldKeySource] = "file:" + filepath.Join(t.TempDir(), "web3.keys")
	if err := s.Duplicate(ctx, "web", cp); err != nil {
		t.Fatal(err)
	}
	if _, ok := kr.m["web3"]; ok {
		t.Fatal("a copy with a key file left a copy of the keys in the keyring")
	}
	if ps, _ := s.List(ctx); len(ps) != 3 {
		t.Fatalf("%d profiles, want 3", len(ps))
	}
}

// TestSaveStoresKeysFirst: a save with keys stores them before the profile,
// so keys the keyring cannot take leave the profile as it was; a rename
// keeps the new keys; a rename onto another profile's name leaves that
// profile's keys alone.
func TestSaveStoresKeysFirst(t *testing.T) {
	ctx := context.Background()
	s := New(&store.Store{Dir: t.TempDir(), Secrets: &keyring{m: map[string]string{}}}, nil)
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "web"
	p.Values[ui.FieldHost] = "203.0.113.7"
	a, _ := s.Generate()
	if err := s.Save(ctx, "", p, &a); err != nil {
		t.Fatal(err)
	}
	b, _ := s.Generate()
	p.Values[ui.FieldName] = "web2"
	if err := s.Save(ctx, "web", p, &b); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Keys(ctx, "web2"); err != nil || got != b {
		t.Fatalf("a rename with new keys kept other keys (err %v)", err)
	}
	db := p.Clone()
	db.Values[ui.FieldName] = "db"
	c, _ := s.Generate()
	if err := s.Save(ctx, "", db, &c); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, "web2", db, &a); !errors.Is(err, store.ErrExists) {
		t.Fatalf("a rename onto db: %v, want ErrExists", err)
	}
	if got, _ := s.Keys(ctx, "db"); got != c {
		t.Fatal("a refused rename replaced the keys of the profile of that name")
	}

	// The OS keyring refuses: the error says so, and the profile is as it was.
	s.Store.Secrets = failing{}
	p.Values[ui.FieldSPAPort] = "40001"
	if err := s.Save(ctx, "web2", p, &a); !errors.Is(err, ui.ErrKeyringUnavailable) || !errors.Is(err, store.ErrNoKeyring) {
		t.Fatalf("save with the keyring gone: %v, want ErrKeyringUnavailable and the store's ErrNoKeyring", err)
	}
	if got, _ := s.Store.Get("web2"); got.Port == 40001 {
		t.Fatalf("port %d saved though the keys were not", got.Port)
	}
}

// failing is a keyring that is not there.
type failing struct{}

func (failing) Get(context.Context, string) (string, error) { return "", store.ErrNoKeyring }
func (failing) Set(context.Context, string, string) error   { return store.ErrNoKeyring }
func (failing) Delete(context.Context, string) error        { return store.ErrNoKeyring }

func TestMarkKeyring(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("%w (no D-Bus)", store.ErrNoKeyring), true},
		{fmt.Errorf("%w within 5s", store.ErrKeyringTimeout), true},
		{store.ErrSecretTooBig, true},
		{store.ErrNoKeys, false},
		{nil, false},
	} {
		got := markKeyring(c.err)
		if errors.Is(got, ui.ErrKeyringUnavailable) != c.want || !errors.Is(got, c.err) {
			t.Errorf("%v: marked %v, want %v, and still the store's error", c.err, !c.want, c.want)
		}
		if c.err != nil && got.Error() != c.err.Error() {
			t.Errorf("%v: text changed to %q", c.err, got)
		}
	}
}

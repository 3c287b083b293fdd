package store

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
)

func testKeys() Keys {
	k, _ := base64.StdEncoding.DecodeString(testKey)
	h, _ := base64.StdEncoding.DecodeString(testHMAC)
	return Keys{Rijndael: k, HMAC: h}
}

func web1() Profile {
	p := withFields(NewProfile(), "name", "web1", "host", "spa.example.com", "access", "tcp/22", "allow", "source")
	p.SSH = sshSettings("alice", 2222)
	return p
}

// withFields returns p with the fields set from name, value pairs.
func withFields(p Profile, kv ...string) Profile {
	for i := 0; i < len(kv); i += 2 {
		if err := SetField(&p, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return p
}

func mockStore(t *testing.T) *Store {
	keyring.MockInit()
	return &Store{Dir: t.TempDir(), Secrets: NewKeyring(), ScryptWorkFactor: 10}
}

func TestAddGetKeys(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	k := testKeys()
	if err := s.Add(ctx, web1(), &k); err != nil {
		t.Fatal(err)
	}
	p, err := s.Get("web1")
	if err != nil || p.Host != "spa.example.com" || p.SSH.User != "alice" {
		t.Fatalf("got %+v, %v", p, err)
	}
	got, err := s.Keys(ctx, p)
	if err != nil || string(got.Rijndael) != string(k.Rijndael) || string(got.HMAC) != string(k.HMAC) {
		t.Fatalf("keys: %v", err)
	}
	data, _ := os.ReadFile(s.Path())
	if strings.Contains(string(data), testKey) || strings.Contains(string(data), testHMAC) || !strings.Contains(string(data), `"version": 1`) {
		t.Fatalf("profiles file:\n%s", data)
	}
	if st, _ := os.Stat(s.Path()); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode())
	}
	if err := s.Add(ctx, web1(), nil); !errors.Is(err, ErrExists) {
		t.Fatalf("second add: %v", err)
	}
}

func TestRenameDuplicateRemove(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	k := testKeys()
	if err := s.Add(ctx, web1(), &k); err != nil {
		t.Fatal(err)
	}
	p := web1()
	p.Name = "web2"
	if err := s.Update(ctx, "web1", p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("web1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("old name: %v", err)
	}
	if _, err := s.Secrets.Get(ctx, "web1"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("old keys still there: %v", err)
	}
	if got, err := s.Keys(ctx, p); err != nil || string(got.HMAC) != string(k.HMAC) {
		t.Fatalf("moved keys: %v", err)
	}
	if err := s.Duplicate(ctx, "web2", "web3"); err != nil {
		t.Fatal(err)
	}
	ps, err := s.List()
	if err != nil || len(ps) != 2 || ps[0].Name != "web2" || ps[1].Name != "web3" {
		t.Fatalf("list %v, %v", ps, err)
	}
	if err := s.Remove(ctx, "web2"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Secrets.Get(ctx, "web2"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("removed profile's keys: %v", err)
	}
	if _, err := s.Keys(ctx, withFields(Profile{}, "name", "web3")); err != nil {
		t.Fatalf("duplicate's keys: %v", err)
	}
	if err := s.Remove(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
}

func TestCorruptFileKept(t *testing.T) {
	ctx := context.Background()
	for name, text := range map[string]string{
		"syntax":        "{\n  \"version\": 1,\n  \"profiles\": [\n    {\"name\": \"a\",}\n  ]\n}\n",
		"type":          "{\"version\": 1, \"profiles\": [{\"name\": \"a\", \"port\": \"x\"}]}",
		"invalid":       "{\"version\": 1, \"profiles\": [{\"name\": \"a\", \"host\": \"-bad-\", \"access\": \"tcp/22\"}]}",
		"unknown":       "{\"version\": 1, \"profiles\": [], \"extra\": 1}",
		"no version":    "{\"profiles\": []}",
		"duplicate":     "{\"version\": 1, \"profiles\": [{\"name\": \"a\", \"host\": \"h.example\", \"access\": \"tcp/22\"},{\"name\": \"a\", \"host\": \"h.example\", \"access\": \"tcp/22\"}]}",
		"truncated":     "{\"version\": 1, \"profi",
		"newer":         "{\"version\": 2, \"profiles\": [{\"whatever\": true}]}",
		"after the end": "{\"version\": 1, \"profiles\": []} {}",
	} {
		t.Run(name, func(t *testing.T) {
			s := mockStore(t)
			os.WriteFile(s.Path(), []byte(text), 0o600)
			_, err := s.List()
			want := ErrCorrupt
			if name == "newer" {
				want = ErrNewerVersion
			}
			if !errors.Is(err, want) || !strings.Contains(err.Error(), s.Path()) {
				t.Fatalf("got %v", err)
			}
			k := testKeys()
			if err := s.Add(ctx, web1(), &k); !errors.Is(err, want) {
				t.Fatalf("add: %v", err)
			}
			if got, _ := os.ReadFile(s.Path()); string(got) != text {
				t.Fatalf("file changed to %s", got)
			}
		})
	}
}

func TestSyntaxErrorPlace(t *testing.T) {
	_, err := ParseProfiles([]byte("{\n  \"version\": 1,\n  \"profiles\": [\n    {\"name\": \"a\",}\n"), "p.json")
	if err == nil || !strings.Contains(err.Error(), "p.json:4:19") {
		t.Fatalf("got %v", err)
	}
}

// blockingSecrets never answers until released, like a locked keyring
// waiting for a password dialog.
type blockingBackend struct{ release chan struct{} }

func (b blockingBackend) Get(service, user string) (string, error) { <-b.release; return "", nil }
func (b blockingBackend) Set(service, user, pw string) error       { <-b.release; return nil }
func (b blockingBackend) Delete(service, user string) error        { <-b.release; return nil }
func (b blockingBackend) DeleteAll(service string) error           { <-b.release; return nil }

func TestKeyringTimeout(t *testing.T) {
	b := blockingBackend{make(chan struct{})}
	t.Cleanup(func() { close(b.release) })
	k := &Keyring{Service: "sesame-test", Timeout: 20 * time.Millisecond, backend: b}
	for name, call := range map[string]func() error{
		"get":    func() error { _, err := k.Get(context.Background(), "a"); return err },
		"set":    func() error { return k.Set(context.Background(), "a", "x") },
		"delete": func() error { return k.Delete(context.Background(), "a") },
	} {
		done := make(chan error)
		go func() { done <- call() }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrKeyringTimeout) || !strings.Contains(err.Error(), "locked") {
				t.Fatalf("%s: %v", name, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: hung despite the timeout", name)
		}
	}
	// A cancelled context ends the wait as well.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	k.Timeout = time.Hour
	if _, err := k.Get(ctx, "a"); !errors.Is(err, ErrKeyringTimeout) {
		t.Fatal(err)
	}
}

func TestKeyringErrors(t *testing.T) {
	ctx := context.Background()
	keyring.MockInitWithError(errors.New("org.freedesktop.secrets was not provided by any .service files"))
	s := &Store{Dir: t.TempDir(), Secrets: NewKeyring()}
	k := testKeys()
	err := s.Add(ctx, web1(), &k)
	if !errors.Is(err, ErrNoKeyring) || !strings.Contains(err.Error(), "age:FILE") {
		t.Fatalf("got %v", err)
	}
	// Nothing was saved: not the profile, and no key in any file.
	entries, _ := os.ReadDir(s.Dir)
	if len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
	keyring.MockInitWithError(keyring.ErrSetDataTooBig)
	if err := s.SetKeys(ctx, web1(), k); !errors.Is(err, ErrSecretTooBig) {
		t.Fatalf("too big: %v", err)
	}
	keyring.MockInit()
	if _, err := s.Keys(ctx, web1()); !errors.Is(err, ErrNoKeys) || !strings.Contains(err.Error(), "sesame profile edit web1") {
		t.Fatalf("no keys: %v", err)
	}
}

func TestKeySources(t *testing.T) {
	ctx := context.Background()
	s := mockStore(t)
	k := testKeys()
	dir := t.TempDir()

	t.Run("file", func(t *testing.T) {
		p := web1()
		p.Keys = KeySource{Kind: SourceFile, Path: filepath.Join(dir, "keys")}
		if err := s.SetKeys(ctx, p, k); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Keys(ctx, p); err != nil || string(got.Rijndael) != string(k.Rijndael) {
			t.Fatal(err)
		}
		os.Chmod(p.Keys.Path, 0o644)
		if _, err := s.Keys(ctx, p); !errors.Is(err, ErrBadKeys) || !strings.Contains(err.Error(), "chmod 600") {
			t.Fatal(err)
		}
	})
	t.Run("env", func(t *testing.T) {
		p := web1()
		p.Keys = KeySource{Kind: SourceEnv, Env: "WEB1_KEYS"}
		env := map[string]string{}
		s.Getenv = func(n string) string { return env[n] }
		if _, err := s.Keys(ctx, p); !errors.Is(err, ErrNoKeys) || !strings.Contains(err.Error(), "$WEB1_KEYS") || strings.Count(err.Error(), "\n") != 0 {
			t.Fatal(err)
		}
		env["WEB1_KEYS"] = k.Text()
		if got, err := s.Keys(ctx, p); err != nil || string(got.HMAC) != string(k.HMAC) {
			t.Fatal(err)
		}
		if err := s.SetKeys(ctx, p, k); !errors.Is(err, ErrReadOnlyKeys) {
			t.Fatal(err)
		}
	})
	t.Run("age", func(t *testing.T) {
		p := web1()
		p.Keys = KeySource{Kind: SourceAge, Path: filepath.Join(dir, "keys.age")}
		if err := s.SetKeys(ctx, p, k); !errors.Is(err, ErrNeedSecret) || !strings.Contains(err.Error(), "--key-source file:FILE") {
			t.Fatalf("no prompt: %v", err)
		}
		pass := "correct horse"
		s.Passphrase = func(context.Context, string, bool) ([]byte, error) { return []byte(pass), nil }
		if err := s.SetKeys(ctx, p, k); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(p.Keys.Path)
		if !strings.HasPrefix(string(data), "age-encryption.org/v1") || strings.Contains(string(data), testKey) {
			t.Fatalf("age file: %q", data)
		}
		if got, err := s.Keys(ctx, p); err != nil || string(got.Rijndael) != string(k.Rijndael) {
			t.Fatal(err)
		}
		pass = "wrong"
		if _, err := s.Keys(ctx, p); !errors.Is(err, ErrBadKeys) || !strings.Contains(err.Error(), "wrong passphrase") {
			t.Fatal(err)
		}
	})
}

func TestParseKeys(t *testing.T) {
	k := testKeys()
	for _, text := range []string{
		k.Text(),
		"KEY_BASE64: " + testKey + "\nHMAC_KEY_BASE64: " + testHMAC + "\n",                // sesame keygen
		"KEY_BASE64:" + testKey + " HMAC_KEY_BASE64:" + testHMAC,                          // Fwknop2
		"key_base64 " + testKey + "\nhmac_key_base64 " + strings.TrimRight(testHMAC, "="), // rc lines, unpadded
	} {
		got, err := ParseKeys(text)
		if err != nil || string(got.Rijndael) != string(k.Rijndael) || string(got.HMAC) != string(k.HMAC) {
			t.Fatalf("%q: %v", text, err)
		}
	}
	if got, err := ParseKeys("KEY: sekrit HMAC_KEY: other"); err != nil || string(got.Rijndael) != "sekrit" || string(got.HMAC) != "other" {
		t.Fatal(err)
	}
	for _, bad := range []string{"KEY_BASE64: sekrit!!", "KEY: a KEY_BASE64: " + testKey, "FOO: sekrit", "KEY:", "KEY: sekrit HMAC_KEY: sekrit", "KEY_BASE64: " + base64.StdEncoding.EncodeToString(make([]byte, 33))} {
		_, err := ParseKeys(bad)
		if !errors.Is(err, ErrBadKeys) || strings.Contains(err.Error(), "sekrit") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if s := k.String() + " " + k.GoString(); strings.Contains(s, testKey) {
		t.Fatal("keys printed")
	}
}

func TestFields(t *testing.T) {
	ok := map[string][]string{
		"name":       {"web1", "a.b_c-d"},
		"host":       {"spa.example.com", "198.51.100.1", "2001:db8::1"},
		"port":       {"", "62201"},
		"transport":  {"udp", "TCP", "http"},
		"access":     {"tcp/22", "tcp/22, udp/53"},
		"allow":      {"", "resolve", "source", "203.0.113.9", "2001:db8::9"},
		"nat":        {"", "10.0.0.5:22", "[2001:db8::5]:22", "internal.example:443"},
		"timeout":    {"", "30"},
		"digest":     {"sha256", "SHA3-256"},
		"hmac":       {"none", "sha512"},
		"encryption": {"cbc", "legacy", "gpg", "ctr", "ECB"},
		"keep-open":  {"yes", "no", ""},
		"resolvers":  {"https://a.example/ip, https://b.example/"},
		"key-source": {"keyring", "age:/home/a/keys.age", "file:/etc/sesame/keys", "env:SESAME_KEYS"},
		"ssh-user":   {"alice"},
		"ssh-port":   {"22"},
	}
	bad := map[string][]string{
		"name":       {"", "-x", "a b", strings.Repeat("a", 65)},
		"host":       {"-bad-", "[2001:db8::1]", "1.2.3", "a b"},
		"port":       {"0", "65536", "x"},
		"transport":  {"icmp"},
		"access":     {"tcp22", "icmp/0", "tcp/0"},
		"allow":      {"0.0.0.0", "me"},
		"nat":        {"10.0.0.5", "2001:db8::5:22"},
		"timeout":    {"-1", "999999"},
		"digest":     {"sha999", "none"},
		"encryption": {"pcbc", "asymmetric"},
		"keep-open":  {"maybe"},
		"resolvers":  {"ftp://x.example", "not a url"},
		"key-source": {"file:relative/path", "env:1BAD", "vault:x"},
		"ssh-user":   {"-oProxyCommand=x", "a@b"},
		"nope":       {"x"},
	}
	for f, vs := range ok {
		for _, v := range vs {
			if err := ValidateField(f, v); err != nil {
				t.Errorf("%s=%q: %v", f, v, err)
			}
		}
	}
	for f, vs := range bad {
		for _, v := range vs {
			var fe *FieldError
			if err := ValidateField(f, v); !errors.As(err, &fe) || fe.Field != f || fe.Reason == "" || !errors.Is(err, ErrInvalid) {
				t.Errorf("%s=%q: got %v", f, v, err)
			}
		}
	}
	// Every field reads back what it was set to.
	p := web1()
	for _, f := range Fields() {
		var q Profile
		if err := SetField(&q, f, FieldValue(&p, f)); err != nil || FieldValue(&q, f) != FieldValue(&p, f) {
			t.Errorf("%s: %v", f, err)
		}
		if FieldHelp(f) == "" {
			t.Errorf("%s has no help", f)
		}
	}
}

func TestValidateCombinations(t *testing.T) {
	for field, mutate := range map[string]func(p *Profile){
		"hmac":          func(p *Profile) { p.Mode = spa.Legacy },
		"gpg-recipient": func(p *Profile) { p.GPG = &profile.GPG{} },
		"access":        func(p *Profile) { *p = withFields(*p, "nat", "10.0.0.1:22", "access", "tcp/22,tcp/80") },
		"host":          func(p *Profile) { p.Host = "" },
	} {
		p := web1()
		mutate(&p)
		var fe *FieldError
		if err := p.Validate(); !errors.As(err, &fe) || fe.Field != field {
			t.Errorf("%s: got %v", field, err)
		}
	}
}

// TestTypedRoundTrip: a saved profile joined with its keys (Typed) is the
// typed model whose line reads back, split again (FromTyped), as the
// profile and keys it was.
func TestTypedRoundTrip(t *testing.T) {
	p := web1()
	p = withFields(p, "allow", "2001:db8::7", "timeout", "60", "nat", "[2001:db8::5]:22", "transport", "tcp", "port", "4000", "hmac", "sha512")
	k := testKeys()
	lp := p.Typed(k)
	line, err := lp.ValidLine()
	if err != nil {
		t.Fatal(err)
	}
	lp, err = profile.Parse(line)
	if err != nil {
		t.Fatal(err)
	}
	q, k2, err := FromTyped(lp, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(q.Typed(k2), p.Typed(k)) {
		t.Fatalf("got\n%#v\nwant\n%#v", q, p)
	}
	p = withFields(p, "encryption", "gpg", "gpg-recipient", "0xAB")
	if lp := p.Typed(k); lp.GPG == nil || lp.GPG.Recipient != "0xAB" || lp.Key != nil {
		t.Fatalf("GPG: %+v", lp.GPG)
	}
}

// TestTypedKnock: a saved profile's typed model knocks as the profile says.
func TestTypedKnock(t *testing.T) {
	p := web1()
	k := testKeys()
	o := knock.FromProfile(p.Typed(k), "")
	keys, err := knock.Keys(o, nil)
	if err != nil || keys.HMACType != spa.SHA256 || string(keys.Rijndael) != string(k.Rijndael) {
		t.Fatalf("%v", err)
	}
	if o.AllowIP != "0.0.0.0" || o.Destination != p.Host || o.ServerPort != DefaultPort || !o.UseHMAC {
		t.Fatalf("%+v", o)
	}
}

func FuzzParseProfiles(f *testing.F) {
	good, _ := FormatProfiles([]Profile{web1(), withFields(NewProfile(), "name", "b", "host", "2001:db8::1", "access", "udp/53", "key-source", "env:K")})
	f.Add(good)
	if v1, err := os.ReadFile("testdata/profiles-v1.json"); err == nil {
		f.Add(v1)
	}
	f.Add([]byte(`{"version": 2}`))
	f.Add([]byte("{\"version\": 1, \"profiles\": [{\"name\": \"a\",}]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ParseProfiles(data, "f")
		if err != nil {
			return
		}
		// What was accepted is written back and read the same.
		again, err := FormatProfiles(ps)
		if err != nil {
			t.Fatal(err)
		}
		ps2, err := ParseProfiles(again, "f")
		if err != nil || len(ps2) != len(ps) {
			t.Fatalf("re-read: %v", err)
		}
		if again2, _ := FormatProfiles(ps2); !bytes.Equal(again2, again) {
			t.Fatalf("written differently:\n%s\n%s", again, again2)
		}
	})
}

func FuzzParseKeys(f *testing.F) {
	f.Add(testKeys().Text())
	f.Add("KEY_BASE64:" + testKey + " HMAC_KEY_BASE64:" + testHMAC)
	f.Add("KEY: sekrit")
	f.Fuzz(func(t *testing.T, text string) {
		k, err := ParseKeys(text)
		if err != nil {
			if strings.Contains(err.Error(), "sekrit") {
				t.Fatalf("key in error: %v", err)
			}
			return
		}
		k2, err := ParseKeys(k.Text())
		if err != nil || string(k2.Rijndael) != string(k.Rijndael) || string(k2.HMAC) != string(k.HMAC) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

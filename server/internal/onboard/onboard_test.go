package onboard

import (
	"bytes"
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/profile"
)

// base is an access.conf with one hand-written stanza.
const base = `# hand-written
SOURCE              203.0.113.0/24
KEY_BASE64          AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
HMAC_KEY_BASE64     ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=
FW_ACCESS_TIMEOUT   60
`

var testNow = time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)

// countingReader gives a known key stream, so tests know the keys and can
// look for them where they must not be.
type countingReader struct{ n byte }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		r.n += 7
		p[i] = r.n
	}
	return len(p), nil
}

func setup(t *testing.T, text string) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "access.conf")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func opts(path, name string, seed byte) (Options, *strings.Builder) {
	var out strings.Builder
	return Options{
		Name:       name,
		AccessFile: path,
		Server:     "spa.example.com",
		Open:       "tcp/22",
		Out:        &out,
		Rand:       &countingReader{n: seed},
		Now:        func() time.Time { return testNow },
	}, &out
}

// keysOf are the keys a seed gives, as base64.
func keysOf(t *testing.T, seed byte) []string {
	t.Helper()
	k, err := newKeys(&countingReader{n: seed}, defaultHMAC)
	if err != nil {
		t.Fatal(err)
	}
	return []string{b64(k.rijndael), b64(k.hmac)}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// dirNames lists dir, so tests see any temporary file left behind.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func loadStanza(t *testing.T, path, name string) *config.Stanza {
	t.Helper()
	acc, _, err := config.LoadAccess(path)
	if err != nil {
		t.Fatalf("access file does not load: %v", err)
	}
	st := acc.ByName(name)
	if st == nil {
		t.Fatalf("no stanza %s", name)
	}
	return st
}

// printedProfile finds and parses the profile line in out.
func printedProfile(t *testing.T, out string) *profile.Profile {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "sesame1:") {
			p, err := profile.Parse(l)
			if err != nil {
				t.Fatalf("printed profile does not parse: %v", err)
			}
			return p
		}
	}
	t.Fatalf("no profile line in output:\n%s", out)
	return nil
}

func printedFwknop2(t *testing.T, out string) profile.Fwknop2Keys {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "KEY_BASE64:") {
			k, err := profile.ParseFwknop2(l)
			if err != nil {
				t.Fatalf("printed Fwknop2 text does not parse: %v", err)
			}
			return k
		}
	}
	t.Fatalf("no Fwknop2 text in output:\n%s", out)
	return profile.Fwknop2Keys{}
}

func TestNewClient(t *testing.T) {
	dir, path := setup(t, base)
	o, out := opts(path, "alice@laptop", 1)
	o.Source = "198.51.100.7, 2001:db8::/32"
	o.Open = "tcp/22,udp/53"
	o.Server = "[2001:db8::1]:40000"
	if err := NewClient(o); err != nil {
		t.Fatal(err)
	}
	st := loadStanza(t, path, "alice@laptop")
	p := printedProfile(t, out.String())
	if !bytes.Equal(p.Key, st.Key) || !bytes.Equal(p.HMACKey, st.HMACKey) || p.HMAC != st.HMACType {
		t.Error("the printed profile's keys are not the stanza's")
	}
	if p.Name != "alice-laptop" {
		t.Errorf("profile name %q, want alice-laptop (the client's name, '@' not allowed in it)", p.Name)
	}
	if p.Host != "2001:db8::1" || p.Port != 40000 || p.Allow != profile.AllowResolve || portsText(p.Access, ",") != "tcp/22,udp/53" {
		t.Errorf("profile %v", p)
	}
	fw2 := printedFwknop2(t, out.String())
	if !bytes.Equal(fw2.Key, st.Key) || !bytes.Equal(fw2.HMACKey, st.HMACKey) {
		t.Error("the printed Fwknop2 keys are not the stanza's")
	}
	if got := prefixesText(st.Source); got != "198.51.100.7/32, 2001:db8::/32" {
		t.Errorf("SOURCE %s", got)
	}
	if !st.RequireSourceAddress || st.FWAccessTimeout != 30*time.Second || portsText(st.OpenPorts, ",") != "tcp/22,udp/53" {
		t.Errorf("stanza settings: require source %v, timeout %v, ports %v", st.RequireSourceAddress, st.FWAccessTimeout, st.OpenPorts)
	}
	now := mustRead(t, path)
	if !bytes.HasPrefix(now, []byte(base)) {
		t.Error("the existing stanzas changed")
	}
	if bak := mustRead(t, path+".bak"); string(bak) != base {
		t.Errorf("backup is not the old file:\n%s", bak)
	}
	for _, f := range []string{path, path + ".bak"} {
		if fi, err := os.Stat(f); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v (%v), want 0600", f, fi.Mode(), err)
		}
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"access.conf", "access.conf.bak"}) {
		t.Errorf("files left: %v", names)
	}
	for _, want := range []string{"SPA_SERVER        2001:db8::1", "ALLOW_IP          resolve", "fwknop -n alice-laptop", "[alice-laptop]", "\n█"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestNewClientCreatesMissingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "access.conf")
	o, _ := opts(path, "bob", 2)
	if err := NewClient(o); err != nil {
		t.Fatal(err)
	}
	loadStanza(t, path, "bob")
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"access.conf"}) {
		t.Errorf("files: %v", names)
	}
}

// TestNewClientFirstInExistingFile adds the first client to an access.conf
// that exists but has no stanza yet (as a package installs it): empty, or
// comments only. The file is kept with its comments and mode, backed up,
// and the printed profile, its ~/.fwknoprc stanza and its QR text are named
// after the client.
func TestNewClientFirstInExistingFile(t *testing.T) {
	for _, text := range []string{"", "# access.conf: one stanza per client\n\n; SOURCE ANY\n", "# no final newline"} {
		dir, path := setup(t, text)
		if err := os.Chmod(path, 0o640); err != nil {
			t.Fatal(err)
		}
		o, out := opts(path, "alice", 4)
		if err := NewClient(o); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		st := loadStanza(t, path, "alice")
		if now := string(mustRead(t, path)); !strings.HasPrefix(now, text) {
			t.Errorf("%q: the comments were not kept:\n%s", text, now)
		}
		if bak := mustRead(t, path+".bak"); string(bak) != text {
			t.Errorf("%q: backup %q", text, bak)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
			t.Errorf("%q: mode %v, want 0640 kept", text, fi.Mode().Perm())
		}
		if names := dirNames(t, dir); !slices.Equal(names, []string{"access.conf", "access.conf.bak"}) {
			t.Errorf("%q: files %v", text, names)
		}
		p := printedProfile(t, out.String())
		if p.Name != "alice" || !bytes.Equal(p.Key, st.Key) {
			t.Errorf("%q: printed profile %q, or its key is not the stanza's", text, p.Name)
		}
		for _, want := range []string{"[alice]\n", "fwknop -n alice\n"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%q: output lacks %q", text, want)
			}
		}
	}
}

// TestNewClientBrokenStanzalessFile: a file with no stanza is only taken
// as empty when it parses; a bad line is still reported, and kept.
func TestNewClientBrokenStanzalessFile(t *testing.T) {
	const text = "# comment\nFW_ACCESS_TIMEOUT 30\n"
	_, path := setup(t, text)
	o, _ := opts(path, "alice", 4)
	if err := NewClient(o); !errors.Is(err, ErrCurrentInvalid) {
		t.Fatalf("err %v, want ErrCurrentInvalid", err)
	}
	if now := mustRead(t, path); string(now) != text {
		t.Errorf("file changed:\n%s", now)
	}
}

// TestProfileName maps SESAME_CLIENT names onto the profile's name field.
func TestProfileName(t *testing.T) {
	for in, want := range map[string]string{
		"alice": "alice", "alice@laptop": "alice-laptop", "_svc.backup-1": "svc.backup-1",
		"--x": "x", "@@": "", "A.b_c-9": "A.b_c-9",
	} {
		if got := profileName(in); got != want {
			t.Errorf("profileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewClientKeepsModeWithoutOthers(t *testing.T) {
	_, path := setup(t, base)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	o, _ := opts(path, "carol", 3)
	if err := NewClient(o); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 (others' access removed, the rest kept)", fi.Mode().Perm())
	}
}

// TestNewStanzaLoads checks the stanza text alone with config's parser.
func TestNewStanzaLoads(t *testing.T) {
	k, err := newKeys(&countingReader{}, defaultHMAC)
	if err != nil {
		t.Fatal(err)
	}
	ports, _ := parseOpen("tcp/22")
	text, err := newStanza("dave", nil, ports, k, testNow)
	if err != nil {
		t.Fatal(err)
	}
	acc, warns, err := config.ParseAccess(strings.NewReader(text), "stanza")
	if err != nil || len(warns) != 0 {
		t.Fatalf("ParseAccess: %v %v\n%s", err, warns, text)
	}
	if err := keysIn(acc, "dave", k); err != nil {
		t.Error(err)
	}
}

func TestNewClientRefusals(t *testing.T) {
	named := base + "SESAME_CLIENT alice\n"
	tests := []struct {
		name  string
		file  string
		edit  func(*Options)
		want  error
		extra string // a further text the error must hold
	}{
		{"duplicate name", named, func(o *Options) { o.Name = "alice" }, ErrExists, "alice"},
		{"empty name", base, func(o *Options) { o.Name = "" }, ErrName, ""},
		{"name with a space", base, func(o *Options) { o.Name = "a b" }, ErrName, ""},
		{"name with a newline", base, func(o *Options) { o.Name = "a\nSOURCE" }, ErrName, ""},
		{"long name", base, func(o *Options) { o.Name = strings.Repeat("a", 65) }, ErrName, ""},
		{"no server", base, func(o *Options) { o.Server = "" }, ErrArgument, ""},
		{"bad port", base, func(o *Options) { o.Server = "host:0" }, ErrArgument, ""},
		{"bad host", base, func(o *Options) { o.Server = "bad_host!" }, ErrArgument, ""},
		{"no ports", base, func(o *Options) { o.Open = "" }, ErrArgument, ""},
		{"icmp", base, func(o *Options) { o.Open = "icmp/0" }, ErrArgument, ""},
		{"bad source", base, func(o *Options) { o.Source = "ANY\nKEY x" }, ErrArgument, ""},
		{"source host name", base, func(o *Options) { o.Source = "example.com" }, ErrArgument, ""},
		{"current file broken", "SOURCE ANY\nFW_ACCESS_TIMEOUT abc\n", func(*Options) {}, ErrCurrentInvalid, "access.conf:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, path := setup(t, tt.file)
			o, out := opts(path, "newname", 9)
			tt.edit(&o)
			err := NewClient(o)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.extra) {
				t.Errorf("error %q lacks %q", err, tt.extra)
			}
			assertNoKeys(t, err.Error(), 9)
			if out.Len() != 0 {
				t.Errorf("output on refusal: %q", out)
			}
			if got := mustRead(t, path); string(got) != tt.file {
				t.Error("access file changed")
			}
			if names := dirNames(t, dir); !slices.Equal(names, []string{"access.conf"}) {
				t.Errorf("files: %v", names)
			}
		})
	}
}

func assertNoKeys(t *testing.T, text string, seed byte) {
	t.Helper()
	for _, k := range keysOf(t, seed) {
		if strings.Contains(text, k) || strings.Contains(text, k[:16]) {
			t.Errorf("key material in %q", text)
		}
	}
}

// TestReplaceFileRefusesCandidate: a candidate that does not load, or does
// not hold the change, leaves the original byte-identical, no backup and
// no temporary file.
func TestReplaceFileRefusesCandidate(t *testing.T) {
	secret := "KEY_BASE64 " + keysOf(t, 5)[0] + "\n"
	tests := []struct {
		name  string
		text  string
		check func(*config.Access) error
		line  string
	}{
		{"does not parse", base + "SOURCE ANY\n" + secret + "FW_ACCESS_TIMEOUT -1\n", nil, "line 8"},
		{"key broken", base + "SOURCE ANY\nKEY_BASE64 " + keysOf(t, 5)[0][:20] + "!!\n", nil, "line 7"},
		{"no stanza left", "# nothing\n", nil, ""},
		{"check fails", base, func(*config.Access) error { return errors.New("not the change") }, "not the change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, path := setup(t, base)
			check := tt.check
			if check == nil {
				check = func(*config.Access) error { return nil }
			}
			err := replaceFile(path, []byte(base), []byte(tt.text), true, check)
			if !errors.Is(err, ErrCandidateInvalid) {
				t.Fatalf("error %v, want ErrCandidateInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.line) || strings.Contains(err.Error(), ".new-") {
				t.Errorf("error %q: want %q, and the real file named", err, tt.line)
			}
			assertNoKeys(t, err.Error(), 5)
			if got := mustRead(t, path); string(got) != base {
				t.Error("original changed")
			}
			if names := dirNames(t, dir); !slices.Equal(names, []string{"access.conf"}) {
				t.Errorf("files: %v", names)
			}
		})
	}
}

func TestRotateClient(t *testing.T) {
	_, path := setup(t, base)
	for i, name := range []string{"alice", "bob"} {
		o, _ := opts(path, name, byte(10+i))
		if err := NewClient(o); err != nil {
			t.Fatal(err)
		}
	}
	before := mustRead(t, path)
	bob := loadStanza(t, path, "bob")

	o, out := opts(path, "alice", 42)
	o.Server = "203.0.113.1:62201"
	if err := RotateClient(o); err != nil {
		t.Fatal(err)
	}
	after := mustRead(t, path)
	alice := loadStanza(t, path, "alice")
	newKeys := keysOf(t, 42)
	if b64(alice.Key) != newKeys[0] || b64(alice.HMACKey) != newKeys[1] {
		t.Error("alice's stanza does not hold the new keys")
	}
	if bob2 := loadStanza(t, path, "bob"); !bytes.Equal(bob2.Key, bob.Key) || !bytes.Equal(bob2.HMACKey, bob.HMACKey) {
		t.Error("bob's keys changed")
	}
	// Only alice's two key lines differ.
	bl, al := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	if len(bl) != len(al) {
		t.Fatalf("line count %d -> %d", len(bl), len(al))
	}
	var changed []string
	for i := range bl {
		if bl[i] != al[i] {
			changed = append(changed, strings.Fields(al[i])[0])
		}
	}
	if !slices.Equal(changed, []string{"KEY_BASE64", "HMAC_KEY_BASE64"}) {
		t.Errorf("changed lines: %v", changed)
	}
	if bak := mustRead(t, path+".bak"); !bytes.Equal(bak, before) {
		t.Error("backup is not the file before rotation")
	}
	p := printedProfile(t, out.String())
	if !bytes.Equal(p.Key, alice.Key) || !bytes.Equal(p.HMACKey, alice.HMACKey) || p.Host != "203.0.113.1" || portsText(p.Access, ",") != "tcp/22" {
		t.Errorf("printed profile %v does not match the rotated stanza", p)
	}
}

func TestRotateHandWritten(t *testing.T) {
	tests := []struct {
		name, file string
		want       error
	}{
		{"passphrases, no HMAC", "SOURCE ANY\nSESAME_CLIENT eve\nKEY  some passphrase\nKEY_BASE64 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\nOPEN_PORTS tcp/22\n", nil},
		{"HMAC passphrase, CRLF", "SOURCE ANY\r\nSESAME_CLIENT eve\r\nKEY abcdefgh\r\nHMAC_KEY ijklmnop\r\nHMAC_DIGEST_TYPE SHA512\r\nOPEN_PORTS tcp/22\r\n", nil},
		{"keys in another file", "SOURCE ANY\nSESAME_CLIENT eve\n%include_keys keys.conf\nOPEN_PORTS tcp/22\n", ErrNotEditable},
		{"no such client", base, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, path := setup(t, tt.file)
			keys := filepath.Join(dir, "keys.conf")
			if err := os.WriteFile(keys, []byte("KEY abcdefgh\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			o, out := opts(path, "eve", 77)
			err := RotateClient(o)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if err != nil {
				if got := mustRead(t, path); string(got) != tt.file {
					t.Error("file changed on refusal")
				}
				return
			}
			st := loadStanza(t, path, "eve")
			k := keysOf(t, 77)
			if b64(st.Key) != k[0] || !st.KeyIsBase64 || !st.HMACIsBase64 || len(st.HMACKey) == 0 {
				t.Errorf("stanza after rotation: base64 %v/%v", st.KeyIsBase64, st.HMACIsBase64)
			}
			if p := printedProfile(t, out.String()); p.HMAC != st.HMACType || !bytes.Equal(p.HMACKey, st.HMACKey) {
				t.Errorf("profile HMAC %v, stanza %v", p.HMAC, st.HMACType)
			}
		})
	}
}

func TestRotateIncludedStanzaRefused(t *testing.T) {
	dir, path := setup(t, base+"%include clients.conf\n")
	inc := filepath.Join(dir, "clients.conf")
	if err := os.WriteFile(inc, []byte("SOURCE ANY\nSESAME_CLIENT zed\nKEY abcdefgh\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	o, _ := opts(path, "zed", 1)
	if err := RotateClient(o); !errors.Is(err, ErrNotEditable) || !strings.Contains(err.Error(), "clients.conf") {
		t.Errorf("error %v, want ErrNotEditable naming the included file", err)
	}
	o, _ = opts(path, "zed", 1)
	if err := RevokeClient(context.Background(), o); !errors.Is(err, ErrNotEditable) {
		t.Errorf("revoke error %v, want ErrNotEditable", err)
	}
}

type fakeRevoker struct {
	got [][]netip.Prefix
	err error
}

func (f *fakeRevoker) RevokeSource(_ context.Context, p []netip.Prefix) (int, error) {
	f.got = append(f.got, p)
	return 2, f.err
}

func TestRevokeClient(t *testing.T) {
	// The expected result: the file with only bob added.
	_, want := setup(t, base)
	o, _ := opts(want, "bob", 2)
	if err := NewClient(o); err != nil {
		t.Fatal(err)
	}

	_, path := setup(t, base)
	for i, name := range []string{"alice", "bob", "carol"} {
		o, _ := opts(path, name, byte(1+i))
		o.Source = map[string]string{"alice": "198.51.100.0/24,2001:db8::7"}[name]
		if err := NewClient(o); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"alice", "carol"} {
		rev := &fakeRevoker{}
		o, out := opts(path, name, 0)
		o.Revoker = rev
		if err := RevokeClient(context.Background(), o); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "Closed 2 live grant(s)") {
			t.Errorf("output: %s", out)
		}
		wantSrc := map[string]string{"alice": "198.51.100.0/24, 2001:db8::7/128", "carol": "0.0.0.0/0, ::/0"}[name]
		if len(rev.got) != 1 || prefixesText(rev.got[0]) != wantSrc {
			t.Errorf("revoked %v, want %s", rev.got, wantSrc)
		}
	}
	if got, w := mustRead(t, path), mustRead(t, want); !bytes.Equal(got, w) {
		t.Errorf("after revoking alice and carol:\n%s\nwant:\n%s", got, w)
	}
}

func TestRevokeRefusals(t *testing.T) {
	only := "SOURCE ANY\nSESAME_CLIENT solo\nKEY abcdefgh\n"
	_, path := setup(t, only)
	rev := &fakeRevoker{}
	o, _ := opts(path, "solo", 0)
	o.Revoker = rev
	if err := RevokeClient(context.Background(), o); !errors.Is(err, ErrCandidateInvalid) {
		t.Errorf("revoking the last stanza: %v, want ErrCandidateInvalid", err)
	}
	if got := mustRead(t, path); string(got) != only || len(rev.got) != 0 {
		t.Error("the file changed or grants were closed")
	}

	_, path = setup(t, base+"SESAME_CLIENT x\nSOURCE ANY\nSESAME_CLIENT y\nKEY abcdefgh\n")
	rev = &fakeRevoker{err: errors.New("iptables: boom")}
	o, _ = opts(path, "y", 0)
	o.Revoker = rev
	if err := RevokeClient(context.Background(), o); !errors.Is(err, ErrRevokeGrants) {
		t.Errorf("error %v, want ErrRevokeGrants", err)
	}
	if acc, _, err := config.LoadAccess(path); err != nil || acc.ByName("y") != nil {
		t.Errorf("stanza y should be gone even though closing grants failed: %v", err)
	}
}

package fwknoprc

import (
	"cmp"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

const sample = `# .fwknoprc
[default]
DIGEST_TYPE         sha512
SPA_SERVER_PORT     62201
#FW_TIMEOUT         30
  ; indented comment
USE_HMAC:           Y

[myssh]
SPA_SERVER          203.0.113.5
ACCESS              tcp/22   # ssh only
KEY_BASE64          HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=

[mynatreq]
KEY                 passphrase;trailing
`

func mustParse(t *testing.T, text string) *File {
	t.Helper()
	f, err := Parse(strings.NewReader(text), "rc")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestParse(t *testing.T) {
	f := mustParse(t, sample)
	if got, want := strings.Join(f.Names(), " "), "myssh mynatreq"; got != want {
		t.Errorf("Names = %q, want %q", got, want)
	}
	if !f.Has("MySSH") || f.Has("nope") {
		t.Errorf("Has is not a case-insensitive match")
	}
	want := []*Stanza{
		{Name: "default", Line: 2, Settings: []Setting{{"DIGEST_TYPE", "sha512", 3}, {"SPA_SERVER_PORT", "62201", 4}, {"USE_HMAC", "Y", 7}}},
		{Name: "myssh", Line: 9, Settings: []Setting{{"SPA_SERVER", "203.0.113.5", 10}, {"ACCESS", "tcp/22", 11}, {"KEY_BASE64", "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=", 12}}},
		{Name: "mynatreq", Line: 14, Settings: []Setting{{"KEY", "passphrase", 15}}},
	}
	if !slices.EqualFunc(f.Stanzas, want, stanzaEqual) {
		t.Errorf("got %+v", f.Stanzas)
	}
}

func stanzaEqual(a, b *Stanza) bool {
	return a.Name == b.Name && a.Line == b.Line && slices.Equal(a.Settings, b.Settings)
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, text, msg string }{
		{"no value", "[default]\nACCESS\n", "rc:2: want VARIABLE value"},
		{"comment value", "[default]\nACCESS #x\n", "rc:2: ACCESS: empty value"},
		{"unclosed stanza", "[default\n", "rc:1: stanza header without ']'"},
		{"outside stanza", "ACCESS tcp/22\n", "rc:1: ACCESS: setting outside a [stanza]"},
		{"long line", "[default]\nKEY " + strings.Repeat("a", maxLine) + "\n", "rc:2: line longer than 65536 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.text), "rc")
			if !errors.Is(err, ErrSyntax) || err.Error() != tt.msg && !strings.HasPrefix(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %q", err, tt.msg)
			}
		})
	}
}

func TestLoadPermissions(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rc")
	if err := os.WriteFile(path, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); !errors.Is(err, ErrPermissions) || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("Load of a 0644 file: %v", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil || !f.Has("myssh") {
		t.Fatalf("Load of a 0600 file: %v", err)
	}
	// Read reads it all the same, with the warning, as the stock client.
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if f, warning, err := Read(path); err != nil || !f.Has("myssh") || !errors.Is(warning, ErrPermissions) {
		t.Fatalf("Read of a 0644 file: %v, %v", warning, err)
	}
	if _, err := Load(dir); !errors.Is(err, ErrPermissions) {
		t.Fatalf("Load of a folder: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); !IsNotExist(err) {
		t.Fatalf("Load of a missing file: %v", err)
	}
}

// roundTrip writes stanzas and parses them back: the same names and
// values, in the same order.
func roundTrip(t *testing.T, stanzas ...*Stanza) {
	t.Helper()
	var b strings.Builder
	for _, s := range stanzas {
		if err := WriteStanza(&b, s); err != nil {
			t.Fatalf("WriteStanza(%q): %v", s.Name, err)
		}
	}
	f, err := Parse(strings.NewReader(b.String()), "rc")
	if err != nil {
		t.Fatalf("Parse of written text: %v\n%s", err, b.String())
	}
	if len(f.Stanzas) != len(stanzas) {
		t.Fatalf("wrote %d stanzas, read %d:\n%s", len(stanzas), len(f.Stanzas), b.String())
	}
	for i, s := range stanzas {
		got := f.Stanzas[i]
		if got.Name != s.Name || len(got.Settings) != len(s.Settings) {
			t.Fatalf("stanza %d: read %+v, wrote %+v", i, got, s)
		}
		for j, set := range s.Settings {
			if g := got.Settings[j]; g.Name != set.Name || g.Value != set.Value {
				t.Errorf("[%s] setting %d: read %s=%q, wrote %s=%q", s.Name, j, g.Name, g.Value, set.Name, set.Value)
			}
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	roundTrip(t,
		&Stanza{Name: "default", Settings: []Setting{{Name: "DIGEST_TYPE", Value: "sha512"}, {Name: "USE_HMAC", Value: "Y"}}},
		&Stanza{Name: "spa.example.com", Settings: []Setting{
			{Name: "SPA_SERVER", Value: "2001:db8::7"},
			{Name: "SPA_SERVER_PORT", Value: "62201"},
			{Name: "ACCESS", Value: "tcp/22,udp/51820"},
			{Name: "ALLOW_IP", Value: "resolve"},
			{Name: "KEY_BASE64", Value: "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="},
			{Name: "HMAC_KEY_BASE64", Value: "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotI="},
			{Name: "A_VERY_LONG_VARIABLE_NAME", Value: "x"},
		}},
		&Stanza{Name: " odd [name", Settings: nil},
	)
}

func TestWriteRefuses(t *testing.T) {
	const secret = "sekrit pass"
	for name, s := range map[string]*Stanza{
		"empty stanza name":  {Name: ""},
		"] in stanza name":   {Name: "a]b"},
		"line end in name":   {Name: "a\nb"},
		"lower-case var":     {Name: "x", Settings: []Setting{{Name: "key", Value: "v"}}},
		"colon in var":       {Name: "x", Settings: []Setting{{Name: "KEY:", Value: "v"}}},
		"empty value":        {Name: "x", Settings: []Setting{{Name: "KEY", Value: ""}}},
		"space in value":     {Name: "x", Settings: []Setting{{Name: "KEY", Value: secret}}},
		"semicolon in value": {Name: "x", Settings: []Setting{{Name: "KEY", Value: "sekrit;"}}},
		"hash in value":      {Name: "x", Settings: []Setting{{Name: "KEY", Value: "sekrit#"}}},
	} {
		var b strings.Builder
		err := WriteStanza(&b, s)
		if !errors.Is(err, ErrUnwritable) || strings.Contains(err.Error(), "sekrit") || b.Len() != 0 {
			t.Errorf("%s: err %v, wrote %q", name, err, b.String())
		}
	}
}

// FuzzParse: Parse never panics, refuses only with ErrSyntax, and every
// stanza it reads writes back (when writable) to the same stanza.
func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("[default]\nKEY_BASE64: abc=\n[x]\nALLOW_IP source ; c\n")
	f.Add("\r\n[a]b\n  [c]\nTIME_OFFSET -1h\n")
	f.Fuzz(func(t *testing.T, text string) {
		file, err := Parse(strings.NewReader(text), "rc")
		if err != nil {
			var e *Error
			if !errors.Is(err, ErrSyntax) || !errors.As(err, &e) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, s := range file.Stanzas {
			if Check(s) == nil {
				roundTrip(t, s)
			}
		}
	})
}

// testProfiles are valid profiles that between them use every field
// ProfileStanza writes.
func testProfiles() []*profile.Profile {
	key, hmac := []byte("0123456789abcdef0123456789abcdef"), []byte("an HMAC key for sha512, of any length up to 128")
	ports := []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}
	return []*profile.Profile{
		{Name: "web", Host: "spa.example.com", Port: 62201, Transport: profile.UDP, Access: ports, Allow: profile.AllowResolve,
			Digest: spa.SHA256, HMAC: spa.SHA512, Key: key, HMACKey: hmac},
		{Host: "2001:db8::7", Port: 40001, Transport: profile.TCP, Access: ports[1:], Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("198.51.100.7"),
			Digest: spa.SHA3_512, HMAC: spa.SHA3_256, Key: key[:16], HMACKey: hmac[:32], Timeout: 120,
			NAT: &profile.NAT{Host: "192.0.2.55", Port: 88}},
		{Host: "203.0.113.5", Port: 62201, Transport: profile.HTTP, Access: ports[:1], Allow: profile.AllowSource,
			Digest: spa.MD5, Mode: spa.Legacy, Key: []byte("legacy"), NAT: &profile.NAT{Local: true, Port: 2222}},
		{Host: "gpg.example", Port: 62201, Access: ports[:1], Allow: profile.AllowResolve, Resolvers: []string{"https://198.51.100.9/ip"},
			Digest: spa.SHA256, HMAC: spa.SHA256, HMACKey: hmac[:32], GPG: &profile.GPG{Recipient: "ABCD1234", Signer: "1234ABCD", Home: "/home/a/.gnupg"}},
		{Host: "gpg2.example", Port: 62201, Access: ports[:1], Allow: profile.AllowSource, Digest: spa.SHA256, GPG: &profile.GPG{Recipient: "server@example.org"}},
		{Host: "ctr.example", Port: 62201, Access: ports[:1], Allow: profile.AllowSource, Digest: spa.SHA256, Mode: spa.CTR, Key: key, HMAC: spa.SHA256, HMACKey: hmac},
	}
}

// Every stanza ProfileStanza makes of a valid profile writes and reads back.
func TestProfileStanza(t *testing.T) {
	for _, p := range testProfiles() {
		if err := p.Validate(); err != nil {
			t.Fatalf("test profile %s: %v", p.Host, err)
		}
		s := ProfileStanza("x", p)
		roundTrip(t, s)
		got := map[string]string{}
		for _, set := range s.Settings {
			got[set.Name] = set.Value
		}
		if got["SPA_SERVER"] != p.Host || (got["KEY_BASE64"] == "") != (p.GPG != nil) || (p.HMAC != 0) != (got["USE_HMAC"] == "Y") ||
			(p.GPG != nil) != (got["USE_GPG"] == "Y") || len(p.Resolvers) > 0 && got["RESOLVE_URL"] != p.Resolvers[0] ||
			p.GPG == nil && !strings.EqualFold(cmp.Or(got["ENCRYPTION_MODE"], "cbc"), p.Mode.String()) {
			t.Errorf("%s: %v", p.Host, s.Settings)
		}
	}
}

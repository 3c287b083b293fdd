package store

import (
	"bytes"
	"errors"
	"net/netip"
	"os"
	"reflect"
	"testing"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestProfilesFileV1: a profiles file written by the store of all-string
// profiles (testdata/profiles-v1.json: profiles added field by field,
// imported from lines, with explicit defaults, GPG, NAT, legacy) reads
// into the typed profiles it describes and is written back byte for byte.
func TestProfilesFileV1(t *testing.T) {
	data, err := os.ReadFile("testdata/profiles-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ParseProfiles(data, "profiles-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	again, err := FormatProfiles(ps)
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("written back differently (%v):\n%s", err, again)
	}
	byName := map[string]*Profile{}
	for i := range ps {
		byName[ps[i].Name] = &ps[i]
	}
	tcp22 := []spa.ProtoPort{{Proto: "tcp", Port: 22}}
	for name, want := range map[string]profile.Profile{
		"web1": {Host: "spa.example.com", Port: DefaultPort, Access: tcp22, Allow: profile.AllowResolve, Digest: spa.SHA256, HMAC: spa.SHA256},
		"db": {Host: "198.51.100.1", Port: 4000, Transport: profile.TCP, Access: []spa.ProtoPort{{Proto: "tcp", Port: 5432}, {Proto: "udp", Port: 53}},
			Allow: profile.AllowSource, Digest: spa.SHA512, HMAC: spa.SHA384, Timeout: 90},
		"v6": {Host: "2001:db8::1", Port: DefaultPort, Transport: profile.HTTP, Access: tcp22, Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("2001:db8::9"),
			Digest: spa.SHA256, HMAC: spa.SHA256, NAT: &profile.NAT{Host: "2001:db8::5", Port: 22}},
		"old": {Host: "old.example", Port: DefaultPort, Access: []spa.ProtoPort{{Proto: "udp", Port: 53}}, Allow: profile.AllowResolve, Digest: spa.MD5, Mode: spa.Legacy,
			NAT: &profile.NAT{Local: true, Port: 2222}, Resolvers: []string{"https://ip.example/", "https://ip2.example/ip"}},
		"gpg": {Host: "gpg.example", Port: DefaultPort, Access: tcp22, Allow: profile.AllowResolve, Digest: spa.SHA256,
			GPG: &profile.GPG{Recipient: "ABCD1234", Signer: "1234ABCD", Home: "/home/a/.gnupg"}},
		"typed": {Host: "t.example", Port: DefaultPort, Access: tcp22, Allow: profile.AllowResolve, Digest: spa.SHA256, HMAC: spa.SHA256, Timeout: 30},
		"fixed": {Host: "203.0.113.5", Port: DefaultPort, Access: []spa.ProtoPort{{Proto: "udp", Port: 1194}}, Allow: profile.AllowFixed, AllowIP: netip.MustParseAddr("198.51.100.7"),
			Digest: spa.SHA3_256, HMAC: spa.SHA3_512, NAT: &profile.NAT{Host: "internal.example", Port: 443}},
	} {
		p := byName[name]
		if p == nil {
			t.Fatalf("%s: not read", name)
		}
		want.Name = name
		if got := p.Profile; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got\n%#v\nwant\n%#v", name, got, want)
		}
	}
	if w := byName["web1"]; !w.KeepOpen || w.SSH.User != "alice" || len(w.SSH.Args) != 2 {
		t.Errorf("web1's desktop settings: %+v", w)
	}
	if k := byName["gpg"].Keys; k != (KeySource{Kind: SourceEnv, Env: "SESAME_KEYS"}) {
		t.Errorf("gpg's key source: %+v", k)
	}
	// The editor shows what was typed: empty for a default left empty, the
	// value for one typed.
	if FieldValue(byName["web1"], "hmac") != "" || FieldValue(byName["typed"], "hmac") != "sha256" || FieldValue(byName["typed"], "port") != "62201" {
		t.Error("typed defaults not kept")
	}
}

// TestProfileJSONRoundTrip: every profile, written as JSON and read back,
// is the profile it was; keys are never written.
func TestProfileJSONRoundTrip(t *testing.T) {
	data, _ := os.ReadFile("testdata/profiles-v1.json")
	ps, err := ParseProfiles(data, "p")
	if err != nil {
		t.Fatal(err)
	}
	ps = append(ps, NewProfile(), withFields(NewProfile(), "name", "n", "host", "h.example", "access", "tcp/22", "hmac", "none"))
	for _, p := range ps {
		p.Key, p.HMACKey = []byte("sekrit"), []byte("sekrit")
		text, err := p.MarshalJSON()
		if err != nil || bytes.Contains(text, []byte("sekrit")) {
			t.Fatalf("%s: %v %s", p.Name, err, text)
		}
		var q Profile
		if err := q.UnmarshalJSON(text); err != nil && p.Name != "" {
			t.Fatalf("%s: %v\n%s", p.Name, err, text)
		}
		p.Key, p.HMACKey = nil, nil
		if p.Name != "" && !reflect.DeepEqual(q, p) {
			t.Errorf("%s: got\n%+v\nwant\n%+v", p.Name, q, p)
		}
	}
	var q Profile
	if err := q.UnmarshalJSON([]byte(`{"name":"a","host":"h.example","access":"tcp/22","key":"x"}`)); err == nil {
		t.Error("unknown field read")
	}
}

// TestSetFieldModel: what the typed model cannot hold is refused where
// it is set: GPG keys without GPG encryption, nat with nat-local.
func TestSetFieldModel(t *testing.T) {
	p := web1()
	for _, tc := range []struct{ name, value, field string }{
		{"gpg-signer", "0xABCD", "encryption"},
		{"gpg-recipient", "0xABCD", "encryption"},
	} {
		var fe *FieldError
		if err := SetField(&p, tc.name, tc.value); !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s on a cbc profile: %v", tc.name, err)
		}
	}
	g := withFields(p, "encryption", "gpg", "gpg-recipient", "0xAB")
	var fe *FieldError
	if err := SetField(&g, "encryption", "cbc"); !errors.As(err, &fe) || fe.Field != "encryption" {
		t.Errorf("cbc with GPG keys: %v", err)
	}
	if g = withFields(g, "gpg-recipient", "", "encryption", "cbc"); g.GPG != nil {
		t.Error("GPG kept")
	}
	n := withFields(p, "nat", "10.0.0.1:22")
	if err := SetField(&n, "nat-local", "22"); !errors.As(err, &fe) || fe.Field != "nat-local" {
		t.Errorf("nat-local with nat: %v", err)
	}
	n = withFields(p, "nat-local", "22")
	if err := SetField(&n, "nat", "10.0.0.1:22"); !errors.As(err, &fe) || fe.Field != "nat-local" {
		t.Errorf("nat with nat-local: %v", err)
	}
	// Validate's copies leave the profile's own GPG settings alone.
	g = withFields(p, "encryption", "gpg", "gpg-recipient", "0xAB")
	h := g
	h = withFields(h, "gpg-recipient", "0xCD")
	if g.GPG.Recipient != "0xAB" {
		t.Error("a copy's edit changed the original")
	}
}

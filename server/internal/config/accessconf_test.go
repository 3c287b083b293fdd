package config

import (
	"bytes"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/accessconf"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestAccessconfRoundTrip writes stanzas with shared/accessconf, the
// writer of the desktop's export and of onboarding, reads them back with
// this package's parser and checks every field that was written.
func TestAccessconfRoundTrip(t *testing.T) {
	key32 := bytes.Repeat([]byte{0xa5}, 32)
	hmac64 := bytes.Repeat([]byte{0x5a}, 64)
	ports := []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 51820}}
	cases := map[string]*accessconf.Stanza{
		"base64 keys, sha512": {
			Comments: []string{"Sesame client alice: added by fwknopd --new-client"},
			Source:   []netip.Prefix{netip.MustParsePrefix("198.51.100.7/32"), netip.MustParsePrefix("2001:db8::/32")},
			Name:     "alice", OpenPorts: ports, RequireSourceAddress: true,
			Key: key32, HMACKey: hmac64, HMACType: spa.SHA512,
			FWAccessTimeout: 30 * time.Second,
		},
		"passphrase keys, sha3_256, max timeout": {
			OpenPorts: ports[:1], Key: []byte("a pass phrase #1"), KeyAsText: true,
			HMACKey: []byte("another secret"), HMACKeyAsText: true, HMACType: spa.SHA3_256,
			MaxFWTimeout: 120 * time.Second,
		},
		"ipv6 source, md5": {
			Source: []netip.Prefix{netip.MustParsePrefix("2001:db8:1::/48")},
			Key:    key32[:16], HMACKey: hmac64[:32], HMACType: spa.MD5,
		},
		"legacy mode, no hmac": {
			Key: []byte("legacy"), KeyAsText: true, Mode: spa.Legacy,
		},
		"ctr mode": {Key: key32, HMACKey: hmac64, HMACType: spa.SHA256, Mode: spa.CTR},
		"ofb mode from a profile line": accessconf.FromProfile(mustProfile(t,
			"sesame1:host=198.51.100.1,access=tcp/22,enc=ofb,key=MDEyMzQ1Njc4OWFiY2RlZg==,hmac-key=aG1hYw==")),
		"gpg signed, default hmac type": {
			OpenPorts: ports, GPGDecryptID: "ABCD1234", GPGDecryptPW: "server key pw",
			GPGRemoteIDs: []string{"1234ABCD", "00112233445566778899aabbccddeeff00112233"},
			HMACKey:      hmac64,
		},
		"gpg unsigned, no passphrase": {
			GPGDecryptID: "server@example.org", GPGAllowNoPW: true, GPGDisableSig: true,
		},
		"from a profile line": accessconf.FromProfile(mustProfile(t,
			"sesame1:host=198.51.100.1,access=tcp/22+udp/53,timeout=45,key=MDEyMzQ1Njc4OWFiY2RlZg==,hmac=sha512,hmac-key=aG1hYw==")),
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			if err := accessconf.Write(&b, want); err != nil {
				t.Fatal(err)
			}
			acc, _, err := ParseAccess(strings.NewReader(b.String()), "access.conf")
			if err != nil {
				t.Fatalf("%v\n%s", err, b.String())
			}
			if len(acc.Stanzas) != 1 {
				t.Fatalf("%d stanzas", len(acc.Stanzas))
			}
			checkStanza(t, acc.Stanzas[0], want)
		})
	}
}

func mustProfile(t *testing.T, line string) *profile.Profile {
	t.Helper()
	p, err := profile.Parse(line)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkStanza compares every field accessconf writes, with the server's
// defaults where the writer left one out.
func checkStanza(t *testing.T, got *Stanza, w *accessconf.Stanza) {
	t.Helper()
	wantSource := w.Source
	if len(wantSource) == 0 {
		wantSource = []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}
	}
	hmacType := w.HMACType
	if hmacType == 0 || len(w.HMACKey) == 0 {
		// The writer leaves HMAC_DIGEST_TYPE out without an HMAC key.
		hmacType = spa.SHA256
	}
	upper := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = strings.ToUpper(id)
		}
		return out
	}
	for _, c := range []struct {
		field string
		ok    bool
	}{
		{"SOURCE", slices.Equal(got.Source, wantSource)},
		{"SESAME_CLIENT", got.Name == w.Name},
		{"OPEN_PORTS", slices.Equal(got.OpenPorts, w.OpenPorts)},
		{"REQUIRE_SOURCE_ADDRESS", got.RequireSourceAddress == w.RequireSourceAddress},
		{"KEY", bytes.Equal(got.Key, w.Key) && got.KeyIsBase64 == (len(w.Key) > 0 && !w.KeyAsText)},
		{"HMAC_KEY", bytes.Equal(got.HMACKey, w.HMACKey) && got.HMACIsBase64 == (len(w.HMACKey) > 0 && !w.HMACKeyAsText)},
		{"HMAC_DIGEST_TYPE", got.HMACType == hmacType},
		{"ENCRYPTION_MODE", got.Mode == w.Mode},
		{"FW_ACCESS_TIMEOUT", w.FWAccessTimeout == 0 || got.FWAccessTimeout == w.FWAccessTimeout},
		{"MAX_FW_TIMEOUT", w.MaxFWTimeout == 0 || got.MaxFWTimeout == w.MaxFWTimeout},
		{"GPG_DECRYPT_ID", got.GPGDecryptID == w.GPGDecryptID},
		{"GPG_DECRYPT_PW", got.GPGDecryptPW == w.GPGDecryptPW},
		{"GPG_ALLOW_NO_PW", got.GPGAllowNoPW == w.GPGAllowNoPW},
		{"GPG_REMOTE_ID", slices.Equal(got.GPGRemoteIDs, upper(w.GPGRemoteIDs))},
		{"GPG_DISABLE_SIG", !got.UsesGPG() || got.GPGRequireSig == !w.GPGDisableSig},
	} {
		if !c.ok {
			t.Errorf("%s does not read back as written", c.field)
		}
	}
}

// FuzzAccessconfRoundTrip: every stanza accessconf writes from keys,
// digests, names and timeouts the server accepts reads back field for
// field.
func FuzzAccessconfRoundTrip(f *testing.F) {
	f.Add([]byte("0123456789abcdef"), []byte("hmac key"), false, true, uint8(3), false, "alice", "a comment", uint16(30), "198.51.100.0/24")
	f.Add([]byte("pass phrase #1"), []byte("x"), true, true, uint8(6), true, "", "", uint16(0), "2001:db8::/32")
	f.Fuzz(func(t *testing.T, key, hmacKey []byte, keyText, hmacText bool, hmacType uint8, legacy bool, name, comment string, timeout uint16, source string) {
		st := &accessconf.Stanza{
			Key: key[:min(len(key), maxKeyLen)], KeyAsText: keyText,
			HMACKey: hmacKey[:min(len(hmacKey), maxHMACKeyLen)], HMACKeyAsText: hmacText,
			HMACType: spa.Hash(hmacType % 8), Name: name, FWAccessTimeout: time.Duration(timeout) * time.Second,
		}
		if comment != "" {
			st.Comments = []string{comment}
		}
		if p, err := netip.ParsePrefix(source); err == nil && p == p.Masked() && !p.Addr().Is4In6() && p.Addr().Zone() == "" {
			st.Source = []netip.Prefix{p}
		}
		if legacy {
			st.Mode = spa.Legacy
		}
		// What the server refuses for reasons of its own, not of the text.
		if len(st.Key) == 0 || bytes.Equal(st.Key, st.HMACKey) || name != "" && checkClientName(name) != nil ||
			strings.EqualFold(string(st.Key), placeholderKey) || strings.EqualFold(string(st.HMACKey), placeholderKey) ||
			int(timeout) > maxFWTimeout {
			return
		}
		var b strings.Builder
		if accessconf.Write(&b, st) != nil {
			return
		}
		acc, _, err := ParseAccess(strings.NewReader(b.String()), "access.conf")
		if err != nil {
			t.Fatalf("written stanza refused: %v\n%q", err, b.String())
		}
		checkStanza(t, acc.Stanzas[0], st)
	})
}

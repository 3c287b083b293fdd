package ui_test

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// newProfile fills in a new profile's name and host in the editor.
func newProfile(f *fixture, name string) *ui.Editor {
	f.win.New()
	e := f.win.Editor()
	e.Set(ui.FieldName, name)
	e.Set(ui.FieldHost, "203.0.113.20")
	return e
}

// TestSaveWithoutKeysRefused: a new profile with no keys at all cannot
// knock (the stock client needs a Rijndael key unless GPG encrypts), so
// Save refuses it and says why under the key; nothing is stored. Typing a
// key clears the reason and saves.
func TestSaveWithoutKeysRefused(t *testing.T) {
	f := setup(t)
	e := newProfile(f, "nokeys")
	e.Save()
	if _, ok := f.ctl.Profile("nokeys"); ok {
		t.Fatal("a profile with no keys at all was saved")
	}
	if !strings.Contains(e.KeyReason(), "encryption key is needed") || !strings.Contains(e.Message(), "Not saved") {
		t.Fatalf("key reason %q, message %q: want the missing key named", e.KeyReason(), e.Message())
	}
	e.SetKey("c2VjcmV0LWtleS1mb3ItdGVzdA==")
	if e.KeyReason() != "" {
		t.Errorf("the reason stays once a key is typed: %q", e.KeyReason())
	}
	e.Save()
	if _, ok := f.ctl.Profile("nokeys"); !ok {
		t.Fatalf("not saved with a key: %q", e.Message())
	}
}

// TestSaveWithoutHMACKeyWarns: a key without an HMAC key saves (it can
// knock a stanza without HMAC) but says the server may refuse it; with
// HMAC none, or GPG with no keys, nothing is said.
func TestSaveWithoutHMACKeyWarns(t *testing.T) {
	f := setup(t)
	e := newProfile(f, "nohmac")
	e.SetKey("c2VjcmV0LWtleS1mb3ItdGVzdA==")
	e.Save()
	if _, ok := f.ctl.Profile("nohmac"); !ok {
		t.Fatalf("not saved: %q", e.Message())
	}
	if m := e.Message(); !strings.HasPrefix(m, "Saved.") || !strings.Contains(m, "No HMAC key") {
		t.Errorf("message %q, want saved with a warning about the HMAC key", m)
	}

	e = newProfile(f, "nonehmac")
	e.Set(ui.FieldHMACDigest, "none")
	e.SetKey("c2VjcmV0LWtleS1mb3ItdGVzdA==")
	e.Save()
	if m := e.Message(); m != "Saved." {
		t.Errorf("HMAC none: message %q, want Saved.", m)
	}

	e = newProfile(f, "gpg")
	e.Set(ui.FieldEncryption, "gpg")
	e.Set(ui.FieldHMACDigest, "none")
	e.Set(ui.FieldGPGRecipient, "ABCD1234")
	e.Save()
	if _, ok := f.ctl.Profile("gpg"); !ok {
		t.Errorf("a GPG profile needs no key, but was not saved: %q (key reason %q)", e.Message(), e.KeyReason())
	}
}

// TestSavedProfileKeepsItsKeys: editing a saved profile without touching
// its keys is no profile without keys.
func TestSavedProfileKeepsItsKeys(t *testing.T) {
	f := setup(t)
	f.win.Select("web")
	e := f.win.Editor()
	e.Set(ui.FieldSPAPort, "40002")
	e.Save()
	if m := e.Message(); m != "Saved." {
		t.Errorf("message %q, want Saved.", m)
	}
}

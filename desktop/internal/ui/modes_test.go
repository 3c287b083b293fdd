package ui_test

import (
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// TestEveryModeSaves: each Rijndael mode the client sends is saved from
// the editor and shown again when the profile is selected (an imported
// ctr profile was saved back as cbc before).
func TestEveryModeSaves(t *testing.T) {
	f := setup(t)
	for _, mode := range []string{"legacy", "ecb", "cfb", "ofb", "ctr"} {
		e := newProfile(f, "m-"+mode)
		e.Set(ui.FieldEncryption, mode)
		if mode == "legacy" {
			e.Set(ui.FieldHMACDigest, "none") // the stock refuses legacy with an HMAC
		}
		e.SetKey("c2VjcmV0LWtleS1mb3ItdGVzdA==")
		e.Save()
		p, ok := f.ctl.Profile("m-" + mode)
		if !ok {
			t.Fatalf("%s: not saved: %q", mode, e.Message())
		}
		if got := p.Values[ui.FieldEncryption]; got != mode {
			t.Errorf("%s: saved as %q", mode, got)
		}
		f.win.Select("m-" + mode)
		if got := f.win.Editor().Entry(ui.FieldEncryption).Text; got != mode {
			t.Errorf("%s: the editor shows %q", mode, got)
		}
	}
}

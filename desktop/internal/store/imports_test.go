package store

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/profile"
)

// testLine returns the profile line of p with keys k.
func testLine(t testing.TB, p Profile, k Keys) string {
	t.Helper()
	line, err := p.Typed(k).ValidLine()
	if err != nil {
		t.Fatal(err)
	}
	return line
}

func TestImports(t *testing.T) {
	k := testKeys()
	p := web1()
	line := testLine(t, p, k)
	for name, tt := range map[string]struct {
		get         func() (Imported, error)
		wantProfile bool
	}{
		"line":    {func() (Imported, error) { return ImportText("  "+line+"\n", "x") }, true},
		"fwknop2": {func() (Imported, error) { return ImportText(profile.FormatFwknop2(k.Rijndael, k.HMAC), "") }, false},
		"key-gen": {func() (Imported, error) { return ImportText(k.Text(), "") }, false},
	} {
		im, err := tt.get()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if (im.Profile != nil) != tt.wantProfile || string(im.Keys.HMAC) != string(k.HMAC) || string(im.Keys.Rijndael) != string(k.Rijndael) {
			t.Fatalf("%s: got %+v", name, im)
		}
		if tt.wantProfile && (im.Profile.Name != "web1" || im.Profile.Host != p.Host) {
			t.Fatalf("%s: profile %+v", name, im.Profile)
		}
	}
	for _, bad := range []string{"", "hello", "sesame9:host=x", "KEY_BASE64:!!"} {
		if _, err := ImportText(bad, "x"); err == nil {
			t.Errorf("%q imported", bad)
		}
	}
}

func FuzzImportText(f *testing.F) {
	k := testKeys()
	p := web1()
	line := testLine(f, p, k)
	for _, s := range []string{line, profile.FormatFwknop2(k.Rijndael, k.HMAC), k.Text(), "KEY:sekrit HMAC_KEY:other", "sesame1:host=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		im, err := ImportText(text, "fuzz")
		if err != nil {
			if strings.Contains(err.Error(), "sekrit") {
				t.Fatalf("key in error: %v", err)
			}
			return
		}
		if im.Profile != nil {
			if err := im.Profile.Validate(); err != nil {
				t.Fatalf("imported an invalid profile: %v", err)
			}
		}
	})
}

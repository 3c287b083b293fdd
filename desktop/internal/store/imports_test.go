package store

import (
	"bytes"
	"strings"
	"testing"
)

func TestImports(t *testing.T) {
	k := testKeys()
	p := web1()
	line, err := p.Line(k)
	if err != nil {
		t.Fatal(err)
	}
	var lineQR, keysQR bytes.Buffer
	if err := p.LineQR(&lineQR, k); err != nil {
		t.Fatal(err)
	}
	if err := k.Fwknop2QR(&keysQR); err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]struct {
		get         func() (Imported, error)
		wantProfile bool
	}{
		"line":       {func() (Imported, error) { return ImportText("  "+line+"\n", "x") }, true},
		"line QR":    {func() (Imported, error) { return ImportImage(bytes.NewReader(lineQR.Bytes()), "x") }, true},
		"fwknop2":    {func() (Imported, error) { return ImportText(k.Fwknop2Text(), "") }, false},
		"fwknop2 QR": {func() (Imported, error) { return ImportImage(bytes.NewReader(keysQR.Bytes()), "") }, false},
		"key-gen":    {func() (Imported, error) { return ImportText(k.Text(), "") }, false},
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
	if !IsImage(lineQR.Bytes()) || IsImage([]byte(line)) {
		t.Fatal("IsImage")
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
	line, _ := p.Line(k)
	for _, s := range []string{line, k.Fwknop2Text(), k.Text(), "KEY:sekrit HMAC_KEY:other", "sesame1:host=x"} {
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

package tray

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"testing"

	"github.com/sesame-spa/sesame/icons"
)

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// samePixels reports whether a and b have the same size and pixels.
func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

func TestCountdownDrawsEachValueDifferently(t *testing.T) {
	for _, dark := range []bool{false, true} {
		base := icons.Tray(icons.Open, dark)
		plain := decode(t, base)
		seen := map[string]image.Image{}
		for _, text := range []string{"1", "7", "8", "0", "42", "59", "3m", "5m", "99m", "2h", "9d"} {
			out, err := Countdown(base, text, dark)
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			img := decode(t, out)
			if img.Bounds() != plain.Bounds() {
				t.Fatalf("%q: icon %v, want the size kept: %v", text, img.Bounds(), plain.Bounds())
			}
			if samePixels(img, plain) {
				t.Errorf("%q: the icon is unchanged", text)
			}
			for other, o := range seen {
				if samePixels(img, o) {
					t.Errorf("%q and %q draw the same icon", text, other)
				}
			}
			seen[text] = img
		}
	}
}

func TestCountdownAtTraySizes(t *testing.T) {
	for _, size := range []int{16, 22, 24, 32, 48, 64} {
		var blank bytes.Buffer
		png.Encode(&blank, image.NewNRGBA(image.Rect(0, 0, size, size)))
		for _, text := range []string{"9", "42", "99m"} {
			out, err := Countdown(blank.Bytes(), text, false)
			if err != nil {
				t.Fatalf("%d px, %q: %v", size, text, err)
			}
			if img := decode(t, out); img.Bounds().Dx() != size || img.Bounds().Dy() != size {
				t.Errorf("%d px, %q: icon %v", size, text, img.Bounds())
			}
		}
	}
}

func TestCountdownRefuses(t *testing.T) {
	var tiny bytes.Buffer
	png.Encode(&tiny, image.NewNRGBA(image.Rect(0, 0, 8, 8)))
	base := icons.Tray(icons.Open, false)
	for _, c := range []struct {
		icon []byte
		text string
		want error
	}{
		{base, "", ErrText},
		{base, "4x", ErrText},
		{base, "-1", ErrText},
		{[]byte("GIF89a"), "42", ErrBadImage},
		{tiny.Bytes(), "99m", ErrTooWide},
	} {
		if _, err := Countdown(c.icon, c.text, false); !errors.Is(err, c.want) {
			t.Errorf("%q: %v, want %v", c.text, err, c.want)
		}
	}
}

func TestGlyphsAreRectangular(t *testing.T) {
	for r, g := range glyphs {
		for _, row := range g {
			if len(row) != len(g[0]) {
				t.Errorf("glyph %q has rows of different widths", r)
			}
		}
	}
}

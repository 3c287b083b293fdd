package qrcode

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Texts as long as the ones Sesame puts in codes: a profile line with a
// SHA-512 HMAC key and a long host name, and the Fwknop2 key text.
var texts = []string{
	"sesame1:name=spa-gateway,host=spa-gateway.datacenter-one.example.com,port=62201,access=tcp/22;tcp/443;udp/51820,key=HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=,hmac=sha512,hmac-key=S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNgS3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg==",
	"KEY_BASE64:HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84= HMAC_KEY_BASE64:S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg==",
	"x",
}

// readHalfBlocks turns a terminal drawing back into dark modules, quiet
// zone removed.
func readHalfBlocks(t *testing.T, drawing string, size int) [][]bool {
	t.Helper()
	chars := map[rune][2]bool{}
	for pair, s := range halfBlocks {
		r, _ := utf8.DecodeRuneInString(s)
		chars[r] = pair
	}
	var light [][]bool
	for _, line := range strings.Split(strings.TrimSuffix(drawing, "\n"), "\n") {
		top, bottom := []bool{}, []bool{}
		for _, r := range line {
			pair, ok := chars[r]
			if !ok {
				t.Fatalf("unexpected character %q", r)
			}
			top, bottom = append(top, pair[0]), append(bottom, pair[1])
		}
		light = append(light, top, bottom)
	}
	if len(light) < size+2*terminalQuietZone {
		t.Fatalf("drawing of %d module rows, want %d", len(light), size+2*terminalQuietZone)
	}
	dark := make([][]bool, size)
	for y := range dark {
		dark[y] = make([]bool, size)
		for x := range dark[y] {
			dark[y][x] = !light[y+terminalQuietZone][x+terminalQuietZone]
		}
	}
	return dark
}

// The terminal drawing holds exactly the encoder's modules and fits an
// 80-column terminal.
func TestTerminal(t *testing.T) {
	for _, text := range texts {
		var b strings.Builder
		if err := Terminal(&b, text); err != nil {
			t.Fatal(err)
		}
		m, err := Matrix(text, Low)
		if err != nil {
			t.Fatal(err)
		}
		if got := readHalfBlocks(t, b.String(), len(m)); !slices.EqualFunc(got, m, slices.Equal) {
			t.Errorf("drawing of %d-byte text does not hold the code's modules", len(text))
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%d-byte text: line of %d columns", len(text), n)
			}
		}
	}
}

// readImage turns an image back into dark modules, quiet zone removed.
func readImage(img image.Image, size, scale int) [][]bool {
	dark := make([][]bool, size)
	for y := range dark {
		dark[y] = make([]bool, size)
		for x := range dark[y] {
			r, _, _, _ := img.At((x+imageQuietZone)*scale, (y+imageQuietZone)*scale).RGBA()
			dark[y][x] = r == 0
		}
	}
	return dark
}

// The PNG holds exactly the encoder's modules at the scale asked, with the
// quiet zone around them. (desktop/internal/qr reads such PNGs back.)
func TestPNG(t *testing.T) {
	for _, text := range texts {
		for _, scale := range []int{0, 1, 5} {
			var buf bytes.Buffer
			if err := PNG(&buf, text, scale); err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			m, _ := Matrix(text, Medium)
			s := max(scale, 1)
			if want := (len(m) + 2*imageQuietZone) * s; img.Bounds().Dx() != want || img.Bounds().Dy() != want {
				t.Fatalf("image %v, want %d square", img.Bounds(), want)
			}
			if got := readImage(img, len(m), s); !slices.EqualFunc(got, m, slices.Equal) {
				t.Errorf("image of %d-byte text at scale %d does not hold the code's modules", len(text), scale)
			}
		}
	}
}

func TestLevels(t *testing.T) {
	low, _ := Matrix(texts[0], Low)
	medium, _ := Matrix(texts[0], Medium)
	if len(low) >= len(medium) {
		t.Fatalf("Low code %d modules wide, Medium %d: want Low smaller", len(low), len(medium))
	}
}

func TestTooLong(t *testing.T) {
	long := strings.Repeat("A", 5000)
	if _, err := Matrix(long, Low); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Matrix: got %v", err)
	}
	if err := PNG(&bytes.Buffer{}, long, 1); !errors.Is(err, ErrTooLong) || strings.Contains(err.Error(), "AAAA") {
		t.Fatalf("PNG: got %v", err)
	}
	if err := Terminal(&bytes.Buffer{}, long); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Terminal: got %v", err)
	}
}

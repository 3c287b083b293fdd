package onboard

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	qrcode "github.com/yeqown/go-qrcode/v2"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// readHalfBlocks turns a drawing back into dark modules, quiet zone removed.
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
	dark := make([][]bool, size)
	for y := range dark {
		dark[y] = make([]bool, size)
		for x := range dark[y] {
			dark[y][x] = !light[y+quietZone][x+quietZone]
		}
	}
	return dark
}

// TestQRDrawing checks that the drawing holds exactly the encoder's modules
// and fits an 80-column terminal, for the longest profile onboarding
// prints (SHA-512 HMAC key, long host name).
func TestQRDrawing(t *testing.T) {
	k, err := newKeys(&countingReader{}, spa.SHA512)
	if err != nil {
		t.Fatal(err)
	}
	ports, _ := parseOpen("tcp/22,tcp/443,udp/51820")
	p, err := clientProfile("spa-gateway.datacenter-one.example.com", 62201, ports, k)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{p.Line(), profile.FormatFwknop2(k.rijndael, k.hmac)} {
		var b strings.Builder
		if err := writeQR(&b, text); err != nil {
			t.Fatal(err)
		}
		q, err := qrcode.NewWith(text, qrcode.WithErrorCorrectionLevel(qrcode.ErrorCorrectionLow), qrcode.WithEncodingMode(qrcode.EncModeByte))
		if err != nil {
			t.Fatal(err)
		}
		var m matrixWriter
		if err := q.Save(&m); err != nil {
			t.Fatal(err)
		}
		got := readHalfBlocks(t, b.String(), len(m.bitmap))
		if !slices.EqualFunc(got, m.bitmap, slices.Equal) {
			t.Errorf("drawing of %d-byte text does not hold the code's modules", len(text))
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%d-byte text: line of %d columns", len(text), n)
			}
		}
	}
}

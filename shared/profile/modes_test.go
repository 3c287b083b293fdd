package profile

import (
	"reflect"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"

	"github.com/sesame-spa/sesame/shared/qrcode"
	"github.com/sesame-spa/sesame/shared/spa"
)

// sentModes are the modes fwknop's client sends with a Rijndael key.
var sentModes = []spa.Mode{spa.CBC, spa.Legacy, spa.ECB, spa.CFB, spa.OFB, spa.CTR}

// Every mode the client sends (-M) is carried by the line: written by Line,
// read back by Parse as the same profile, with and without an HMAC
// (legacy only without, as fwknop refuses it with one).
func TestLineCarriesEveryMode(t *testing.T) {
	for _, m := range sentModes {
		for _, withHMAC := range []bool{true, false} {
			if m == spa.Legacy && withHMAC {
				continue
			}
			p, err := Parse(baseLine)
			if err != nil {
				t.Fatal(err)
			}
			p.Mode = m
			if !withHMAC {
				p.HMAC, p.HMACKey = 0, nil
			}
			line, err := p.ValidLine()
			if err != nil {
				t.Fatalf("%v: ValidLine: %v", m, err)
			}
			q, err := Parse(line)
			if err != nil {
				t.Fatalf("%v: Parse(%q): %v", m, line, err)
			}
			if !reflect.DeepEqual(p, q) {
				t.Errorf("%v: round trip changed the profile: %v", m, q)
			}
			if want := "enc=" + m.String() + ","; !strings.Contains(line, want) {
				t.Errorf("%v: line %q has no %s", m, p.String(), want)
			}
		}
	}
}

// The QR code of a line (shared/qrcode, as both ends draw it) reads back
// as the same profile, in every mode.
func TestQRCarriesEveryMode(t *testing.T) {
	g := newGen(7)
	for _, m := range sentModes {
		p := g.profile()
		p.Mode = m
		if m == spa.Legacy {
			p.HMAC, p.HMACKey = 0, nil
		}
		line, err := p.ValidLine()
		if err != nil {
			t.Fatalf("%v: %v", m, err)
		}
		img, err := qrcode.Image(line, 4)
		if err != nil {
			t.Fatalf("%v: %v", m, err)
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		// The image is nothing but the code: PURE_BARCODE reads it as drawn.
		res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true})
		if err != nil {
			t.Fatalf("%v: reading the QR code: %v", m, err)
		}
		q, err := Parse(res.GetText())
		if err != nil || !reflect.DeepEqual(p, q) {
			t.Errorf("%v: QR round trip: %v, %v", m, q, err)
		}
	}
}

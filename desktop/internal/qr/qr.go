// Package qr reads the text of a QR code from an image: the Fwknop2 key
// text and the Sesame profile line travel between a desktop and a phone
// this way. The codes are drawn by shared/qrcode, the one QR writer of
// both the desktop and the server; this package is the desktop's reader.
//
// Decode reads PNG, JPEG or GIF with github.com/makiuchi-d/gozxing. The
// functions keep no state and are safe for concurrent use. The text may be
// key material: it is never logged and never part of an error.
package qr

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/gif"  // Decode reads GIF screenshots too
	_ "image/jpeg" // and photos of a screen
	_ "image/png"  // and exported codes
	"io"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
)

// ErrNoCode: the image could not be read, or holds no readable QR code.
var ErrNoCode = errors.New("no QR code found in the image")

// MaxImagePixels bounds the images Decode reads, so that a hostile file
// cannot make it allocate without limit.
const MaxImagePixels = 16 << 20

// Decode reads an image (PNG, JPEG or GIF) and returns the text of the QR
// code in it.
func Decode(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return "", err
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("%w: not a PNG, JPEG or GIF image", ErrNoCode)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxImagePixels {
		return "", fmt.Errorf("%w: image of %dx%d pixels is too large", ErrNoCode, cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoCode, err)
	}
	return DecodeImage(img)
}

// DecodeImage returns the text of the QR code in img.
//
// gozxing's detector, which finds a code anywhere in a photo or a
// screenshot, misses about one in thirty of the clean codes qrcode.Image draws
// (zbar reads them all): some data patterns pass for finder patterns. An
// image that is nothing but a code, as an exported PNG is, then reads
// with the PURE_BARCODE hint, which takes the code's corners as they are.
func DecodeImage(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoCode, err)
	}
	for _, hint := range []gozxing.DecodeHintType{gozxing.DecodeHintType_TRY_HARDER, gozxing.DecodeHintType_PURE_BARCODE} {
		res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{hint: true})
		if err == nil {
			return res.GetText(), nil
		}
	}
	return "", ErrNoCode
}

// IsImage reports whether data starts like an image Decode reads (PNG,
// JPEG or GIF), so that a file of text and one of a picture can be told
// apart.
func IsImage(data []byte) bool {
	for _, magic := range []string{"\x89PNG", "\xff\xd8\xff", "GIF8"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	return false
}

// Package qr turns text into a QR code image and reads the text back from
// an image: the Fwknop2 key text and the Sesame profile line travel between
// a desktop and a phone this way.
//
// Encode draws with github.com/yeqown/go-qrcode/v2 and writes PNG with the
// standard library; Decode reads PNG, JPEG or GIF with
// github.com/makiuchi-d/gozxing. The functions keep no state and are safe
// for concurrent use. The text may be key material: it is never logged and
// never part of an error.
package qr

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/gif"  // Decode reads GIF screenshots too
	_ "image/jpeg" // and photos of a screen
	"image/png"
	"io"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
	qrcode "github.com/yeqown/go-qrcode/v2"
)

// Errors, for errors.Is.
var (
	// ErrTooLong: the text does not fit in one QR code.
	ErrTooLong = errors.New("text too long for a QR code")
	// ErrNoCode: the image could not be read, or holds no readable QR code.
	ErrNoCode = errors.New("no QR code found in the image")
)

// quietZone is the light border the standard asks for, in modules.
const quietZone = 4

// MaxImagePixels bounds the images Decode reads, so that a hostile file
// cannot make it allocate without limit.
const MaxImagePixels = 16 << 20

// Matrix returns the QR code of text as rows of modules, true for dark,
// without the quiet zone.
func Matrix(text string) ([][]bool, error) {
	q, err := qrcode.NewWith(text,
		qrcode.WithErrorCorrectionLevel(qrcode.ErrorCorrectionMedium),
		qrcode.WithEncodingMode(qrcode.EncModeByte))
	if err != nil {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLong, len(text))
	}
	var m matrixWriter
	if err := q.Save(&m); err != nil {
		return nil, err
	}
	return m.bitmap, nil
}

// matrixWriter keeps the module matrix that QRCode.Save hands over.
type matrixWriter struct{ bitmap [][]bool }

func (m *matrixWriter) Write(mat qrcode.Matrix) error {
	m.bitmap = mat.Bitmap()
	return nil
}

func (*matrixWriter) Close() error { return nil }

// Image returns the QR code of text as a black-on-white image, each module
// scale pixels wide (at least 1), with the quiet zone around it.
func Image(text string, scale int) (image.Image, error) {
	dark, err := Matrix(text)
	if err != nil {
		return nil, err
	}
	scale = max(scale, 1)
	n := (len(dark) + 2*quietZone) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y, row := range dark {
		for x, d := range row {
			if !d {
				continue
			}
			for dy := range scale {
				for dx := range scale {
					img.SetGray((x+quietZone)*scale+dx, (y+quietZone)*scale+dy, color.Gray{})
				}
			}
		}
	}
	return img, nil
}

// PNG writes the QR code of text to w as a PNG image (see Image).
func PNG(w io.Writer, text string, scale int) error {
	img, err := Image(text, scale)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

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
// screenshot, misses about one in thirty of the clean codes Image draws
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

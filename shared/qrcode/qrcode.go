// Package qrcode is Sesame's one QR writer: the desktop draws codes as
// images (PNG) and the server's onboarding draws them on a terminal with
// half-block characters, both from the same module matrix.
//
// It encodes with github.com/yeqown/go-qrcode/v2 in byte mode. Reading a
// code back (from a photo or a screenshot) is the desktop's business
// (desktop/internal/qr) and is not here, so the server does not link an
// image decoder. The functions keep no state and are safe for concurrent
// use. The text may be key material: it is never logged and never part of
// an error.
package qrcode

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"

	qrcode "github.com/yeqown/go-qrcode/v2"
)

// ErrTooLong: the text does not fit in one QR code at the level asked.
var ErrTooLong = errors.New("text too long for a QR code")

// Level is the error-correction level: how much of a code may be damaged
// and still read. Higher levels make bigger codes for the same text.
type Level int

const (
	// Low recovers about 7% of the code; onboarding uses it on a
	// terminal, where a smaller code is what fits in 80 columns.
	Low Level = iota
	// Medium recovers about 15%; images use it (photos of a screen).
	Medium
)

// imageQuietZone is the light border around an image's code, in modules,
// as the standard asks.
const imageQuietZone = 4

// terminalQuietZone is the light border around a terminal's code. The
// standard asks for 4; 2 keeps a profile's code within 80 columns, and
// phones read it.
const terminalQuietZone = 2

// Matrix returns the QR code of text as rows of modules, true for dark,
// without the quiet zone.
func Matrix(text string, level Level) ([][]bool, error) {
	ecc := qrcode.ErrorCorrectionLow
	if level == Medium {
		ecc = qrcode.ErrorCorrectionMedium
	}
	q, err := qrcode.NewWith(text,
		qrcode.WithErrorCorrectionLevel(ecc),
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

// Image returns the QR code of text (level Medium) as a black-on-white
// image, each module scale pixels wide (at least 1), with imageQuietZone
// around it.
func Image(text string, scale int) (image.Image, error) {
	dark, err := Matrix(text, Medium)
	if err != nil {
		return nil, err
	}
	scale = max(scale, 1)
	n := (len(dark) + 2*imageQuietZone) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y, row := range dark {
		for x, d := range row {
			if d {
				fillSquare(img, (x+imageQuietZone)*scale, (y+imageQuietZone)*scale, scale)
			}
		}
	}
	return img, nil
}

// fillSquare paints the scale×scale square at (x0, y0) black.
func fillSquare(img *image.Gray, x0, y0, scale int) {
	for dy := range scale {
		for dx := range scale {
			img.SetGray(x0+dx, y0+dy, color.Gray{})
		}
	}
}

// PNG writes the QR code of text to w as a PNG image (see Image).
func PNG(w io.Writer, text string, scale int) error {
	img, err := Image(text, scale)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

// Terminal writes the QR code of text (level Low) to w with half-block
// characters, two rows of modules per line, terminalQuietZone around it.
// Light modules are drawn and dark ones left blank, as qrencode -t UTF8
// does for the usual dark terminal background.
func Terminal(w io.Writer, text string) error {
	dark, err := Matrix(text, Low)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, drawHalfBlocks(dark))
	return err
}

// halfBlocks maps a (top, bottom) pair of light modules to the character
// Terminal draws for it.
var halfBlocks = map[[2]bool]string{
	{true, true}:   "█",
	{true, false}:  "▀",
	{false, true}:  "▄",
	{false, false}: " ",
}

// drawHalfBlocks draws dark (true) modules with the quiet zone around them.
func drawHalfBlocks(dark [][]bool) string {
	n := len(dark) + 2*terminalQuietZone
	light := func(x, y int) bool {
		x, y = x-terminalQuietZone, y-terminalQuietZone
		return y < 0 || y >= len(dark) || x < 0 || x >= len(dark[y]) || !dark[y][x]
	}
	var b strings.Builder
	for y := 0; y < n; y += 2 {
		for x := 0; x < n; x++ {
			b.WriteString(halfBlocks[[2]bool{light(x, y), y+1 >= n || light(x, y+1)}])
		}
		b.WriteString("\n")
	}
	return b.String()
}

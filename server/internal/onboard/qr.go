package onboard

import (
	"io"
	"strings"

	qrcode "github.com/yeqown/go-qrcode/v2"
)

// quietZone is the light border around the code, in modules. The standard
// asks for 4; 2 keeps a profile's code within 80 columns and phones read it.
const quietZone = 2

// writeQR draws text as a QR code with half-block characters, two rows of
// modules per line of text. Light modules are drawn, dark ones left blank,
// as qrencode -t UTF8 does for the usual dark terminal background.
func writeQR(w io.Writer, text string) error {
	q, err := qrcode.NewWith(text,
		qrcode.WithErrorCorrectionLevel(qrcode.ErrorCorrectionLow),
		qrcode.WithEncodingMode(qrcode.EncModeByte))
	if err != nil {
		return err
	}
	var m matrixWriter
	if err := q.Save(&m); err != nil {
		return err
	}
	_, err = io.WriteString(w, drawHalfBlocks(m.bitmap))
	return err
}

// matrixWriter keeps the module matrix that QRCode.Save hands over.
type matrixWriter struct{ bitmap [][]bool }

func (m *matrixWriter) Write(mat qrcode.Matrix) error {
	m.bitmap = mat.Bitmap()
	return nil
}

func (*matrixWriter) Close() error { return nil }

// halfBlocks maps a (top, bottom) pair of light modules to its character.
var halfBlocks = map[[2]bool]string{
	{true, true}:   "█",
	{true, false}:  "▀",
	{false, true}:  "▄",
	{false, false}: " ",
}

// drawHalfBlocks draws dark (true) modules with the quiet zone around them.
func drawHalfBlocks(dark [][]bool) string {
	n := len(dark) + 2*quietZone
	light := func(x, y int) bool {
		x, y = x-quietZone, y-quietZone
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

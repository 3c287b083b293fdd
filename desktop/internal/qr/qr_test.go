package qr

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	"image/png"
	"math/rand/v2"
	"testing"

	"github.com/sesame-spa/sesame/shared/qrcode"
)

const fwknop2Text = "KEY_BASE64:HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84= HMAC_KEY_BASE64:S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="

func TestRoundTrip(t *testing.T) {
	line := "sesame1:name=web1,host=spa.example.com,access=tcp/22,key=HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=,hmac-key=S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
	for _, text := range []string{fwknop2Text, line, "x"} {
		for _, scale := range []int{0, 3, 8} {
			var buf bytes.Buffer
			if err := qrcode.PNG(&buf, text, scale); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(&buf)
			if err != nil || got != text {
				t.Fatalf("scale %d: got %q, %v; want %q", scale, got, err, text)
			}
		}
	}
}

// Every code qrcode.Image draws reads back. gozxing's detector alone missed
// about one in thirty of such lines (this one among them).
func TestRoundTripManyLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	key := make([]byte, 96)
	texts := []string{"sesame1:web?host=spa.example.org&access=tcp/22&key=FSZHIUpZegJbNXZmWiEZWzfvIYJuj8jW53T83hBb5zg=&hmac=lMLeDf+UQeWashaJy09sL30cFO6RfkdUyD8ntkZ6/uORQYlkRFkELA4zyf1YWDkepR/rLdGTmi/T+TXOiKaWWA=="}
	for range 150 {
		for i := range key {
			key[i] = byte(rng.Uint32())
		}
		texts = append(texts, "sesame1:name=web,host=spa.example.org,access=tcp/22,key="+base64.StdEncoding.EncodeToString(key[:32])+",hmac-key="+base64.StdEncoding.EncodeToString(key[32:]))
	}
	for _, text := range texts {
		img, err := qrcode.Image(text, 4)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := DecodeImage(img); err != nil || got != text {
			t.Errorf("%q: got %q, %v", text, got, err)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	var blank bytes.Buffer
	png.Encode(&blank, image.NewGray(image.Rect(0, 0, 64, 64)))
	huge := pngHeader(t, 100000, 100000)
	for name, data := range map[string][]byte{
		"not an image": []byte("KEY_BASE64:abc"),
		"blank image":  blank.Bytes(),
		"huge image":   huge,
	} {
		if _, err := Decode(bytes.NewReader(data)); !errors.Is(err, ErrNoCode) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}

// pngHeader returns the start of a PNG that claims w×h pixels.
func pngHeader(t *testing.T, w, h int) []byte {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1)))
	b := buf.Bytes()
	// IHDR width and height sit at bytes 16..23; the CRC is not checked by DecodeConfig.
	put := func(off, v int) { b[off], b[off+1], b[off+2], b[off+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v) }
	put(16, w)
	put(20, h)
	return b
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	qrcode.PNG(&buf, fwknop2Text, 2)
	f.Add(buf.Bytes())
	f.Add([]byte("GIF89a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(bytes.NewReader(data)) // must not panic or hang
	})
}

// TestIsImage tells the images Decode reads from text.
func TestIsImage(t *testing.T) {
	var b bytes.Buffer
	if err := qrcode.PNG(&b, "sesame1:host=x", 4); err != nil {
		t.Fatal(err)
	}
	if !IsImage(b.Bytes()) || !IsImage([]byte("\xff\xd8\xff\xe0")) || !IsImage([]byte("GIF89a")) || IsImage([]byte("sesame1:host=x")) || IsImage(nil) {
		t.Fatal("IsImage")
	}
}

// Command iconsizes writes the app icon at the hicolor theme sizes that
// icons/png has no rendering of (icons/render.sh draws 16..512 from the SVG
// with rsvg-convert, which CI machines lack), scaled down from the 512-pixel
// rendering with a Catmull-Rom filter, into packaging/desktop/icons. The
// output is committed; run it from the repository root after the artwork
// changes:
//
//	go run ./packaging/desktop/iconsizes
package main

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"
)

// sizes are the hicolor apps/ sizes (index.theme) missing from icons/png.
var sizes = []int{22, 36, 72, 96, 192}

const (
	source = "icons/png/sesame-512.png"
	outDir = "packaging/desktop/icons"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "iconsizes:", err)
		os.Exit(1)
	}
}

func run() error {
	src, err := readPNG(source)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, n := range sizes {
		dst := image.NewNRGBA(image.Rect(0, 0, n, n))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		if err := writePNG(filepath.Join(outDir, fmt.Sprintf("sesame-%d.png", n)), dst); err != nil {
			return err
		}
	}
	return nil
}

func readPNG(name string) (image.Image, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w (run from the repository root)", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return img, nil
}

func writePNG(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return f.Close()
}

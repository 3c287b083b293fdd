package tray

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

// Reasons Countdown refuses, for errors.Is.
var (
	ErrText     = errors.New("countdown text empty or not digits and m, h, d")
	ErrTooWide  = errors.New("countdown too wide for the icon")
	ErrBadImage = errors.New("tray icon is not a PNG image")
)

// glyphs is a bitmap font for the countdown: digits and the units m, h, d,
// five rows high, '#' for a lit pixel. Drawn by hand so the tray needs no
// font file or font package.
var glyphs = map[rune][5]string{
	'0': {"###", "#.#", "#.#", "#.#", "###"},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"###", "..#", "###", "#..", "###"},
	'3': {"###", "..#", "###", "..#", "###"},
	'4': {"#.#", "#.#", "###", "..#", "..#"},
	'5': {"###", "#..", "###", "..#", "###"},
	'6': {"###", "#..", "###", "#.#", "###"},
	'7': {"###", "..#", "..#", ".#.", ".#."},
	'8': {"###", "#.#", "###", "#.#", "###"},
	'9': {"###", "#.#", "###", "..#", "###"},
	'm': {".....", "####.", "#.#.#", "#.#.#", "#.#.#"},
	'h': {"#..", "#..", "###", "#.#", "#.#"},
	'd': {"..#", "..#", "###", "#.#", "###"},
}

// The badge's colours: the green of the "open" state badge, white text, and
// a ring that sets the badge off the mark as the SVG badges' strokes do.
var (
	badgeGreen = color.NRGBA{0x26, 0xa2, 0x69, 0xff}
	badgeText  = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	ringLight  = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	ringDark   = color.NRGBA{0x24, 0x1f, 0x31, 0xff}
)

// Countdown returns the PNG icon with text (the time left, "42" or "3m")
// drawn in a badge over its lower right corner, at the icon's size. dark
// says the icon is drawn for a dark panel, which sets the badge's ring.
func Countdown(icon []byte, text string, dark bool) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(icon))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadImage, err)
	}
	img := image.NewNRGBA(src.Bounds())
	draw.Draw(img, img.Bounds(), src, src.Bounds().Min, draw.Src)
	if err := drawCountdown(img, text, dark); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := png.Encode(&out, img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// drawCountdown draws the badge with text onto img. The glyphs are scaled
// by whole pixels: a sixteenth of the icon's width, less if the text would
// not fit.
func drawCountdown(img *image.NRGBA, text string, dark bool) error {
	if text == "" {
		return ErrText
	}
	units := 0 // the text's width in font pixels, a gap between glyphs
	for i, r := range text {
		g, ok := glyphs[r]
		if !ok {
			return fmt.Errorf("%w: %q", ErrText, r)
		}
		if i > 0 {
			units++
		}
		units += len(g[0])
	}
	b := img.Bounds()
	scale := max(1, b.Dx()/16)
	for scale > 1 && (units+2)*scale > b.Dx() {
		scale--
	}
	if (units+2)*scale > b.Dx() || 8*scale > b.Dy() {
		return fmt.Errorf("%w: %q on %d×%d pixels", ErrTooWide, text, b.Dx(), b.Dy())
	}
	// The badge is at least half the icon square, so it hides the state
	// badge drawn in that corner.
	w, h := max((units+2)*scale, 8*scale), 8*scale
	badge := image.Rect(b.Max.X-w, b.Max.Y-h, b.Max.X, b.Max.Y)
	ring := ringLight
	if dark {
		ring = ringDark
	}
	fillRounded(img, badge, 3*scale, ring)
	fillRounded(img, badge.Inset(max(1, scale/2)), 3*scale-max(1, scale/2), badgeGreen)

	x := badge.Min.X + (w-units*scale)/2
	y := badge.Min.Y + (h-5*scale)/2
	for _, r := range text {
		g := glyphs[r]
		for row, line := range g {
			for col, c := range line {
				if c == '#' {
					draw.Draw(img, image.Rect(x+col*scale, y+row*scale, x+(col+1)*scale, y+(row+1)*scale),
						image.NewUniform(badgeText), image.Point{}, draw.Src)
				}
			}
		}
		x += (len(g[0]) + 1) * scale
	}
	return nil
}

// fillRounded fills r with c, its corners rounded to radius.
func fillRounded(img *image.NRGBA, r image.Rectangle, radius int, c color.NRGBA) {
	radius = min(radius, r.Dx()/2, r.Dy()/2)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			// The distance to the nearest corner's centre, in each axis,
			// counting only pixels in a corner square.
			dx := max(r.Min.X+radius-x-1, x-(r.Max.X-radius), 0)
			dy := max(r.Min.Y+radius-y-1, y-(r.Max.Y-radius), 0)
			if dx*dx+dy*dy <= radius*radius {
				img.SetNRGBA(x, y, c)
			}
		}
	}
}

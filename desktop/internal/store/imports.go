package store

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/qr"
	"github.com/sesame-spa/sesame/shared/qrcode"
)

// Imported is what an imported text holds: a whole profile (a sesame1:
// line) or only keys (an Fwknop2 QR text or key-gen output), in which case
// Profile is nil and the other settings must come from the user.
type Imported struct {
	Profile *Profile
	Keys    Keys
}

// ImportText reads a pasted or scanned text: a Sesame profile line, or keys
// as Fwknop2's QR code or fwknop --key-gen has them. name names a profile
// whose line has no name.
func ImportText(text, name string) (Imported, error) {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "sesame") {
		p, k, err := FromLine(text, name)
		if err != nil {
			return Imported{}, err
		}
		return Imported{Profile: &p, Keys: k}, nil
	}
	if strings.HasPrefix(strings.ToUpper(text), "KEY") && !strings.Contains(text, "\n") {
		k, err := FromFwknop2(text)
		return Imported{Keys: k}, err
	}
	k, err := ParseKeys(text)
	if err == nil && len(k.Rijndael) == 0 {
		err = fmt.Errorf("%w: no Rijndael key (KEY_BASE64) in the text", ErrBadKeys)
	}
	if err != nil {
		return Imported{}, fmt.Errorf("not a Sesame profile line (sesame1:...) nor keys (KEY_BASE64: ... HMAC_KEY_BASE64: ...): %w", err)
	}
	return Imported{Keys: k}, nil
}

// ImportImage reads a QR code image (PNG, JPEG, GIF) holding a profile
// line or an Fwknop2 key text.
func ImportImage(r io.Reader, name string) (Imported, error) {
	text, err := qr.Decode(r)
	if err != nil {
		return Imported{}, err
	}
	return ImportText(text, name)
}

// IsImage reports whether data starts like an image ImportImage reads.
func IsImage(data []byte) bool {
	for _, magic := range []string{"\x89PNG", "\xff\xd8\xff", "GIF8"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	return false
}

// Fwknop2QR writes the keys as the PNG image of an Fwknop2 QR code, for
// phones. The image holds the keys: treat it as a secret.
func (k Keys) Fwknop2QR(w io.Writer) error {
	return qrcode.PNG(w, k.Fwknop2Text(), 8)
}

// LineQR writes p with keys k as a PNG QR code of its profile line.
func (p *Profile) LineQR(w io.Writer, k Keys) error {
	line, err := p.Line(k)
	if err != nil {
		return err
	}
	return qrcode.PNG(w, line, 6)
}

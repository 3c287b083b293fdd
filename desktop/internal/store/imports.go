package store

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/shared/profile"
)

// Imported is what an imported text holds: a whole profile (a sesame1:
// line) or only keys (an Fwknop2 QR text or key-gen output), in which case
// Profile is nil and the other settings must come from the user.
type Imported struct {
	Profile *Profile
	Keys    Keys
}

// ImportText reads a pasted or scanned text (qr.Decode reads an image's): a Sesame profile line, or keys
// as Fwknop2's QR code or fwknop --key-gen has them. name names a profile
// whose line has no name.
func ImportText(text, name string) (Imported, error) {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "sesame") {
		lp, err := profile.Parse(text)
		if err != nil {
			return Imported{}, err
		}
		lp.Name = cmp.Or(lp.Name, name)
		p, k, err := FromTyped(lp, nil)
		if err != nil {
			return Imported{}, err
		}
		return Imported{Profile: &p, Keys: k}, nil
	}
	if strings.HasPrefix(strings.ToUpper(text), "KEY") && !strings.Contains(text, "\n") {
		fk, err := profile.ParseFwknop2(text)
		if err != nil {
			return Imported{}, err
		}
		return Imported{Keys: Keys{Rijndael: fk.Key, HMAC: fk.HMACKey}}, nil
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

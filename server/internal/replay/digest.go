package replay

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
)

// DigestLen is the length of a digest in its text form: unpadded base64 of
// 32 bytes.
const DigestLen = 43

// Digest is the SHA-256 of an SPA packet exactly as received.
type Digest [sha256.Size]byte

// Sum returns the replay digest of a packet payload.
func Sum(payload []byte) Digest { return sha256.Sum256(payload) }

// ParseDigest parses the 43-character unpadded standard base64 form used in
// digest files and logs.
func ParseDigest(s string) (Digest, error) {
	var d Digest
	if err := d.UnmarshalText([]byte(s)); err != nil {
		return Digest{}, err
	}
	return d, nil
}

// String returns the unpadded standard base64 form.
func (d Digest) String() string { return string(d.appendText(nil)) }

// MarshalText implements encoding.TextMarshaler.
func (d Digest) MarshalText() ([]byte, error) { return d.appendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts only the
// canonical form: 43 characters of the standard alphabet, no padding.
func (d *Digest) UnmarshalText(b []byte) error {
	if len(b) != DigestLen {
		return fmt.Errorf("%w: %d characters, want %d", ErrBadDigest, len(b), DigestLen)
	}
	var raw Digest
	if _, err := base64.RawStdEncoding.Strict().Decode(raw[:], b); err != nil {
		return fmt.Errorf("%w: %v", ErrBadDigest, err)
	}
	*d = raw
	return nil
}

func (d Digest) appendText(b []byte) []byte {
	return base64.RawStdEncoding.AppendEncode(b, d[:])
}

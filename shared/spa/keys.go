package spa

import (
	"crypto/hmac"
	"io"
)

// maxHMACKey is MAX_DIGEST_BLOCK_LEN, the longest HMAC key fwknop takes.
const maxHMACKey = 128

// Keys are the secrets and algorithms shared by a client and a server
// stanza. A Keys value is read-only once built and may be shared between
// goroutines.
type Keys struct {
	// Rijndael is the key: the passphrase bytes as given (KEY) or the
	// decoded base64 key (KEY_BASE64), 1 to 32 bytes. Unused with GPG.
	Rijndael []byte
	// Mode is the Rijndael block mode and key scheme: CBC (the zero value)
	// unless the stanza or -M says otherwise. With GPG it must be CBC or
	// Asymmetric.
	Mode Mode
	// GPG, when set, selects OpenPGP encryption instead of Rijndael.
	GPG *GPG
	// HMAC is the HMAC key (HMAC_KEY or decoded HMAC_KEY_BASE64), at most
	// 128 bytes. Empty means no HMAC, which needs AllowNoHMAC.
	HMAC []byte
	// HMACType is the HMAC digest; zero means SHA256, fwknop's default.
	HMACType Hash
	// AllowNoHMAC permits packets without an HMAC: fwknop's legacy mode,
	// which leaves the ciphertext unauthenticated. It is weak; see Weak.
	AllowNoHMAC bool
}

// Weak reports whether k seals or opens packets without an HMAC.
func (k *Keys) Weak() bool { return len(k.HMAC) == 0 }

func (k *Keys) hmacType() Hash {
	if k.HMACType == 0 {
		return SHA256
	}
	return k.HMACType
}

func (k *Keys) validate() error {
	if k.GPG == nil && (len(k.Rijndael) == 0 || len(k.Rijndael) > maxRijndaelKey) {
		return badArg("rijndael key", "want 1 to 32 bytes")
	}
	switch {
	case !k.Mode.Valid():
		return badArg("encryption mode", "unknown")
	case k.GPG != nil && k.Mode != CBC && k.Mode != Asymmetric:
		return badArg("encryption mode", k.Mode.String()+" mode is for Rijndael only")
	case k.GPG == nil && k.Mode == Asymmetric:
		return badArg("encryption mode", "asymmetric is GPG's mode: it needs GPG keys")
	}
	if len(k.HMAC) == 0 && !k.AllowNoHMAC {
		return badArg("hmac key", "missing (no-HMAC legacy mode must be allowed explicitly)")
	}
	if len(k.HMAC) > maxHMACKey {
		return badArg("hmac key", "longer than 128 bytes")
	}
	if !k.hmacType().Valid() {
		return badArg("hmac type", "unknown")
	}
	return nil
}

// prefix is the constant text the client drops from the wire: the server
// tells Rijndael from GPG by the packet's length alone, as fwknopd does.
func prefixFor(packetLen int) []byte {
	if packetLen >= MinGPGPacketLen {
		return gpgPrefix
	}
	return rijndaelPrefix
}

// mac returns the unpadded base64 HMAC of prefix‖body.
func (k *Keys) mac(prefix []byte, body []byte) string {
	m := hmac.New(k.hmacType().New, k.HMAC)
	m.Write(prefix)
	m.Write(body)
	var sum [64]byte
	return b64.EncodeToString(m.Sum(sum[:0]))
}

// GenerateKeys returns a fresh 32-byte Rijndael key and an HMAC key of the
// length fwknop --key-gen uses for h (the hash block size, or the digest
// size for MD5 and SHA1).
func GenerateKeys(r io.Reader, h Hash) (rijndael, hmacKey []byte, err error) {
	n := 0
	switch h {
	case MD5, SHA1:
		n = h.Size()
	case SHA256, SHA3_256, SHA3_512:
		n = 64
	case SHA384, SHA512:
		n = 128
	default:
		return nil, nil, badArg("hmac type", "unknown")
	}
	buf := make([]byte, maxRijndaelKey+n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, nil, err
	}
	return buf[:maxRijndaelKey:maxRijndaelKey], buf[maxRijndaelKey:], nil
}

package spa

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/ProtonMail/go-crypto/openpgp/packet"
)

// gpgPrefix is the base64 of the first two bytes of an old-format
// public-key-encrypted-session-key packet header (0x85, length < 4096),
// dropped from the wire like the Rijndael prefix.
var gpgPrefix = []byte("hQ")

// GPG holds the OpenPGP keys of GPG mode.
type GPG struct {
	// Recipient is the server's public key; Seal encrypts to it.
	Recipient *openpgp.Entity
	// Signer, when set, is the client's private key; Seal signs with it.
	Signer *openpgp.Entity
	// Decrypt holds the server's private keys; Open decrypts with them.
	Decrypt openpgp.EntityList
	// Verify holds the public keys of clients whose signatures Open checks.
	Verify openpgp.EntityList
	// Now is the time at which key validity is judged. When nil the
	// OpenPGP library reads the system clock.
	Now func() time.Time
	// Engine, when set, encrypts and decrypts in place of the keys above
	// (a GnuPG home: see GPGEngine).
	Engine GPGEngine
}

// Signer describes the signature of a GPG packet.
type Signer struct {
	// KeyID is the issuer key id of the signature.
	KeyID uint64
	// Fingerprint is the signer's fingerprint in upper-case hex, when the
	// signing key is among GPG.Verify.
	Fingerprint string
	// Verified is true when the signature checked out against a known key.
	Verified bool
	// Err says why the signature did not verify (unknown key, bad signature).
	Err error
}

// KeyIDString is the short key id (last 8 hex digits) as GPG_REMOTE_ID
// lists it.
func (s *Signer) KeyIDString() string {
	return strings.ToUpper(hex.EncodeToString([]byte{byte(s.KeyID >> 24), byte(s.KeyID >> 16), byte(s.KeyID >> 8), byte(s.KeyID)}))
}

func (g *GPG) config(rand io.Reader) *packet.Config {
	return &packet.Config{Rand: rand, Time: g.Now, DefaultCipher: packet.CipherAES256}
}

func gpgSeal(m *Message, plain []byte, g *GPG, rand io.Reader) (string, error) {
	if g.Engine != nil {
		return engineSeal(plain, g.Engine)
	}
	if g.Recipient == nil {
		return "", badArg("gpg recipient", "missing")
	}
	cfg := g.config(rand)
	if cfg.Time == nil {
		ts := time.Unix(m.Timestamp, 0)
		cfg.Time = func() time.Time { return ts }
	}
	var buf bytes.Buffer
	w, err := openpgp.Encrypt(&buf, []*openpgp.Entity{g.Recipient}, g.Signer, &openpgp.FileHints{IsBinary: true}, cfg)
	if err != nil {
		return "", &FieldError{Field: "gpg", Reason: err.Error(), Err: ErrBadArgument}
	}
	if _, err := w.Write(plain); err != nil {
		return "", &FieldError{Field: "gpg", Reason: err.Error(), Err: ErrBadArgument}
	}
	if err := w.Close(); err != nil {
		return "", &FieldError{Field: "gpg", Reason: err.Error(), Err: ErrBadArgument}
	}
	raw, err := oldFormatSessionKeys(buf.Bytes())
	if err != nil {
		return "", err
	}
	return b64.EncodeToString(raw), nil
}

func gpgOpen(body []byte, g *GPG) (*Message, error) {
	raw, err := decodeWithPrefix(nil, gpgPrefix, body)
	if err != nil {
		return nil, err
	}
	if g.Engine != nil {
		return engineOpen(raw, g.Engine)
	}
	keyring := append(append(openpgp.EntityList{}, g.Decrypt...), g.Verify...)
	md, err := openpgp.ReadMessage(bytes.NewReader(raw), keyring, nil, g.config(nil))
	if err != nil {
		return nil, ErrDecrypt
	}
	plain, err := io.ReadAll(io.LimitReader(md.UnverifiedBody, maxEncodedLen+1))
	if err != nil || md.SignatureError != nil && !md.IsSigned {
		return nil, ErrDecrypt
	}
	m, err := decodePlaintext(string(plain))
	if err != nil {
		return nil, err
	}
	if md.IsSigned {
		m.Signer = signerOf(md)
	}
	return m, nil
}

func signerOf(md *openpgp.MessageDetails) *Signer {
	s := &Signer{KeyID: md.SignedByKeyId, Err: md.SignatureError}
	if md.SignedBy != nil {
		s.Fingerprint = strings.ToUpper(hex.EncodeToString(md.SignedBy.PublicKey.Fingerprint))
	} else if s.Err == nil {
		s.Err = errors.New("signed by an unknown key")
	}
	s.Verified = s.Err == nil
	return s
}

// oldFormatSessionKeys rewrites the headers of the leading
// public-key-encrypted-session-key packets from the new format the OpenPGP
// library writes (0xC1) to the old format GnuPG writes (0x85, two-byte
// length). fwknop drops the first two base64 characters, "hQ", from the
// wire and puts them back on receipt, so the stock server can only read
// packets that begin with that header.
func oldFormatSessionKeys(in []byte) ([]byte, error) {
	out := make([]byte, 0, len(in)+4)
	for len(in) > 0 && isSessionKeyPacket(in[0]) {
		hdr, n, err := packetLength(in)
		if err != nil {
			return nil, err
		}
		if n >= 1<<12 {
			return nil, badArg("gpg", "session key packet too long")
		}
		out = append(out, 0x85, byte(n>>8), byte(n))
		out = append(out, in[hdr:hdr+n]...)
		in = in[hdr+n:]
	}
	if len(out) == 0 {
		return nil, badArg("gpg", "message does not start with a session key packet")
	}
	return append(out, in...), nil
}

// isSessionKeyPacket reports whether b is the first header byte of a
// public-key-encrypted-session-key packet (tag 1) in either format.
func isSessionKeyPacket(b byte) bool {
	return b == 0xC1 || b&0xFC == 0x84
}

// packetLength parses a session-key packet header: its size and body length.
func packetLength(in []byte) (hdr, n int, err error) {
	short := badArg("gpg", "truncated OpenPGP packet")
	if in[0]&0x40 == 0 { // old format: length type in the low two bits
		sizes := [...]int{1, 2, 4}
		lt := int(in[0] & 3)
		if lt == 3 || len(in) < 1+sizes[lt] {
			return 0, 0, short
		}
		for _, b := range in[1 : 1+sizes[lt]] {
			n = n<<8 | int(b)
		}
		hdr = 1 + sizes[lt]
	} else {
		if len(in) < 2 {
			return 0, 0, short
		}
		switch b := int(in[1]); {
		case b < 192:
			hdr, n = 2, b
		case b < 224 && len(in) >= 3:
			hdr, n = 3, (b-192)<<8+int(in[2])+192
		case b == 255 && len(in) >= 6:
			hdr, n = 6, int(in[2])<<24|int(in[3])<<16|int(in[4])<<8|int(in[5])
		default:
			return 0, 0, short
		}
	}
	if len(in) < hdr+n {
		return 0, 0, short
	}
	return hdr, n, nil
}

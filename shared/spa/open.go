package spa

import (
	"crypto/sha256"
	"strings"
)

// Check applies the checks that need no key, cheapest first: the length,
// the base64 alphabet (no '=' either: the client strips all padding), and
// a re-added Salted__ or hQ prefix, which would give one packet a second
// replay digest.
func Check(packet []byte) error {
	switch {
	case len(packet) < MinPacketLen:
		return ErrTooShort
	case len(packet) > MaxPacketLen:
		return ErrTooLong
	}
	for _, c := range packet {
		if !b64Alphabet[c] {
			return ErrBadBase64
		}
	}
	s := string(packet)
	if strings.HasPrefix(s, rijndaelPrefix) || (len(s) >= MinGPGPacketLen && strings.HasPrefix(s, gpgPrefix)) {
		return ErrBadBase64
	}
	return nil
}

// VerifyHMAC checks the HMAC appended to packet in constant time and
// returns the packet without it. With no HMAC key (and AllowNoHMAC) the
// whole packet is the body. packet must have passed Check.
func (k *Keys) VerifyHMAC(packet []byte) ([]byte, error) {
	if err := k.validate(); err != nil {
		return nil, err
	}
	if k.Weak() {
		return packet, nil
	}
	n := k.hmacType().B64Len()
	if len(packet)-n < minEncodedLen {
		return nil, ErrBadHMAC
	}
	body, got := packet[:len(packet)-n], packet[len(packet)-n:]
	if !constantEq(k.mac(prefixFor(len(packet)), body), string(got)) {
		return nil, ErrBadHMAC
	}
	return body, nil
}

// Decrypt decrypts and decodes a packet body returned by VerifyHMAC.
func (k *Keys) Decrypt(body []byte) (*Message, error) {
	if k.GPG != nil {
		return gpgOpen(body, k.GPG)
	}
	raw, err := b64.DecodeString(rijndaelPrefix + string(body))
	if err != nil {
		return nil, ErrBadBase64
	}
	plain, err := rijndaelDecrypt(raw, k.Rijndael, k.Mode)
	if err != nil {
		return nil, err
	}
	// A wrong key yields noise: fwknop calls it a decryption failure when
	// the plaintext does not start with the 16-digit random field.
	if len(plain) <= randomLen || !isDigits(string(plain[:randomLen])) || plain[randomLen] != ':' {
		return nil, ErrDecrypt
	}
	return decodePlaintext(string(plain))
}

// Open checks, authenticates, decrypts and decodes a wire packet.
func Open(packet []byte, k *Keys) (*Message, error) {
	if err := Check(packet); err != nil {
		return nil, err
	}
	body, err := k.VerifyHMAC(packet)
	if err != nil {
		return nil, err
	}
	return k.Decrypt(body)
}

// ReplayDigest is the key of the server's replay cache: the unpadded base64
// SHA-256 of the payload exactly as received.
func ReplayDigest(packet []byte) string {
	d := sha256.Sum256(packet)
	return b64.EncodeToString(d[:])
}

package spa

import "io"

// Seal encodes m, encrypts it with k and returns the wire packet: the
// unpadded base64 ciphertext without its constant prefix, followed by the
// HMAC when k has one.
//
// For Rijndael, Seal reads exactly 8 bytes (the salt) from rand; m.Random
// must already be set (see RandomDigits). For GPG, rand feeds OpenPGP's
// session key and padding.
func Seal(m *Message, k *Keys, rand io.Reader) (string, error) {
	if err := k.validate(); err != nil {
		return "", err
	}
	mm := *m
	plain, err := mm.Encode()
	if err != nil {
		return "", err
	}
	// Both sealers return base64 text that begins with the constant
	// prefix; the wire carries it without, the HMAC covers it with.
	ct, prefix := "", rijndaelPrefix
	if k.GPG != nil {
		ct, err = gpgSeal(&mm, []byte(plain), k.GPG, rand)
		prefix = gpgPrefix
	} else {
		ct, err = rijndaelSeal([]byte(plain), k, rand)
	}
	if err != nil {
		return "", err
	}
	packet := ct[len(prefix):]
	if !k.Weak() {
		packet += k.mac(prefix, []byte(packet))
	}
	if err := checkSealedLen(len(packet), k.GPG != nil); err != nil {
		return "", err
	}
	return packet, nil
}

// checkSealedLen refuses packets the server would misread: the server
// takes the encryption type from the length alone.
func checkSealedLen(n int, gpg bool) error {
	switch {
	case n > MaxPacketLen:
		return badArg("message", "packet longer than 1500 bytes")
	case n < MinPacketLen:
		return badArg("message", "packet shorter than 140 bytes")
	case gpg && n < MinGPGPacketLen:
		return badArg("gpg key", "packet shorter than 400 bytes would be taken for Rijndael; use an RSA key")
	case !gpg && n >= MinGPGPacketLen:
		return badArg("message", "Rijndael packet of 400 bytes or more would be taken for GPG; shorten the message")
	}
	return nil
}

func rijndaelSeal(plain []byte, k *Keys, rand io.Reader) (string, error) {
	var salt [saltLen]byte
	if _, err := io.ReadFull(rand, salt[:]); err != nil {
		return "", err
	}
	raw := rijndaelEncrypt(plain, k.Rijndael, salt[:], k.Mode)
	return b64.EncodeToString(raw), nil
}

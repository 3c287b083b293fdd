package spa

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/subtle"
)

const (
	saltLen        = 8
	maxRijndaelKey = 32 // RIJNDAEL_MAX_KEYSIZE
	legacyKeyLen   = 16 // RIJNDAEL_MIN_KEYSIZE
	saltedMagic    = "Salted__"
)

// rijndaelPrefix is the base64 of OpenSSL's "Salted__" header, which the
// client drops from the wire and the server puts back.
var rijndaelPrefix = []byte("U2FsdGVkX1")

// deriveKeyIV is OpenSSL's EVP_BytesToKey with MD5 and one round, as
// fwknop's rij_salt_and_iv does it: D1 = MD5(key‖salt), Dn = MD5(Dn-1‖key‖salt);
// the AES-256 key is D1‖D2 and the IV is D3.
func deriveKeyIV(key []byte, salt []byte, mode Mode) (aesKey [32]byte, iv [16]byte) {
	var padded [legacyKeyLen]byte
	if mode == Legacy && len(key) < legacyKeyLen {
		// The pre-2.5 scheme pads short passphrases with '0' characters.
		n := copy(padded[:], key)
		for i := n; i < legacyKeyLen; i++ {
			padded[i] = '0'
		}
		key = padded[:]
	}
	var buf [md5.Size + maxRijndaelKey + saltLen]byte
	in := append(append(buf[md5.Size:md5.Size], key...), salt...)
	d1 := md5.Sum(in)
	copy(buf[:], d1[:])
	in = buf[:md5.Size+len(key)+saltLen]
	d2 := md5.Sum(in)
	copy(buf[:], d2[:])
	d3 := md5.Sum(in)
	copy(aesKey[:16], d1[:])
	copy(aesKey[16:], d2[:])
	iv = d3
	return aesKey, iv
}

// rijndaelEncrypt returns "Salted__" ‖ salt ‖ AES-256 in mode (PKCS#7(plain)).
func rijndaelEncrypt(plain []byte, key, salt []byte, mode Mode) []byte {
	k, iv := deriveKeyIV(key, salt, mode)
	block, _ := aes.NewCipher(k[:]) // a 32-byte key cannot fail
	pad := aes.BlockSize - len(plain)%aes.BlockSize
	out := make([]byte, 16+len(plain)+pad)
	copy(out, saltedMagic)
	copy(out[8:], salt)
	body := out[16:]
	copy(body, plain)
	for i := len(plain); i < len(body); i++ {
		body[i] = byte(pad)
	}
	encryptBlocks(mode, block, iv, body)
	return out
}

// rijndaelDecrypt reverses rijndaelEncrypt in place and returns the
// plaintext without padding. Unlike the stock decoder it refuses bad
// PKCS#7 padding instead of leaving it in the plaintext, except an
// unpadded last block in legacy mode (see below).
func rijndaelDecrypt(raw []byte, key []byte, mode Mode) ([]byte, error) {
	if len(raw) < 2*aes.BlockSize || len(raw)%aes.BlockSize != 0 || string(raw[:8]) != saltedMagic {
		return nil, ErrDecrypt
	}
	k, iv := deriveKeyIV(key, raw[8:16], mode)
	block, _ := aes.NewCipher(k[:])
	body := raw[16:]
	decryptBlocks(mode, block, iv, body)
	pad := int(body[len(body)-1])
	if mode == Legacy && pad > aes.BlockSize {
		// Old clients (fwknop's Android app 4.1.2) sent a plaintext that
		// fills its last block without padding, which the stock decoder
		// keeps whole; the message's digest still checks it.
		return body, nil
	}
	if pad == 0 || pad > aes.BlockSize {
		return nil, ErrDecrypt
	}
	good := 1
	for _, b := range body[len(body)-pad:] {
		good &= subtle.ConstantTimeByteEq(b, byte(pad))
	}
	if good != 1 {
		return nil, ErrDecrypt
	}
	return body[:len(body)-pad], nil
}

// cbcDecrypt decrypts body in place in CBC mode, block by block from the
// end so that each block's predecessor is still ciphertext when it is
// needed (cipher.NewCBCDecrypter would allocate on every packet).
func cbcDecrypt(block cipher.Block, iv [16]byte, body []byte) {
	for i := len(body) - aes.BlockSize; i >= 0; i -= aes.BlockSize {
		b := body[i : i+aes.BlockSize]
		block.Decrypt(b, b)
		prev := iv[:]
		if i > 0 {
			prev = body[i-aes.BlockSize : i]
		}
		subtle.XORBytes(b, b, prev)
	}
}

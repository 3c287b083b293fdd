package spa

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"strconv"
	"strings"
)

// Mode is fwknop's encryption mode (ENCRYPTION_MODE, the client's -M): the
// Rijndael block mode, the pre-2.5 key scheme, or GPG's placeholder.
//
// Every Rijndael mode shares the rest of the format, as lib/cipher_funcs.c
// does it: the OpenSSL salted key and IV derivation, PKCS#7 padding to a
// whole block (the stream modes too), and the "Salted__" header. CFB and
// OFB feed back whole 128-bit blocks and CTR counts the IV as one 128-bit
// big-endian number; on whole blocks these are the standard modes.
type Mode int

// The zero Mode is CBC, fwknop's default. The numbers are Sesame's own;
// fwknop's (FKO_ENC_MODE_*) come from FKONumber.
const (
	// CBC is fwknop's default: the key bytes are used as given.
	CBC Mode = iota
	// Legacy is CBC with the pre-2.5 key scheme: key bytes padded with '0'
	// or cut to 16. Only for old clients; the stock client refuses it with
	// an HMAC.
	Legacy
	// ECB encrypts each block alone: equal blocks give equal ciphertext.
	ECB
	// CFB is 128-bit cipher feedback.
	CFB
	// OFB is 128-bit output feedback.
	OFB
	// CTR is counter mode from the derived IV.
	CTR
	// Asymmetric is fwknop's name for GPG; it encrypts nothing with a
	// Rijndael key, so Keys refuses it without GPG.
	Asymmetric
)

// modeInfo is one row of fwknop's fko_enc_mode_strs table.
var modeInfo = [...]struct {
	name string // as fwknop prints it (-T -v, fwknopd -D)
	fko  int    // FKO_ENC_MODE_*
}{
	CBC:        {"CBC", 2},
	Legacy:     {"legacy", 8},
	ECB:        {"ECB", 1},
	CFB:        {"CFB", 3},
	OFB:        {"OFB", 5},
	CTR:        {"CTR", 6},
	Asymmetric: {"Asymmetric", 7},
}

// Modes lists every Mode, CBC first.
var Modes = []Mode{CBC, Legacy, ECB, CFB, OFB, CTR, Asymmetric}

// Valid reports whether m is one of Modes.
func (m Mode) Valid() bool { return m >= CBC && m <= Asymmetric }

// Rijndael reports whether m encrypts with a Rijndael key (every mode but
// Asymmetric).
func (m Mode) Rijndael() bool { return m.Valid() && m != Asymmetric }

// String is the lower-case name ParseMode reads: "cbc", "legacy", "ctr"...
func (m Mode) String() string {
	if !m.Valid() {
		return "Mode(" + strconv.Itoa(int(m)) + ")"
	}
	return strings.ToLower(modeInfo[m].name)
}

// FKOName is the name fwknop prints for m: "CBC", "legacy", "Asymmetric".
func (m Mode) FKOName() string {
	if !m.Valid() {
		return m.String()
	}
	return modeInfo[m].name
}

// FKONumber is fwknop's FKO_ENC_MODE_* value of m, as -T -v prints it.
func (m Mode) FKONumber() int {
	if !m.Valid() {
		return 0
	}
	return modeInfo[m].fko
}

// ParseMode reads a mode name as fwknop's enc_mode_strtoint does (case
// does not matter): cbc, ecb, cfb, ofb, ctr, legacy or asymmetric. PCBC is
// in fwknop's table but marked unsupported there (it has no cipher code):
// it is refused with that reason.
func ParseMode(s string) (Mode, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for _, m := range Modes {
		if name == m.String() {
			return m, nil
		}
	}
	if name == "pcbc" {
		return 0, badArg("encryption mode", "pcbc is not implemented by fwknop 2.6 either (it refuses it); use cbc, ctr, cfb, ofb or ecb")
	}
	return 0, badArg("encryption mode", "unknown "+strconv.Quote(s)+" (want cbc, ctr, cfb, ofb, ecb, legacy or asymmetric)")
}

// encryptBlocks encrypts body (whole blocks) in place in mode m from iv.
func encryptBlocks(m Mode, block cipher.Block, iv [aes.BlockSize]byte, body []byte) {
	switch m {
	case ECB:
		for i := 0; i < len(body); i += aes.BlockSize {
			block.Encrypt(body[i:i+aes.BlockSize], body[i:i+aes.BlockSize])
		}
	case CFB:
		prev := iv[:]
		for i := 0; i < len(body); i += aes.BlockSize {
			var ks [aes.BlockSize]byte
			block.Encrypt(ks[:], prev)
			b := body[i : i+aes.BlockSize]
			subtle.XORBytes(b, b, ks[:])
			prev = b // feedback is the ciphertext
		}
	case OFB, CTR:
		keystream(m, block, iv, body)
	default: // CBC, Legacy
		prev := iv[:]
		for i := 0; i < len(body); i += aes.BlockSize {
			b := body[i : i+aes.BlockSize]
			subtle.XORBytes(b, b, prev)
			block.Encrypt(b, b)
			prev = b
		}
	}
}

// decryptBlocks reverses encryptBlocks in place.
func decryptBlocks(m Mode, block cipher.Block, iv [aes.BlockSize]byte, body []byte) {
	switch m {
	case ECB:
		for i := 0; i < len(body); i += aes.BlockSize {
			block.Decrypt(body[i:i+aes.BlockSize], body[i:i+aes.BlockSize])
		}
	case CFB:
		// Each block's keystream is the encryption of the ciphertext
		// before it, so going from the end keeps that ciphertext intact.
		for i := len(body) - aes.BlockSize; i >= 0; i -= aes.BlockSize {
			prev := iv[:]
			if i > 0 {
				prev = body[i-aes.BlockSize : i]
			}
			var ks [aes.BlockSize]byte
			block.Encrypt(ks[:], prev)
			b := body[i : i+aes.BlockSize]
			subtle.XORBytes(b, b, ks[:])
		}
	case OFB, CTR:
		keystream(m, block, iv, body)
	default:
		cbcDecrypt(block, iv, body)
	}
}

// keystream XORs body with the OFB or CTR keystream from iv; both
// directions are the same operation.
func keystream(m Mode, block cipher.Block, iv [aes.BlockSize]byte, body []byte) {
	state := iv
	var ks [aes.BlockSize]byte
	for i := 0; i < len(body); i += aes.BlockSize {
		if m == OFB {
			block.Encrypt(state[:], state[:])
			ks = state
		} else {
			block.Encrypt(ks[:], state[:])
			incrementCounter(&state)
		}
		b := body[i : i+aes.BlockSize]
		subtle.XORBytes(b, b, ks[:])
	}
}

// incrementCounter adds one to the 128-bit big-endian counter, carrying
// through all 16 bytes as fwknop's block_encrypt does.
func incrementCounter(c *[aes.BlockSize]byte) {
	for j := aes.BlockSize - 1; j >= 0; j-- {
		c[j]++
		if c[j] != 0 {
			return
		}
	}
}

package spa

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"testing"
)

// TestModesMatchStandardCiphers: on whole blocks, fwknop's 128-bit CFB and
// OFB and its 128-bit counter are the standard modes, so Go's own
// implementations are the reference (the interop tests check the stock
// programs themselves). The IV ends in ff ff fe so CTR carries across bytes.
func TestModesMatchStandardCiphers(t *testing.T) {
	block, _ := aes.NewCipher(bytes.Repeat([]byte{7}, 32))
	var iv [aes.BlockSize]byte
	for i := range iv {
		iv[i] = byte(i)
	}
	iv[13], iv[14], iv[15] = 0xff, 0xff, 0xfe
	plain := make([]byte, 5*aes.BlockSize)
	for i := range plain {
		plain[i] = byte(i * 31)
	}
	ref := map[Mode]func(dst, src []byte){
		CBC: cipher.NewCBCEncrypter(block, iv[:]).CryptBlocks,
		CFB: cipher.NewCFBEncrypter(block, iv[:]).XORKeyStream, //nolint:staticcheck // the reference for fwknop's CFB
		OFB: cipher.NewOFB(block, iv[:]).XORKeyStream,          //nolint:staticcheck // likewise for OFB
		CTR: cipher.NewCTR(block, iv[:]).XORKeyStream,
		ECB: func(dst, src []byte) {
			for i := 0; i < len(src); i += aes.BlockSize {
				block.Encrypt(dst[i:], src[i:i+aes.BlockSize])
			}
		},
	}
	for m, enc := range ref {
		want := make([]byte, len(plain))
		enc(want, plain)
		got := bytes.Clone(plain)
		encryptBlocks(m, block, iv, got)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: encryptBlocks differs from the standard mode", m)
		}
		decryptBlocks(m, block, iv, got)
		if !bytes.Equal(got, plain) {
			t.Errorf("%s: decryptBlocks does not invert encryptBlocks", m)
		}
	}
}

// TestModeNamesMatchFwknop: the names and FKO_ENC_MODE_* numbers -T -v
// prints (lib/fko.h, common/fko_util.c).
func TestModeNamesMatchFwknop(t *testing.T) {
	want := map[Mode]string{CBC: "2 CBC", Legacy: "8 legacy", ECB: "1 ECB", CFB: "3 CFB", OFB: "5 OFB", CTR: "6 CTR", Asymmetric: "7 Asymmetric"}
	for _, m := range Modes {
		got := modeInfo[m].name
		if w := want[m]; w[2:] != got || int(w[0]-'0') != m.FKONumber() {
			t.Errorf("%d: %d %s, want %s", m, m.FKONumber(), got, w)
		}
		if p, err := ParseMode(m.FKOName()); err != nil || p != m {
			t.Errorf("ParseMode(%q) = %v, %v", m.FKOName(), p, err)
		}
	}
}

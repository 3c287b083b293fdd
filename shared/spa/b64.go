package spa

import "encoding/base64"

// b64 is the encoding of every base64 text on the wire: standard alphabet,
// no '=' padding, and strict so that one byte string has exactly one text
// (otherwise flipping unused low bits would give a fresh replay digest).
var b64 = base64.RawStdEncoding.Strict()

func b64Len(n int) int { return b64.EncodedLen(n) }

// b64Alphabet[c] is true for the 64 characters of the standard alphabet.
var b64Alphabet = func() (t [256]bool) {
	const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(chars); i++ {
		t[chars[i]] = true
	}
	return t
}()

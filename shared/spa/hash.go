package spa

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"crypto/sha3"
)

// New returns a new hash.Hash computing h. It panics on an invalid Hash,
// which is a programming error: values come from ParseHash or the constants.
func (h Hash) New() hash.Hash {
	switch h {
	case MD5:
		return md5.New()
	case SHA1:
		return sha1.New()
	case SHA256:
		return sha256.New()
	case SHA384:
		return sha512.New384()
	case SHA512:
		return sha512.New()
	case SHA3_256:
		return sha3.New256()
	case SHA3_512:
		return sha3.New512()
	}
	panic("spa: invalid Hash " + h.String())
}

// Size is the length in bytes of one digest of type h.
func (h Hash) Size() int {
	switch h {
	case MD5:
		return md5.Size
	case SHA1:
		return sha1.Size
	case SHA256, SHA3_256:
		return 32
	case SHA384:
		return 48
	case SHA512, SHA3_512:
		return 64
	}
	return 0
}

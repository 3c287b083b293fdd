package spa

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"io"
	"strconv"
	"strings"
)

// RandomDigits returns the 16 decimal digits of the RAND field, read from r.
// Rejection sampling keeps every digit uniform.
func RandomDigits(r io.Reader) (string, error) {
	var out [randomLen]byte
	var buf [32]byte
	n := 0
	for n < randomLen {
		if _, err := io.ReadFull(r, buf[:]); err != nil {
			return "", err
		}
		for _, b := range buf {
			if b < 250 && n < randomLen {
				out[n] = '0' + b%10
				n++
			}
		}
	}
	return string(out[:]), nil
}

// Encode returns the plaintext that Seal encrypts: the colon-separated
// fields followed by ':' and their digest. It also sets m.Digest.
func (m *Message) Encode() (string, error) {
	fields, err := m.encodeFields()
	if err != nil {
		return "", err
	}
	dt := m.digestType()
	d := digestB64(dt, fields)
	m.Digest = d
	return fields + ":" + d, nil
}

func (m *Message) digestType() Hash {
	if m.DigestType == 0 {
		return SHA256
	}
	return m.DigestType
}

func (m *Message) version() string {
	if m.Version == "" {
		return Version
	}
	return m.Version
}

// encodeFields validates m and writes every field but the digest, in the
// order of lib/fko_encode.c.
func (m *Message) encodeFields() (string, error) {
	msg, nat, err := m.validate()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(64 + 2*len(msg) + 2*len(nat))
	b.WriteString(m.Random)
	b.WriteByte(':')
	b.WriteString(b64.EncodeToString([]byte(m.User)))
	b.WriteByte(':')
	b.WriteString(strconv.FormatInt(m.Timestamp, 10))
	b.WriteByte(':')
	b.WriteString(m.version())
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(int(m.Type)))
	b.WriteByte(':')
	b.WriteString(b64.EncodeToString([]byte(msg)))
	if m.Type.HasNAT() {
		b.WriteByte(':')
		b.WriteString(b64.EncodeToString([]byte(nat)))
	}
	if m.ServerAuth != "" {
		b.WriteByte(':')
		b.WriteString(b64.EncodeToString([]byte(m.ServerAuth)))
	}
	if m.Type.HasClientTimeout() {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(m.ClientTimeout))
	}
	if b.Len() < minEncodedLen || b.Len() > maxEncodedLen {
		return "", badArg("message", "encoded length out of range")
	}
	return b.String(), nil
}

// validate checks the fields Seal is given with the same rules Open applies
// to what it receives, so that Seal never writes what Open would refuse.
// It returns the message and nat_access text to encode (see wireText).
func (m *Message) validate() (msg, nat string, err error) {
	if !isDigits(m.Random) || len(m.Random) != randomLen {
		return "", "", badArg("random", "want 16 decimal digits")
	}
	if err := checkUser(m.User); err != nil {
		return "", "", err
	}
	if m.Timestamp < 0 || len(strconv.FormatInt(m.Timestamp, 10)) > maxTimestampLen {
		return "", "", badArg("timestamp", "out of range")
	}
	if v := m.version(); len(v) > maxVersionLen || strings.ContainsAny(v, ":") || !isPrintable(v) {
		return "", "", badArg("version", "want at most 8 printable characters without ':'")
	}
	if !m.Type.Valid() {
		return "", "", &FieldError{Field: "type", Reason: "unknown message type " + strconv.Itoa(int(m.Type)), Err: ErrBadArgument}
	}
	if msg, nat, err = m.wireText(); err != nil {
		return "", "", err
	}
	if err := m.validateOptional(); err != nil {
		return "", "", err
	}
	if !m.digestType().Valid() {
		return "", "", badArg("digest type", "unknown")
	}
	return msg, nat, nil
}

// wireText returns the message and nat_access text to encode: m.Message
// and m.NATAccess, or m.Body written out when m.Message is empty. It
// parses the text as Open will and, when m.Body is set too, checks that
// both say the same.
func (m *Message) wireText() (msg, nat string, err error) {
	msg, nat = m.Message, m.NATAccess
	fromBody := msg == "" && !m.Body.IsZero()
	if fromBody {
		if !m.Body.AllowIP.IsValid() {
			return "", "", badArg("allow IP", "not set (0.0.0.0 asks the server to use the packet's source)")
		}
		msg, nat = m.Body.text(m.Type)
	}
	if b64Len(len(msg)) > maxMessageB64 {
		return "", "", badArg("message", "too long")
	}
	var back Body
	if err := parseBody(m.Type, msg, nat, &back); err != nil {
		return "", "", err
	}
	switch {
	case m.Body.IsZero() || back.Equal(&m.Body):
		return msg, nat, nil
	case fromBody:
		return "", "", badArg("body", "holds fields a "+m.Type.String()+" message does not carry")
	}
	return "", "", badArg("body", "says other than the message and nat_access text")
}

func (m *Message) validateOptional() error {
	if b64Len(len(m.ServerAuth)) > maxMessageB64 {
		return badArg("server_auth", "too long")
	}
	if m.Type.HasClientTimeout() {
		if m.ClientTimeout < 0 || m.ClientTimeout > maxClientTimeout {
			return badArg("client_timeout", "want 0..65536 seconds")
		}
	} else if m.ClientTimeout != 0 {
		return badArg("client_timeout", "only client-timeout message types carry one")
	}
	return nil
}

// digestB64 is the unpadded base64 digest of s.
func digestB64(h Hash, s string) string {
	var sum [64]byte
	return b64.EncodeToString(digestSum(h, s, sum[:0]))
}

// digestSum appends the digest of s to dst. The fixed-size sums avoid the
// allocations of the hash.Hash interface on the packet path.
func digestSum(h Hash, s string, dst []byte) []byte {
	switch h {
	case MD5:
		d := md5.Sum([]byte(s))
		return append(dst, d[:]...)
	case SHA1:
		d := sha1.Sum([]byte(s))
		return append(dst, d[:]...)
	case SHA256:
		d := sha256.Sum256([]byte(s))
		return append(dst, d[:]...)
	case SHA384:
		d := sha512.Sum384([]byte(s))
		return append(dst, d[:]...)
	case SHA512:
		d := sha512.Sum512([]byte(s))
		return append(dst, d[:]...)
	case SHA3_256:
		d := sha3.Sum256([]byte(s))
		return append(dst, d[:]...)
	case SHA3_512:
		d := sha3.Sum512([]byte(s))
		return append(dst, d[:]...)
	}
	panic("spa: invalid Hash " + h.String())
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isPrintable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// constantEq compares two strings in time that depends only on their lengths.
func constantEq(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

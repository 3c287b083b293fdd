package spa

import (
	"crypto/hmac"
	"strconv"
	"strings"
)

// maxFields bounds the split: 9 fields at most (MAX_SPA_FIELDS) plus the digest.
const maxFields = 10

// decodePlaintext parses "fields...:digest" strictly: every field is
// checked against the rules Seal applies, so Open accepts exactly what
// Seal can write.
func decodePlaintext(pt string) (*Message, error) {
	if len(pt) < minEncodedLen || len(pt) > maxEncodedLen || !isPrintable(pt) {
		return nil, malformed("plaintext", "length or characters out of range")
	}
	cut := strings.LastIndexByte(pt, ':')
	if cut < 0 {
		return nil, malformed("plaintext", "no fields")
	}
	fields, digest := pt[:cut], pt[cut+1:]
	dt, err := verifyDigest(fields, digest)
	if err != nil {
		return nil, err
	}
	var buf [maxFields]string
	parts := splitFields(buf[:0], fields)
	if len(parts) < 6 || len(parts) >= maxFields {
		return nil, malformed("plaintext", "wrong number of fields")
	}
	o := &opened{m: Message{DigestType: dt, Digest: digest}}
	m := &o.m
	if err := m.decodeHeader(parts[:5]); err != nil {
		return nil, err
	}
	if err := m.decodeBody(parts[5:], o.ports[:0]); err != nil {
		return nil, err
	}
	return m, nil
}

// opened is a Message with room for the few ports an access message
// usually asks, so that Open allocates the two at once.
type opened struct {
	m     Message
	ports [2]ProtoPort
}

// verifyDigest infers the digest type from its length, as fwknop does, and
// tells SHA3 from SHA2 of the same length by trying both.
func verifyDigest(fields, digest string) (Hash, error) {
	var want, got [64]byte
	if len(digest) > SHA512.B64Len() {
		return 0, ErrBadDigest
	}
	n, err := b64.Decode(want[:], []byte(digest))
	if err != nil {
		return 0, ErrBadDigest
	}
	for _, h := range Hashes {
		if h.Size() == n && hmac.Equal(digestSum(h, fields, got[:0]), want[:n]) {
			return h, nil
		}
	}
	return 0, ErrBadDigest
}

// splitFields splits s at ':' into dst, at most maxFields parts (the last
// part keeps any further colons), without allocating.
func splitFields(dst []string, s string) []string {
	for len(dst) < maxFields-1 {
		i := strings.IndexByte(s, ':')
		if i < 0 {
			break
		}
		dst, s = append(dst, s[:i]), s[i+1:]
	}
	return append(dst, s)
}

// decodeHeader reads random, user, timestamp, version and type.
func (m *Message) decodeHeader(p []string) error {
	if len(p[0]) != randomLen || !isDigits(p[0]) {
		return malformed("random", "want 16 decimal digits")
	}
	m.Random = p[0]
	user, err := decodeB64Field("user", p[1], maxUserB64)
	if err != nil {
		return err
	}
	if err := checkUser(user); err != nil {
		return asMalformed(err)
	}
	m.User = user
	if len(p[2]) > maxTimestampLen || !isCanonical(p[2]) {
		return malformed("timestamp", "want decimal seconds")
	}
	m.Timestamp, _ = strconv.ParseInt(p[2], 10, 64)
	if p[3] == "" || len(p[3]) > maxVersionLen {
		return malformed("version", "want 1 to 8 characters")
	}
	m.Version = p[3]
	if len(p[4]) > 2 || !isDigits(p[4]) {
		return malformed("type", "want a number")
	}
	t, _ := strconv.Atoi(p[4])
	m.Type = MessageType(t)
	if !m.Type.Valid() || p[4] != strconv.Itoa(t) {
		return &FieldError{Field: "type", Reason: "unknown message type " + strconv.Quote(p[4]), Err: ErrUnknownType}
	}
	return nil
}

// decodeBody reads message[:nat_access][:server_auth][:client_timeout],
// parsing the message and nat_access text into m.Body (the one parse a
// packet gets); an access message's ports go to ports' spare capacity.
func (m *Message) decodeBody(p []string, ports []ProtoPort) (err error) {
	want := 1
	if m.Type.HasNAT() {
		want++
	}
	if m.Type.HasClientTimeout() {
		want++
	}
	if len(p) != want && len(p) != want+1 {
		return malformed("plaintext", "wrong number of fields for "+m.Type.String())
	}
	if m.Message, err = decodeB64Field("message", p[0], maxMessageB64); err != nil {
		return err
	}
	p = p[1:]
	if m.Type.HasNAT() {
		if m.NATAccess, err = decodeB64Field("nat_access", p[0], maxMessageB64); err != nil {
			return err
		}
		p = p[1:]
	}
	if m.Type != CommandMsg {
		m.Body.Ports = ports
	}
	if err = parseBody(m.Type, m.Message, m.NATAccess, &m.Body); err != nil {
		return asMalformed(err)
	}
	return m.decodeTail(p)
}

// decodeTail reads the optional server_auth, which comes before the
// client timeout when both are present.
func (m *Message) decodeTail(p []string) error {
	hasTimeout := m.Type.HasClientTimeout()
	if len(p) == 2 || (len(p) == 1 && !hasTimeout) {
		sa, err := decodeB64Field("server_auth", p[0], maxMessageB64)
		if err != nil {
			return err
		}
		m.ServerAuth, p = sa, p[1:]
	}
	if !hasTimeout {
		return nil
	}
	if len(p[0]) > maxPortDigits || !isCanonical(p[0]) {
		return malformed("client_timeout", "want decimal seconds")
	}
	t, _ := strconv.Atoi(p[0])
	if t > maxClientTimeout {
		return malformed("client_timeout", "over 65536 seconds")
	}
	m.ClientTimeout = t
	return nil
}

// decodeB64Field decodes into a stack buffer, so that a field costs one
// allocation (its string), not two. max is at most maxMessageB64.
func decodeB64Field(name, s string, max int) (string, error) {
	if s == "" || len(s) > max {
		return "", malformed(name, "empty or too long")
	}
	var buf [maxMessageB64 * 3 / 4]byte
	n, err := b64.Decode(buf[:], []byte(s))
	if err != nil {
		return "", malformed(name, "not base64")
	}
	return string(buf[:n]), nil
}

// isCanonical reports whether s is a decimal number as strconv writes it
// (no sign, no leading zero), so that decoding and encoding are inverses.
func isCanonical(s string) bool {
	return isDigits(s) && (s == "0" || s[0] != '0')
}

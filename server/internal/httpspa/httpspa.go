package httpspa

import (
	"bytes"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Error is a refused request, with the reason code the daemon logs.
type Error struct {
	Reason string // for --log-json ("http_user_agent")
	msg    string
}

func (e *Error) Error() string { return "http: " + e.msg }

var (
	// ErrUserAgent: the request has no "User-Agent: Fwknop" and
	// ALLOW_ANY_USER_AGENT is N.
	ErrUserAgent = &Error{"http_user_agent", `no "User-Agent: Fwknop" header (ALLOW_ANY_USER_AGENT is N)`}
	// ErrTooShort: the request's path is shorter than an SPA packet.
	ErrTooShort = &Error{"http_too_short", "the path after GET / is shorter than an SPA packet"}
)

const (
	method    = "GET /"
	userAgent = "User-Agent: Fwknop"
)

// IsRequest reports whether payload is taken for an HTTP request: it
// starts with "GET /" in any letter case.
func IsRequest(payload []byte) bool {
	return len(payload) >= len(method) && bytes.EqualFold(payload[:len(method)], []byte(method))
}

// Packet returns the SPA packet of the request req (IsRequest must hold),
// with the URL-safe base64 turned back into standard base64. It rewrites
// req in place: the packet is the returned prefix of req, and the rest of
// req is left undefined.
func Packet(req []byte, anyUserAgent bool) ([]byte, error) {
	if !anyUserAgent && !bytes.Contains(beforeNUL(req), []byte(userAgent)) {
		return nil, ErrUserAgent
	}
	path := req[len(method):]
	n := 0
	for n < len(path) && !isBlank(path[n]) {
		n++
	}
	if n < spa.MinPacketLen {
		return nil, ErrTooShort
	}
	out := req[:n]
	for i, c := range path[:n] {
		switch c {
		case '-':
			c = '+'
		case '_':
			c = '/'
		}
		out[i] = c // i < len(method)+i: never overwrites a byte not yet read
	}
	return out, nil
}

// beforeNUL is b up to its first NUL byte: the stock searches the request
// as a C string.
func beforeNUL(b []byte) []byte {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return b[:i]
	}
	return b
}

// isBlank is C's isspace in the C locale, which ends the stock's path.
func isBlank(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

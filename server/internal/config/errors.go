package config

import (
	"errors"
	"fmt"
	"strconv"
)

// Reasons a configuration is refused. Every *Error wraps exactly one.
var (
	// ErrSyntax: a line that is not "NAME value", a control character, a
	// line too long, a variable before the first SOURCE.
	ErrSyntax = errors.New("syntax error")
	// ErrValue: a value of the wrong type or out of range.
	ErrValue = errors.New("invalid value")
	// ErrMissingKey: an access stanza with neither a Rijndael key nor GPG settings.
	ErrMissingKey = errors.New("no key")
	// ErrKey: a key that cannot be used (bad base64, bad length, the
	// __CHANGEME__ placeholder, encryption key equal to the HMAC key).
	ErrKey = errors.New("invalid key")
	// ErrConflict: settings that contradict each other or the server config.
	ErrConflict = errors.New("conflicting settings")
	// ErrUnsupported: a value the stock daemon accepts that Sesame cannot honour.
	ErrUnsupported = errors.New("not supported by Sesame")
	// ErrInclude: an include that cannot be followed (too deep, not a file or folder).
	ErrInclude = errors.New("include error")
	// ErrNoStanza: an access file with no SOURCE stanza at all.
	ErrNoStanza = errors.New("no access stanza")
	// ErrFile: a configuration file that cannot be read (not a regular file, too big).
	ErrFile = errors.New("unreadable file")
)

// Error is a refusal with its place. Msg never holds key material.
type Error struct {
	File string
	Line int // 0 when the problem is the file as a whole
	Msg  string
	Err  error // one of the Err* sentinels, or an I/O error
}

func (e *Error) Error() string { return place(e.File, e.Line) + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// Warning is something the daemon should log at start but that does not stop it.
type Warning struct {
	File string
	Line int // 0 when about the file as a whole
	Msg  string
}

func (w Warning) String() string { return place(w.File, w.Line) + ": " + w.Msg }

func place(file string, line int) string {
	if line <= 0 {
		return file
	}
	return file + ":" + strconv.Itoa(line)
}

func errorf(sentinel error, file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Err: sentinel}
}

// valueError is what the typed value parsers return; the caller adds the place.
type valueError struct {
	sentinel error
	msg      string
	lead     bool      // msg continues the variable's name ("KEY value is ..."), as the stock words it
	rng      *numRange // a number out of its range (parseInt), worded by where it was read
}

// numRange is a number out of [lo, hi].
type numRange struct {
	v      string
	lo, hi int
}

func (e *valueError) Error() string { return e.msg }

func badValue(format string, args ...any) error {
	return &valueError{sentinel: ErrValue, msg: fmt.Sprintf(format, args...)}
}

// at places err (a *valueError or a plain error) at file:line under name.
func at(err error, file string, line int, name string) *Error {
	var ve *valueError
	if errors.As(err, &ve) {
		if r := ve.rng; r != nil {
			// access.c's words: "FW_ACCESS_TIMEOUT value not in range."
			return errorf(ve.sentinel, file, line, "%s value %s not in range [%d,%d]", name, quote(r.v), r.lo, r.hi)
		}
		if ve.lead {
			return errorf(ve.sentinel, file, line, "%s %s", name, ve.msg)
		}
		return errorf(ve.sentinel, file, line, "%s: %s", name, ve.msg)
	}
	return errorf(ErrValue, file, line, "%s: %v", name, err)
}

// atServer is at for fwknopd.conf and the command line, where the stock
// words a number out of range "var NAME value 'V' not in the range LO-HI".
func atServer(err error, file string, line int, name string) *Error {
	var ve *valueError
	if errors.As(err, &ve) && ve.rng != nil {
		r := ve.rng
		return errorf(ve.sentinel, file, line, "var %s value %s not in the range %d-%d", name, quote(r.v), r.lo, r.hi)
	}
	return at(err, file, line, name)
}

// quote shows a non-secret value in a message, shortened.
func quote(v string) string {
	const max = 64
	if len(v) > max {
		v = v[:max] + "..."
	}
	return strconv.Quote(v)
}

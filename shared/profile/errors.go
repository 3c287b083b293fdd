package profile

import (
	"errors"
	"fmt"
)

// Reasons a profile line or an Fwknop2 text is refused. Every error from this
// package is a *ParseError wrapping exactly one of them.
var (
	// ErrVersion: the text is not a Sesame profile line, or it is one of a
	// format version this Sesame does not read (made by a newer Sesame).
	ErrVersion = errors.New("not a profile version this Sesame reads")
	// ErrSyntax: the line breaks the grammar (space, empty field, missing
	// "=", a character outside the value alphabet, a field given twice).
	ErrSyntax = errors.New("malformed")
	// ErrUnknownField: a field name that this version does not define and
	// that does not start with "x-".
	ErrUnknownField = errors.New("unknown field")
	// ErrMissing: a required field or key is absent.
	ErrMissing = errors.New("missing")
	// ErrField: a field's value is invalid, or fields contradict each other.
	ErrField = errors.New("invalid value")
)

// ParseError says what was refused and why. Field is the name of the field
// as written in the line ("host", "hmac-key") or in the Fwknop2 text
// ("KEY_BASE64"), or empty when the text as a whole is refused. Reason never
// holds key material: a bad key is described, never quoted.
type ParseError struct {
	Field   string
	Reason  string
	Err     error // ErrVersion, ErrSyntax, ErrUnknownField, ErrMissing or ErrField
	fwknop2 bool
}

func (e *ParseError) Error() string {
	what := "profile line"
	if e.fwknop2 {
		what = "Fwknop2 text"
	}
	if e.Field == "" {
		return what + ": " + e.Reason
	}
	return what + ": " + e.Field + ": " + e.Reason
}

func (e *ParseError) Unwrap() error { return e.Err }

func newError(err error, field, format string, args ...any) *ParseError {
	return &ParseError{Field: field, Reason: fmt.Sprintf(format, args...), Err: err}
}

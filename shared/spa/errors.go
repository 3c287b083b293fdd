package spa

import "errors"

// Reasons a packet or an argument is refused. Every error returned by this
// package wraps exactly one of them, so callers classify with errors.Is;
// the one exception is a read error of the caller's random source (Seal,
// RandomDigits, GenerateKeys), returned as it is.
var (
	// ErrTooShort: a payload under MinPacketLen bytes (the stock server ignores it).
	ErrTooShort = errors.New("spa: packet too short")
	// ErrTooLong: a payload over MaxPacketLen bytes.
	ErrTooLong = errors.New("spa: packet too long")
	// ErrBadBase64: a character outside the unpadded base64 alphabet, a
	// re-added Salted__/hQ prefix, or base64 that does not decode.
	ErrBadBase64 = errors.New("spa: not base64 SPA data")
	// ErrBadHMAC: the appended HMAC is missing or does not match.
	ErrBadHMAC = errors.New("spa: HMAC mismatch")
	// ErrDecrypt: the ciphertext does not decrypt to an SPA plaintext
	// (wrong key, wrong mode, bad length).
	ErrDecrypt = errors.New("spa: decryption failed")
	// ErrBadDigest: the plaintext's digest does not match its fields.
	ErrBadDigest = errors.New("spa: digest mismatch")
	// ErrMalformed: a plaintext field is missing, too long or badly formed.
	ErrMalformed = errors.New("spa: malformed field")
	// ErrUnknownType: the message type is not one of the seven known ones.
	ErrUnknownType = errors.New("spa: unknown message type")
	// ErrBadArgument: Seal, SetBody or a Parse function was given something
	// it cannot use (an unknown digest name, a bad key length, an invalid
	// field value), always in a *FieldError naming the part refused.
	ErrBadArgument = errors.New("spa: invalid argument")
)

// FieldError says which field of a message was refused and why. It wraps
// ErrMalformed, ErrUnknownType or ErrBadArgument: ErrMalformed for what Open
// decoded, ErrBadArgument for what Seal or a Parse function was given.
// It never holds key material.
type FieldError struct {
	Field  string // "random", "user", "timestamp", "message", ...
	Reason string
	Err    error
}

func (e *FieldError) Error() string { return e.Err.Error() + ": " + e.Field + ": " + e.Reason }
func (e *FieldError) Unwrap() error { return e.Err }

func malformed(field, reason string) error {
	return &FieldError{Field: field, Reason: reason, Err: ErrMalformed}
}

func badArg(field, reason string) error {
	return &FieldError{Field: field, Reason: reason, Err: ErrBadArgument}
}

// within reports err, from a parser of part of field, as an error on field
// ("message: port: ..."), keeping the reason it wraps.
func within(field string, err error) error {
	fe, ok := err.(*FieldError)
	switch {
	case !ok:
		return &FieldError{Field: field, Reason: err.Error(), Err: ErrBadArgument}
	case fe.Field == field:
		return fe
	}
	return &FieldError{Field: field, Reason: fe.Field + ": " + fe.Reason, Err: fe.Err}
}

// asMalformed turns a parser's ErrBadArgument into Open's ErrMalformed: the
// bad value came in a packet, not from the caller.
func asMalformed(err error) error {
	if fe, ok := err.(*FieldError); ok && fe.Err == ErrBadArgument {
		return &FieldError{Field: fe.Field, Reason: fe.Reason, Err: ErrMalformed}
	}
	return err
}

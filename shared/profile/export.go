package profile

import (
	"errors"
	"fmt"
)

// ErrNoLine: the profile cannot be written as a line that Parse reads
// back as it is (it is invalid, or uses GPG, which the line cannot carry).
var ErrNoLine = errors.New("cannot be written as a profile line")

// ValidLine returns p's line after checking that Parse reads it back: an
// error wrapping ErrNoLine (and, for an invalid profile, Validate's
// *ParseError) otherwise. The line holds the keys: treat it as a secret.
func (p *Profile) ValidLine() (string, error) {
	if p.GPG != nil {
		return "", fmt.Errorf("%w: %w", ErrNoLine, newError(ErrField, "enc", "the line carries no GPG settings"))
	}
	if err := p.Validate(); err != nil {
		return "", fmt.Errorf("%w: %w", ErrNoLine, err)
	}
	return p.Line(), nil
}

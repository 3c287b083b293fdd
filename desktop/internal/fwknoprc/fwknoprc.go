// Package fwknoprc applies the stanzas of the fwknop client's rc file
// (~/.fwknoprc) to a knock's options, so that `sesame knock -n NAME` uses
// the stanzas people already have. The file format itself, its reader and
// its writer, is shared/fwknoprc (the server's onboarding writes stanzas
// with it); this package is what the variables mean to a knock, and
// (*File).Profile reads a stanza into the typed profile that
// shared/fwknoprc.ProfileStanza writes back.
//
// Variable names and values are checked when a stanza is applied (as
// fwknop does, so an odd line in an unused stanza is no obstacle), and
// every error names the file and line. Error strings never contain the
// value of a key variable.
package fwknoprc

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
)

// Reasons a file or stanza is refused, for errors.Is: shared/fwknoprc's.
var (
	ErrSyntax      = rc.ErrSyntax
	ErrUnknownVar  = rc.ErrUnknownVar
	ErrBadValue    = rc.ErrBadValue
	ErrUnsupported = rc.ErrUnsupported
	ErrPermissions = rc.ErrPermissions
	ErrNoStanza    = rc.ErrNoStanza
)

// Error is a refusal with its place in the file.
type Error = rc.Error

// Setting is one "VARIABLE value" line. Value may be a key: never print it.
type Setting = rc.Setting

// DefaultStanza is the stanza every knock starts from.
const DefaultStanza = rc.DefaultStanza

// File is a parsed rc file that can be applied to knock options.
type File struct{ *rc.File }

// Parse reads an rc file (see shared/fwknoprc.Parse); path is only used in
// error messages.
func Parse(r io.Reader, path string) (*File, error) { return wrapFile(rc.Parse(r, path)) }

// Load reads the rc file at path (see shared/fwknoprc.Load: mode 0600).
func Load(path string) (*File, error) { return wrapFile(rc.Load(path)) }

// Read reads the rc file at path as the stock client does (see
// shared/fwknoprc.Read): a file that others may read is read all the
// same, and warning says so.
func Read(path string) (f *File, warning, err error) {
	raw, warning, err := rc.Read(path)
	f, err = wrapFile(raw, err)
	return f, warning, err
}

func wrapFile(f *rc.File, err error) (*File, error) {
	if err != nil {
		return nil, err
	}
	return &File{f}, nil
}

// IsNotExist reports whether err says that the rc file is missing.
func IsNotExist(err error) bool { return rc.IsNotExist(err) }

// Apply sets o from the [default] stanza and then, when name is not empty,
// from the stanza called name, which must exist. Like fwknop, every stanza
// with a matching name applies, in file order.
func (f *File) Apply(o *knock.Options, name string) error {
	if name != "" && !f.Has(name) {
		return &Error{Path: f.Path, Reason: fmt.Sprintf("no stanza [%s]", name), Err: ErrNoStanza}
	}
	if err := f.apply(o, DefaultStanza); err != nil {
		return err
	}
	if name == "" || strings.EqualFold(name, DefaultStanza) {
		return nil
	}
	return f.apply(o, name)
}

func (f *File) apply(o *knock.Options, name string) error {
	for _, s := range f.Stanzas {
		if !strings.EqualFold(s.Name, name) {
			continue
		}
		for _, set := range s.Settings {
			if err := applySetting(o, set); err != nil {
				return f.wrap(set, err)
			}
		}
	}
	return nil
}

func (f *File) wrap(set Setting, err error) error {
	var e *Error
	if errors.As(err, &e) {
		e.Path, e.Line, e.Var = f.Path, set.Line, set.Name
		return e
	}
	reason := strings.TrimPrefix(err.Error(), knock.ErrInvalid.Error()+": ")
	return &Error{Path: f.Path, Line: set.Line, Var: set.Name, Reason: reason, Err: ErrBadValue}
}

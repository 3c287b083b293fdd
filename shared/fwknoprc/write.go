package fwknoprc

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// ErrUnwritable: a stanza holds a name or value that Parse would not read
// back as it is.
var ErrUnwritable = errors.New("cannot be written to an rc file")

// WriteStanza writes s as "[name]" and one "VARIABLE value" line per
// setting, names padded so that the values line up, as fwknop's own
// --save-rc-stanza does. It writes nothing when a name or value would not
// read back the same (see Check).
func WriteStanza(w io.Writer, s *Stanza) error {
	if err := Check(s); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[%s]\n", s.Name)
	for _, set := range s.Settings {
		fmt.Fprintf(&b, "%-17s %s\n", set.Name, set.Value)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Check reports whether Parse reads s back as it is: a stanza name without
// ']' or line ends, variable names of upper-case letters, digits and '_',
// and values that are not empty and hold no white space, ';' or '#' (which
// end a value). The error names the stanza and variable, never the value.
func Check(s *Stanza) error {
	if s.Name == "" || strings.ContainsAny(s.Name, "]\r\n") {
		return &Error{Path: "[" + clip(s.Name) + "]", Reason: "a stanza name must be non-empty, without ']' or line ends", Err: ErrUnwritable}
	}
	for _, set := range s.Settings {
		if set.Name == "" || strings.TrimFunc(set.Name, isNameRune) != "" {
			return &Error{Path: "[" + s.Name + "]", Var: clip(set.Name), Reason: "a variable name is upper-case letters, digits and '_'", Err: ErrUnwritable}
		}
		if set.Value == "" || strings.IndexFunc(set.Value, endsValue) >= 0 {
			return &Error{Path: "[" + s.Name + "]", Var: set.Name, Reason: "a value must be non-empty, without white space, ';' or '#' (the value is not shown)", Err: ErrUnwritable}
		}
	}
	return nil
}

func isNameRune(r rune) bool { return r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' }

// endsValue reports whether Parse ends a value at r.
func endsValue(r rune) bool { return unicode.IsSpace(r) || r == ';' || r == '#' }

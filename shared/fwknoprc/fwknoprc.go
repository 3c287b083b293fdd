// Package fwknoprc reads and writes the fwknop client's rc file
// (~/.fwknoprc) in fwknop's own format: the server's onboarding writes the
// stanza a stock client knocks with, and `sesame knock -n NAME` reads the
// stanzas people already have. Both ends use this one package, so what one
// writes the other reads (the round-trip tests check it).
//
// The format (client/config_init.c): lines starting with '#', ';' or a
// line end are comments; "[name]" opens a stanza; every other line is
// "VARIABLE value", the variable optionally followed by ':', the value
// ending at the first space, tab, ';' or '#'. [default] applies to every
// knock, a named stanza on top of it, and the command line on top of both.
//
// This package is the syntax: Parse checks the whole file and every error
// names the file and line. What the variables mean is checked when a
// stanza is applied to a knock (desktop/internal/fwknoprc, as fwknop does,
// so an odd line in an unused stanza is no obstacle). WriteStanza refuses
// what Parse would read back differently. Error strings never contain the
// value of a variable (it may be a key). Load refuses a file that others
// may read or write; Read reads it with a warning, as the stock client.
// Variable names are kept as written (the stock client matches them
// case-sensitively). Values are immutable once parsed and safe to share
// between goroutines.
package fwknoprc

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Reasons a file or stanza is refused, for errors.Is.
var (
	ErrSyntax      = errors.New("syntax error")
	ErrUnknownVar  = errors.New("unknown variable")
	ErrBadValue    = errors.New("bad value")
	ErrUnsupported = errors.New("not supported by sesame")
	ErrPermissions = errors.New("unsafe file permissions")
	ErrNoStanza    = errors.New("no such stanza")
)

// Error is a refusal with its place in the file.
type Error struct {
	Path   string
	Line   int    // 0 when the error is about the whole file
	Var    string // the variable, when one is at fault
	Reason string
	Err    error // one of the Err values above
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Var != "" {
		b.WriteString(e.Var + ": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// DefaultStanza is the stanza every knock starts from.
const DefaultStanza = "default"

// maxLine bounds one line; fwknop's own buffer is 1024 bytes.
const maxLine = 64 << 10

// Setting is one "VARIABLE value" line. Value may be a key: never print it.
type Setting struct {
	Name  string
	Value string
	Line  int
}

// Stanza is one "[name]" section with its settings in file order.
type Stanza struct {
	Name     string
	Line     int
	Settings []Setting
}

// File is a parsed rc file.
type File struct {
	Path    string
	Stanzas []*Stanza
}

// Parse reads an rc file; path is only used in error messages.
func Parse(r io.Reader, path string) (*File, error) {
	f := &File{Path: path}
	var cur *Stanza
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 1
	for ; sc.Scan(); n++ {
		name, isStanza, set, err := parseLine(sc.Text())
		switch {
		case err != nil:
			return nil, &Error{Path: path, Line: n, Reason: err.Error(), Err: ErrSyntax}
		case isStanza:
			cur = &Stanza{Name: name, Line: n}
			f.Stanzas = append(f.Stanzas, cur)
		case set == nil:
		case cur == nil:
			return nil, &Error{Path: path, Line: n, Var: set.Name, Reason: "setting outside a [stanza]", Err: ErrSyntax}
		default:
			set.Line = n
			cur.Settings = append(cur.Settings, *set)
		}
	}
	switch err := sc.Err(); {
	case errors.Is(err, bufio.ErrTooLong):
		return nil, &Error{Path: path, Line: n, Reason: fmt.Sprintf("line longer than %d bytes", maxLine), Err: ErrSyntax}
	case err != nil:
		return nil, &Error{Path: path, Line: n, Reason: err.Error(), Err: ErrSyntax}
	}
	return f, nil
}

// parseLine classifies one line: a stanza header (its name), a setting, or
// nothing (comment or blank).
func parseLine(line string) (stanza string, isStanza bool, set *Setting, err error) {
	if line == "" || strings.ContainsRune("#;\r", rune(line[0])) {
		return "", false, nil, nil
	}
	trimmed := strings.TrimLeft(line, " \t\v\f")
	if trimmed == "" || trimmed[0] == '#' || trimmed[0] == ';' {
		return "", false, nil, nil
	}
	if trimmed[0] == '[' {
		name, _, ok := strings.Cut(trimmed[1:], "]")
		if !ok {
			return "", false, nil, errors.New("stanza header without ']'")
		}
		return name, true, nil, nil
	}
	fields := strings.Fields(trimmed)
	if len(fields) == 0 { // white space that TrimLeft does not remove, such as "\r"
		return "", false, nil, nil
	}
	if len(fields) < 2 {
		return "", false, nil, fmt.Errorf("want VARIABLE value, got %q", clip(fields[0]))
	}
	name := fields[0]
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		name = name[:i]
	}
	value, _, _ := strings.Cut(fields[1], ";")
	value, _, _ = strings.Cut(value, "#")
	if value == "" {
		return "", false, nil, fmt.Errorf("%s: empty value", clip(name))
	}
	return "", false, &Setting{Name: name, Value: value}, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// Load reads the rc file at path after checking that it is a regular file
// that only its owner can read and write (0600), as fwknop asks.
func Load(path string) (*File, error) {
	f, warning, err := Read(path)
	if err == nil && warning != nil {
		return nil, warning
	}
	return f, err
}

// Read reads the rc file at path as the stock client does: a file that
// other users may read or change is read all the same, and warning (an
// ErrPermissions *Error) says so; a file that is not a regular one is
// refused.
func Read(path string) (f *File, warning, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, &Error{Path: path, Reason: "not a regular file", Err: ErrPermissions}
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		warning = &Error{Path: path, Err: ErrPermissions,
			Reason: fmt.Sprintf("mode %04o lets other users read or change the keys in it; run: chmod 600 %s", perm, path)}
	}
	f, err = Parse(fh, path)
	return f, warning, err
}

// Has reports whether the file has a stanza called name (case-insensitive,
// as fwknop matches names).
func (f *File) Has(name string) bool {
	for _, s := range f.Stanzas {
		if strings.EqualFold(s.Name, name) {
			return true
		}
	}
	return false
}

// Names lists the stanza names other than [default], in file order.
func (f *File) Names() []string {
	var out []string
	for _, s := range f.Stanzas {
		if !strings.EqualFold(s.Name, DefaultStanza) {
			out = append(out, s.Name)
		}
	}
	return out
}

// IsNotExist reports whether err says that the rc file is missing.
func IsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

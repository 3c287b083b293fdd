package config

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

const (
	maxLineLen  = 64 << 10 // what the scanner buffers, to report a long line at its place
	maxFileSize = 16 << 20

	// stockLineLen is the longest line the stock parsers read as one: they
	// read with fgets into a 1024-byte buffer (MAX_LINE_LEN), so a longer
	// line is cut after 1023 bytes and its rest read as the next line. That
	// silently truncates a value (a key, a command) or errors on the rest,
	// depending on what the rest looks like; Sesame refuses the whole line.
	stockLineLen = 1023
)

// entry is one "NAME value" line.
type entry struct {
	line  int
	name  string
	value string
}

// readEntries splits a config file into entries the way the stock parsers
// do (sscanf "%s %[^;\n\r]"): the name is the first word, the value runs to
// the first ';' or the end of the line, trailing blanks removed; '#' and
// ';' lines and blank lines are skipped. A '#' later in a line is part of
// the value (keys may contain it). Unlike the stock parser, leading blanks
// are allowed before a comment.
func readEntries(r io.Reader, file string) ([]entry, error) {
	sc := bufio.NewScanner(io.LimitReader(r, maxFileSize+1))
	sc.Buffer(make([]byte, 0, 4096), maxLineLen)
	var out []entry
	total, n := 0, 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		total += len(raw) + 1
		if total > maxFileSize {
			return nil, errorf(ErrFile, file, n, "file larger than %d bytes", maxFileSize)
		}
		line := strings.TrimSuffix(raw, "\r")
		if len(line) > stockLineLen {
			return nil, errorf(ErrSyntax, file, n, "line is %d bytes, longer than the %d fwknopd reads as one line", len(line), stockLineLen)
		}
		e, ok, err := splitLine(line)
		if err != nil {
			return nil, errorf(ErrSyntax, file, n, "%s", err)
		}
		if ok {
			e.line = n
			out = append(out, e)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, errorf(ErrSyntax, file, n+1, "line longer than %d bytes", maxLineLen)
		}
		return nil, &Error{File: file, Msg: "read: " + err.Error(), Err: err}
	}
	return out, nil
}

// readEntriesWorded is readEntries with a malformed line worded as the
// stock words it for that file ("Invalid access file entry", "Invalid
// config file entry"), file:line kept before the words.
func readEntriesWorded(r io.Reader, file, words string) ([]entry, error) {
	entries, err := readEntries(r, file)
	if e, ok := err.(*Error); ok && errors.Is(e, ErrSyntax) {
		e.Msg = words + ": " + e.Msg
	}
	return entries, err
}

func splitLine(s string) (entry, bool, error) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			return entry{}, false, errors.New("control character in line")
		}
	}
	s = strings.TrimLeft(s, " \t")
	if s == "" || s[0] == '#' || s[0] == ';' {
		return entry{}, false, nil
	}
	name, rest, _ := strings.Cut(strings.ReplaceAll(s, "\t", " "), " ")
	if i := strings.IndexByte(name, ';'); i >= 0 {
		name, rest = name[:i], ""
	}
	// Tabs count as blanks between name and value, but the value keeps its own.
	rest = s[len(s)-len(rest):]
	if i := strings.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i]
	}
	value := strings.Trim(rest, " \t")
	if value == "" {
		if looksLikeName(name) {
			return entry{}, false, errors.New(name + " has no value")
		}
		return entry{}, false, errors.New("line is not NAME value (not shown)")
	}
	return entry{name: name, value: value}, true, nil
}

// looksLikeName tells a variable name from text that may be a stray key,
// which must not be echoed into a message.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '%' || c == ':' || c >= 'a' && c <= 'z' && s[0] == '%') {
			return false
		}
	}
	return true
}

// shownName is name if it is safe to echo, else a placeholder.
func shownName(name string) string {
	if looksLikeName(name) {
		return name
	}
	return "(a name that is not shown)"
}

// Package wire is the line protocol between Sesame's tray process and its
// window process (package trayapp): typed messages, one a line, of at most
// MaxLine bytes, and a parser that refuses what it does not know. It
// depends on nothing of the GUI, so that its fuzz test builds fast.
package wire

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Kind is what a line on the socket asks or tells.
type Kind string

// The kinds of line.
const (
	KindShow   Kind = "show"   // a second `sesame` (or the tray's menu): show the window
	KindWindow Kind = "window" // a window process says hello; its connection stays open
	KindRaise  Kind = "raise"  // tray → window: come to the front
	KindQuit   Kind = "quit"   // tray → window: the tray's Quit ends the app
	KindReload Kind = "reload" // window → tray: the profiles changed, read them again
	KindStatus Kind = "status" // either way: the latest knock's status
)

// MaxLine bounds a line on the socket, its newline included: a peer that
// sends more is cut off.
const MaxLine = 1024

// maxText bounds the profile name and the message of a status line, so
// that every line Format gives fits in MaxLine.
const maxText = 400

// ErrLine: a line on the socket is not one this protocol knows.
var ErrLine = errors.New("tray socket: bad line")

// Msg is one line on the socket. Status is set for KindStatus only.
type Msg struct {
	Kind   Kind
	Status Status
}

// Status is the latest knock's status, as ui.Status: State is one of
// States (ui.State's names).
type Status struct {
	State   string
	Profile string
	Until   time.Time // zero: no known end
	Message string
}

// States are the states a status line may name.
var States = []string{"idle", "knocking", "open", "failed"}

// Format is m as a line, without its newline. A status's fields are
// separated by tabs: tabs and newlines in the profile name or message
// (which the store never allows in a name) become spaces, and either is
// cut to maxText bytes at a rune boundary.
func Format(m Msg) string {
	if m.Kind != KindStatus {
		return string(m.Kind)
	}
	st := m.Status
	until := int64(0)
	if !st.Until.IsZero() {
		until = st.Until.UnixMilli()
	}
	return strings.Join([]string{string(KindStatus), st.State, strconv.FormatInt(until, 10),
		clean(st.Profile), clean(st.Message)}, "\t")
}

func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if len(s) <= maxText {
		return s
	}
	cut := maxText
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut]
}

func utf8Start(b byte) bool { return b&0xc0 != 0x80 }

// Parse reads one line (without its newline). Errors name the line's kind
// or field that is wrong.
func Parse(line string) (Msg, error) {
	if len(line) >= MaxLine {
		return Msg{}, fmt.Errorf("%w: %d bytes, at most %d", ErrLine, len(line), MaxLine-1)
	}
	fields := strings.Split(line, "\t")
	switch k := Kind(fields[0]); k {
	case KindShow, KindWindow, KindRaise, KindQuit, KindReload:
		if len(fields) != 1 {
			return Msg{}, fmt.Errorf("%w: %q takes no fields", ErrLine, k)
		}
		return Msg{Kind: k}, nil
	case KindStatus:
		return parseStatus(fields[1:])
	}
	return Msg{}, fmt.Errorf("%w: unknown kind %q", ErrLine, truncate(fields[0], 20))
}

func parseStatus(f []string) (Msg, error) {
	if len(f) != 4 {
		return Msg{}, fmt.Errorf("%w: status has %d fields, want 4 (state, until, profile, message)", ErrLine, len(f))
	}
	if !slices.Contains(States, f[0]) {
		return Msg{}, fmt.Errorf("%w: status: unknown state %q", ErrLine, truncate(f[0], 20))
	}
	ms, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil || ms < 0 {
		return Msg{}, fmt.Errorf("%w: status: until %q is not milliseconds since 1970", ErrLine, truncate(f[1], 20))
	}
	st := Status{State: f[0], Profile: f[2], Message: f[3]}
	if ms > 0 {
		st.Until = time.UnixMilli(ms)
	}
	return Msg{Kind: KindStatus, Status: st}, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// Reader reads lines of at most MaxLine bytes.
type Reader struct{ s *bufio.Scanner }

// NewReader reads the lines of r.
func NewReader(r io.Reader) *Reader {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 256), MaxLine)
	return &Reader{s}
}

// Next returns the next line's message; io.EOF at the end, or the reason
// the line is refused (then the connection is dropped: its framing is lost).
func (r *Reader) Next() (Msg, error) {
	if !r.s.Scan() {
		if err := r.s.Err(); err != nil {
			return Msg{}, fmt.Errorf("%w: %v", ErrLine, err)
		}
		return Msg{}, io.EOF
	}
	return Parse(r.s.Text())
}

// Write sends m as one line.
func Write(w io.Writer, m Msg) error {
	_, err := io.WriteString(w, Format(m)+"\n")
	return err
}

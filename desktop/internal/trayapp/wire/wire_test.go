package wire

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFormatParseRoundTrip(t *testing.T) {
	until := time.UnixMilli(1796300000123)
	for _, m := range []Msg{
		{Kind: KindShow}, {Kind: KindWindow}, {Kind: KindRaise}, {Kind: KindQuit}, {Kind: KindReload},
		{Kind: KindStatus, Status: Status{State: "idle"}},
		{Kind: KindStatus, Status: Status{State: "knocking", Profile: "web", Message: "knocking…"}},
		{Kind: KindStatus, Status: Status{State: "open", Profile: "db-v6", Until: until, Message: "open after 42 ms"}},
		{Kind: KindStatus, Status: Status{State: "failed", Profile: "lab", Message: "no answer: the port stayed closed"}},
	} {
		line := Format(m)
		got, err := Parse(line)
		if err != nil {
			t.Fatalf("Parse(%q): %v", line, err)
		}
		if got.Kind != m.Kind || got.Status.State != m.Status.State || got.Status.Profile != m.Status.Profile ||
			got.Status.Message != m.Status.Message || !got.Status.Until.Equal(m.Status.Until) {
			t.Errorf("%q parsed as %+v, want %+v", line, got, m)
		}
	}
}

func TestParseRefuses(t *testing.T) {
	for line, want := range map[string]string{
		"":                           `unknown kind ""`,
		"hello":                      `unknown kind "hello"`,
		"show\tx":                    `"show" takes no fields`,
		"status\topen\t1\tweb":       "status has 3 fields",
		"status\tajar\t1\tweb\tm":    `unknown state "ajar"`,
		"status\topen\t-5\tweb\tm":   `until "-5"`,
		"status\topen\tsoon\tweb\tm": `until "soon"`,
		strings.Repeat("x", MaxLine): "at most 1023",
	} {
		_, err := Parse(line)
		if !errors.Is(err, ErrLine) || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%.40q): %v, want an ErrLine saying %s", line, err, want)
		}
	}
}

// TestFormatCleansText: a message with tabs and newlines, or too long,
// still makes one line that parses, within MaxLine.
func TestFormatCleansText(t *testing.T) {
	m := Msg{Kind: KindStatus, Status: Status{State: "failed", Profile: "p\tq",
		Message: "line one\nline two\t" + strings.Repeat("é", 1000)}}
	line := Format(m)
	if strings.ContainsAny(line[len("status"):], "\n\r") || len(line) >= MaxLine || !utf8.ValidString(line) {
		t.Fatalf("Format gave %d bytes: %.80q", len(line), line)
	}
	got, err := Parse(line)
	if err != nil || got.Status.Profile != "p q" || !strings.HasPrefix(got.Status.Message, "line one line two ") {
		t.Fatalf("Parse: %+v, %v", got, err)
	}
}

func TestReaderBoundsLines(t *testing.T) {
	r := NewReader(strings.NewReader("show\n" + strings.Repeat("y", 5000) + "\nshow\n"))
	if m, err := r.Next(); err != nil || m.Kind != KindShow {
		t.Fatalf("first line: %+v, %v", m, err)
	}
	if _, err := r.Next(); !errors.Is(err, ErrLine) {
		t.Fatalf("a 5000-byte line: %v, want ErrLine", err)
	}
	r = NewReader(strings.NewReader("reload\n"))
	r.Next()
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("at the end: %v, want io.EOF", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"show", "status\topen\t1796300000123\tweb\topen after 42 ms", "status\tidle\t0\t\t", "raise\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, err := Parse(line)
		if err != nil {
			if !errors.Is(err, ErrLine) {
				t.Fatalf("Parse(%q): error %v is not ErrLine", line, err)
			}
			return
		}
		// What parses formats back to a line that parses to the same.
		again, err := Parse(Format(m))
		if err != nil || again.Kind != m.Kind || again.Status.State != m.Status.State || !again.Status.Until.Equal(m.Status.Until) {
			t.Fatalf("%q: %+v formats to %q: %+v, %v", line, m, Format(m), again, err)
		}
	})
}

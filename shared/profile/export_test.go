package profile

import (
	"errors"
	"testing"
)

// TestValidLine: a valid profile's line reads back; an invalid one or a
// GPG one has none, with the field at fault named.
func TestValidLine(t *testing.T) {
	p, err := Parse(baseLine)
	if err != nil {
		t.Fatal(err)
	}
	line, err := p.ValidLine()
	if err != nil || line != p.Line() {
		t.Fatalf("%v", err)
	}
	q := *p
	q.GPG, q.Key = &GPG{Recipient: "ABCD"}, nil
	var pe *ParseError
	if _, err := q.ValidLine(); !errors.Is(err, ErrNoLine) || !errors.As(err, &pe) || pe.Field != "enc" {
		t.Errorf("GPG: %v", err)
	}
	q = *p
	q.Host = ""
	if _, err := q.ValidLine(); !errors.Is(err, ErrNoLine) || !errors.As(err, &pe) || pe.Field != "host" {
		t.Errorf("no host: %v", err)
	}
}

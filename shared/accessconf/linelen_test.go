package accessconf

import (
	"errors"
	"strings"
	"testing"
)

// TestWriteRefusesLongLines: a line longer than the 1023 bytes fwknopd
// reads as one (the stock cuts it, Sesame's server refuses it) is not
// written, and a secret's value is not shown; 1023 bytes still are.
func TestWriteRefusesLongLines(t *testing.T) {
	long := strings.Repeat("x", MaxLineLen)
	for name, s := range map[string]*Stanza{
		"comment":   {Key: []byte("k"), Comments: []string{long}},
		"secret":    {Key: []byte("k"), GPGDecryptPW: "sekrit" + long},
		"remote id": {Key: []byte("k"), GPGRemoteIDs: []string{strings.Repeat("A", MaxLineLen)}},
	} {
		var b strings.Builder
		err := Write(&b, s)
		if !errors.Is(err, ErrUnwritable) || strings.Contains(err.Error(), "sekrit") || !strings.Contains(err.Error(), "1023") || b.Len() != 0 {
			t.Errorf("%s: err %v, wrote %d bytes", name, err, b.Len())
		}
	}
	fits := &Stanza{Key: []byte("k"), Comments: []string{long[:MaxLineLen-len("# ")]}}
	if err := Write(&strings.Builder{}, fits); err != nil {
		t.Errorf("a 1023-byte comment line refused: %v", err)
	}
}

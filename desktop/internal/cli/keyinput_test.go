//go:build unix

package cli

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// --stdin and --fd read the keys a line each, with the stock client's
// line editing (^H, ^U), and the packet opens with those keys.
func TestKeysFromStream(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// The knock owns (and may close) its own copy of the descriptor.
	fd, err := syscall.Dup(int(r.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w.WriteString("xx\x15pass\x08s\nhmac key\n")
		w.Close()
	}()
	base := []string{"--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "--use-hmac", "-T"}
	for _, tt := range []struct {
		name  string
		args  []string
		stdin string
	}{
		{"stdin", []string{"--stdin"}, "xx\x15pass\x08s\nhmac key\n"},
		{"fd", []string{"--fd", strconv.Itoa(fd)}, ""},
	} {
		var out, errOut bytes.Buffer
		sys := testSystem(&out, &errOut, nil)
		sys.Stdin = strings.NewReader(tt.stdin)
		if st := Knock(append(base, tt.args...), sys); st != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, st, errOut.String())
		}
		m, err := spa.Open([]byte(packetLine(out.String())), &spa.Keys{Rijndael: []byte("pass"), HMAC: []byte("hmac key"), HMACType: spa.SHA256})
		if err != nil || m.Message != "198.51.100.7,tcp/22" {
			t.Errorf("%s: %+v, %v", tt.name, m, err)
		}
	}
	var out, errOut bytes.Buffer
	if st := Knock([]string{"--fd", "x"}, testSystem(&out, &errOut, nil)); st != 2 || !strings.Contains(errOut.String(), "--fd: want a file descriptor") {
		t.Errorf("--fd x: %d %q", st, errOut.String())
	}
}

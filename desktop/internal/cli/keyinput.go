package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"syscall"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// --stdin and --fd N: the keys that would be asked for on the terminal
// are read from standard input or from file descriptor N instead, one
// line each (Rijndael key first, then the HMAC key), as the stock
// client's read_passwd_from_stream: up to a newline or the end, with
// backspace (^H) taking back a byte, ^U starting over and ^C giving an
// empty key. Nothing is echoed or prompted.

// maxStreamKey is the stock's PW_BUFSIZE less its terminator: longer
// input is cut there.
const maxStreamKey = 127

func setFD(c *knockCmd, v string) error {
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
		return usageErr("--fd: want a file descriptor number, got %q", v)
	case n < 0:
		// strtol_wrapper's words (min 0, no max), which the suite greps.
		return usageErr("Value %d out of range [(0)-(-1)]: --fd wants a file descriptor number, 0 or more", n)
	}
	c.inputFD = n
	return nil
}

// keyInput is the key stream --stdin or --fd asks for; nil when neither.
func (c *knockCmd) keyInput(sys *System) io.Reader {
	switch {
	case c.inputFD < 0:
		return nil
	case c.inputFD == 0 && sys.Stdin != nil:
		return sys.Stdin
	}
	return os.NewFile(uintptr(c.inputFD), "fd "+strconv.Itoa(c.inputFD))
}

// streamPrompter reads one key a line from r for each question asked.
// A descriptor that is not open is told in the stock's words (getpasswd:
// fdopen's error), which fwknop's suite greps.
func streamPrompter(r io.Reader) knock.Prompter {
	br := bufio.NewReader(r)
	return func(string) ([]byte, error) {
		key, err := readStreamKey(br)
		if errors.Is(err, syscall.EBADF) {
			return nil, fmt.Errorf("Unable to create a stream from the file descriptor: Bad file descriptor (%s is not open)", streamName(r))
		}
		if err != nil {
			return nil, fmt.Errorf("reading the key: %v", err)
		}
		return key, nil
	}
}

// streamName names r in errors: "fd N" or standard input.
func streamName(r io.Reader) string {
	if f, ok := r.(*os.File); ok {
		return f.Name()
	}
	return "standard input"
}

func readStreamKey(br *bufio.Reader) ([]byte, error) {
	var key []byte
	for {
		b, err := br.ReadByte()
		switch {
		case errors.Is(err, io.EOF):
			return key, nil
		case err != nil:
			return nil, err
		}
		switch b {
		case '\n':
			return key, nil
		case 0x03: // ^C: the key is discarded
			return nil, nil
		case 0x08:
			if len(key) > 0 {
				key = key[:len(key)-1]
			}
		case 0x15: // ^U
			key = key[:0]
		default:
			if len(key) < maxStreamKey {
				key = append(key, b)
			}
		}
	}
}

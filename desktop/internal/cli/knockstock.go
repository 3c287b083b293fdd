package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// initialRC is what a new rc file holds: the stock client writes one when
// --rc-file names a file that does not exist, and goes on with it.
const initialRC = `# .fwknoprc: rc file of the fwknop client (and of sesame knock).
# Each [stanza] holds VARIABLE value lines (see fwknop(8)); [default]
# applies to every stanza, -n NAME picks one.

[default]

`

// createRC writes the initial rc file at path, mode 0600, and says so on
// stderr as the stock client does. An existing file is left alone.
func createRC(path string, stderr io.Writer) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: creating the rc file: %v", errUsage, err)
	}
	_, err = io.WriteString(fh, initialRC)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("creating the rc file %s: %v", path, err)
	}
	fmt.Fprintf(stderr, "[*] Creating initial rc file: %s.\n", path)
	return nil
}

// printStanzas is --stanza-list as the stock client prints it: every
// stanza but [default], in file order.
func printStanzas(w io.Writer, f *fwknoprc.File) error {
	if _, err := fmt.Fprintf(w, "The following stanzas are configured in %s :\n", f.Path); err != nil {
		return err
	}
	for _, name := range f.Names() {
		if _, err := fmt.Fprintf(w, " - %s\n", name); err != nil {
			return err
		}
	}
	return nil
}

package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// initialRC is what a new rc file holds: the stock client writes one, with
// its commented template, when the rc file it is to read does not exist.
// The same content in Sesame's words: the format, then the variables of
// [default] and two example stanzas, all commented out. fwknop's test
// suite looks for "This file contains" in it.
const initialRC = `# .fwknoprc: the rc file of the fwknop client (and of sesame knock).
##############################################################################
#
# This file contains the default settings and named sets of settings
# ("stanzas") for the knocks this user sends.
#
# A stanza starts with a line holding its name in square brackets; the
# command line picks one with '-n <name>'. Each setting is a line
# "VARIABLE value"; most variables match a command-line option.
#
# [default] should come first: its settings apply to every knock, over
# the program's own defaults. A named stanza's settings override them, and
# the command line overrides both, so a named stanza needs only what is
# particular to its server.
#
# Lines starting with '#' and empty lines are ignored. fwknop(8) lists
# every variable and its values.
#
##############################################################################
#
# The default stanza: uncomment and edit what you want; what stays
# commented out keeps the program's own default.
#
[default]

#DIGEST_TYPE         sha256
#FW_TIMEOUT          30
#SPA_SERVER_PORT     62201
#SPA_SERVER_PROTO    udp
#ALLOW_IP            <ip addr>
#SPOOF_USER          <username>
#SPOOF_SOURCE_IP     <IPaddr>
#TIME_OFFSET         0
#USE_GPG             N
#GPG_HOMEDIR         /path/to/.gnupg
#GPG_EXE             /path/to/gpg
#GPG_SIGNER          <signer ID>
#GPG_RECIPIENT       <recipient ID>
#NO_SAVE_ARGS        N

# Named stanzas of your own:

# For example, a server at 192.168.1.20 that is to open SSH for the address
# the client learns from outside, and a NAT request from a given address
# that has the server forward its port 8088 to port 88 of 192.168.1.55:
#
#[myssh]
#SPA_SERVER          192.168.1.20
#ACCESS              tcp/22
#ALLOW_IP            resolve
#
#[mynatreq]
#SPA_SERVER          192.168.1.20
#ACCESS              tcp/8088
#ALLOW_IP            10.21.2.6
#NAT_ACCESS          192.168.1.55,88
#CLIENT_TIMEOUT      60
#

`

// createRC writes the initial rc file at path, mode 0600, and says so on
// stderr as the stock client does. An existing file is left alone. A file
// that cannot be created is not fatal there: the error is returned for
// the caller to report (the knock goes on without an rc file).
func createRC(path string, stderr io.Writer) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("Unable to create initial rc file: %w", err)
	}
	_, err = io.WriteString(fh, initialRC)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("Unable to create initial rc file: %s: %w", path, err)
	}
	fmt.Fprintf(stderr, "[*] Creating initial rc file: %s.\n", path)
	return nil
}

// listStanzas is --stanza-list: the stanzas of the rc file at path, which
// must exist (it is not created).
func listStanzas(sys *System, path string) error {
	f, warning, err := fwknoprc.Read(path)
	if warning != nil {
		fmt.Fprintln(sys.Stderr, "sesame knock: warning: "+oneLine(warning.Error()))
	}
	if err != nil {
		return fmt.Errorf("Unable to open rc file: %w", err)
	}
	return printStanzas(sys.Stdout, f)
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

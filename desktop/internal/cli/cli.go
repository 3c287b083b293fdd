// Package cli implements the headless commands of the sesame binary:
// `sesame knock`, which takes the stock fwknop client's flags and reads
// its ~/.fwknoprc, and `sesame keygen`. A knock from the flags and one
// from a saved profile (`sesame knock NAME`, ssh, proxy) go through the
// same client pipeline (package client), the flags without its port check.
//
// Commands return an exit status: 0 done, 1 failed on the way (network),
// 2 bad input, in which case nothing was sent and exactly one line naming
// the problem went to standard error (besides warnings, and the note that
// a missing rc file was created). Keys never appear in that line, in
// verbose output, or on a child's command line (-w's wget gets the URL
// and the User-Agent only). Like the stock client, a knock from the flags
// saves its command line in ~/.fwknop.run (or the -E file; mode 0600,
// keys given on that command line included) unless --no-save-args or
// NO_SAVE_ARGS, and it creates a missing rc file (0600) with the stock's
// commented template; the files it writes when asked (-B, -K,
// --save-rc-stanza's rc file, 0600, replaced in one step) are the only
// others. The package keeps no state in memory between calls; a System
// value is used by one command at a time.
package cli

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// System is what a command reads and writes outside itself.
type System struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader // for --stdin; nil: os.Stdin
	Getenv         func(string) string
	Now            func() time.Time
	Prompt         knock.Prompter     // nil when there is no terminal to ask on
	Resolver       knock.AddrResolver // for -R
	Lookup         knock.HostResolver // for -D; nil: the system's resolver
}

// OS is the real System: standard streams, environment, clock, a prompt
// on the terminal when standard input is one, the web resolver.
func OS() *System {
	sys := &System{
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Getenv:   os.Getenv,
		Now:      time.Now,
		Resolver: knock.HTTPResolver{},
	}
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		sys.Prompt = func(prompt string) ([]byte, error) {
			fmt.Fprint(os.Stderr, prompt)
			defer fmt.Fprintln(os.Stderr)
			return term.ReadPassword(fd)
		}
	}
	return sys
}

var keygenOptions = []option[*spa.Hash]{
	{long: "hmac-digest-type", value: true, help: "size the HMAC key for this digest (default sha256)", set: func(h *spa.Hash, v string) (err error) {
		*h, err = knock.ParseDigest("hmac-digest-type", v)
		return err
	}},
	{short: 'h', long: "help", help: "show this help"},
}

// Keygen runs `sesame keygen [--hmac-digest-type NAME]`.
func Keygen(args []string, sys *System) int {
	found, operands, err := getopt(keygenOptions, args)
	if err == nil && len(operands) > 0 {
		err = usageErr("keygen takes no operands (got %q)", operands[0])
	}
	h := spa.SHA256
	for _, g := range found {
		if err != nil {
			break
		}
		if g.opt.long == "help" {
			fmt.Fprint(sys.Stdout, "usage: sesame keygen [--hmac-digest-type md5|sha1|sha256|sha384|sha512|sha3_256|sha3_512]\n\n"+
				"Prints a new KEY_BASE64 and HMAC_KEY_BASE64 pair, as fwknop --key-gen does,\nready for access.conf and ~/.fwknoprc.\n")
			return 0
		}
		err = g.opt.set(&h, g.value)
	}
	if err == nil {
		err = keygen(sys, h)
	}
	if err != nil {
		fmt.Fprintln(sys.Stderr, "sesame keygen: "+oneLine(err.Error()))
		return 2
	}
	return 0
}

// keygen prints a fresh key pair in fwknop --key-gen's format.
func keygen(sys *System, h spa.Hash) error {
	if h == 0 {
		h = spa.SHA256
	}
	key, hmacKey, err := spa.GenerateKeys(rand.Reader, h)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(sys.Stdout, "KEY_BASE64: %s\nHMAC_KEY_BASE64: %s\n",
		base64.StdEncoding.EncodeToString(key), base64.StdEncoding.EncodeToString(hmacKey))
	return err
}

const knockUsageHead = `usage: sesame knock [options]            (the stock fwknop client's flags)
       sesame knock -n NAME [options]    (a stanza of ~/.fwknoprc; options override it)
       sesame knock PROFILE [options]    (a saved profile: knock, then check the port)

Sends one Single Packet Authorization packet that fwknopd (or sesame's
server) accepts, like: sesame knock -A tcp/22 -a 198.51.100.7 -D server.example

Options:
`

const knockUsageTail = `
Keys come from, last one winning: ~/.fwknoprc (KEY, KEY_BASE64, HMAC_KEY,
HMAC_KEY_BASE64), the environment variables SESAME_KEY_RIJNDAEL,
SESAME_KEY_BASE64_RIJNDAEL, SESAME_KEY_HMAC, SESAME_KEY_BASE64_HMAC (and
SESAME_GPG_SIGNING_PW for a protected GPG signing key), then the key options.
A key still missing is asked for on the terminal, without echo. Options on a
command line are visible to other users: prefer the files and variables.

GPG keys in a GnuPG 2.x home (pubring.kbx: the default ~/.gnupg) are used
through the gpg program (--gpg-exe), as the stock client does: the signing
passphrase goes to it through a pipe, or to gpg-agent with --gpg-agent.
Key files are read in-process: a key file given as the key, or pubring.gpg,
secring.gpg and *.asc / *.gpg files of a --gpg-home-dir without pubring.kbx.

The last of -a, -s and -R wins. -a and -D take IPv6 addresses too (-D also a
name with AAAA records); -s works over IPv6. Stock fwknopd 2.6 servers refuse
an IPv6 allow address (sesame's server accepts it); -v says when one is sent.
-4 and -6 are sesame's own: they pick the family of the -D address and of the
-R lookup, and refuse an -a or -D address of the other family.

A saved profile's knock checks its port (the ssh port, or the first TCP port
it opens) once before sending and again after: "open after 42 ms" means the
knock opened it. A port that answers before the knock is "already open", with
the time left of the profile's last grant when Sesame knows one; the knock is
still sent (a renewal), but whether the server accepted it cannot be seen.

Exit status: 0 sent (or printed with --test); with a saved profile, the port
answers (opened by the knock, or already open: see the output),
1 not sent because of the network, or the port did not open,
2 bad input (nothing sent).
`

func printKnockUsage(w io.Writer) error {
	var b strings.Builder
	b.WriteString(knockUsageHead)
	for _, o := range knockOptions {
		if o.help == "" {
			continue
		}
		name := "    --" + o.long
		if o.short != 0 {
			name = fmt.Sprintf("-%c, --%s", o.short, o.long)
		}
		if o.value {
			name += " " + strings.ToUpper(strings.ReplaceAll(o.long[strings.LastIndexByte(o.long, '-')+1:], "-", "_"))
		}
		fmt.Fprintf(&b, "  %-32s %s\n", name, o.help)
	}
	b.WriteString(knockUsageTail)
	_, err := io.WriteString(w, b.String())
	return err
}

package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
)

// --save-rc-stanza writes the rc variables that the command line's
// options set into the stanza named by -n (else by -D) of the rc file, as
// the stock client's update_rc: the variables in the stock's order, each
// "%-28s%s", valued as there (-v -v is VERBOSE 2, modes spelt CBC, CTR,
// legacy); with -k the new keys too. As there, only [default] is read
// while saving, the whole command line is checked before the file is
// touched (checkBeforeSave), and the knock that follows finds the rest. In an existing stanza, a key or GPG
// identity it has is overwritten only with --force-stanza or when the
// user answers "y" to the stock's question on standard input (rcask.go). The
// file is rewritten in one step (a 0600 temporary file renamed over it),
// keeping the other stanzas and every comment and blank line, which the
// stock client drops.

// optionVars are the rc variables each option sets (the stock's
// add_var_to_bitmask calls in config_init.c); Sesame's own options
// (--key-rijndael-file, -4...) set none.
var optionVars = map[string][]string{
	"allow-ip": {"ALLOW_IP"}, "access": {"ACCESS"}, "destination": {"SPA_SERVER"}, "fw-timeout": {"FW_TIMEOUT"},
	"digest-type": {"DIGEST_TYPE"}, "encryption-mode": {"ENCRYPTION_MODE"}, "no-save-args": {"NO_SAVE_ARGS"},
	"gpg-encryption": {"USE_GPG"}, "gpg-recipient-key": {"USE_GPG", "GPG_RECIPIENT"},
	"gpg-signer-key": {"USE_GPG", "GPG_SIGNER"}, "gpg-home-dir": {"USE_GPG", "GPG_HOMEDIR"},
	"gpg-exe": {"USE_GPG", "GPG_EXE"}, "gpg-agent": {"USE_GPG", "USE_GPG_AGENT"},
	"gpg-no-signing-pw": {"USE_GPG", "GPG_NO_SIGNING_PW"}, "get-key": {"KEY_FILE"},
	"get-hmac-key": {"HMAC_KEY_FILE"}, "key-rijndael": {"KEY"}, "key-base64-rijndael": {"KEY_BASE64"},
	"key-base64-hmac": {"HMAC_KEY_BASE64", "USE_HMAC"}, "key-hmac": {"HMAC_KEY", "USE_HMAC"}, "use-hmac": {"USE_HMAC"},
	"hmac-digest-type": {"HMAC_DIGEST_TYPE", "USE_HMAC"}, "hmac-key-len": {"USE_HMAC"},
	"nat-access": {"NAT_ACCESS"}, "nat-local": {"NAT_LOCAL"}, "nat-port": {"NAT_PORT"},
	"nat-rand-port": {"NAT_RAND_PORT"}, "server-port": {"SPA_SERVER_PORT"}, "server-proto": {"SPA_SERVER_PROTO"},
	"spoof-source": {"SPOOF_SOURCE_IP"}, "spoof-src": {"SPOOF_SOURCE_IP"}, "source-port": {"SPA_SOURCE_PORT"},
	"rand-port": {"RAND_PORT"}, "resolve-ip-https": {"RESOLVE_IP_HTTPS"}, "resolve-ip-http": {"RESOLVE_IP_HTTPS"},
	"resolve-http-only": {"RESOLVE_HTTP_ONLY", "RESOLVE_IP_HTTPS"}, "resolve-url": {"RESOLVE_URL"},
	"server-resolve-ipv4": {"SERVER_RESOLVE_IPV4"}, "wget-cmd": {"WGET_CMD"},
	"use-wget-user-agent": {"USE_WGET_USER_AGENT"}, "user-agent": {"HTTP_USER_AGENT"},
	"time-offset-plus": {"TIME_OFFSET"}, "time-offset-minus": {"TIME_OFFSET"},
	"spoof-user": {"SPOOF_USER"}, "verbose": {"VERBOSE"},
}

// keygenVars are what -k --save-rc-stanza writes.
var keygenVars = []string{"KEY_BASE64", "HMAC_KEY_BASE64"}

// stanzaSettings are the settings to save: the variables the options
// found set, in the stock client's order, with o's values; empty values
// are left out.
func stanzaSettings(found []given[*knockCmd], extra []string, o *knock.Options) []rc.Setting {
	want := map[string]bool{}
	verbosity := 0
	for _, g := range found {
		for _, v := range optionVars[g.opt.long] {
			want[v] = true
		}
		if g.opt.long == "verbose" {
			verbosity++
		}
	}
	for _, v := range extra {
		want[v] = true
	}
	var out []rc.Setting
	for _, name := range fwknoprc.StockVariables() {
		if !want[name] {
			continue
		}
		v, ok := fwknoprc.Value(name, o)
		if name == "VERBOSE" && verbosity > 1 {
			v = strconv.Itoa(verbosity) // the stock's level: -v -v is VERBOSE 2
		}
		if ok && v != "" {
			out = append(out, rc.Setting{Name: name, Value: v})
		}
	}
	return out
}

// saveAndRun is --save-rc-stanza: with -k, the new keys go into the
// stanza and nothing is sent; else the options given are saved and the
// knock goes on.
func (c *knockCmd) saveAndRun(ctx context.Context, sys *System, found []given[*knockCmd]) error {
	if err := checkBeforeSave(c.o); err != nil {
		return err
	}
	o := *c.o
	o.Verbose = o.Verbose || c.verbose
	o.NoSaveArgs = o.NoSaveArgs || c.noSaveArgs
	if !c.keygen {
		if err := c.saveStanza(sys, stanzaSettings(found, nil, &o)); err != nil {
			return err
		}
		return c.run(ctx, sys)
	}
	key, hmacKey, err := c.newKeys()
	if err != nil {
		return err
	}
	o.SetKeyBase64(key)
	o.SetHMACKeyBase64(hmacKey)
	if err := c.saveStanza(sys, stanzaSettings(found, keygenVars, &o)); err != nil {
		return err
	}
	_, err = fmt.Fprintf(sys.Stdout, "[+] Wrote Rijndael and HMAC keys to rc file: %s\n", c.rcPath(sys))
	return err
}

// checkBeforeSave refuses, before the rc file is touched, what the stock
// client's validate_options refuses before its update_rc: a bad or
// misplaced -Q / SPOOF_SOURCE_IP, legacy mode with an HMAC, asymmetric
// mode without GPG. What the stock finds later (a bad -A or -N, a key
// file that cannot be read) is found by the knock after the save, as
// there.
func checkBeforeSave(o *knock.Options) error {
	if err := o.CheckRaw(); err != nil {
		return err
	}
	return o.CheckMode()
}

// rcPath is the rc file the knock reads: --rc-file, else ~/.fwknoprc.
func (c *knockCmd) rcPath(sys *System) string {
	if c.rcFile != "" {
		return c.rcFile
	}
	if home := sys.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".fwknoprc")
	}
	return ""
}

// saveStanza writes settings into the stanza of the rc file.
func (c *knockCmd) saveStanza(sys *System, settings []rc.Setting) error {
	name := c.stanza
	if name == "" {
		name = c.o.Destination
	}
	path := c.rcPath(sys)
	switch {
	case c.noRC:
		return usageErr("Cannot save an rc stanza in --no-rc-file mode")
	case name == "":
		return usageErr("Must use --destination unless --test mode is used: --save-rc-stanza needs -n NAME or -D HOST to name the stanza")
	case path == "":
		return usageErr("--save-rc-stanza: no home folder for ~/.fwknoprc; give --rc-file")
	}
	if err := rc.Check(&rc.Stanza{Name: name, Settings: settings}); err != nil {
		return fmt.Errorf("%w: --save-rc-stanza: %v", errUsage, err)
	}
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("--save-rc-stanza: %v", err)
	}
	var keep map[string]bool
	if !c.forceStanza {
		keep = askOverwrite(string(old), name, stdin(sys), sys.Stdout)
		settings = dropVars(settings, keep)
	}
	if c.verbose || c.o.Verbose {
		printUpdates(sys.Stdout, settings)
	}
	return replaceFile(path, replaceStanza(string(old), name, settings, keep))
}

// dropVars returns settings without the variables in drop.
func dropVars(settings []rc.Setting, drop map[string]bool) []rc.Setting {
	var out []rc.Setting
	for _, s := range settings {
		if !drop[s.Name] {
			out = append(out, s)
		}
	}
	return out
}

// replaceStanza returns text with the settings of stanza name replaced by
// settings (every stanza of that name, as the stock client), or with the
// stanza added at the end; the stanza's lines of the variables in keep
// stay. Comments, blank lines and other stanzas stay.
func replaceStanza(text, name string, settings []rc.Setting, keep map[string]bool) string {
	var b strings.Builder
	for _, s := range settings {
		fmt.Fprintf(&b, "%-28s%s\n", s.Name, s.Value)
	}
	body := b.String()
	lines := strings.SplitAfter(text, "\n")
	var out strings.Builder
	in, found := false, false
	for _, line := range lines {
		if header, ok := stanzaHeader(line); ok {
			in = strings.EqualFold(header, name)
			out.WriteString(line)
			if in {
				if !strings.HasSuffix(line, "\n") {
					out.WriteString("\n")
				}
				out.WriteString(body)
				found = true
			}
			continue
		}
		if f := strings.Fields(line); in && isSettingLine(line) && (len(f) == 0 || !keep[f[0]]) {
			continue
		}
		out.WriteString(line)
	}
	if !found {
		if s := out.String(); s != "" && !strings.HasSuffix(s, "\n") {
			out.WriteString("\n")
		}
		if out.Len() > 0 {
			out.WriteString("\n")
		}
		fmt.Fprintf(&out, "[%s]\n%s", name, body)
	}
	return out.String()
}

// stanzaHeader reads a "[name]" line as shared/fwknoprc does.
func stanzaHeader(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t\v\f")
	if !strings.HasPrefix(t, "[") {
		return "", false
	}
	name, _, ok := strings.Cut(t[1:], "]")
	return name, ok
}

// isSettingLine: not blank and not a comment.
func isSettingLine(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && t[0] != '#' && t[0] != ';'
}

// replaceFile writes text to path in one step, mode 0600.
func replaceFile(path, text string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fwknoprc.*")
	if err != nil {
		return fmt.Errorf("--save-rc-stanza: %v", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(text)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("--save-rc-stanza: writing %s: %v", path, err)
	}
	return nil
}

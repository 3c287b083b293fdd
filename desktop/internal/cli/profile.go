package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/qr"
	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/shared/accessconf"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/qrcode"
)

const profileUsage = `usage: sesame profile COMMAND [NAME] [options]

Commands:
  add NAME [--FIELD VALUE...] (--generate-keys | --keys-from FILE)
  edit NAME [--FIELD VALUE...] [--rename NEW] [--generate-keys | --keys-from FILE]
  copy NAME NEW
  remove NAME
  list
  show NAME [--show-keys]
  import [FILE] [--name NAME] [--FIELD VALUE...]   a sesame1: line, a QR image, or keys
                                                  (Fwknop2 text, sesame keygen output);
                                                  FILE - or none: standard input
  import --fwknoprc [--rc-file FILE] [STANZA...]  stanzas of ~/.fwknoprc (all without STANZA)
  export NAME --format line|stanza|keys|fwknop2|qr|line-qr [-o FILE]
         line: the sesame1: line; stanza: access.conf for the server; keys: KEY_BASE64 lines;
         fwknop2: Fwknop2's QR text; qr: PNG QR code of the keys for a phone (Fwknop2);
         line-qr: PNG QR code of the line. All but stanza without keys hold secrets.

Keys are never given on the command line: --keys-from reads a file (or - for
standard input) holding "KEY_BASE64: ..." and "HMAC_KEY_BASE64: ..." lines
(the output of sesame keygen) or an Fwknop2 text. They are kept where
--key-source says: the OS keyring (default), age:FILE (encrypted with a
passphrase), file:FILE (a 0600 file, for scripts) or env:VARIABLE. No
profile's keys are written where another keeps its own: a copy of a profile
with a key file reads that file, and needs one of its own (--key-source)
before it takes new keys; an import that would share one imports nothing.

Profiles live in %s (SESAME_CONFIG_DIR overrides).

Fields:
`

// profileCmd is one `sesame profile` invocation being put together.
type profileCmd struct {
	fields   [][2]string // field name, value
	generate bool
	keysFrom string
	showKeys bool
	rename   string
	format   string
	output   string
	name     string
	fwknoprc bool
	rcFile   string
	help     bool
}

func profileOptions() []option[*profileCmd] {
	var opts []option[*profileCmd]
	for _, f := range store.Fields() {
		if f == "name" {
			continue
		}
		opts = append(opts, option[*profileCmd]{long: f, value: true, help: store.FieldHelp(f), set: func(c *profileCmd, v string) error {
			c.fields = append(c.fields, [2]string{f, v})
			return nil
		}})
	}
	return append(opts,
		option[*profileCmd]{long: "generate-keys", help: "make new random keys", set: func(c *profileCmd, _ string) error { c.generate = true; return nil }},
		option[*profileCmd]{long: "keys-from", value: true, help: "read the keys from FILE (- for standard input)", set: func(c *profileCmd, v string) error { c.keysFrom = v; return nil }},
		option[*profileCmd]{long: "show-keys", help: "show: print the keys too", set: func(c *profileCmd, _ string) error { c.showKeys = true; return nil }},
		option[*profileCmd]{long: "rename", value: true, help: "edit: new name", set: func(c *profileCmd, v string) error { c.rename = v; return nil }},
		option[*profileCmd]{long: "format", value: true, help: "export: line, stanza, keys, fwknop2, qr or line-qr", set: func(c *profileCmd, v string) error { c.format = v; return nil }},
		option[*profileCmd]{short: 'o', long: "output", value: true, help: "export: write to FILE (0600)", set: func(c *profileCmd, v string) error { c.output = v; return nil }},
		option[*profileCmd]{long: "name", value: true, help: "import: the profile's name", set: func(c *profileCmd, v string) error { c.name = v; return nil }},
		option[*profileCmd]{long: "fwknoprc", help: "import: stanzas of ~/.fwknoprc", set: func(c *profileCmd, _ string) error { c.fwknoprc = true; return nil }},
		option[*profileCmd]{long: "rc-file", value: true, help: "import --fwknoprc: read FILE", set: func(c *profileCmd, v string) error { c.rcFile = v; return nil }},
		option[*profileCmd]{short: 'h', long: "help", help: "show this help", set: func(c *profileCmd, _ string) error { c.help = true; return nil }},
	)
}

// storeDir is the profile store's folder.
func storeDir(sys *System) (string, error) {
	if d := sys.Getenv("SESAME_CONFIG_DIR"); d != "" {
		return d, nil
	}
	return store.DefaultDir()
}

// openStore opens the profile store; prompt says whether a passphrase may
// be asked for on the terminal (never for ProxyCommand).
func openStore(sys *System, prompt bool) (*store.Store, error) {
	dir, err := storeDir(sys)
	if err != nil {
		return nil, fmt.Errorf("no config folder for the profiles: %v (set SESAME_CONFIG_DIR)", err)
	}
	s := &store.Store{Dir: dir, Secrets: store.NewKeyring(), Getenv: sys.Getenv}
	if prompt && sys.Prompt != nil {
		s.Passphrase = func(_ context.Context, question string, confirm bool) ([]byte, error) {
			pw, err := sys.Prompt(question)
			if err != nil || !confirm {
				return pw, err
			}
			again, err := sys.Prompt("Again: ")
			if err != nil {
				return nil, err
			}
			if !bytes.Equal(pw, again) {
				return nil, errors.New("the passphrases differ")
			}
			return pw, nil
		}
	}
	return s, nil
}

// Profile runs `sesame profile ...` and returns the exit status: 0 done,
// 1 failed (keyring, files), 2 bad input.
func Profile(args []string, sys *System, stdin io.Reader) int {
	err := runProfile(context.Background(), args, sys, stdin)
	if err == nil {
		return 0
	}
	fmt.Fprintln(sys.Stderr, "sesame profile: "+oneLine(err.Error()))
	if isInputError(err) || errors.Is(err, store.ErrInvalid) || errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrExists) ||
		errors.Is(err, store.ErrBadKeys) || errors.Is(err, profile.ErrNoLine) || errors.Is(err, accessconf.ErrUnwritable) || errors.Is(err, store.ErrKeysShared) {
		return 2
	}
	return 1
}

func runProfile(ctx context.Context, args []string, sys *System, stdin io.Reader) error {
	if len(args) == 0 {
		return usageErr("give a command: add, edit, copy, remove, list, show, import or export (sesame profile -h)")
	}
	verb := args[0]
	found, operands, err := getopt(profileOptions(), args[1:])
	if err != nil {
		return err
	}
	c := &profileCmd{}
	for _, g := range found {
		if err := g.opt.set(c, g.value); err != nil {
			return err
		}
	}
	if c.help || verb == "-h" || verb == "--help" || verb == "help" {
		return printProfileUsage(sys)
	}
	s, err := openStore(sys, true)
	if err != nil {
		return err
	}
	cmds := map[string]struct {
		operands int // -1: any number
		run      func(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, stdin io.Reader) error
	}{
		"add": {1, profileAdd}, "edit": {1, profileEdit}, "copy": {2, profileCopy}, "remove": {1, profileRemove},
		"list": {0, profileList}, "show": {1, profileShow}, "import": {-1, profileImport}, "export": {1, profileExport},
	}
	cmd, ok := cmds[verb]
	if !ok {
		return usageErr("unknown profile command %q (add, edit, copy, remove, list, show, import, export)", verb)
	}
	if cmd.operands >= 0 && len(operands) != cmd.operands {
		return usageErr("profile %s takes %d operand(s), got %d (sesame profile -h)", verb, cmd.operands, len(operands))
	}
	return cmd.run(ctx, s, c, operands, sys, stdin)
}

func printProfileUsage(sys *System) error {
	dir, _ := storeDir(sys)
	var b strings.Builder
	fmt.Fprintf(&b, profileUsage, filepath.Join(dir, store.ProfilesFile))
	for _, f := range store.Fields() {
		if f != "name" {
			fmt.Fprintf(&b, "  --%-16s %s\n", f+" V", store.FieldHelp(f))
		}
	}
	_, err := io.WriteString(sys.Stdout, b.String())
	return err
}

// applyFields sets the field options on p.
func (c *profileCmd) applyFields(p *store.Profile) error {
	for _, f := range c.fields {
		if err := store.SetField(p, f[0], f[1]); err != nil {
			return err
		}
	}
	return nil
}

// newKeys returns the keys the options ask to store, or nil.
func (c *profileCmd) newKeys(p store.Profile, stdin io.Reader) (*store.Keys, error) {
	switch {
	case c.generate && c.keysFrom != "":
		return nil, usageErr("give either --generate-keys or --keys-from")
	case c.generate:
		k, err := store.GenerateKeys(p.HMAC)
		return &k, err
	case c.keysFrom != "":
		text, err := readInput(c.keysFrom, stdin)
		if err != nil {
			return nil, err
		}
		k, err := store.ParseKeys(string(text))
		if err == nil && len(k.Rijndael) == 0 && p.GPG == nil {
			err = fmt.Errorf("%w: no KEY_BASE64 in %s", store.ErrBadKeys, c.keysFrom)
		}
		return &k, err
	}
	return nil, nil
}

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" || name == "" {
		return io.ReadAll(io.LimitReader(stdin, 1<<20))
	}
	return os.ReadFile(name)
}

func profileAdd(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, stdin io.Reader) error {
	p := store.NewProfile()
	if err := store.SetField(&p, "name", ops[0]); err != nil {
		return err
	}
	if err := c.applyFields(&p); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	k, err := c.newKeys(p, stdin)
	if err != nil {
		return err
	}
	if k == nil && p.Keys.Kind != store.SourceEnv {
		return usageErr("no keys for %s: give --generate-keys or --keys-from FILE (- for standard input)", p.Name)
	}
	if err := s.Add(ctx, p, k); err != nil {
		return err
	}
	_, err = fmt.Fprintf(sys.Stdout, "added profile %s (keys: %s)\n", p.Name, p.Keys)
	return err
}

func profileEdit(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, stdin io.Reader) error {
	p, err := s.Get(ops[0])
	if err != nil {
		return err
	}
	if err := c.applyFields(&p); err != nil {
		return err
	}
	if c.rename != "" {
		if err := store.SetField(&p, "name", c.rename); err != nil {
			return err
		}
	}
	if err := p.Validate(); err != nil {
		return err
	}
	k, err := c.newKeys(p, stdin)
	if err != nil {
		return err
	}
	return s.Save(ctx, ops[0], p, k)
}

func profileCopy(ctx context.Context, s *store.Store, _ *profileCmd, ops []string, sys *System, _ io.Reader) error {
	if err := s.Duplicate(ctx, ops[0], ops[1]); err != nil {
		return err
	}
	p, err := s.Get(ops[1])
	if err != nil || (p.Keys.Kind != store.SourceFile && p.Keys.Kind != store.SourceAge) {
		return err
	}
	_, err = fmt.Fprintf(sys.Stdout, "%s reads the keys of %s in %s; neither can take new keys until one has a key file of its own (sesame profile edit %s --key-source %s:FILE --generate-keys)\n",
		p.Name, ops[0], p.Keys.Path, p.Name, p.Keys.Kind)
	return err
}

func profileRemove(ctx context.Context, s *store.Store, _ *profileCmd, ops []string, _ *System, _ io.Reader) error {
	return s.Remove(ctx, ops[0])
}

func profileList(_ context.Context, s *store.Store, _ *profileCmd, _ []string, sys *System, _ io.Reader) error {
	ps, err := s.List()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(sys.Stdout, 0, 4, 2, ' ', 0)
	for _, p := range ps {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", p.Name, p.Host, store.FieldValue(&p, "access"), p.Keys)
	}
	return w.Flush()
}

func profileShow(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, _ io.Reader) error {
	p, err := s.Get(ops[0])
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, f := range store.Fields() {
		if v := store.FieldValue(&p, f); v != "" || f == "key-source" {
			fmt.Fprintf(&b, "%s: %s\n", f, v)
		}
	}
	if c.showKeys {
		k, err := s.Keys(ctx, p)
		if err != nil {
			return err
		}
		b.WriteString(k.Text())
	}
	_, err = io.WriteString(sys.Stdout, b.String())
	return err
}

func profileImport(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, stdin io.Reader) error {
	if c.fwknoprc {
		return importFwknoprc(ctx, s, c, ops, sys)
	}
	if len(ops) > 1 {
		return usageErr("profile import reads one FILE (or standard input)")
	}
	name := ""
	if len(ops) == 1 {
		name = ops[0]
	}
	data, err := readInput(name, stdin)
	if err != nil {
		return err
	}
	var im store.Imported
	text := string(data)
	if qr.IsImage(data) {
		text, err = qr.Decode(bytes.NewReader(data))
	}
	if err == nil {
		im, err = store.ImportText(text, c.name)
	}
	if err != nil {
		return err
	}
	p := store.NewProfile()
	if im.Profile != nil {
		p = *im.Profile
	}
	if c.name != "" {
		p.Name = c.name
	}
	if err := c.applyFields(&p); err != nil {
		return err
	}
	if p.Name == "" {
		return usageErr("the text holds no profile name: give --name NAME")
	}
	keys := &im.Keys
	if p.Keys.Kind == store.SourceEnv {
		// The profile reads its keys from the variable; the imported
		// ones are for the user to put there.
		keys = nil
	}
	if err := s.Add(ctx, p, keys); err != nil {
		return err
	}
	_, err = fmt.Fprintf(sys.Stdout, "imported profile %s (keys: %s)\n", p.Name, p.Keys)
	return err
}

func importFwknoprc(ctx context.Context, s *store.Store, c *profileCmd, stanzas []string, sys *System) error {
	path := c.rcFile
	if path == "" {
		home := sys.Getenv("HOME")
		if home == "" {
			return usageErr("no HOME: give --rc-file FILE")
		}
		path = filepath.Join(home, ".fwknoprc")
	}
	f, err := fwknoprc.Load(path)
	if err != nil {
		return err
	}
	if len(stanzas) == 0 {
		for _, n := range f.Names() {
			if n != fwknoprc.DefaultStanza {
				stanzas = append(stanzas, n)
			}
		}
	}
	// All stanzas or none: two that name one key file, or a name taken,
	// stop the import before anything is written.
	entries := make([]store.Entry, 0, len(stanzas))
	for _, name := range stanzas {
		lp, pw, err := f.Profile(name)
		var p store.Profile
		var k store.Keys
		if err == nil {
			p, k, err = store.FromTyped(lp, []byte(pw))
		}
		if err == nil {
			err = c.applyFields(&p)
		}
		if err != nil {
			return fmt.Errorf("stanza %s: %w", name, err)
		}
		e := store.Entry{Profile: p, Keys: &k}
		if p.Keys.Kind == store.SourceEnv {
			e.Keys = nil // the profile reads the variable; the user sets it
		}
		entries = append(entries, e)
	}
	if err := s.AddAll(ctx, entries); err != nil {
		if errors.Is(err, store.ErrKeysShared) && len(entries) > 1 {
			err = fmt.Errorf("%w; import the stanzas one at a time, each with a key file of its own, or into the keyring", err)
		}
		return fmt.Errorf("nothing imported from %s: %w", path, err)
	}
	for _, e := range entries {
		fmt.Fprintf(sys.Stdout, "imported profile %s from %s\n", e.Profile.Name, path)
	}
	return nil
}

func profileExport(ctx context.Context, s *store.Store, c *profileCmd, ops []string, sys *System, _ io.Reader) error {
	p, err := s.Get(ops[0])
	if err != nil {
		return err
	}
	k, err := s.Keys(ctx, p)
	if err != nil {
		return err
	}
	lp := p.Typed(k)
	var out bytes.Buffer
	switch c.format {
	case "line", "line-qr":
		var line string
		if line, err = lp.ValidLine(); err != nil {
			return err
		}
		if c.format == "line" {
			out.WriteString(line + "\n")
		} else {
			err = qrcode.PNG(&out, line, 6)
		}
	case "stanza":
		err = accessconf.Write(&out, accessconf.FromProfile(lp))
	case "keys":
		out.WriteString(k.Text())
	case "fwknop2":
		out.WriteString(profile.FormatFwknop2(k.Rijndael, k.HMAC) + "\n")
	case "qr":
		err = qrcode.PNG(&out, profile.FormatFwknop2(k.Rijndael, k.HMAC), 8)
	default:
		return usageErr("give --format line, stanza, keys, fwknop2, qr or line-qr")
	}
	if err != nil {
		return err
	}
	if c.output != "" {
		return store.WriteFileAtomic(c.output, out.Bytes(), 0o600)
	}
	if strings.HasSuffix(c.format, "qr") {
		return usageErr("--format %s writes a PNG image: give -o FILE", c.format)
	}
	_, err = sys.Stdout.Write(out.Bytes())
	return err
}

package onboard

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/accessconf"
	"github.com/sesame-spa/sesame/shared/spa"
)

// clientKeys are one client's secrets.
type clientKeys struct {
	rijndael, hmac []byte
	hmacType       spa.Hash
}

func newKeys(r io.Reader, h spa.Hash) (clientKeys, error) {
	k, hk, err := spa.GenerateKeys(r, h)
	if err != nil {
		return clientKeys{}, fmt.Errorf("onboard: generating keys: %w", err)
	}
	return clientKeys{rijndael: k, hmac: hk, hmacType: h}, nil
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// load reads the access file's text and checks that it loads as it is.
// When it does not load, the text read is returned with the error.
func load(path string) ([]byte, *config.Access, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrFile, err)
	}
	acc, _, err := config.LoadAccess(path)
	if err != nil {
		return data, nil, fmt.Errorf("%w (fix it first): %w", ErrCurrentInvalid, err)
	}
	return data, acc, nil
}

// loadForAdd is load for NewClient: a missing file (exists false, old
// nil) and a file with no stanza yet, empty or comments only, are both
// places to add the first client. config refuses the latter for the daemon
// (ErrNoStanza, raised only once the whole file has parsed), but the file
// is kept with its comments, owner and mode, and gets a .bak as any other.
func loadForAdd(path string) (old []byte, acc *config.Access, exists bool, err error) {
	old, acc, err = load(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &config.Access{}, false, nil
	case errors.Is(err, config.ErrNoStanza):
		return old, &config.Access{}, true, nil
	}
	return old, acc, true, err
}

// editableStanza finds the named stanza and makes sure this package can
// rewrite it.
func editableStanza(acc *config.Access, path, name string) (*config.Stanza, error) {
	st := acc.ByName(name)
	if st == nil {
		return nil, fmt.Errorf("%w: no stanza with SESAME_CLIENT %s in %s", ErrNotFound, name, path)
	}
	if filepath.Clean(st.File) != filepath.Clean(path) {
		return nil, fmt.Errorf("%w: stanza %s is in the included file %s; edit it there", ErrNotEditable, st.Label(), st.File)
	}
	if !st.UsesRijndael() {
		return nil, fmt.Errorf("%w: stanza %s has no Rijndael key (GPG)", ErrNotEditable, st.Label())
	}
	return st, nil
}

// newStanza is the text of a new client's stanza; source nil is ANY.
func newStanza(name string, source []netip.Prefix, ports []spa.ProtoPort, k clientKeys, now time.Time) (string, error) {
	var b strings.Builder
	err := accessconf.Write(&b, &accessconf.Stanza{
		Comments:             []string{fmt.Sprintf("%s%s: added by fwknopd --new-client on %s", strings.TrimPrefix(markerPrefix, "# "), name, now.UTC().Format(time.RFC3339))},
		Source:               source,
		Name:                 name,
		OpenPorts:            ports,
		RequireSourceAddress: true,
		FWAccessTimeout:      accessTimeout * time.Second,
		Key:                  k.rijndael,
		HMACKey:              k.hmac,
		HMACType:             k.hmacType,
	})
	return b.String(), err
}

// markerPrefix starts the comment NewClient writes above a stanza, which
// RevokeClient removes with it.
const markerPrefix = "# Sesame client "

// appendStanza adds stanza at the end of old, after a blank line.
func appendStanza(old []byte, stanza string) []byte {
	b := bytes.Clone(old)
	if len(b) > 0 && b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	if len(b) > 0 {
		b = append(b, '\n')
	}
	return append(b, stanza...)
}

// lineName is the variable name a line sets, as config reads it, or "" for
// a blank or comment line.
func lineName(line string) string {
	s := strings.TrimLeft(strings.TrimRight(line, "\r\n"), " \t")
	if s == "" || s[0] == '#' || s[0] == ';' {
		return ""
	}
	if i := strings.IndexAny(s, " \t;"); i >= 0 {
		return s[:i]
	}
	return s
}

// lineEnd is the line break a line ends with.
func lineEnd(line string) string {
	if strings.HasSuffix(line, "\r\n") {
		return "\r\n"
	}
	return "\n"
}

// stanzaLines splits data into lines (with their breaks) and returns the
// stanza's first and last line index: from its SOURCE line to its last
// variable before the next SOURCE, leaving trailing comments to whatever
// follows.
func stanzaLines(data []byte, st *config.Stanza) (lines []string, first, last int, err error) {
	lines = strings.SplitAfter(string(data), "\n")
	first = st.Line - 1
	if first < 0 || first >= len(lines) || lineName(lines[first]) != "SOURCE" {
		return nil, 0, 0, fmt.Errorf("%w: %s changed while being read", ErrFile, st.File)
	}
	last = first
	for i := first + 1; i < len(lines); i++ {
		switch lineName(lines[i]) {
		case "SOURCE":
			return lines, first, last, nil
		case "":
		default:
			last = i
		}
	}
	return lines, first, last, nil
}

// rotateKeys replaces the stanza's key lines with KEY_BASE64 and
// HMAC_KEY_BASE64 lines holding k, in place of the first of each kind; an
// HMAC key is added after the Rijndael key where the stanza had none.
func rotateKeys(data []byte, st *config.Stanza, k clientKeys) ([]byte, error) {
	lines, first, last, err := stanzaLines(data, st)
	if err != nil {
		return nil, err
	}
	var out []string
	out = append(out, lines[:first]...)
	keyDone, hmacDone := false, false
	for _, l := range lines[first : last+1] {
		switch lineName(l) {
		case "%include_keys":
			return nil, fmt.Errorf("%w: stanza %s takes its keys from an %%include_keys file; edit that file", ErrNotEditable, st.Label())
		case "KEY", "KEY_BASE64":
			if !keyDone {
				out = append(out, "KEY_BASE64 "+b64(k.rijndael)+lineEnd(l))
				keyDone = true
			}
		case "HMAC_KEY", "HMAC_KEY_BASE64":
			if !hmacDone {
				out = append(out, "HMAC_KEY_BASE64 "+b64(k.hmac)+lineEnd(l))
				hmacDone = true
			}
		default:
			out = append(out, l)
		}
	}
	if !keyDone {
		return nil, fmt.Errorf("%w: stanza %s has no key line", ErrNotEditable, st.Label())
	}
	if !hmacDone {
		out = append(out, "HMAC_KEY_BASE64 "+b64(k.hmac)+"\n")
	}
	out = append(out, lines[last+1:]...)
	return []byte(strings.Join(out, "")), nil
}

// removeStanza cuts the stanza out, with the comment NewClient put above it
// and the blank line before that.
func removeStanza(data []byte, st *config.Stanza) []byte {
	lines, first, last, err := stanzaLines(data, st)
	if err != nil {
		return data // the candidate check then finds the stanza still there
	}
	if first > 0 && strings.HasPrefix(lines[first-1], markerPrefix+st.Name+":") {
		first--
	}
	if first > 0 && strings.TrimSpace(lines[first-1]) == "" {
		first--
	}
	return []byte(strings.Join(lines[:first], "") + strings.Join(lines[last+1:], ""))
}

// keysIn checks that the loaded candidate has the client with exactly k.
func keysIn(acc *config.Access, name string, k clientKeys) error {
	st := acc.ByName(name)
	switch {
	case st == nil:
		return errors.New("the client's stanza is missing")
	case !bytes.Equal(st.Key, k.rijndael) || !bytes.Equal(st.HMACKey, k.hmac) || st.HMACType != k.hmacType:
		return fmt.Errorf("stanza %s does not hold the new keys (another key line in it?)", st.Label())
	}
	return nil
}

// replaceFile puts text in place of the access file at path as the package
// documentation promises: written beside it, loaded and checked, the old
// text kept as path.bak, then renamed over it. exists is false when there
// is no file yet; old is its current text.
func replaceFile(path string, old, text []byte, exists bool, check func(*config.Access) error) error {
	perm, owner := fs.FileMode(0o600), fileOwner{}
	if exists {
		fi, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrFile, err)
		}
		// Others lose access: the file holds keys.
		perm, owner = fi.Mode().Perm()&^0o007, ownerOf(fi)
	}
	tmp, err := writeTemp(path, text, perm, owner)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // a no-op once renamed
	acc, _, err := config.LoadAccess(tmp)
	if err != nil {
		return candidateError(path, tmp, err)
	}
	if err := check(acc); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCandidateInvalid, path, err)
	}
	if exists {
		if err := keepBackup(path, old, perm, owner); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%w: %w", ErrFile, err)
	}
	return syncDir(filepath.Dir(path))
}

// candidateError reports why the candidate does not load, naming the real
// file rather than the temporary one.
func candidateError(path, tmp string, err error) error {
	var ce *config.Error
	if errors.As(err, &ce) && ce.File == tmp {
		return fmt.Errorf("%w: %s would be refused at line %d: %s (%w)", ErrCandidateInvalid, path, ce.Line, ce.Msg, ce.Err)
	}
	return fmt.Errorf("%w: %s: %w", ErrCandidateInvalid, path, err)
}

// keepBackup writes old to path.bak, atomically too, so a crash never
// leaves a torn backup.
func keepBackup(path string, old []byte, perm fs.FileMode, owner fileOwner) error {
	bak := path + ".bak"
	tmp, err := writeTemp(bak, old, perm, owner)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, bak); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%w: backup: %w", ErrFile, err)
	}
	return nil
}

// writeTemp writes data to a new file beside path with perm and owner, synced,
// and returns its name. The file is created 0600, so the data is never
// readable by others, even for a moment.
func writeTemp(path string, data []byte, perm fs.FileMode, owner fileOwner) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrFile, err)
	}
	err = errors.Join(owner.apply(f), f.Chmod(perm))
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("%w: %w", ErrFile, err)
	}
	return f.Name(), nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFile, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("%w: sync %s: %w", ErrFile, dir, err)
	}
	return nil
}

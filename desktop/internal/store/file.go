package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FormatVersion is the version of the profiles file this package reads
// and writes.
const FormatVersion = 1

// maxFileSize bounds the profiles file.
const maxFileSize = 4 << 20

// Errors of the profiles file, for errors.Is.
var (
	// ErrCorrupt: the profiles file cannot be read; it is left as it is.
	ErrCorrupt = errors.New("profiles file unreadable")
	// ErrNewerVersion: the profiles file was written by a newer Sesame.
	ErrNewerVersion = errors.New("profiles file from a newer Sesame")
)

// fileFormat is the profiles file: {"version": 1, "profiles": [...]}.
type fileFormat struct {
	Version  int           `json:"version"`
	Profiles []profileJSON `json:"profiles"`
}

// ParseProfiles reads the text of a profiles file named path (for
// messages). Errors name the place: path:line:column for syntax, the
// profile and field for invalid values.
func ParseProfiles(data []byte, path string) ([]Profile, error) {
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("%w: %s: larger than %d bytes", ErrCorrupt, path, maxFileSize)
	}
	var head struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, syntaxErr(data, path, err)
	}
	switch {
	case head.Version == nil:
		return nil, fmt.Errorf("%w: %s: no \"version\" field; not a Sesame profiles file", ErrCorrupt, path)
	case *head.Version > FormatVersion:
		return nil, fmt.Errorf("%w: %s has format version %d; this Sesame reads version %d: update Sesame", ErrNewerVersion, path, *head.Version, FormatVersion)
	case *head.Version < 1:
		return nil, fmt.Errorf("%w: %s: version %d is not a format version", ErrCorrupt, path, *head.Version)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f fileFormat
	if err := dec.Decode(&f); err != nil {
		return nil, syntaxErr(data, path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s:%s: text after the end", ErrCorrupt, path, place(data, dec.InputOffset()))
	}
	seen := map[string]bool{}
	ps := make([]Profile, len(f.Profiles))
	for i := range f.Profiles {
		p, err := f.Profiles[i].profile()
		if err == nil {
			err = p.Validate()
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: profile %d (%q): %v", ErrCorrupt, path, i+1, f.Profiles[i].Name, err)
		}
		if seen[p.Name] {
			return nil, fmt.Errorf("%w: %s: profile name %q appears twice", ErrCorrupt, path, p.Name)
		}
		seen[p.Name] = true
		ps[i] = p
	}
	return ps, nil
}

// syntaxErr turns a JSON error into one naming path:line:column.
func syntaxErr(data []byte, path string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("%w: %s:%s: %v", ErrCorrupt, path, place(data, se.Offset), se)
	case errors.As(err, &te):
		return fmt.Errorf("%w: %s:%s: field %q: want a %s, not a JSON %s", ErrCorrupt, path, place(data, te.Offset), te.Field, te.Type, te.Value)
	}
	return fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
}

// place is "line:column" of the byte offset off (1-based).
func place(data []byte, off int64) string {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("%d:%d", line, col)
}

// FormatProfiles returns the text of a profiles file holding ps.
func FormatProfiles(ps []Profile) ([]byte, error) {
	f := fileFormat{Version: FormatVersion, Profiles: make([]profileJSON, len(ps))}
	for i := range ps {
		f.Profiles[i] = ps[i].toJSON()
	}
	data, err := json.MarshalIndent(f, "", "  ")
	return append(data, '\n'), err
}

// readProfiles loads path; a missing file is an empty list.
func readProfiles(path string) ([]Profile, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseProfiles(data, path)
}

// WriteFileAtomic replaces path with data: a temporary file in the same
// folder, synced, then renamed over path, so a crash leaves the old file
// or the new one, never half of one.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // a no-op after the rename
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrKeysShared: storing a profile's keys would replace the keys of
// another profile, which keeps its keys in the same place (the same key
// file, by any path). Nothing is written.
var ErrKeysShared = errors.New("keys shared with another profile")

// The place a profile's keys are written to is derived from the profile:
// the keyring entry of its name, or the file its key source names. Two
// profiles never share a keyring entry (names are unique); they may name
// the same file (a copy, or an explicit --key-source), and then neither
// may write it: writing the keys of one would silently change the other's.
// An env: source is never written, so it can be shared freely.

// sharesKeys reports whether writing the keys of p would change the keys
// q reads.
func sharesKeys(p, q Profile) bool {
	switch {
	case p.Keys.Kind == SourceKeyring && q.Keys.Kind == SourceKeyring:
		return p.Name == q.Name
	case isFileSource(p.Keys) && isFileSource(q.Keys):
		return samePath(p.Keys.Path, q.Keys.Path)
	}
	return false
}

func isFileSource(k KeySource) bool { return k.Kind == SourceFile || k.Kind == SourceAge }

// samePath reports whether a and b name one file: the same path once the
// links of their folders are resolved, or the same existing file (a hard
// or symbolic link to it).
func samePath(a, b string) bool {
	if a == b || canonical(a) == canonical(b) {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// canonical is path with its folder's symbolic links resolved (the file
// itself may not exist yet).
func canonical(path string) string {
	dir, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return filepath.Clean(path)
	}
	return filepath.Join(dir, filepath.Base(path))
}

// checkKeyPlace refuses keys for p that would change the keys of another
// profile of ps (any profile named otherwise than p).
func checkKeyPlace(ps []Profile, p Profile) error {
	for _, q := range ps {
		if q.Name != p.Name && sharesKeys(p, q) {
			return fmt.Errorf("%w: the keys of %s would be written to %s, where profile %s keeps its keys, and would replace them; give %s a key source of its own (--key-source age:FILE or file:FILE with another file, or keyring)",
				ErrKeysShared, p.Name, p.Keys.Path, q.Name, p.Name)
		}
	}
	return nil
}

// keyWrite is one profile's keys ready to be written: the text for the
// keyring, or the bytes of the key file (an age file is encrypted, and its
// passphrase asked, before the store's lock is taken).
type keyWrite struct {
	p    Profile
	text string // keyring
	data []byte // file and age
}

// prepareKeys checks k and readies it for the place p names. An env:
// source cannot be written: ErrReadOnlyKeys.
func (s *Store) prepareKeys(ctx context.Context, p Profile, k Keys) (keyWrite, error) {
	if err := k.check(); err != nil {
		return keyWrite{}, err
	}
	w := keyWrite{p: p}
	switch p.Keys.Kind {
	case SourceEnv:
		return keyWrite{}, fmt.Errorf("%w ($%s): set the variable to the keys yourself", ErrReadOnlyKeys, p.Keys.Env)
	case SourceFile:
		w.data = []byte(k.Text())
	case SourceAge:
		data, err := s.sealAge(ctx, p, k)
		if err != nil {
			return keyWrite{}, err
		}
		w.data = data
	default:
		if s.Secrets == nil {
			return keyWrite{}, fmt.Errorf("%w: no keyring configured", ErrNoKeyring)
		}
		w.text = k.Text()
	}
	return w, nil
}

// write stores w and returns what puts the place back as it was (the
// earlier keys, or none), for a change that fails later on.
func (s *Store) write(ctx context.Context, w keyWrite) (undo func(), err error) {
	if isFileSource(w.p.Keys) {
		return writeKeyFile(w.p.Keys.Path, w.data)
	}
	name := w.p.Name
	old, err := s.Secrets.Get(ctx, name)
	had := err == nil
	if err != nil && !errors.Is(err, ErrNoKeys) {
		return nil, err
	}
	if err := s.Secrets.Set(ctx, name, w.text); err != nil {
		return nil, err
	}
	return func() {
		if had {
			s.Secrets.Set(context.WithoutCancel(ctx), name, old)
		} else {
			s.Secrets.Delete(context.WithoutCancel(ctx), name)
		}
	}, nil
}

// writeKeyFile replaces path with data (0600, atomically) and returns what
// restores the earlier file, or removes it when there was none.
func writeKeyFile(path string, data []byte) (func(), error) {
	old, err := os.ReadFile(path)
	had := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("key file: %v", err)
	}
	if err := WriteFileAtomic(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("key file: %v", err)
	}
	return func() {
		if had {
			WriteFileAtomic(path, old, 0o600)
		} else {
			os.Remove(path)
		}
	}, nil
}

// undoList collects what puts places back, run last first.
type undoList []func()

func (u *undoList) add(f func()) { *u = append(*u, f) }

func (u undoList) run() {
	for i := len(u) - 1; i >= 0; i-- {
		u[i]()
	}
}

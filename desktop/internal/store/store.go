package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/sesame-spa/sesame/shared/profile"
)

// Errors of the profile list, for errors.Is.
var (
	// ErrNotFound: no profile has that name.
	ErrNotFound = errors.New("no such profile")
	// ErrExists: a profile of that name exists already.
	ErrExists = errors.New("profile exists")
)

// ProfilesFile is the name of the profiles file in the store's folder.
const ProfilesFile = "profiles.json"

// Store is the profiles file of one folder and the keys the profiles
// name. Fill the fields before first use; do not change them afterwards.
type Store struct {
	Dir     string  // folder of ProfilesFile (see DefaultDir)
	Secrets Secrets // the OS keyring (NewKeyring) or a fake

	// Getenv reads the variables of env: key sources; nil: os.Getenv.
	Getenv func(string) string
	// Passphrase asks for the passphrase of an age: key file; nil when
	// there is no one to ask (no terminal): such keys then fail with a
	// message saying what to set. confirm asks twice, for a new file.
	Passphrase func(ctx context.Context, prompt string, confirm bool) ([]byte, error)
	// ScryptWorkFactor for new age: key files; 0: age's default (about a
	// second of work to try one passphrase).
	ScryptWorkFactor int

	mu sync.Mutex
}

// DefaultDir is the store's folder: sesame in the user's config folder
// (~/.config/sesame on Linux).
func DefaultDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "sesame"), nil
}

// Path is the profiles file.
func (s *Store) Path() string { return filepath.Join(s.Dir, ProfilesFile) }

// List returns the profiles, sorted by name.
func (s *Store) List() ([]Profile, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	slices.SortFunc(ps, func(a, b Profile) int { return cmpString(a.Name, b.Name) })
	return ps, err
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Get returns the profile named name.
func (s *Store) Get(name string) (Profile, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	if err != nil {
		return Profile{}, err
	}
	i := index(ps, name)
	if i < 0 {
		return Profile{}, notFound(name)
	}
	return ps[i], nil
}

func index(ps []Profile, name string) int {
	return slices.IndexFunc(ps, func(p Profile) bool { return p.Name == name })
}

func notFound(name string) error {
	return fmt.Errorf("%w named %q (sesame profile list shows them)", ErrNotFound, name)
}

// edit loads the list, lets f change it and saves the result. Nothing is
// written when loading or f fails.
func (s *Store) edit(f func(ps []Profile) ([]Profile, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	if err != nil {
		return err
	}
	if ps, err = f(ps); err != nil {
		return err
	}
	return writeProfiles(s.Path(), ps)
}

// writeProfiles replaces the profiles file path with ps.
func writeProfiles(path string, ps []Profile) error {
	data, err := FormatProfiles(ps)
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data, 0o600)
}

// Entry is a profile to save and, when Keys is not nil, its keys.
type Entry struct {
	Profile Profile
	Keys    *Keys
}

// Add saves a new profile and, when keys is not nil, its keys in the place
// p.Keys names. The keys are stored first, so a profile is never saved
// pointing at keys that failed to store. Keys that would replace another
// profile's (ErrKeysShared) are refused and nothing is written.
func (s *Store) Add(ctx context.Context, p Profile, keys *Keys) error {
	return s.AddAll(ctx, []Entry{{Profile: p, Keys: keys}})
}

// AddAll saves new profiles and their keys, all or none: a name taken, an
// invalid profile, or keys that would replace the keys of another profile
// (one already saved or one of es: ErrKeysShared, naming both) refuse the
// whole list before anything is written. Keys already written when a later
// write fails are put back as they were.
func (s *Store) AddAll(ctx context.Context, es []Entry) error {
	return s.save(ctx, "", es, addNew)
}

// Save adds p (previous empty) or replaces the profile named previous with
// it, renaming it when p has another name (keys kept in the keyring move
// with it), and stores keys, when not nil, where p.Keys says. As with
// AddAll, nothing is written when p is refused.
func (s *Store) Save(ctx context.Context, previous string, p Profile, keys *Keys) error {
	if previous == "" {
		return s.Add(ctx, p, keys)
	}
	return s.save(ctx, previous, []Entry{{Profile: p, Keys: keys}}, replace)
}

// Update replaces the profile named name with p. When p has another name
// the profile is renamed, and keys kept in the keyring move with it.
func (s *Store) Update(ctx context.Context, name string, p Profile) error {
	return s.Save(ctx, name, p, nil)
}

// saveMode is what save does with the profiles of its entries.
type saveMode int

const (
	keysOnly saveMode = iota // store the keys; the profiles file stays as it is
	addNew                   // add the profiles
	replace                  // replace the profile previous with the one entry
)

// save checks the change, asks what must be asked (an age passphrase)
// without holding the lock, then, holding it, checks again against the
// file as it is now and applies it.
func (s *Store) save(ctx context.Context, previous string, es []Entry, mode saveMode) error {
	if mode != keysOnly {
		for _, e := range es {
			if err := e.Profile.Validate(); err != nil {
				return err
			}
		}
	}
	if err := s.check(previous, es, mode); err != nil {
		return err
	}
	var writes []keyWrite
	for _, e := range es {
		if e.Keys != nil {
			w, err := s.prepareKeys(ctx, e.Profile, *e.Keys)
			if err != nil {
				return err
			}
			writes = append(writes, w)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	if err != nil {
		return err
	}
	next, err := plan(ps, previous, es, mode)
	if err != nil {
		return err
	}
	c := change{writes: writes, moveFrom: movedEntry(ps, previous, es, mode)}
	if c.moveFrom != "" && es[0].Keys == nil {
		c.moveTo = es[0].Profile.Name
	}
	if mode != keysOnly {
		c.profiles = next
	}
	return s.apply(ctx, c)
}

// change is what save writes once it is checked.
type change struct {
	moveFrom, moveTo string     // a keyring entry a rename copies (moveTo "": new keys replace it) and then deletes
	writes           []keyWrite // keys
	profiles         []Profile  // the new profiles file; nil: unchanged
}

// apply writes c: keys first, then the profiles file, then the old keyring
// entry of a rename goes. A failure puts back the keys already written.
// The caller holds s.mu.
func (s *Store) apply(ctx context.Context, c change) error {
	var undo undoList
	if c.moveTo != "" {
		u, err := s.copyKeyring(ctx, c.moveFrom, c.moveTo)
		if err != nil {
			return err
		}
		undo.add(u)
	}
	for _, w := range c.writes {
		u, err := s.write(ctx, w)
		if err != nil {
			undo.run()
			return err
		}
		undo.add(u)
	}
	if c.profiles != nil {
		if err := writeProfiles(s.Path(), c.profiles); err != nil {
			undo.run()
			return err
		}
	}
	if c.moveFrom != "" {
		return s.Secrets.Delete(ctx, c.moveFrom)
	}
	return nil
}

// check is plan on the file as it is, before any passphrase is asked.
func (s *Store) check(previous string, es []Entry, mode saveMode) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	if err != nil {
		return err
	}
	_, err = plan(ps, previous, es, mode)
	return err
}

// plan returns the profiles after the change, or why it is refused: a
// name missing or taken, or keys that would replace another profile's.
func plan(ps []Profile, previous string, es []Entry, mode saveMode) ([]Profile, error) {
	next := slices.Clone(ps)
	switch mode {
	case replace:
		i := index(next, previous)
		if i < 0 {
			return nil, notFound(previous)
		}
		p := es[0].Profile
		if p.Name != previous && index(next, p.Name) >= 0 {
			return nil, fmt.Errorf("%w: %q", ErrExists, p.Name)
		}
		next[i] = p
	case addNew:
		for _, e := range es {
			if index(next, e.Profile.Name) >= 0 {
				return nil, fmt.Errorf("%w: %q", ErrExists, e.Profile.Name)
			}
			next = append(next, e.Profile)
		}
	}
	for _, e := range es {
		if e.Keys != nil {
			if err := checkKeyPlace(next, e.Profile); err != nil {
				return nil, err
			}
		}
	}
	return next, nil
}

// movedEntry is the keyring entry a rename moves: the old name, when the
// profile keeps its keys in the keyring before and after; else "".
func movedEntry(ps []Profile, previous string, es []Entry, mode saveMode) string {
	if mode != replace {
		return ""
	}
	old, p := ps[index(ps, previous)], es[0].Profile
	if p.Name != previous && old.Keys.Kind == SourceKeyring && p.Keys.Kind == SourceKeyring {
		return previous
	}
	return ""
}

// copyKeyring copies the keyring entry of from to to (no entry is fine)
// and returns what undoes it.
func (s *Store) copyKeyring(ctx context.Context, from, to string) (func(), error) {
	v, err := s.Secrets.Get(ctx, from)
	if errors.Is(err, ErrNoKeys) {
		return func() {}, nil
	}
	if err != nil {
		return nil, err
	}
	return s.write(ctx, keyWrite{p: Profile{Profile: profile.Profile{Name: to}}, text: v})
}

// Duplicate saves a copy of the profile named name as newName. Keys kept
// in the keyring are copied to the copy's own entry. A copy of a profile
// whose key source names a file or a variable names the same one: it reads
// the same keys, and since no profile may write keys where another keeps
// its own (ErrKeysShared), new keys for either need a key file of its own
// first; the original's keys can never be replaced through the copy.
func (s *Store) Duplicate(ctx context.Context, name, newName string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ps, err := readProfiles(s.Path())
	if err != nil {
		return err
	}
	i := index(ps, name)
	if i < 0 {
		return notFound(name)
	}
	p := ps[i]
	p.Name = newName
	if err := p.Validate(); err != nil {
		return err
	}
	if index(ps, newName) >= 0 {
		return fmt.Errorf("%w: %q", ErrExists, newName)
	}
	undo := func() {}
	if p.Keys.Kind == SourceKeyring {
		if undo, err = s.copyKeyring(ctx, name, newName); err != nil {
			return err
		}
	}
	if err := writeProfiles(s.Path(), append(ps, p)); err != nil {
		undo()
		return err
	}
	return nil
}

// Remove deletes the profile named name and its keyring entry. Key files
// and variables the profile named are left alone: the user made them.
func (s *Store) Remove(ctx context.Context, name string) error {
	var removed Profile
	err := s.edit(func(ps []Profile) ([]Profile, error) {
		i := index(ps, name)
		if i < 0 {
			return nil, notFound(name)
		}
		removed = ps[i]
		return slices.Delete(ps, i, i+1), nil
	})
	if err != nil || removed.Keys.Kind != SourceKeyring {
		return err
	}
	return s.Secrets.Delete(ctx, name)
}

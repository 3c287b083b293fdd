package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
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
	data, err := FormatProfiles(ps)
	if err != nil {
		return err
	}
	return WriteFileAtomic(s.Path(), data, 0o600)
}

// Add saves a new profile and, when keys is not nil, its keys in the place
// p.Keys names. The keys are stored first, so a profile is never saved
// pointing at keys that failed to store.
func (s *Store) Add(ctx context.Context, p Profile, keys *Keys) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if _, err := s.Get(p.Name); err == nil {
		return fmt.Errorf("%w: %q", ErrExists, p.Name)
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}
	if keys != nil {
		if err := s.SetKeys(ctx, p, *keys); err != nil {
			return err
		}
	}
	return s.edit(func(ps []Profile) ([]Profile, error) {
		if index(ps, p.Name) >= 0 {
			return nil, fmt.Errorf("%w: %q", ErrExists, p.Name)
		}
		return append(ps, p), nil
	})
}

// Update replaces the profile named name with p. When p has another name
// the profile is renamed, and keys kept in the keyring move with it.
func (s *Store) Update(ctx context.Context, name string, p Profile) error {
	if err := p.Validate(); err != nil {
		return err
	}
	old, err := s.Get(name)
	if err != nil {
		return err
	}
	moveKeys := p.Name != name && old.Keys.Kind == SourceKeyring && p.Keys.Kind == SourceKeyring
	if moveKeys {
		if err := s.copyKeyring(ctx, name, p.Name); err != nil {
			return err
		}
	}
	err = s.edit(func(ps []Profile) ([]Profile, error) {
		i := index(ps, name)
		if i < 0 {
			return nil, notFound(name)
		}
		if p.Name != name && index(ps, p.Name) >= 0 {
			return nil, fmt.Errorf("%w: %q", ErrExists, p.Name)
		}
		ps[i] = p
		return ps, nil
	})
	if moveKeys {
		if err != nil {
			s.Secrets.Delete(ctx, p.Name)
			return err
		}
		return s.Secrets.Delete(ctx, name)
	}
	return err
}

// copyKeyring copies the keyring entry of from to to; no entry is fine.
func (s *Store) copyKeyring(ctx context.Context, from, to string) error {
	v, err := s.Secrets.Get(ctx, from)
	if errors.Is(err, ErrNoKeys) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.Secrets.Set(ctx, to, v)
}

// Duplicate saves a copy of the profile named name as newName, with a copy
// of keyring keys (other key sources are shared: they name one place).
func (s *Store) Duplicate(ctx context.Context, name, newName string) error {
	p, err := s.Get(name)
	if err != nil {
		return err
	}
	p.Name = newName
	if err := p.Validate(); err != nil {
		return err
	}
	if _, err := s.Get(newName); err == nil {
		return fmt.Errorf("%w: %q", ErrExists, newName)
	}
	if p.Keys.Kind == SourceKeyring {
		if err := s.copyKeyring(ctx, name, newName); err != nil {
			return err
		}
	}
	return s.edit(func(ps []Profile) ([]Profile, error) { return append(ps, p), nil })
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

package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"filippo.io/age"
)

// ErrNeedSecret: the keys cannot be read without asking, and there is no
// one to ask (no terminal). The message says what to set instead.
var ErrNeedSecret = errors.New("cannot read the keys without a prompt")

// ErrReadOnlyKeys: the profile's key source is an environment variable,
// which Sesame reads but cannot set.
var ErrReadOnlyKeys = errors.New("keys come from an environment variable")

// maxKeyFile bounds a key file.
const maxKeyFile = 64 << 10

// Keys returns the keys of p from the place p.Keys names.
func (s *Store) Keys(ctx context.Context, p Profile) (Keys, error) {
	text, err := s.keyText(ctx, p)
	if err != nil {
		return Keys{}, err
	}
	k, err := ParseKeys(text)
	if err != nil {
		return Keys{}, fmt.Errorf("keys of profile %q (%s): %w", p.Name, p.Keys, err)
	}
	return k, nil
}

func (s *Store) keyText(ctx context.Context, p Profile) (string, error) {
	switch p.Keys.Kind {
	case SourceEnv:
		v := s.getenv(p.Keys.Env)
		if v == "" {
			return "", fmt.Errorf("%w: profile %q reads its keys from $%s, which is not set; set it to the output of `sesame keygen` (or `sesame profile export %s --keys`)", ErrNoKeys, p.Name, p.Keys.Env, p.Name)
		}
		return v, nil
	case SourceFile:
		return readPrivateFile(p.Keys.Path)
	case SourceAge:
		return s.readAge(ctx, p)
	}
	if s.Secrets == nil {
		return "", fmt.Errorf("%w: no keyring configured", ErrNoKeyring)
	}
	v, err := s.Secrets.Get(ctx, p.Name)
	if errors.Is(err, ErrNoKeys) {
		return "", fmt.Errorf("%w for profile %q in the OS keyring; set them: sesame profile edit %s --keys-from FILE (or --generate-keys)", ErrNoKeys, p.Name, p.Name)
	}
	return v, err
}

// SetKeys stores k in the place p.Keys names (a key file is written
// 0600, atomically). An env: source cannot be written: ErrReadOnlyKeys. A
// place another profile of the store keeps its keys in is refused with
// ErrKeysShared, before any passphrase is asked.
func (s *Store) SetKeys(ctx context.Context, p Profile, k Keys) error {
	return s.save(ctx, "", []Entry{{Profile: p, Keys: &k}}, keysOnly)
}

func (s *Store) getenv(name string) string {
	if s.Getenv != nil {
		return s.Getenv(name)
	}
	return os.Getenv(name)
}

// readPrivateFile reads a key file that only its owner can read.
func readPrivateFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("%w: key file: %v", ErrNoKeys, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	if perm := st.Mode().Perm(); !st.Mode().IsRegular() || perm&0o077 != 0 {
		return "", fmt.Errorf("%w: key file %s has mode %04o, so other users can read it; run: chmod 600 %s", ErrBadKeys, path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile))
	return string(data), err
}

func (s *Store) passphrase(ctx context.Context, p Profile, confirm bool) ([]byte, error) {
	if s.Passphrase == nil {
		return nil, fmt.Errorf("%w: profile %q keeps its keys in %s under a passphrase and there is no terminal to ask for it; run from a terminal, or give it a key source for scripts: sesame profile edit %s --key-source file:FILE (0600) or env:VARIABLE",
			ErrNeedSecret, p.Name, p.Keys.Path, p.Name)
	}
	return s.Passphrase(ctx, fmt.Sprintf("Passphrase for the keys of %s (%s): ", p.Name, p.Keys.Path), confirm)
}

func (s *Store) readAge(ctx context.Context, p Profile) (string, error) {
	data, err := os.ReadFile(p.Keys.Path)
	if err != nil {
		return "", fmt.Errorf("%w: key file: %v", ErrNoKeys, err)
	}
	pw, err := s.passphrase(ctx, p, false)
	if err != nil {
		return "", err
	}
	id, err := age.NewScryptIdentity(string(pw))
	if err != nil {
		return "", err
	}
	r, err := age.Decrypt(bytes.NewReader(data), id)
	if err != nil {
		var wrong *age.NoIdentityMatchError
		if errors.As(err, &wrong) || strings.Contains(err.Error(), "incorrect passphrase") {
			return "", fmt.Errorf("%w: wrong passphrase for %s", ErrBadKeys, p.Keys.Path)
		}
		return "", fmt.Errorf("%w: %s: %v", ErrBadKeys, p.Keys.Path, err)
	}
	out, err := io.ReadAll(io.LimitReader(r, maxKeyFile))
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrBadKeys, p.Keys.Path, err)
	}
	return string(out), nil
}

// sealAge encrypts k with a passphrase asked for p (twice), as the bytes
// of an age file.
func (s *Store) sealAge(ctx context.Context, p Profile, k Keys) ([]byte, error) {
	pw, err := s.passphrase(ctx, p, true)
	if err != nil {
		return nil, err
	}
	rcpt, err := age.NewScryptRecipient(string(pw))
	if err != nil {
		return nil, err
	}
	if s.ScryptWorkFactor > 0 {
		rcpt.SetWorkFactor(s.ScryptWorkFactor)
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, rcpt)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(w, k.Text()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

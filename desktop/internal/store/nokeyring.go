package store

import (
	"context"
	"fmt"
)

// NoKeyring is the Secrets of a desktop without a keyring to reach (no
// D-Bus session on Linux): it never tries one, so nothing is launched to
// find one. Nothing can have been stored in it, so Delete is a no-op; Get
// and Set fail with ErrNoKeyring and Why, in plain words, so that the app
// keeps keys in passphrase-protected (age) files instead.
type NoKeyring struct {
	Why string // "no desktop keyring (no D-Bus session)"
}

func (n NoKeyring) err() error {
	return fmt.Errorf("%w: %s; keep the keys in a passphrase-protected file (--key-source age:FILE)", ErrNoKeyring, n.Why)
}

// Get fails: there is no keyring.
func (n NoKeyring) Get(context.Context, string) (string, error) { return "", n.err() }

// Set fails: there is no keyring.
func (n NoKeyring) Set(context.Context, string, string) error { return n.err() }

// Delete has nothing to remove.
func (NoKeyring) Delete(context.Context, string) error { return nil }

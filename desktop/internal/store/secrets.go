package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/zalando/go-keyring"
)

// Secrets is where keys are kept by name: the OS keyring, or a fake in
// tests. Implementations must honour ctx's deadline.
type Secrets interface {
	Get(ctx context.Context, account string) (string, error)
	Set(ctx context.Context, account, secret string) error
	Delete(ctx context.Context, account string) error
}

// Errors of the keyring, for errors.Is.
var (
	// ErrNoKeyring: no OS keyring can be reached (a Linux box without a
	// Secret Service on D-Bus, for one).
	ErrNoKeyring = errors.New("no OS keyring available")
	// ErrKeyringTimeout: the keyring did not answer in time; it may be
	// locked and waiting for a password dialog that never comes.
	ErrKeyringTimeout = errors.New("the OS keyring did not answer")
	// ErrSecretTooBig: the keyring refuses a secret this large (Windows
	// keeps at most 2560 bytes).
	ErrSecretTooBig = errors.New("secret too large for the OS keyring")
	// ErrNoKeys: no keys are stored for the profile.
	ErrNoKeys = errors.New("no keys stored")
)

// DefaultKeyringTimeout bounds each keyring call.
const DefaultKeyringTimeout = 5 * time.Second

// Keyring is the OS keyring (go-keyring: Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows) with a deadline on every call.
// The underlying call runs on its own goroutine: when it hangs, the caller
// gets ErrKeyringTimeout and the goroutine ends whenever the keyring does.
type Keyring struct {
	Service string        // the keyring's service name for all entries
	Timeout time.Duration // per call; 0: DefaultKeyringTimeout
	backend keyring.Keyring
}

// NewKeyring returns the OS keyring under the service name "sesame".
func NewKeyring() *Keyring {
	return &Keyring{Service: "sesame", backend: osKeyring{}}
}

// osKeyring calls go-keyring's package functions, which keyring.MockInit
// redirects in tests.
type osKeyring struct{}

func (osKeyring) Get(service, user string) (string, error) { return keyring.Get(service, user) }
func (osKeyring) Set(service, user, pw string) error       { return keyring.Set(service, user, pw) }
func (osKeyring) Delete(service, user string) error        { return keyring.Delete(service, user) }
func (osKeyring) DeleteAll(service string) error           { return keyring.DeleteAll(service) }

// Get returns the secret stored for account, or an error matching ErrNoKeys.
func (k *Keyring) Get(ctx context.Context, account string) (string, error) {
	var v string
	err := k.call(ctx, func(b keyring.Keyring) (err error) {
		v, err = b.Get(k.Service, account)
		return err
	})
	return v, err
}

// Set stores secret for account, replacing any earlier one.
func (k *Keyring) Set(ctx context.Context, account, secret string) error {
	return k.call(ctx, func(b keyring.Keyring) error { return b.Set(k.Service, account, secret) })
}

// Delete removes the secret of account; a missing one is no error.
func (k *Keyring) Delete(ctx context.Context, account string) error {
	err := k.call(ctx, func(b keyring.Keyring) error { return b.Delete(k.Service, account) })
	if errors.Is(err, ErrNoKeys) {
		return nil
	}
	return err
}

// call runs f with a deadline and maps go-keyring's errors to ours.
func (k *Keyring) call(ctx context.Context, f func(keyring.Keyring) error) error {
	timeout := k.Timeout
	if timeout <= 0 {
		timeout = DefaultKeyringTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	b := k.backend
	if b == nil {
		b = osKeyring{}
	}
	done := make(chan error, 1) // buffered: a late answer must not block the goroutine
	go func() { done <- f(b) }()
	select {
	case err := <-done:
		return mapKeyringErr(err)
	case <-ctx.Done():
		return fmt.Errorf("%w within %s: it may be locked (unlock it and retry) or not working; a profile can keep its keys elsewhere (--key-source age:FILE)", ErrKeyringTimeout, timeout)
	}
}

func mapKeyringErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrNoKeys
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return fmt.Errorf("%w (Windows keeps at most 2560 bytes); keep the keys in a file instead (--key-source age:FILE)", ErrSecretTooBig)
	}
	return fmt.Errorf("%w (%v); keep the keys in a passphrase-protected file instead (--key-source age:FILE), or start a Secret Service such as gnome-keyring", ErrNoKeyring, err)
}

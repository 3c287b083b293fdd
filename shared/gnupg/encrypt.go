package gnupg

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Errors of Encrypt and Lookup.
var (
	// ErrNoKey: no key of the home matches the name given.
	ErrNoKey = errors.New("gnupg: no such key")
	// ErrAmbiguous: more than one key matches the name given.
	ErrAmbiguous = errors.New("gnupg: more than one key matches")
	// ErrEncrypt: gpg did not report END_ENCRYPTION (and SIG_CREATED
	// when signing).
	ErrEncrypt = errors.New("gnupg: encryption failed")
)

// Encrypt encrypts plain to recipient and, when signer is not empty, signs
// it with signer's secret key (gpg --encrypt --sign, binary, as GPGME's
// encrypt_sign with ENCRYPT_ALWAYS_TRUST: the recipient is the key the user
// named, whatever its owner trust). recipient and signer are fingerprints,
// key ids or user ids as gpg takes them; see Lookup to check them first.
// pass, when not nil, unlocks the signing key through a pipe.
func (g *GPG) Encrypt(ctx context.Context, plain []byte, recipient, signer string, pass []byte) ([]byte, error) {
	if recipient == "" {
		return nil, fmt.Errorf("%w: no recipient given", ErrNoKey)
	}
	args := []string{"--always-trust", "--output", "-", "--encrypt", "--recipient", recipient}
	if signer != "" {
		args = append(args, "--sign", "--local-user", signer)
	}
	r, err := g.exec(ctx, &run{args: append(args, "-"), stdin: plain, pass: pass})
	if err != nil {
		return nil, err
	}
	if err := encryptError(r, signer != ""); err != nil {
		return nil, err
	}
	return r.stdout, nil
}

func encryptError(r *result, signing bool) error {
	ok := r.has("END_ENCRYPTION") && (!signing || r.has("SIG_CREATED"))
	if ok && r.exit == nil {
		return nil
	}
	why := r.stderrLine()
	switch {
	case r.has("BAD_PASSPHRASE") || r.errCode() == errBadPassphrase:
		return fmt.Errorf("%w (signing key): %s", ErrBadPassphrase, why)
	case r.has("MISSING_PASSPHRASE") || r.has("PINENTRY_LAUNCHED") || isCancel(r.errCode()):
		return fmt.Errorf("%w (signing key): %s", ErrNoPassphrase, why)
	case r.has("INV_RECP") || r.has("NO_RECP"):
		return fmt.Errorf("%w: recipient not usable: %s", ErrNoKey, why)
	case r.has("INV_SGNR") || r.has("NO_SGNR"):
		return fmt.Errorf("%w: signing key not usable: %s", ErrNoKey, why)
	}
	return fmt.Errorf("%w: %s", ErrEncrypt, why)
}

// Key is one key of the home as Lookup lists it.
type Key struct {
	// Fingerprint is the primary key's fingerprint, upper-case hex.
	Fingerprint string
	// Subkeys are the fingerprints of its subkeys.
	Subkeys []string
	// UserIDs are its user ids.
	UserIDs []string
}

// Lookup returns the one key that name (a fingerprint, key id or user id,
// as gpg matches them) designates; with secret, the one whose secret key is
// in the home. Like libfko's get_gpg_key it refuses a name that matches no
// key (ErrNoKey) or several (ErrAmbiguous).
func (g *GPG) Lookup(ctx context.Context, name string, secret bool) (*Key, error) {
	keys, err := g.List(ctx, name, secret)
	if err != nil {
		return nil, err
	}
	kind := "public"
	if secret {
		kind = "secret"
	}
	switch len(keys) {
	case 0:
		return nil, fmt.Errorf("%w: no %s key %q in %s", ErrNoKey, kind, name, g.Home)
	case 1:
		return &keys[0], nil
	}
	return nil, fmt.Errorf("%w: %q names %d %s keys in %s; give a fingerprint", ErrAmbiguous, name, len(keys), kind, g.Home)
}

// List returns the keys matching name (all keys when name is empty), or
// those with a secret part when secret is set.
func (g *GPG) List(ctx context.Context, name string, secret bool) ([]Key, error) {
	op := "--list-keys"
	if secret {
		op = "--list-secret-keys"
	}
	args := []string{"--with-colons", "--fixed-list-mode", "--with-fingerprint", "--with-fingerprint", op}
	if name != "" {
		args = append(args, "--", name)
	}
	r, err := g.exec(ctx, &run{args: args})
	if err != nil {
		return nil, err
	}
	keys := parseColons(string(r.stdout))
	if len(keys) == 0 && r.exit != nil && name == "" {
		return nil, fmt.Errorf("gnupg: listing the keys of %s: %s", g.Home, r.stderrLine())
	}
	return keys, nil
}

// parseColons reads gpg's --with-colons key listing: a pub or sec record
// starts a key, the fpr record after it (or after sub/ssb) is that key's
// fingerprint, uid records carry user ids (field 10, C-escaped).
func parseColons(out string) []Key {
	var keys []Key
	last := ""
	for _, line := range strings.Split(out, "\n") {
		f := strings.Split(line, ":")
		if len(f) < 10 {
			continue
		}
		switch f[0] {
		case "pub", "sec", "sub", "ssb":
			last = f[0]
			if f[0] == "pub" || f[0] == "sec" {
				keys = append(keys, Key{})
			}
		case "fpr":
			if len(keys) == 0 {
				continue
			}
			k := &keys[len(keys)-1]
			switch {
			case (last == "pub" || last == "sec") && k.Fingerprint == "":
				k.Fingerprint = strings.ToUpper(f[9])
			case last == "sub" || last == "ssb":
				k.Subkeys = append(k.Subkeys, strings.ToUpper(f[9]))
			}
			last = ""
		case "uid":
			if len(keys) > 0 {
				keys[len(keys)-1].UserIDs = append(keys[len(keys)-1].UserIDs, f[9])
			}
		}
	}
	return keys
}

// Matches reports whether id (a key id of at least 8 hex digits or a
// fingerprint, any case, optional 0x) names the key or one of its subkeys.
func (k *Key) Matches(id string) bool {
	id = strings.ToUpper(strings.TrimPrefix(strings.TrimPrefix(strings.ReplaceAll(id, " ", ""), "0x"), "0X"))
	if len(id) < 8 {
		return false
	}
	for _, fp := range append([]string{k.Fingerprint}, k.Subkeys...) {
		if strings.HasSuffix(fp, id) {
			return true
		}
	}
	return false
}

package knock

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/sesame-spa/sesame/shared/spa"
)

// GPG keys of a GnuPG 2.x home (pubring.kbx, which no Go OpenPGP library
// reads) are used through the gpg program: see gnupg.go. Otherwise they
// are read from files. A --gpg-recipient-key or
// --gpg-signer-key value is either the path of a key file (armored or
// binary), or a key id (8 or 16 hex digits, optional 0x), a fingerprint or
// a user id fragment (such as an e-mail address) looked up in the key files
// of the GPG home folder: pubring.gpg and secring.gpg (GnuPG 1.x keyrings)
// and every *.asc and *.gpg file, such as one made with
//
//	gpg --export --armor SERVER_KEY_ID > ~/.gnupg/server.asc
//	gpg --export-secret-keys --armor MY_KEY_ID > ~/.gnupg/me.asc
func loadGPG(o *Options, prompt Prompter) (*spa.GPG, error) {
	if o.GPGRecipient == "" {
		return nil, invalid("GPG needs --gpg-recipient-key, the server's public key")
	}
	if err := checkGPGPaths(o); err != nil {
		return nil, err
	}
	home := gpgHome(o)
	if useGnuPG(o, home) {
		return gnupgKeys(o, home, prompt)
	}
	rcpt, err := findKey("gpg-recipient-key", o.GPGRecipient, home, false)
	if err != nil {
		return nil, err
	}
	g := &spa.GPG{Recipient: rcpt}
	if o.GPGSigner == "" {
		return g, nil
	}
	if g.Signer, err = findKey("gpg-signer-key", o.GPGSigner, home, true); err != nil {
		return nil, err
	}
	return g, unlockSigner(g.Signer, o.GPGSigningPW, prompt)
}

func gpgHome(o *Options) string {
	if o.GPGHome != "" {
		return o.GPGHome
	}
	if h := os.Getenv("GNUPGHOME"); h != "" {
		return h
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".gnupg")
}

// findKey returns the one entity that spec names; with private, one that
// holds its private key.
func findKey(opt, spec, home string, private bool) (*openpgp.Entity, error) {
	var files []string
	if st, err := os.Stat(spec); err == nil && st.Mode().IsRegular() {
		files = []string{spec}
	} else {
		files = keyFiles(home)
	}
	var found []*openpgp.Entity
	for _, f := range files {
		ents, err := readKeyFile(f)
		if err != nil {
			if len(files) == 1 {
				return nil, invalid("%s: %s: %v", opt, f, err)
			}
			continue
		}
		for _, e := range ents {
			if (len(files) == 1 && files[0] == spec || matches(e, spec)) && (!private || e.PrivateKey != nil) {
				found = appendNew(found, e)
			}
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		return nil, invalid("%s: %s: %q matches %d keys; give a fingerprint or a key file", keyWords(opt, true), opt, spec, len(found))
	}
	kind := "public"
	if private {
		kind = "private"
	}
	return nil, invalid("%s: %s: no %s key %q in %s (sesame reads exported key files, not pubring.kbx: gpg --export%s --armor KEY > %s)",
		keyWords(opt, false), opt, kind, spec, home, map[bool]string{true: "-secret-keys"}[private], filepath.Join(home, "key.asc"))
}

func keyFiles(home string) []string {
	files := []string{filepath.Join(home, "pubring.gpg"), filepath.Join(home, "secring.gpg")}
	for _, pat := range []string{"*.asc", "*.gpg"} {
		m, _ := filepath.Glob(filepath.Join(home, pat))
		for _, f := range m {
			if b := filepath.Base(f); b != "pubring.gpg" && b != "secring.gpg" && b != "trustdb.gpg" {
				files = append(files, f)
			}
		}
	}
	return files
}

func readKeyFile(path string) (openpgp.EntityList, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("-----BEGIN PGP")) {
		return openpgp.ReadArmoredKeyRing(bytes.NewReader(data))
	}
	return openpgp.ReadKeyRing(bytes.NewReader(data))
}

// matches reports whether spec names e: a fingerprint, a long or short key
// id of the primary key or a subkey, or part of a user id.
func matches(e *openpgp.Entity, spec string) bool {
	hexSpec := strings.ToUpper(strings.TrimPrefix(strings.ReplaceAll(spec, " ", ""), "0x"))
	keys := []string{strings.ToUpper(hex.EncodeToString(e.PrimaryKey.Fingerprint))}
	for _, sk := range e.Subkeys {
		keys = append(keys, strings.ToUpper(hex.EncodeToString(sk.PublicKey.Fingerprint)))
	}
	if len(hexSpec) >= 8 {
		for _, fp := range keys {
			if strings.HasSuffix(fp, hexSpec) {
				return true
			}
		}
	}
	for id := range e.Identities {
		if strings.Contains(strings.ToLower(id), strings.ToLower(spec)) {
			return true
		}
	}
	return false
}

func appendNew(list []*openpgp.Entity, e *openpgp.Entity) []*openpgp.Entity {
	for i, x := range list {
		if bytes.Equal(x.PrimaryKey.Fingerprint, e.PrimaryKey.Fingerprint) {
			if e.PrivateKey != nil {
				list[i] = e // prefer the copy that holds the private key
			}
			return list
		}
	}
	return append(list, e)
}

// unlockSigner decrypts a passphrase-protected signing key with the
// configured passphrase or one typed at the prompt.
func unlockSigner(e *openpgp.Entity, pw Secret, prompt Prompter) error {
	if !e.PrivateKey.Encrypted {
		return nil
	}
	pass := []byte(pw)
	if len(pass) == 0 {
		if prompt == nil {
			return fmt.Errorf("%w: the GPG signing key has a passphrase and there is no terminal to ask for it on", ErrNoKey)
		}
		var err error
		if pass, err = prompt("Enter passphrase for signing: "); err != nil {
			return fmt.Errorf("%w: reading the signing passphrase: %v", ErrNoKey, err)
		}
	}
	if err := e.DecryptPrivateKeys(pass); err != nil {
		return invalid("gpg-signer-key: wrong passphrase for the signing key")
	}
	return nil
}

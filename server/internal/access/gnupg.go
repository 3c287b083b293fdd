package access

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/gnupg"
	"github.com/sesame-spa/sesame/shared/spa"
)

// gnupgMaxRuns bounds the gpg children one GnuPG home runs at once: a burst
// of GPG packets waits its turn rather than forking without limit.
const gnupgMaxRuns = 4

// gpgExe is the stanza's GPG_EXE, else the server's (default /usr/bin/gpg).
func (b *builder) gpgExe(cfg *config.Stanza) string {
	if cfg.GPGExe != "" {
		return cfg.GPGExe
	}
	return b.j.srv.GPGExe
}

// gnupgKeys prepares a stanza whose GPG_HOME_DIR is a GnuPG home (no
// exported *.asc files): packets are decrypted and their signatures checked
// by the gpg program there, as the stock daemon does through GPGME. The
// passphrase, GPG_DECRYPT_PW, goes to gpg through a pipe; with
// GPG_ALLOW_NO_PW none is given and gpg may not ask anyone (the key must
// have no passphrase, or the agent must hold it). GPG_DECRYPT_ID (one id,
// or several separated by commas) must name a secret key of the home:
// checked here, once, so that a wrong id is a start-up error rather than
// every packet failing.
func (b *builder) gnupgKeys(cfg *config.Stanza, home string) (*spa.GPG, error) {
	g := b.gnupg(home, b.gpgExe(cfg))
	eng := &gnupg.SPA{GPG: g}
	if cfg.GPGDecryptPW != "" {
		eng.Pass = []byte(cfg.GPGDecryptPW)
	}
	ctx := context.Background()
	if cfg.GPGDecryptID == "" {
		keys, err := g.List(ctx, "", true)
		if err != nil {
			return nil, err
		}
		if len(keys) == 0 {
			return nil, fmt.Errorf("GPG_HOME_DIR %s: GnuPG home without a secret key (gpg --import the server's secret key there)", home)
		}
		return &spa.GPG{Engine: eng}, nil
	}
	keys, err := g.List(ctx, "", true)
	if err != nil {
		return nil, err
	}
	ids := decryptIDs(cfg.GPGDecryptID)
	for i := range keys {
		if slices.ContainsFunc(ids, keys[i].Matches) {
			eng.DecryptKeys = append(eng.DecryptKeys, keys[i].LongIDs()...)
		}
	}
	if len(eng.DecryptKeys) == 0 {
		return nil, fmt.Errorf("GPG_HOME_DIR %s (GnuPG home): no secret key whose key id or fingerprint is GPG_DECRYPT_ID %q", home, cfg.GPGDecryptID)
	}
	return &spa.GPG{Engine: eng}, nil
}

// gnupg returns the runner of one home and gpg program, shared by the
// stanzas that use them (and so is their bound on concurrent runs).
func (b *builder) gnupg(home, exe string) *gnupg.GPG {
	id := keyID(home, exe)
	if g, ok := b.gnupgs[id]; ok {
		return g
	}
	if b.gnupgs == nil {
		b.gnupgs = map[string]*gnupg.GPG{}
	}
	g := &gnupg.GPG{Home: home, Exe: exe, Pinentry: gnupg.PinentryCancel, MaxRuns: gnupgMaxRuns}
	b.gnupgs[id] = g
	return g
}

// decryptIDs splits GPG_DECRYPT_ID into its key ids or fingerprints. The
// stock daemon hands the whole value to GPGME, which finds no key for a
// list and decrypts with any secret key (fwknop's suite, "multi gpg-IDs",
// lists four ids); Sesame takes each id, and the secret keys that match
// any of them.
func decryptIDs(v string) []string {
	var ids []string
	for _, id := range strings.Split(v, ",") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

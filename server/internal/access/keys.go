package access

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/gnupg"
	"github.com/sesame-spa/sesame/shared/spa"
)

// builder shares Openers and key files between the stanzas of one New.
type builder struct {
	j        *Judge
	openers  map[string]int        // index in j.openers, by keyID
	macIndex map[string]int        // HMAC identity → index in j.macs
	gpgDirs  map[string][]gpgFile  // GPG home → its key files
	gnupgs   map[string]*gnupg.GPG // GnuPG home and gpg program → its runner
}

// gpgFile is one armored key file of a GPG home.
type gpgFile struct {
	name     string
	entities openpgp.EntityList
}

func (b *builder) stanza(cfg *config.Stanza) (stanza, error) {
	st := stanza{cfg: cfg, mac: -1, rijndael: -1, gpg: -1}
	hmacKeys := spa.Keys{HMAC: cfg.HMACKey, HMACType: cfg.HMACType, AllowNoHMAC: len(cfg.HMACKey) == 0}
	var err error
	if cfg.UsesRijndael() {
		k := hmacKeys
		k.Rijndael, k.Mode = cfg.Key, cfg.Mode
		if st.rijndael, err = b.opener(&k, "rijndael", string(cfg.Key), cfg.Mode.String()); err != nil {
			return st, err
		}
	}
	if cfg.UsesGPG() {
		k := hmacKeys
		if k.GPG, err = b.gpgKeys(cfg); err != nil {
			return st, err
		}
		home := b.gpgHome(cfg)
		if st.gpg, err = b.opener(&k, "gpg", home, b.gpgExe(cfg), cfg.GPGDecryptID, cfg.GPGDecryptPW); err != nil {
			return st, err
		}
	}
	if len(cfg.HMACKey) > 0 {
		st.mac = b.macGroup(cfg, st)
	}
	return st, nil
}

// opener returns the index in j.openers of the shared Opener for k, whose
// identity beyond the HMAC is given by parts.
func (b *builder) opener(k *spa.Keys, parts ...string) (int, error) {
	id := keyID(append(parts, hmacID(k))...)
	if i, ok := b.openers[id]; ok {
		return i, nil
	}
	o, err := spa.NewOpener(k)
	if err != nil {
		return -1, err
	}
	b.j.openers = append(b.j.openers, o)
	b.openers[id] = len(b.j.openers) - 1
	return len(b.j.openers) - 1, nil
}

// macGroup returns the index of the stanza's HMAC key and type in j.macs,
// adding one of its Openers as the group's verifier if it is new.
func (b *builder) macGroup(cfg *config.Stanza, st stanza) int {
	id := hmacID(&spa.Keys{HMAC: cfg.HMACKey, HMACType: cfg.HMACType})
	if i, ok := b.macIndex[id]; ok {
		return i
	}
	o := st.rijndael
	if o < 0 {
		o = st.gpg
	}
	b.j.macs = append(b.j.macs, b.j.openers[o])
	b.macIndex[id] = len(b.j.macs) - 1
	return len(b.j.macs) - 1
}

func hmacID(k *spa.Keys) string {
	t := k.HMACType
	if t == 0 {
		t = spa.SHA256
	}
	return keyID(t.String(), string(k.HMAC))
}

// keyID joins parts unambiguously (length-prefixed). The result holds key
// material: it is a map key in memory, never printed.
func keyID(parts ...string) string {
	var b []byte
	for _, p := range parts {
		b = binary.AppendUvarint(b, uint64(len(p)))
		b = append(b, p...)
	}
	return string(b)
}

func (b *builder) gpgHome(cfg *config.Stanza) string {
	if cfg.GPGHomeDir != "" {
		return cfg.GPGHomeDir
	}
	return b.j.srv.GPGHomeDir
}

// gpgKeys reads the stanza's decryption keys and the keys that may verify a
// signature from the armored files of its GPG home (see the package doc).
func (b *builder) gpgKeys(cfg *config.Stanza) (*spa.GPG, error) {
	home := b.gpgHome(cfg)
	files, err := b.readGPGHome(home)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 && gnupg.IsHome(home) {
		return b.gnupgKeys(cfg, home)
	}
	g := &spa.GPG{}
	for _, f := range files {
		for _, e := range f.entities {
			g.Verify = append(g.Verify, e)
			if e.PrivateKey != nil && matchesDecryptID(e, cfg.GPGDecryptID) {
				if err := unlock(e, cfg); err != nil {
					return nil, fmt.Errorf("GPG key %s in %s: %w", keyName(e), f.name, err)
				}
				g.Decrypt = append(g.Decrypt, e)
			}
		}
	}
	if len(g.Decrypt) == 0 {
		return nil, fmt.Errorf("GPG_HOME_DIR %s: no armored secret key (*.asc) matching GPG_DECRYPT_ID %q, and not a GnuPG home (no pubring.kbx or pubring.gpg); gpg --import the keys there, or export them with gpg --export-secret-keys --armor", home, cfg.GPGDecryptID)
	}
	return g, nil
}

// readGPGHome reads every *.asc file of home once per New. Entities are
// shared between stanzas; an unlocked private key stays unlocked.
func (b *builder) readGPGHome(home string) ([]gpgFile, error) {
	if files, ok := b.gpgDirs[home]; ok {
		return files, nil
	}
	names, err := filepath.Glob(filepath.Join(home, "*.asc"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []gpgFile
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		el, err := openpgp.ReadArmoredKeyRing(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: not an armored OpenPGP key file: %w", name, err)
		}
		files = append(files, gpgFile{name: name, entities: el})
	}
	b.gpgDirs[home] = files
	return files, nil
}

// unlock decrypts the secret key material with GPG_DECRYPT_PW, which the
// stanza must have unless GPG_ALLOW_NO_PW.
func unlock(e *openpgp.Entity, cfg *config.Stanza) error {
	if !isLocked(e) {
		return nil
	}
	if cfg.GPGDecryptPW == "" {
		return errors.New("is passphrase-protected and GPG_DECRYPT_PW is not set")
	}
	if err := e.DecryptPrivateKeys([]byte(cfg.GPGDecryptPW)); err != nil {
		return errors.New("GPG_DECRYPT_PW does not unlock it")
	}
	return nil
}

func isLocked(e *openpgp.Entity) bool {
	if e.PrivateKey != nil && e.PrivateKey.Encrypted {
		return true
	}
	for _, s := range e.Subkeys {
		if s.PrivateKey != nil && s.PrivateKey.Encrypted {
			return true
		}
	}
	return false
}

// matchesDecryptID reports whether an id of GPG_DECRYPT_ID v (short or
// long key ids or fingerprints, any case, optional 0x, separated by
// commas) names the entity or one of its subkeys. An empty v matches every
// secret key.
func matchesDecryptID(e *openpgp.Entity, v string) bool {
	ids := decryptIDs(v)
	if len(ids) == 0 {
		return true
	}
	for _, id := range ids {
		if e.PrimaryKey != nil && matchesKey(e.PrimaryKey.Fingerprint, id) {
			return true
		}
		for _, s := range e.Subkeys {
			if s.PublicKey != nil && matchesKey(s.PublicKey.Fingerprint, id) {
				return true
			}
		}
	}
	return false
}

// matchesKey compares a key id or fingerprint as written in access.conf with
// a key's fingerprint: equal, or a tail of at least 8 hex digits (the short
// and long key ids of v4 keys are the fingerprint's last 8 and 16).
func matchesKey(fingerprint []byte, id string) bool {
	id = strings.ToUpper(strings.TrimPrefix(strings.TrimPrefix(strings.ReplaceAll(id, " ", ""), "0x"), "0X"))
	fpr := strings.ToUpper(hex.EncodeToString(fingerprint))
	return len(id) >= 8 && strings.HasSuffix(fpr, id)
}

func keyName(e *openpgp.Entity) string {
	if e.PrimaryKey == nil {
		return "?"
	}
	return e.PrimaryKey.KeyIdString()
}

package gnupg

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// SPA makes a GPG the engine of spa's GPG mode (spa.GPGEngine).
type SPA struct {
	GPG *GPG
	// Recipient and Signer are the keys Encrypt uses (fingerprints are
	// best: see Lookup). Signer empty: the packet is not signed.
	Recipient, Signer string
	// Pass unlocks the signing key (Encrypt) or the decryption key
	// (Decrypt); nil: none is given (GPG.Pinentry applies).
	Pass []byte
	// DecryptKeys, when not empty, are the long key ids (16 upper-case hex
	// digits) a packet must be encrypted to (ENC_TO) for Decrypt to
	// accept it: the keys of GPG_DECRYPT_ID.
	DecryptKeys []string
}

// Encrypt implements spa.GPGEngine.
func (s *SPA) Encrypt(plain []byte) ([]byte, error) {
	return s.GPG.Encrypt(context.Background(), plain, s.Recipient, s.Signer, s.Pass)
}

// Decrypt implements spa.GPGEngine: errors wrap spa.ErrDecrypt; the signer
// is the first signature's (libfko looks at the first only).
func (s *SPA) Decrypt(raw []byte) ([]byte, *spa.Signer, error) {
	d, err := s.GPG.Decrypt(context.Background(), raw, s.Pass)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", spa.ErrDecrypt, err)
	}
	if !s.encryptedToUs(d.Recipients) {
		return nil, nil, fmt.Errorf("%w: encrypted to %s, not to a key of GPG_DECRYPT_ID", spa.ErrDecrypt, strings.Join(d.Recipients, ", "))
	}
	if len(d.Signatures) == 0 {
		return d.Plaintext, nil, nil
	}
	return d.Plaintext, SPASigner(&d.Signatures[0]), nil
}

func (s *SPA) encryptedToUs(rcpts []string) bool {
	if len(s.DecryptKeys) == 0 {
		return true
	}
	for _, r := range rcpts {
		for _, k := range s.DecryptKeys {
			// An all-zero id is a hidden recipient (--throw-keyids): gpg
			// tried the home's keys, so the id says nothing.
			if r == k || strings.Trim(r, "0") == "" {
				return true
			}
		}
	}
	return false
}

// SPASigner converts a Signature to spa's description of a packet's signer.
func SPASigner(sig *Signature) *spa.Signer {
	id := sig.KeyID
	if len(id) > 16 {
		id = id[len(id)-16:]
	}
	kid, _ := strconv.ParseUint(id, 16, 64)
	fpr := sig.Fingerprint
	if fpr == "" && len(sig.KeyID) == 40 {
		fpr = sig.KeyID
	}
	return &spa.Signer{KeyID: kid, Fingerprint: fpr, Verified: sig.Valid(), Err: sig.Err()}
}

// LongIDs are the long key ids of k and its subkeys, for SPA.DecryptKeys.
func (k *Key) LongIDs() []string {
	var ids []string
	for _, fp := range append([]string{k.Fingerprint}, k.Subkeys...) {
		if len(fp) >= 16 {
			ids = append(ids, fp[len(fp)-16:])
		}
	}
	return ids
}

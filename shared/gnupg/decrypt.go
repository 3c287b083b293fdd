package gnupg

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Errors of Decrypt, wrapped with gpg's own words where it gave some.
var (
	// ErrDecrypt: gpg did not report DECRYPTION_OKAY (not OpenPGP data,
	// a corrupt or tampered message, no integrity protection).
	ErrDecrypt = errors.New("gnupg: decryption failed")
	// ErrNoSecretKey: the message is encrypted to no key whose secret part
	// is in the home (NO_SECKEY for every recipient).
	ErrNoSecretKey = errors.New("gnupg: no secret key for the message")
	// ErrBadPassphrase: the passphrase given does not unlock the key.
	ErrBadPassphrase = errors.New("gnupg: bad passphrase")
	// ErrNoPassphrase: the key is protected and no passphrase was given
	// (nor cached by the agent).
	ErrNoPassphrase = errors.New("gnupg: the key needs a passphrase and none was given")
)

// Decrypted is the outcome of a successful decryption.
type Decrypted struct {
	Plaintext []byte
	// Recipients are the long key ids the message is encrypted to
	// (ENC_TO), upper-case hex.
	Recipients []string
	// Signatures are the message's signatures in order; empty when it is
	// not signed.
	Signatures []Signature
}

// Signature is one signature as gpg reported it.
type Signature struct {
	// KeyID is the signing key's long key id (16 upper-case hex digits),
	// or its fingerprint when gpg gave that instead.
	KeyID string
	// Fingerprint is the signing (sub)key's fingerprint from VALIDSIG, or
	// from ERRSIG when gpg knows it; empty otherwise.
	Fingerprint string
	// PrimaryFingerprint is the fingerprint of the signing key's primary
	// key (VALIDSIG), empty when unknown.
	PrimaryFingerprint string
	// Status says how the signature checked out.
	Status SigStatus
	// Trust is the validity of the signing key (TRUST_* lines).
	Trust Trust
}

// SigStatus is gpg's verdict on a signature.
type SigStatus string

const (
	SigGood       SigStatus = "good"           // GOODSIG
	SigBad        SigStatus = "bad"            // BADSIG: the data or signature was altered
	SigNoKey      SigStatus = "no_public_key"  // ERRSIG rc 9: the signer's key is not in the home
	SigError      SigStatus = "error"          // ERRSIG, other reasons (unsupported algorithm...)
	SigExpired    SigStatus = "expired"        // EXPSIG
	SigKeyExpired SigStatus = "key_expired"    // EXPKEYSIG
	SigKeyRevoked SigStatus = "key_revoked"    // REVKEYSIG
	sigUnknown    SigStatus = "no_verdict_yet" // NEWSIG seen, no verdict line yet
)

// Trust is the signing key's validity as gpg computed it.
type Trust string

const (
	TrustUnknown   Trust = ""          // no TRUST_ line (GPGME: unknown)
	TrustUndefined Trust = "undefined" // TRUST_UNDEFINED: nobody vouches for the key
	TrustNever     Trust = "never"
	TrustMarginal  Trust = "marginal"
	TrustFully     Trust = "full"
	TrustUltimate  Trust = "ultimate"
)

// Valid reports whether the signature is good and its key valid enough, as
// libfko judges GPGME's result: no error and validity at least marginal.
func (s *Signature) Valid() bool { return s.Err() == nil }

// Err says why the signature is not valid; nil when it is.
func (s *Signature) Err() error {
	switch {
	case s.Status != SigGood:
		return fmt.Errorf("signature by %s: %s", s.KeyID, strings.ReplaceAll(string(s.Status), "_", " "))
	case s.Trust != TrustMarginal && s.Trust != TrustFully && s.Trust != TrustUltimate:
		t := string(s.Trust)
		if t == "" {
			t = "unknown"
		}
		return fmt.Errorf("signature by %s is good but the key's validity is %s (sign the key or set its owner trust)", s.KeyID, t)
	}
	return nil
}

// Decrypt decrypts an OpenPGP message (binary or armored) with the secret
// keys of the home and checks its signatures (gpg --decrypt, as GPGME's
// decrypt_verify). pass, when not nil, is handed to gpg through a pipe to
// unlock the secret key; otherwise Pinentry applies. The plaintext is
// returned only when gpg reports DECRYPTION_OKAY; signatures, good or not,
// are in the result for the caller to judge.
func (g *GPG) Decrypt(ctx context.Context, ciphertext, pass []byte) (*Decrypted, error) {
	r, err := g.exec(ctx, &run{args: []string{"--output", "-", "--decrypt", "-"}, stdin: ciphertext, pass: pass})
	if err != nil {
		return nil, err
	}
	d := &Decrypted{Signatures: signatures(r.status)}
	for _, s := range r.status {
		if s.key == "ENC_TO" && len(s.args) > 0 {
			d.Recipients = append(d.Recipients, strings.ToUpper(s.args[0]))
		}
	}
	if err := decryptError(r); err != nil {
		return d, err
	}
	d.Plaintext = r.stdout
	return d, nil
}

// decryptError reads the outcome from the status lines: DECRYPTION_OKAY
// without DECRYPTION_FAILED is success, whatever the exit code (gpg exits 2
// for a bad signature after a good decryption, as GPGME expects).
func decryptError(r *result) error {
	if r.has("DECRYPTION_OKAY") && !r.has("DECRYPTION_FAILED") {
		return nil
	}
	why := r.stderrLine()
	switch {
	case r.has("BAD_PASSPHRASE") || r.errCode() == errBadPassphrase:
		return fmt.Errorf("%w: %s", ErrBadPassphrase, why)
	case r.has("MISSING_PASSPHRASE") || r.has("PINENTRY_LAUNCHED") || isCancel(r.errCode()):
		return fmt.Errorf("%w: %s", ErrNoPassphrase, why)
	case r.count("NO_SECKEY") > 0 && r.count("NO_SECKEY") >= r.count("ENC_TO"):
		return fmt.Errorf("%w: %s", ErrNoSecretKey, why)
	}
	return fmt.Errorf("%w: %s", ErrDecrypt, why)
}

// signatures collects the signatures reported in st. NEWSIG starts one;
// a verdict line without a NEWSIG before it starts one too (older gpg).
func signatures(st []status) []Signature {
	var sigs []Signature
	cur := func() *Signature { return &sigs[len(sigs)-1] }
	start := func() {
		if len(sigs) == 0 || cur().Status != sigUnknown {
			sigs = append(sigs, Signature{Status: sigUnknown})
		}
	}
	for _, s := range st {
		if s.key == "NEWSIG" {
			sigs = append(sigs, Signature{Status: sigUnknown})
			continue
		}
		if v, ok := verdicts[s.key]; ok && len(s.args) > 0 {
			start()
			c := cur()
			c.Status, c.KeyID = v, strings.ToUpper(s.args[0])
			if s.key == "ERRSIG" {
				c.Status, c.Fingerprint = errsig(s.args)
			}
			continue
		}
		if len(sigs) == 0 {
			continue
		}
		switch c := cur(); {
		case s.key == "VALIDSIG" && len(s.args) > 0:
			c.Fingerprint = strings.ToUpper(s.args[0])
			if len(s.args) >= 10 {
				c.PrimaryFingerprint = strings.ToUpper(s.args[9])
			}
		case strings.HasPrefix(s.key, "TRUST_"):
			c.Trust = trusts[s.key]
		}
	}
	// A NEWSIG never followed by a verdict is an error gpg did not name.
	for i := range sigs {
		if sigs[i].Status == sigUnknown {
			sigs[i].Status = SigError
		}
	}
	return sigs
}

var verdicts = map[string]SigStatus{
	"GOODSIG": SigGood, "BADSIG": SigBad, "ERRSIG": SigError,
	"EXPSIG": SigExpired, "EXPKEYSIG": SigKeyExpired, "REVKEYSIG": SigKeyRevoked,
}

var trusts = map[string]Trust{
	"TRUST_UNDEFINED": TrustUndefined, "TRUST_NEVER": TrustNever, "TRUST_MARGINAL": TrustMarginal,
	"TRUST_FULLY": TrustFully, "TRUST_ULTIMATE": TrustUltimate,
}

// errsig reads "ERRSIG keyid pkalgo hashalgo class time rc [fpr]": rc 9 is
// GPG_ERR_NO_PUBKEY.
func errsig(args []string) (SigStatus, string) {
	st := SigError
	if len(args) >= 6 && args[5] == "9" {
		st = SigNoKey
	}
	fpr := ""
	if len(args) >= 7 && args[6] != "-" {
		fpr = strings.ToUpper(args[6])
	}
	return st, fpr
}

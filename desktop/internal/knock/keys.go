package knock

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Prompter asks the user for a secret without echoing it. It is nil when
// there is no terminal to ask on.
type Prompter func(prompt string) ([]byte, error)

const (
	maxRijndaelKey = 32
	maxHMACKey     = 128
)

// Keys builds the spa.Keys for o the way the stock client's get_keys does:
// a passphrase or base64 key for Rijndael (or the GPG keys, that key
// then being the signing key's passphrase), an HMAC key
// when one is given or --use-hmac asks for it, prompting for what is
// missing. It refuses legacy mode with an HMAC and the same key for both,
// as fwknop does. Error messages name the key, never its value.
func Keys(o *Options, prompt Prompter) (*spa.Keys, error) {
	if err := o.CheckMode(); err != nil {
		return nil, err
	}
	k := &spa.Keys{Mode: o.Mode, HMACType: o.HMACDigest}
	copied := *o
	o = &copied
	if err := keysFromFiles(o); err != nil {
		return nil, err
	}
	var err error
	if o.UseGPG {
		if o.Mode != spa.CBC && o.Mode != spa.Asymmetric {
			return nil, invalid("encryption mode %s (-M %s) is for Rijndael keys, not GPG", o.Mode, o.Mode)
		}
		if err = signingPWFromKey(o); err != nil {
			return nil, err
		}
		if k.GPG, err = loadGPG(o, prompt); err != nil {
			return nil, err
		}
	} else if k.Rijndael, err = secret("Rijndael key", o.Key, o.KeyBase64, maxRijndaelKey, "Enter encryption key: ", prompt); err != nil {
		return nil, err
	}
	if o.UseHMAC {
		if k.HMAC, err = secret("HMAC key", o.HMACKey, o.HMACKeyBase64, maxHMACKey, "Enter HMAC key: ", prompt); err != nil {
			return nil, err
		}
		if bytes.Equal(k.HMAC, k.Rijndael) {
			return nil, invalid("The encryption passphrase and HMAC key should not be identical, no SPA packet sent: the encryption key and the HMAC key are the same; they must differ")
		}
	}
	k.AllowNoHMAC = len(k.HMAC) == 0
	return k, nil
}

// signingPWFromKey is the stock client's get_keys in GPG mode: the key
// (--key-rijndael, KEY, -G's file, or --key-base64-rijndael, KEY_BASE64
// decoded) is the signing key's passphrase, unless GPG_SIGNING_PW gave
// one.
func signingPWFromKey(o *Options) error {
	switch {
	case o.GPGSigningPW != "":
	case o.Key != "":
		o.GPGSigningPW = o.Key
	case o.KeyBase64 != "":
		pw, err := decodeKey(string(o.KeyBase64))
		if err != nil || len(pw) == 0 {
			return invalid("base64 GPG signing passphrase (--key-base64-rijndael, KEY_BASE64): not valid base64 (the key is not shown)")
		}
		o.GPGSigningPW = Secret(pw)
	}
	return nil
}

// secret returns the key bytes from a passphrase, a base64 key, or the
// prompt, in that order.
func secret(name string, pass, b64 Secret, max int, question string, prompt Prompter) ([]byte, error) {
	var key []byte
	switch {
	case pass != "":
		key = []byte(pass)
	case b64 != "":
		var err error
		if key, err = decodeKey(string(b64)); err != nil {
			return nil, invalid("base64 %s: not valid base64 (the key is not shown)", name)
		}
	case prompt != nil:
		var err error
		if key, err = prompt(question); err != nil {
			return nil, fmt.Errorf("%w: reading the %s: %v", ErrNoKey, name, err)
		}
	default:
		return nil, fmt.Errorf("%w: no %s given and no terminal to ask for it on (see `sesame knock -h` for key options and SESAME_KEY_* variables)", ErrNoKey, name)
	}
	if len(key) == 0 || len(key) > max {
		return nil, invalid("%s: %d bytes long; want 1 to %d", name, len(key), max)
	}
	return key, nil
}

// decodeKey reads base64 with or without '=' padding, as fwknop's lenient
// decoder does.
func decodeKey(s string) ([]byte, error) {
	return base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
}

// CheckMode refuses the encryption modes the stock client refuses with the
// other options (its validate_options, in the stock's words): legacy with
// an HMAC, asymmetric without GPG.
func (o *Options) CheckMode() error {
	switch {
	case o.Mode == spa.Legacy && o.UseHMAC:
		return invalid("Legacy encryption mode is incompatible with HMAC usage: legacy encryption mode (-M legacy) cannot be used with an HMAC key, as in fwknop")
	case o.Mode == spa.Asymmetric && !o.UseGPG:
		return invalid("Must specify GPG recipient/signing keys when Asymmetric encryption mode is used: encryption mode asymmetric (-M asymmetric) needs GPG recipient/signing keys, as in fwknop")
	}
	return nil
}

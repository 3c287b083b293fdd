package profile

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// Fwknop2Keys are the keys read from an Fwknop2 QR text.
type Fwknop2Keys struct {
	Key           []byte // Rijndael key bytes, 1..32
	KeyPassphrase bool   // Key came as KEY (a passphrase), not KEY_BASE64
	HMACKey       []byte // HMAC key bytes, 1..128; nil when the text has none
	// HMACKeyPassphrase: HMACKey came as HMAC_KEY, not HMAC_KEY_BASE64.
	HMACKeyPassphrase bool
}

// String describes k without its keys, so that printing it leaks nothing.
func (k Fwknop2Keys) String() string {
	return fmt.Sprintf("Fwknop2Keys{Key: %d bytes, HMACKey: %d bytes}", len(k.Key), len(k.HMACKey))
}

// GoString redacts %#v as String does %v.
func (k Fwknop2Keys) GoString() string { return k.String() }

// FormatFwknop2 returns the QR text that Fwknop2 reads:
// "KEY_BASE64:<key> HMAC_KEY_BASE64:<hmac>", standard base64 with "="
// padding as fwknop --key-gen prints it. An empty key is left out.
func FormatFwknop2(rijndaelKey, hmacKey []byte) string {
	var parts []string
	if len(rijndaelKey) > 0 {
		parts = append(parts, "KEY_BASE64:"+base64.StdEncoding.EncodeToString(rijndaelKey))
	}
	if len(hmacKey) > 0 {
		parts = append(parts, "HMAC_KEY_BASE64:"+base64.StdEncoding.EncodeToString(hmacKey))
	}
	return strings.Join(parts, " ")
}

// fwknop2Token is one of the four names Fwknop2's reader knows.
type fwknop2Token struct {
	name       string
	hmac       bool // the HMAC key rather than the Rijndael key
	passphrase bool // the value is the key text itself, not base64
}

var fwknop2Tokens = []fwknop2Token{
	{name: "KEY_BASE64"},
	{name: "KEY", passphrase: true},
	{name: "HMAC_KEY_BASE64", hmac: true},
	{name: "HMAC_KEY", hmac: true, passphrase: true},
}

// ParseFwknop2 reads an Fwknop2 QR text the way Fwknop2's reader does
// (ConfigDetailFragment.onActivityResult in jp-bennett/Fwknop2): the text is
// split into tokens at spaces, each token at its ':' into a name and a
// value; names are matched without regard to case; KEY_BASE64 and
// HMAC_KEY_BASE64 hold base64 keys, KEY and HMAC_KEY passphrases; every
// other token is ignored. It differs where Fwknop2 would go wrong silently
// or crash: any white space separates tokens (a text may end in a line
// break), and it refuses a known name with an empty value, a value holding
// a further ':' (Fwknop2 would keep only the part before it), a key given
// twice (in either form), base64 that does not decode (padding may be left
// out), a key of the wrong length, and a text with no Rijndael key. The HMAC
// key is optional. Every error is a *ParseError that never holds a key.
func ParseFwknop2(text string) (Fwknop2Keys, error) {
	var k Fwknop2Keys
	var rijndaelFrom, hmacFrom string
	for _, tok := range strings.Fields(text) {
		name, value, _ := strings.Cut(tok, ":")
		t, ok := lookupFwknop2(name)
		if !ok {
			continue
		}
		from, dst, isPass, max := &rijndaelFrom, &k.Key, &k.KeyPassphrase, maxKeyLen
		if t.hmac {
			from, dst, isPass, max = &hmacFrom, &k.HMACKey, &k.HMACKeyPassphrase, maxHMACKeyLen
		}
		if *from != "" {
			return Fwknop2Keys{}, fwknop2Error(ErrSyntax, t.name, "the text already holds %s", *from)
		}
		key, err := decodeFwknop2(t, value, max)
		if err != nil {
			return Fwknop2Keys{}, err
		}
		*from, *dst, *isPass = t.name, key, t.passphrase
	}
	if rijndaelFrom == "" {
		return Fwknop2Keys{}, fwknop2Error(ErrMissing, "KEY_BASE64", "the text holds neither KEY_BASE64 nor KEY")
	}
	return k, nil
}

func lookupFwknop2(name string) (fwknop2Token, bool) {
	for _, t := range fwknop2Tokens {
		if strings.EqualFold(name, t.name) {
			return t, true
		}
	}
	return fwknop2Token{}, false
}

func decodeFwknop2(t fwknop2Token, value string, max int) ([]byte, error) {
	if value == "" {
		return nil, fwknop2Error(ErrMissing, t.name, "empty value")
	}
	if strings.Contains(value, ":") {
		return nil, fwknop2Error(ErrField, t.name, "the value holds a ':', which Fwknop2 would cut it at")
	}
	key := []byte(value)
	if !t.passphrase {
		enc := base64.StdEncoding
		if !strings.HasSuffix(value, "=") {
			enc = base64.RawStdEncoding
		}
		var err error
		if key, err = enc.Strict().DecodeString(value); err != nil {
			return nil, fwknop2Error(ErrField, t.name, "not valid base64")
		}
	}
	if len(key) == 0 || len(key) > max {
		return nil, fwknop2Error(ErrField, t.name, "%d bytes long, want 1..%d", len(key), max)
	}
	return key, nil
}

func fwknop2Error(err error, field, format string, args ...any) *ParseError {
	e := newError(err, field, format, args...)
	e.fwknop2 = true
	return e
}

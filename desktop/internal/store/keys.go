package store

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Keys are a profile's secrets. They format as "<keys redacted>" so that a
// Keys value printed by mistake leaks nothing.
type Keys struct {
	Rijndael     []byte // key bytes: a passphrase's bytes or a decoded KEY_BASE64 (1..32)
	HMAC         []byte // HMAC key bytes (1..128); empty: no HMAC
	GPGSigningPW []byte // passphrase of the GPG signing key, when it has one
}

func (Keys) String() string   { return "<keys redacted>" }
func (Keys) GoString() string { return "<keys redacted>" }

// Limits of the key lengths, as fwknop's client has them.
const (
	maxRijndaelKey = 32
	maxHMACKey     = 128
)

// ErrBadKeys: a key text (a key file, variable or keyring entry) cannot be
// read. The error describes the text, never quotes it.
var ErrBadKeys = errors.New("unreadable keys")

// GenerateKeys returns a new random Rijndael key and an HMAC key sized for
// the HMAC type h, as fwknop --key-gen makes them.
func GenerateKeys(h spa.Hash) (Keys, error) {
	if h == 0 {
		h = spa.SHA256
	}
	k, hk, err := spa.GenerateKeys(rand.Reader, h)
	return Keys{Rijndael: k, HMAC: hk}, err
}

// Text returns the keys in the format of fwknop --key-gen:
// "KEY_BASE64: ...\nHMAC_KEY_BASE64: ...\n". ParseKeys reads it back.
func (k Keys) Text() string {
	var b strings.Builder
	add := func(name string, v []byte) {
		if len(v) > 0 {
			b.WriteString(name + ": " + base64.StdEncoding.EncodeToString(v) + "\n")
		}
	}
	add("KEY_BASE64", k.Rijndael)
	add("HMAC_KEY_BASE64", k.HMAC)
	add("GPG_SIGNING_PW_BASE64", k.GPGSigningPW)
	return b.String()
}

// keyNames are the names ParseKeys knows, and whether the value is base64.
var keyNames = map[string]struct {
	b64 bool
	dst func(k *Keys) *[]byte
}{
	"KEY_BASE64":            {true, func(k *Keys) *[]byte { return &k.Rijndael }},
	"KEY":                   {false, func(k *Keys) *[]byte { return &k.Rijndael }},
	"HMAC_KEY_BASE64":       {true, func(k *Keys) *[]byte { return &k.HMAC }},
	"HMAC_KEY":              {false, func(k *Keys) *[]byte { return &k.HMAC }},
	"GPG_SIGNING_PW_BASE64": {true, func(k *Keys) *[]byte { return &k.GPGSigningPW }},
}

// ParseKeys reads keys in the forms people have them: the output of
// fwknop --key-gen or `sesame keygen` ("KEY_BASE64: x" lines), an Fwknop2
// QR text ("KEY_BASE64:x HMAC_KEY_BASE64:y"), or ~/.fwknoprc lines
// ("KEY_BASE64 x"). Names are KEY_BASE64, KEY (a passphrase),
// HMAC_KEY_BASE64, HMAC_KEY and GPG_SIGNING_PW_BASE64, in any case. A
// passphrase holds no white space. Each name may appear once.
func ParseKeys(text string) (Keys, error) {
	var k Keys
	seen := map[string]bool{}
	toks := strings.Fields(text)
	for i := 0; i < len(toks); i++ {
		name, val, hasColon := strings.Cut(toks[i], ":")
		if !hasColon || val == "" {
			if i+1 >= len(toks) {
				return Keys{}, fmt.Errorf("%w: %s has no value", ErrBadKeys, clipName(name))
			}
			i++
			val = toks[i]
		}
		name = strings.ToUpper(name)
		kn, ok := keyNames[name]
		if !ok {
			return Keys{}, fmt.Errorf("%w: %s (want KEY_BASE64, HMAC_KEY_BASE64, KEY or HMAC_KEY)", ErrBadKeys, clipName(name))
		}
		dst := kn.dst(&k)
		if seen[name] || len(*dst) > 0 {
			return Keys{}, fmt.Errorf("%w: %s given twice", ErrBadKeys, name)
		}
		seen[name] = true
		b := []byte(val)
		if kn.b64 {
			var err error
			if b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(val, "=")); err != nil {
				return Keys{}, fmt.Errorf("%w: %s is not base64 (the value is not shown)", ErrBadKeys, name)
			}
		}
		*dst = b
	}
	return k, k.check()
}

// clipName names a token in an error only when it is one of the key names:
// anything else may be a pasted passphrase, which must not reach an error.
func clipName(s string) string {
	if _, ok := keyNames[strings.ToUpper(s)]; ok {
		return strings.ToUpper(s)
	}
	return "a word that is not a key name"
}

// check applies fwknop's key length limits.
func (k Keys) check() error {
	switch {
	case len(k.Rijndael) > maxRijndaelKey:
		return fmt.Errorf("%w: the Rijndael key is %d bytes long; at most %d", ErrBadKeys, len(k.Rijndael), maxRijndaelKey)
	case len(k.HMAC) > maxHMACKey:
		return fmt.Errorf("%w: the HMAC key is %d bytes long; at most %d", ErrBadKeys, len(k.HMAC), maxHMACKey)
	case len(k.HMAC) > 0 && string(k.HMAC) == string(k.Rijndael):
		return fmt.Errorf("%w: the Rijndael key and the HMAC key are the same; they must differ", ErrBadKeys)
	}
	return nil
}

// KeySource says where a profile's keys live. The zero value is the OS
// keyring. Text form: keyring, age:FILE, file:FILE, env:VARIABLE.
type KeySource struct {
	Kind string `json:"kind,omitempty"` // "" (keyring), "age", "file" or "env"
	Path string `json:"path,omitempty"` // age and file: an absolute path
	Env  string `json:"env,omitempty"`  // env: the variable's name
}

// The kinds of key source.
const (
	SourceKeyring = ""     // the OS keyring, under the profile's name
	SourceAge     = "age"  // a file encrypted with a passphrase (age, scrypt)
	SourceFile    = "file" // a plain key file of mode 0600, for scripts
	SourceEnv     = "env"  // an environment variable, for scripts
)

func (s KeySource) String() string {
	switch s.Kind {
	case SourceAge, SourceFile:
		return s.Kind + ":" + s.Path
	case SourceEnv:
		return "env:" + s.Env
	}
	return "keyring"
}

// ParseKeySource reads the text form of a key source.
func ParseKeySource(v string) (KeySource, error) {
	kind, arg, _ := strings.Cut(v, ":")
	switch kind {
	case "", "keyring":
		if arg != "" {
			return KeySource{}, errors.New("keyring takes no argument")
		}
		return KeySource{}, nil
	case SourceAge, SourceFile:
		if !filepath.IsAbs(arg) {
			return KeySource{}, fmt.Errorf("%s:FILE needs an absolute path (scripts run in other folders)", kind)
		}
		return KeySource{Kind: kind, Path: filepath.Clean(arg)}, nil
	case SourceEnv:
		if !isEnvName(arg) {
			return KeySource{}, errors.New("env:VARIABLE needs a variable name of letters, digits and '_'")
		}
		return KeySource{Kind: SourceEnv, Env: arg}, nil
	}
	return KeySource{}, errors.New("keyring, age:FILE, file:FILE or env:VARIABLE")
}

func isEnvName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

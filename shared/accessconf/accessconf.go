// Package accessconf writes fwknopd access.conf stanzas: the desktop
// exports the stanza that lets a server accept a profile's knocks, and the
// server's onboarding appends a new client's stanza. The server's own
// parser (server/internal/config) reads them back; its round-trip test
// writes stanzas with this package and checks every field, so the two
// cannot drift apart.
//
// A Stanza holds the variables Sesame writes, typed; Write checks that
// each value reads back as it is, on a line no longer than the 1023 bytes
// fwknopd reads as one (a refusal names the variable, never a
// key's value) and writes nothing otherwise. The output is plain "NAME
// value" lines, also read by the stock fwknopd. Stanza values are not
// changed by Write and may be shared between goroutines.
package accessconf

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// ErrUnwritable: a stanza value would not read back as it is.
var ErrUnwritable = errors.New("cannot be written to access.conf")

// Stanza is one access.conf stanza. Zero fields are not written, so the
// server's defaults apply to them.
type Stanza struct {
	// Comments are written as "# ..." lines above the stanza.
	Comments []string
	// Source is SOURCE: the networks knocks may come from; empty is ANY.
	Source []netip.Prefix
	// Name is SESAME_CLIENT, the onboarding name of the client.
	Name string
	// OpenPorts is OPEN_PORTS: what a knock may open; empty allows any.
	OpenPorts []spa.ProtoPort
	// RequireSourceAddress is REQUIRE_SOURCE_ADDRESS: knocks must name
	// their address (no 0.0.0.0).
	RequireSourceAddress bool

	// Key is the Rijndael key: KEY_BASE64, or KEY (the bytes as text)
	// when KeyAsText.
	Key       []byte
	KeyAsText bool
	// HMACKey is the HMAC key: HMAC_KEY_BASE64, or HMAC_KEY when
	// HMACKeyAsText. Empty: the stanza takes knocks without an HMAC.
	HMACKey       []byte
	HMACKeyAsText bool
	// HMACType is HMAC_DIGEST_TYPE; 0 leaves the server's default (SHA-256).
	HMACType spa.Hash
	// Mode is ENCRYPTION_MODE, written for a Rijndael mode other than CBC
	// (fwknopd's default) as fwknop names it: legacy, CTR, ECB...
	Mode spa.Mode

	// FWAccessTimeout and MaxFWTimeout are FW_ACCESS_TIMEOUT and
	// MAX_FW_TIMEOUT, in whole seconds.
	FWAccessTimeout time.Duration
	MaxFWTimeout    time.Duration

	// GPG: GPG_DECRYPT_ID (the server's key), GPG_DECRYPT_PW (its
	// passphrase, a secret) or GPG_ALLOW_NO_PW, GPG_REMOTE_ID (the
	// client keys whose signatures are accepted, hexadecimal ids or
	// fingerprints) or GPG_DISABLE_SIG.
	GPGDecryptID  string
	GPGDecryptPW  string
	GPGAllowNoPW  bool
	GPGRemoteIDs  []string
	GPGDisableSig bool
}

// line is one "NAME value" line; secret values are never shown in errors.
type line struct {
	name, value string
	secret      bool
}

// Write writes s to w, or nothing and an error wrapping ErrUnwritable
// that names the variable.
func Write(w io.Writer, s *Stanza) error {
	lines, err := s.lines()
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, c := range s.Comments {
		if err := writeLine(&b, "comment", "# "+c, c, false); err != nil {
			return err
		}
	}
	for _, l := range lines {
		if err := writeLine(&b, l.name, fmt.Sprintf("%-22s %s", l.name, l.value), l.value, l.secret); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// legacyKeyLen is the most of a legacy-mode KEY fwknopd uses.
const legacyKeyLen = 16

// MaxLineLen is the longest line fwknopd (stock and Sesame) reads as one:
// the stock cuts longer lines, Sesame's server refuses them.
const MaxLineLen = 1023

// writeLine adds text, the line for variable name with value v, to b if
// it reads back as it is.
func writeLine(b *strings.Builder, name, text, v string, secret bool) error {
	if err := checkText(name, v, secret); err != nil {
		return err
	}
	if len(text) > MaxLineLen {
		return unwritable(name, "the line would be %d bytes, longer than the %d fwknopd reads as one line", len(text), MaxLineLen)
	}
	b.WriteString(text)
	b.WriteByte('\n')
	return nil
}

// String returns the stanza's text, or "" when Write refuses it.
func (s *Stanza) String() string {
	var b strings.Builder
	if Write(&b, s) != nil {
		return ""
	}
	return b.String()
}

// lines lists the stanza's variables in the order fwknopd's sample file
// has them, SOURCE first (it opens a stanza).
func (s *Stanza) lines() ([]line, error) {
	for _, p := range s.Source {
		// fwknopd (stock and Sesame) refuses a /0 mask: ANY says it.
		if p.Bits() == 0 {
			return nil, unwritable("SOURCE", "%s: a /0 network is written as ANY (leave Source empty)", p)
		}
	}
	if s.Mode == spa.Legacy && len(s.Key) > legacyKeyLen {
		// fwknopd (stock and Sesame) keeps only the first 16 bytes of a
		// legacy-mode KEY, as the pre-2.5 clients used it.
		return nil, unwritable("KEY", "a legacy-mode key is at most %d bytes (fwknopd keeps only the first %d)", legacyKeyLen, legacyKeyLen)
	}
	ls := []line{{name: "SOURCE", value: sourceText(s.Source)}}
	add := func(cond bool, name, value string, secret bool) {
		if cond {
			ls = append(ls, line{name, value, secret})
		}
	}
	add(s.Name != "", "SESAME_CLIENT", s.Name, false)
	add(len(s.OpenPorts) > 0, "OPEN_PORTS", portsText(s.OpenPorts), false)
	add(s.RequireSourceAddress, "REQUIRE_SOURCE_ADDRESS", "Y", false)
	if err := s.addTimeouts(add); err != nil {
		return nil, err
	}
	addKey(add, "KEY", s.Key, s.KeyAsText)
	add(s.Mode != spa.CBC && s.Mode.Rijndael(), "ENCRYPTION_MODE", s.Mode.FKOName(), false)
	addKey(add, "HMAC_KEY", s.HMACKey, s.HMACKeyAsText)
	add(len(s.HMACKey) > 0 && s.HMACType != 0, "HMAC_DIGEST_TYPE", strings.ToUpper(s.HMACType.String()), false)
	if err := s.addGPG(add); err != nil {
		return nil, err
	}
	return ls, nil
}

type adder func(cond bool, name, value string, secret bool)

func (s *Stanza) addTimeouts(add adder) error {
	for _, t := range []struct {
		name string
		d    time.Duration
	}{{"FW_ACCESS_TIMEOUT", s.FWAccessTimeout}, {"MAX_FW_TIMEOUT", s.MaxFWTimeout}} {
		if t.d < 0 || t.d%time.Second != 0 {
			return unwritable(t.name, "want a whole number of seconds, got %v", t.d)
		}
		add(t.d > 0, t.name, strconv.FormatInt(int64(t.d/time.Second), 10), false)
	}
	return nil
}

// addKey adds NAME (the key as text) or NAME_BASE64.
func addKey(add adder, name string, key []byte, asText bool) {
	if asText {
		add(len(key) > 0, name, string(key), true)
	} else {
		add(len(key) > 0, name+"_BASE64", base64.StdEncoding.EncodeToString(key), true)
	}
}

func (s *Stanza) addGPG(add adder) error {
	for _, id := range s.GPGRemoteIDs {
		if id == "" || strings.Trim(strings.ToUpper(id), "0123456789ABCDEF") != "" {
			return unwritable("GPG_REMOTE_ID", "%q is not a hexadecimal key id or fingerprint", id)
		}
	}
	add(s.GPGDecryptID != "", "GPG_DECRYPT_ID", s.GPGDecryptID, false)
	add(s.GPGDecryptPW != "", "GPG_DECRYPT_PW", s.GPGDecryptPW, true)
	add(s.GPGAllowNoPW, "GPG_ALLOW_NO_PW", "Y", false)
	add(len(s.GPGRemoteIDs) > 0, "GPG_REMOTE_ID", strings.Join(s.GPGRemoteIDs, ","), false)
	add(s.GPGDisableSig, "GPG_DISABLE_SIG", "Y", false)
	return nil
}

// checkText refuses what the server's line reader would not give back as
// it is: control characters, ';' (a comment starts there) and blanks at
// either end.
func checkText(name, v string, secret bool) error {
	bad := strings.IndexFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f || r == ';' }) >= 0 ||
		v != strings.Trim(v, " \t")
	if !bad {
		return nil
	}
	const why = "holds a control character or ';', or starts or ends with a blank"
	if secret {
		return unwritable(name, "the value %s (not shown)", why)
	}
	return unwritable(name, "%q %s", v, why)
}

func unwritable(name, format string, a ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrUnwritable, name, fmt.Sprintf(format, a...))
}

func sourceText(src []netip.Prefix) string {
	if len(src) == 0 {
		return "ANY"
	}
	s := make([]string, len(src))
	for i, p := range src {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}

func portsText(pp []spa.ProtoPort) string {
	s := make([]string, len(pp))
	for i, p := range pp {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}

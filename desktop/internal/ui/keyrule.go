package ui

import "strings"

// The stock client's rule for a profile's keys (fwknop's client refuses to
// knock without a Rijndael key unless GPG encrypts, and knocks without HMAC
// when it has no HMAC key): a profile saved with no encryption key cannot
// knock, so Save refuses it and says so under the key; one with no HMAC
// key can, but only to a stanza without HMAC_KEY, so Save warns.
const (
	needKeyText = "an encryption key is needed: without one this profile cannot knock (type one or use Generate keys; only GPG needs none)"
	noHMACText  = "no HMAC key: the knock goes without HMAC, which fwknopd refuses unless the server's stanza has no HMAC key either"
)

// keyCheck applies that rule to p as it is about to be saved with keys
// (nil: the keys were not touched). hasKeys says a saved profile (or the
// original of a copy) keeps keys that untouched keys leave in place. It
// returns why Save must refuse, or else a warning, each "" for none. Keys
// the app does not write (file: and env: sources, kept by the user) are
// not its to judge.
func keyCheck(p Profile, keys *Secrets, hasKeys bool) (refuse, warn string) {
	if keys == nil && hasKeys || !writesKeys(p.Values[FieldKeySource]) {
		return "", ""
	}
	var k Secrets
	if keys != nil {
		k = *keys
	}
	if strings.TrimSpace(k.Key) == "" && p.Values[FieldEncryption] != "gpg" {
		return needKeyText, ""
	}
	if strings.TrimSpace(k.HMACKey) == "" && p.Values[FieldHMACDigest] != "none" {
		return "", noHMACText
	}
	return "", ""
}

// writesKeys reports whether a key source is one the app writes the keys
// to: the keyring (the default, also when empty) or an age: file.
func writesKeys(source string) bool {
	source = strings.TrimSpace(source)
	return source == "" || source == "keyring" || strings.HasPrefix(source, "age:")
}

// checkKeys readies p for Save with keys (nil: untouched): it refuses,
// saying why under the key, a profile that could not knock (keyCheck);
// with no OS keyring (Services.NoKeyring) it moves keys bound for the
// keyring to the profile's passphrase-protected file. notes are said once
// the save is done.
func (e *Editor) checkKeys(p Profile, keys *Secrets) (_ Profile, notes []string, ok bool) {
	refuse, warn := keyCheck(p, keys, e.previous != "" || e.copyOf != "")
	if refuse != "" {
		e.keyReason.SetText(refuse)
		e.keyReason.Show()
		e.message.SetText("Not saved: " + refuse + ".")
		return p, nil, false
	}
	if warn != "" {
		e.hmacKeyReason.SetText(warn)
		e.hmacKeyReason.Show()
		notes = append(notes, warn)
	}
	if why := e.ctl.svc.NoKeyring; why != "" && keys != nil && keptInKeyring(p) {
		path := e.ctl.svc.Profiles.KeyFile(p.Name())
		e.Set(FieldKeySource, ageSource(path))
		p.Values[FieldKeySource] = ageSource(path)
		notes = append(notes, why+": keys are kept in "+path+", protected by a passphrase")
	}
	return p, notes, true
}

// savedNotes puts the notes of checkKeys after "Saved.", as sentences.
func (e *Editor) savedNotes(notes []string) {
	text := "Saved."
	for _, n := range notes {
		text += " " + strings.ToUpper(n[:1]) + n[1:] + "."
	}
	e.message.SetText(text)
}

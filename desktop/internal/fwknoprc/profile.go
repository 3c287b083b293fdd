package fwknoprc

import (
	"fmt"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/profile"
)

// Profile reads the stanza name (on top of [default]) into the typed
// profile called name, keys included, and the GPG signing key's
// passphrase if the stanza gives one (profiles carry no passphrase). It
// is Apply followed by knock's (*Options).Profile, which refuses what a
// profile cannot keep (a command, a random NAT port).
func (f *File) Profile(name string) (*profile.Profile, knock.Secret, error) {
	o := knock.NewOptions()
	if err := f.Apply(o, name); err != nil {
		return nil, "", err
	}
	p, err := o.Profile(name)
	if err != nil {
		return nil, "", fmt.Errorf("stanza [%s]: %w", name, err)
	}
	return p, o.GPGSigningPW, nil
}

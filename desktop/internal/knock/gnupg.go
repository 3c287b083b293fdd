package knock

import (
	"context"
	"os"
	"path/filepath"

	"github.com/sesame-spa/sesame/shared/gnupg"
	"github.com/sesame-spa/sesame/shared/spa"
)

// useGnuPG reports whether the GPG keys are used through the gpg program
// (shared/gnupg) rather than read in-process: when the home is a GnuPG 2.x
// home (pubring.kbx or private-keys-v1.d, which no Go library reads) or the
// user asked for gpg itself (--gpg-agent, --gpg-exe), unless both keys are
// given as key files.
func useGnuPG(o *Options, home string) bool {
	if isFile(o.GPGRecipient) && (o.GPGSigner == "" || isFile(o.GPGSigner)) {
		return false
	}
	if o.GPGAgent || o.GPGExe != "" {
		return true
	}
	_, kbx := os.Stat(filepath.Join(home, "pubring.kbx"))
	_, priv := os.Stat(filepath.Join(home, "private-keys-v1.d"))
	return kbx == nil || priv == nil
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return path != "" && err == nil && st.Mode().IsRegular()
}

// gnupgKeys looks the recipient and signer up in the GnuPG home, as the
// stock client does through GPGME (a name matching no key or several is
// refused), and returns keys whose engine runs gpg for Seal. The signing
// passphrase is, as in the stock client: left to the agent with
// --gpg-agent, not asked for with --gpg-no-signing-pw, else GPG_SIGNING_PW
// (or SESAME_GPG_SIGNING_PW) or typed at the prompt. It reaches gpg only
// through a pipe.
func gnupgKeys(o *Options, home string, prompt Prompter) (*spa.GPG, error) {
	g := &gnupg.GPG{Home: home, Exe: o.GPGExe, Pinentry: gnupg.PinentryCancel}
	if o.GPGAgent || o.GPGNoSigningPW {
		g.Pinentry = gnupg.PinentryAgent
	}
	ctx := context.Background()
	rcpt, err := g.Lookup(ctx, o.GPGRecipient, false)
	if err != nil {
		return nil, lookupErr("gpg-recipient-key", err)
	}
	eng := &gnupg.SPA{GPG: g, Recipient: rcpt.Fingerprint}
	if o.GPGSigner == "" {
		return &spa.GPG{Engine: eng}, nil
	}
	signer, err := g.Lookup(ctx, o.GPGSigner, true)
	if err != nil {
		return nil, lookupErr("gpg-signer-key", err)
	}
	eng.Signer = signer.Fingerprint
	if eng.Pass, err = signingPassphrase(o, prompt); err != nil {
		return nil, err
	}
	return &spa.GPG{Engine: eng}, nil
}

// signingPassphrase is the passphrase to hand gpg for the signing key; nil
// leaves it to the agent (its cache, or its pinentry with --gpg-agent).
func signingPassphrase(o *Options, prompt Prompter) ([]byte, error) {
	switch {
	case o.GPGAgent || o.GPGNoSigningPW:
		return nil, nil
	case o.GPGSigningPW != "":
		return []byte(o.GPGSigningPW), nil
	case prompt == nil:
		// No terminal: the key must have no passphrase, or the agent
		// must hold it.
		return nil, nil
	}
	return prompt("Enter passphrase for signing: ")
}

// gpgFingerprints are the signer's and the recipient's fingerprints for
// Dump, from the key files or the GnuPG home ("<NULL>" when unsigned).
func gpgFingerprints(g *spa.GPG) (signer, rcpt string) {
	if e, ok := g.Engine.(*gnupg.SPA); ok {
		return orNull(e.Signer), orNull(e.Recipient)
	}
	return fingerprintOf(g.Signer), fingerprintOf(g.Recipient)
}

// gpgContext is the rest of libfko's GPG block in Dump (dump_ctx_to_buffer):
// a sealing context's defaults (signatures are checked, none is seen yet)
// and, for a GnuPG home, its folder and gpg program ("<NULL>" for key
// files, which no gpg reads).
func gpgContext(g *spa.GPG) [][2]string {
	home, exe := "<NULL>", "<NULL>"
	if e, ok := g.Engine.(*gnupg.SPA); ok && e.GPG != nil {
		home, exe = orNull(e.GPG.Home), e.GPG.Exe
		if exe == "" {
			exe = gnupg.DefaultExe
		}
	}
	return [][2]string{
		{"GPG sig verify", "Yes"}, {"GPG ignore sig", "No"},
		{"GPG sig ID", "<NULL>"}, {"GPG sig fpr", "<NULL>"},
		{"GPG sig summary", "-1"}, {"GPG sig status", "-1"},
		{"GPG home dir", home}, {"GPG exe", exe},
	}
}

package knock

import (
	"encoding/base64"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// lockedSigner makes a GnuPG 2 home holding the server's public key and a
// new signing key protected by pass, with a fresh agent (the passphrase
// GenKey gave is not cached), and the server's home that opens packets
// from it. It returns the client's home, the signer's fingerprint and the
// server's home.
func lockedSigner(t *testing.T, pass string) (client, fp, server string) {
	t.Helper()
	client = gnupgtest.Home(t, false, spatest.ServerPublicKey)
	fp = gnupgtest.GenKey(t, client, "Locked <locked@example.org>", pass)
	if out, err := exec.Command("gpgconf", "--homedir", client, "--kill", "gpg-agent").CombinedOutput(); err != nil {
		t.Fatal(err, string(out))
	}
	server = gnupgtest.Home(t, true, spatest.ServerSecretKey, gnupgtest.Export(t, client, fp))
	return client, fp, server
}

// TestGetKeyFileIsGPGSigningPassphrase: in GPG mode the key that -G's
// file holds for the server is the signing key's passphrase, as the stock
// client's get_keys reads it (fwknop's suite: "[GPG] complete cycle" with
// --get-key). No terminal is there to ask on: without the file's key gpg
// cannot unlock the signer. GPG_SIGNING_PW, when given, wins over the
// file, and a file without the server's line is refused, naming the file
// and never a key.
func TestGetKeyFileIsGPGSigningPassphrase(t *testing.T) {
	const pass = "file signing pw"
	client, fp, server := lockedSigner(t, pass)
	keyFile := filepath.Join(t.TempDir(), "keys")
	if err := os.WriteFile(keyFile, []byte("# keys\n198.51.100.9: other pw\n127.0.0.1: "+pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	o := NewOptions()
	o.UseGPG, o.GPGHome, o.GPGRecipient, o.GPGSigner = true, client, vecServerFP, fp
	o.KeyFile, o.Destination = keyFile, "127.0.0.1"
	// First, while the agent has not cached the right passphrase.
	o.GPGSigningPW = "wrong pw"
	if _, err := sealWith(t, o, nil); err == nil {
		t.Error("GPG_SIGNING_PW did not win over -G's file: a wrong passphrase signed")
	}
	o.GPGSigningPW = ""
	p, err := sealWith(t, o, nil)
	if err != nil {
		t.Fatalf("-G's key did not unlock the signing key: %v", err)
	}
	if m := openWithHome(t, server, p); m.Signer == nil || !m.Signer.Verified || m.Signer.Fingerprint != fp {
		t.Errorf("signer %+v", m.Signer)
	}

	o.Destination = "203.0.113.5"
	_, err = sealWith(t, o, nil)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), keyFile) || !strings.Contains(err.Error(), "203.0.113.5") {
		t.Errorf("no line for the server: %v", err)
	}
	if err != nil && strings.Contains(err.Error(), "pw") {
		t.Errorf("the error shows a key: %v", err)
	}
}

// TestKeyBase64IsGPGSigningPassphrase: --key-base64-rijndael (KEY_BASE64)
// decoded is the signing key's passphrase in GPG mode, as the stock
// client's get_keys decodes it; bad base64 is refused without showing it.
func TestKeyBase64IsGPGSigningPassphrase(t *testing.T) {
	const pass = "b64 signing pw"
	client, fp, server := lockedSigner(t, pass)
	o := NewOptions()
	o.UseGPG, o.GPGHome, o.GPGRecipient, o.GPGSigner = true, client, vecServerFP, fp
	o.KeyBase64 = Secret(base64.StdEncoding.EncodeToString([]byte(pass)))
	p, err := sealWith(t, o, nil)
	if err != nil {
		t.Fatalf("the base64 key did not unlock the signing key: %v", err)
	}
	if m := openWithHome(t, server, p); m.Signer == nil || !m.Signer.Verified {
		t.Errorf("signer %+v", m.Signer)
	}
	o.KeyBase64 = "!!not-b64-secret"
	if _, err := sealWith(t, o, nil); !errors.Is(err, ErrInvalid) || strings.Contains(err.Error(), "secret") {
		t.Errorf("bad base64: %v", err)
	}
}

package cli

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// In GPG mode -G's key for the server (--get-key, KEY_FILE) is the signing
// key's passphrase, as the stock client's get_keys takes it (fwknop's
// suite: "[GPG] complete cycle", "multi gpg-IDs", which pass --get-key
// and no terminal). The passphrase never shows in the output.
func TestGetKeyIsGPGSigningPassphrase(t *testing.T) {
	home := gnupgtest.Home(t, true, spatest.ServerPublicKey)
	gnupgtest.GenKey(t, home, "signer@example.org", "file signing secret")
	if out, err := exec.Command("gpgconf", "--homedir", home, "--kill", "gpg-agent").CombinedOutput(); err != nil {
		t.Fatal(err, string(out))
	}
	keyFile := t.TempDir() + "/keys"
	writeFile(t, keyFile, "127.0.0.1: file signing secret\n", 0o600)
	args := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "-v", "--key-base64-hmac", testHMAC,
		"--gpg-home-dir", home, "--gpg-recipient-key", "CFA115A3", "--gpg-signer-key", "signer@example.org", "--get-key", keyFile}
	var out bytes.Buffer
	if st := Knock(args, testSystem(&out, &out, map[string]string{"HOME": t.TempDir()})); st != 0 {
		t.Fatalf("exit %d:\n%s", st, out.String())
	}
	if strings.Contains(out.String(), "signing secret") {
		t.Errorf("the passphrase is in the output:\n%s", out.String())
	}
}

package cli

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// In GPG mode -G's key for the server (--get-key, KEY_FILE) is the signing
// key's passphrase, as the stock client's get_keys takes it (fwknop's
// suite: "[GPG] complete cycle", "multi gpg-IDs", which pass --get-key
// and no terminal): the right one gives a packet, a wrong one none, for
// Sesame and for the stock client alike. The home's gpg.conf says
// "pinentry-mode loopback" as the suite's does: without it GPGME never
// hands gpg the stock's passphrase. The passphrase never shows.
func TestGetKeyIsGPGSigningPassphrase(t *testing.T) {
	const pass = "file signing secret"
	home := gnupgtest.Home(t, true, spatest.ServerPublicKey)
	gnupgtest.GenKey(t, home, "signer@example.org", pass)
	writeFile(t, home+"/gpg.conf", "pinentry-mode loopback\n", 0o600)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, key string
		packet    bool
	}{{"wrong key", "wrong secret", false}, {"right key", pass, true}} {
		keyFile := dir + "/" + strings.ReplaceAll(tc.name, " ", "-")
		writeFile(t, keyFile, "127.0.0.1: "+tc.key+"\n", 0o600)
		args := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "--key-base64-hmac", testHMAC,
			"--gpg-home-dir", home, "--gpg-recipient-key", "CFA115A3", "--gpg-signer-key", "signer@example.org", "--get-key", keyFile}
		t.Run(tc.name, func(t *testing.T) {
			forgetPassphrase(t, home)
			var out bytes.Buffer
			st := Knock(args, testSystem(&out, &out, map[string]string{"HOME": t.TempDir()}))
			if got := strings.Contains(out.String(), "Final SPA Data"); got != tc.packet || (st == 0) != tc.packet {
				t.Errorf("exit %d, packet %v, want %v:\n%s", st, got, tc.packet, out.String())
			}
			if strings.Contains(out.String(), "secret") {
				t.Errorf("a passphrase is in the output:\n%s", out.String())
			}
		})
		t.Run(tc.name+", stock", func(t *testing.T) {
			stockfwknop.Require(t)
			forgetPassphrase(t, home)
			cmd := exec.Command("fwknop", args...)
			cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
			out, _ := cmd.CombinedOutput()
			if got := strings.Contains(string(out), "Final SPA Data"); got != tc.packet {
				t.Errorf("stock: packet %v, want %v:\n%s", got, tc.packet, out)
			}
		})
	}
}

// forgetPassphrase stops home's gpg-agent, so that no passphrase given
// before is cached.
func forgetPassphrase(t *testing.T, home string) {
	t.Helper()
	if out, err := exec.Command("gpgconf", "--homedir", home, "--kill", "gpg-agent").CombinedOutput(); err != nil {
		t.Fatal(err, string(out))
	}
}

package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// TestKnockGnuPGFlags: the stock client's --gpg-agent, --gpg-exe and
// --gpg-no-signing-pw are accepted, and a GnuPG 2.x home with only
// pubring.kbx gives the keys (sesame refused both before).
func TestKnockGnuPGFlags(t *testing.T) {
	home := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	base := []string{"knock", "-T", "-v", "-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--key-base64-hmac", testHMAC,
		"--gpg-home-dir", home, "--gpg-recipient-key", "CFA115A3", "--gpg-signer-key", "487442C4"}
	for _, extra := range [][]string{
		{"--gpg-no-signing-pw"},
		{"--gpg-agent", "--gpg-exe", "/usr/bin/gpg"},
	} {
		var stdout, stderr bytes.Buffer
		status := Knock(append(append([]string{}, base[1:]...), extra...), testSystem(&stdout, &stderr, nil))
		f := fields(stdout.String())
		if status != 0 || !strings.HasPrefix(f["Encryption Type"], "2") || f["GPG signer"] != "146AC9CE63E085C487814D643B3C942D487442C4" {
			t.Errorf("%v: status %d, fields %v\n%s", extra, status, f, stderr.String())
		}
	}
}

package cli

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// GPG options fail in libfko's words (lib/fko_error.c) and -v shows the
// rest of its GPG block, as fwknop's suite greps them ("GPG invalid exe",
// "GPG invalid homedir", "GPG invalid recip/signer", "GPG use agent",
// "GPG same signing key"): against the stock client for a GnuPG home,
// and the same words for key files read in-process (which the stock
// cannot read).
func TestStockGPGWording(t *testing.T) {
	kbx := gnupgtest.Home(t, true, spatest.ClientSecretKey, spatest.ServerPublicKey)
	files := t.TempDir()
	writeFile(t, files+"/client.asc", string(spatest.ClientSecretKey), 0o600)
	writeFile(t, files+"/server.asc", string(spatest.ServerPublicKey), 0o600)
	base := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "--key-base64-hmac", testHMAC}
	gpg := func(home, rcpt, signer string, extra ...string) []string {
		args := append(append([]string{}, base...), "--gpg-home-dir", home, "--gpg-recipient-key", rcpt, "--gpg-signer-key", signer, "--gpg-no-signing-pw")
		return append(args, extra...)
	}
	// The client's own key as recipient too, so that the stock client's
	// -T decode succeeds (as in the suite's "same signing key" tests).
	cases := func(home string) []wordingCase {
		return []wordingCase{
			{name: "invalid exe", args: gpg(home, "CFA115A3", "487442C4", "--gpg-exe", "invalidpath"), want: `Unable\sto\sstat.*executable`},
			{name: "invalid recipient", args: gpg(home, "invalid", "487442C4"), want: `key\sfor.*recipient.*not\sfound`},
			{name: "invalid signer", args: gpg(home, "487442C4", "invalid"), want: `key\sfor.*signer.*not\sfound`},
			{name: "sig verify", args: gpg(home, "487442C4", "487442C4", "-v"), want: `(?m)^ GPG sig verify: Yes\n GPG ignore sig: No\n +GPG sig ID: <NULL>$`},
		}
	}
	checkWording(t, append(cases(kbx),
		wordingCase{name: "invalid home", args: gpg("invalidpath", "CFA115A3", "487442C4"), want: `Unable\sto\sstat.*home\sdirectory`},
		wordingCase{name: "agent", args: gpg(kbx, "487442C4", "487442C4", "--gpg-agent", "-v"), want: `(?m)^ +GPG home dir: ` + kbx + `\n +GPG exe: /usr/bin/gpg$`},
	))
	for _, tc := range cases(files) {
		var out bytes.Buffer
		st := Knock(tc.args, testSystem(&out, &out, map[string]string{"HOME": t.TempDir()}))
		if !regexp.MustCompile(tc.want).MatchString(out.String()) || (st == 0) != (tc.name == "sig verify") {
			t.Errorf("key files, %s: exit %d, no %q in\n%s", tc.name, st, tc.want, out.String())
		}
	}
}

// A GPG packet too long to send is named by libfko's code for it
// (fwknop's suite: "4096 enc key, 4096 signing subkey"). The test keys
// are too small to make one (the message is capped first), so the error
// is spa.Seal's, as checkSealedLen words it.
func TestStockGPGTooLong(t *testing.T) {
	sealErr := fmt.Errorf("%w: message: packet longer than 1500 bytes", spa.ErrBadArgument)
	got := stockWords(gpgSealErr(sealErr, true))
	if !strings.HasPrefix(got, "Args contain invalid data: FKO_ERROR_INVALID_DATA_ENCRYPT_GPG_RESULT_MSGLEN_VALIDFAIL: ") || !errors.Is(gpgSealErr(sealErr, true), spa.ErrBadArgument) {
		t.Errorf("GPG: %q", got)
	}
	if got := gpgSealErr(sealErr, false); got != sealErr {
		t.Errorf("Rijndael: %v", got)
	}
}

// In GPG mode the key (--key-rijndael, -G's file, KEY) is the signing
// key's passphrase, as the stock client's get_keys takes it (fwknop's
// suite: "[GPG] complete cycle").
func TestGPGKeyIsSigningPassphrase(t *testing.T) {
	home := gnupgtest.Home(t, true, spatest.ServerPublicKey)
	gnupgtest.GenKey(t, home, "signer@example.org", "signing secret")
	args := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "--key-base64-hmac", testHMAC,
		"--gpg-home-dir", home, "--gpg-recipient-key", "CFA115A3", "--gpg-signer-key", "signer@example.org", "--key-rijndael", "signing secret"}
	var out bytes.Buffer
	if st := Knock(args, testSystem(&out, &out, map[string]string{"HOME": t.TempDir()})); st != 0 {
		t.Fatalf("exit %d:\n%s", st, out.String())
	}
}

package access

import (
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// TestGnuPGHomeDecryptIDList: GPG_DECRYPT_ID may list several ids
// separated by commas (fwknop's suite, "multi gpg-IDs": "12341234,
// DEADBEEF, 361BBAD4, 43214321"); the secret keys matching any of them
// decrypt, and a list matching none is still refused at start.
func TestGnuPGHomeDecryptIDList(t *testing.T) {
	home := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientSecretKey)
	base := "SOURCE ANY\nGPG_HOME_DIR " + home + "\nGPG_DISABLE_SIG Y\nGPG_ALLOW_NO_PW Y\nHMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	server, _ := spatest.ReadKey(spatest.ServerPublicKey)
	j, _ := judge(t, base+"GPG_DECRYPT_ID 12341234, DEADBEEF, "+fingerprint(server)[32:]+", 43214321\n", "", aging)
	if d := j.Decide(sealGPG(t, server, nil), clientIP, serverIP, gpgTime); !d.Accept {
		t.Errorf("listed server key: %q (%v)", d.Reason, d.Err)
	}
	if _, err := newJudgeErr(t, base+"GPG_DECRYPT_ID 12341234, DEADBEEF\n"); err == nil || !strings.Contains(err.Error(), "no secret key whose key id or fingerprint is GPG_DECRYPT_ID") {
		t.Errorf("list matching no key: %v", err)
	}
}

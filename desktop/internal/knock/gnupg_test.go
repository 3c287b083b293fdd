package knock

import (
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/gnupg"
	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

const (
	vecServerFP = "8FA68E374355EE2009570CA48C73BFCDCFA115A3"
	vecClientFP = "146AC9CE63E085C487814D643B3C942D487442C4"
)

// openWithHome opens packet with a GnuPG home's engine, as the daemon does.
func openWithHome(t *testing.T, home, packet string) *spa.Message {
	t.Helper()
	k := &spa.Keys{AllowNoHMAC: true, GPG: &spa.GPG{Engine: &gnupg.SPA{GPG: &gnupg.GPG{Home: home}}}}
	m, err := spa.Open([]byte(packet), k)
	if err != nil {
		t.Fatalf("the server's GnuPG home cannot open the packet: %v", err)
	}
	return m
}

func sealWith(t *testing.T, o *Options, prompt Prompter) (string, error) {
	t.Helper()
	k, err := Keys(o, prompt)
	if err != nil {
		return "", err
	}
	m := &spa.Message{Random: "1234567890123456", User: "u", Timestamp: time.Now().Unix(), Version: "2.0.2",
		Type: spa.AccessMsg, Message: "198.51.100.7,tcp/22", DigestType: spa.SHA256}
	return spa.Seal(m, k, rand.Reader)
}

// TestGnuPGHomeKeys: a GnuPG 2.x home with only pubring.kbx (and
// private-keys-v1.d), as the stock client takes it, gives the keys: the
// recipient by e-mail, the signer by fingerprint; the server's GnuPG home
// opens the packet and finds the signature good.
func TestGnuPGHomeKeys(t *testing.T) {
	client := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	server := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientPublicKey)
	if _, err := os.Stat(filepath.Join(client, "pubring.kbx")); err != nil {
		t.Fatal(err)
	}
	o := NewOptions()
	o.UseGPG, o.GPGHome, o.GPGRecipient, o.GPGSigner, o.GPGNoSigningPW = true, client, "server@example.org", vecClientFP, true
	p, err := sealWith(t, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := openWithHome(t, server, p)
	if m.Signer == nil || !m.Signer.Verified || m.Signer.Fingerprint != vecClientFP {
		t.Errorf("signer %+v", m.Signer)
	}
	o.GPGRecipient = "nobody@example.org"
	if _, err := sealWith(t, o, nil); err == nil {
		t.Error("an unknown recipient was accepted")
	}
}

// TestGnuPGHomeSigningPassphrase: a protected signing key is unlocked by the
// passphrase typed at the prompt (through a pipe to gpg); a wrong one fails.
func TestGnuPGHomeSigningPassphrase(t *testing.T) {
	client := gnupgtest.Home(t, false, spatest.ServerPublicKey)
	fp := gnupgtest.GenKey(t, client, "Locked <locked@example.org>", "typed pw")
	// A fresh agent: the passphrase GenKey gave is not cached.
	if out, err := exec.Command("gpgconf", "--homedir", client, "--kill", "gpg-agent").CombinedOutput(); err != nil {
		t.Fatal(err, out)
	}
	server := gnupgtest.Home(t, true, spatest.ServerSecretKey, gnupgtest.Export(t, client, fp))
	o := NewOptions()
	o.UseGPG, o.GPGHome, o.GPGRecipient, o.GPGSigner = true, client, vecServerFP, fp
	asked := 0
	prompt := func(string) ([]byte, error) { asked++; return []byte("wrong pw"), nil }
	if _, err := sealWith(t, o, prompt); err == nil || asked != 1 {
		t.Errorf("wrong passphrase: %v (asked %d times)", err, asked)
	}
	prompt = func(string) ([]byte, error) { return []byte("typed pw"), nil }
	p, err := sealWith(t, o, prompt)
	if err != nil {
		t.Fatal(err)
	}
	if m := openWithHome(t, server, p); m.Signer == nil || !m.Signer.Verified {
		t.Errorf("signer %+v", m.Signer)
	}
}

// TestGnuPGHomeStockServer: packets sealed with the keys of a GnuPG home
// (signed and unsigned) are accepted by the stock fwknopd, which decrypts
// them through GPGME in its own GnuPG home and checks the signer.
func TestGnuPGHomeStockServer(t *testing.T) {
	stockfwknop.Require(t)
	client := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	for _, signed := range []bool{true, false} {
		t.Run(fmt.Sprint("signed=", signed), func(t *testing.T) {
			o := NewOptions()
			o.UseGPG, o.GPGHome, o.GPGRecipient, o.GPGNoSigningPW = true, client, "CFA115A3", true
			stanza := "SOURCE ANY\nGPG_HOME_DIR $GNUPGHOME\nGPG_DECRYPT_ID CFA115A3\nGPG_ALLOW_NO_PW Y\n"
			if signed {
				o.GPGSigner = "client@example.org"
				stanza += "GPG_REMOTE_ID 487442C4\n"
			} else {
				stanza += "GPG_DISABLE_SIG Y\n"
			}
			p, err := sealWith(t, o, nil)
			if err != nil {
				t.Fatal(err)
			}
			srv := stockfwknop.Server{AccessConf: stanza, GPGKeys: [][]byte{spatest.ServerSecretKey, spatest.ClientPublicKey}}
			v := srv.Judge(t, []stockfwknop.Datagram{{Payload: []byte(p)}})
			if len(v) != 1 || !v[0].Accepted {
				t.Fatalf("stock fwknopd refused the packet: %+v", v)
			}
		})
	}
}

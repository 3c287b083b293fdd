package access

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// TestGnuPGHome: a GPG_HOME_DIR as `gpg --import` leaves it (pubring.kbx,
// private-keys-v1.d, no exported *.asc) decrypts and checks signatures
// through the gpg program, with every signature decision the stock daemon
// makes through GPGME: signed (by fingerprint, by key id), unsigned, wrong
// signer, unknown signer, untrusted signer.
func TestGnuPGHome(t *testing.T) {
	home := gnupgtest.Home(t, false, spatest.ServerSecretKey, spatest.ClientPublicKey)
	server, err := spatest.ReadKey(spatest.ServerPublicKey)
	if err != nil {
		t.Fatal(err)
	}
	client, err := spatest.ReadKey(spatest.ClientSecretKey)
	if err != nil {
		t.Fatal(err)
	}
	stranger := gpgKey(t, t.TempDir(), "stranger", false, "")
	stanza := "SOURCE ANY\nGPG_HOME_DIR " + home + "\nGPG_DECRYPT_ID " + fingerprint(server)[32:] + "\nGPG_ALLOW_NO_PW Y\n" +
		"HMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	clientFP := fingerprint(client)
	tests := []struct {
		name   string
		extra  string
		signer *openpgp.Entity
		want   Reason
	}{
		// Imported but not trusted: GPGME's validity is unknown, which
		// libfko refuses, as the stock daemon does.
		{"untrusted signer", "GPG_FINGERPRINT_ID " + clientFP + "\n", client, GPGBadSignature},
		{"untrusted signer, errors ignored", "GPG_FINGERPRINT_ID " + clientFP + "\nGPG_IGNORE_SIG_VERIFY_ERROR Y\n", client, ""},
		{"trust", "", nil, ""}, // marks the switch to a trusted client key
		{"signer by fingerprint", "GPG_FINGERPRINT_ID " + clientFP + "\n", client, ""},
		{"signer by short id", "GPG_REMOTE_ID " + clientFP[32:] + "\n", client, ""},
		{"signer by long id", "GPG_REMOTE_ID " + clientFP[24:] + "\n", client, ""},
		{"other signer wanted", "GPG_REMOTE_ID " + fingerprint(server)[32:] + "\n", client, GPGSignerNotAllowed},
		{"other fingerprint wanted", "GPG_FINGERPRINT_ID " + fingerprint(server) + "\n", client, GPGSignerNotAllowed},
		{"unsigned", "GPG_REMOTE_ID " + clientFP[32:] + "\n", nil, GPGSignatureMissing},
		{"unknown signer", "GPG_REMOTE_ID " + fingerprint(stranger)[32:] + "\n", stranger, GPGBadSignature},
		{"unknown signer, errors ignored", "GPG_REMOTE_ID " + fingerprint(stranger)[32:] + "\nGPG_IGNORE_SIG_VERIFY_ERROR Y\n", stranger, ""},
		{"unknown signer, errors ignored, not listed", "GPG_REMOTE_ID " + clientFP[32:] + "\nGPG_IGNORE_SIG_VERIFY_ERROR Y\n", stranger, GPGSignerNotAllowed},
		{"signatures off", "GPG_DISABLE_SIG Y\n", nil, ""},
		{"signatures off, signed anyway", "GPG_DISABLE_SIG Y\n", stranger, ""},
	}
	for _, tt := range tests {
		if tt.name == "trust" {
			gnupgtest.TrustAll(t, home)
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			j, cache := judge(t, stanza+tt.extra, "", aging)
			d := j.Decide(sealGPG(t, server, tt.signer), clientIP, serverIP, gpgTime)
			if d.Accept != (tt.want == "") || d.Reason != tt.want {
				t.Fatalf("accept=%v %q (%v), want %q", d.Accept, d.Reason, d.Err, tt.want)
			}
			recorded := tt.want != GPGSignatureMissing && tt.want != GPGBadSignature
			if got := cache.adds.Load() == 1; got != recorded {
				t.Errorf("digest recorded: %v, want %v", got, recorded)
			}
		})
	}
}

// TestGnuPGHomeKeys: a GnuPG home is checked once at start-up: a
// GPG_DECRYPT_ID naming no secret key there is a configuration error; a
// packet encrypted to another key of the home is a decryption failure.
func TestGnuPGHomeKeys(t *testing.T) {
	home := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientSecretKey)
	base := "SOURCE ANY\nGPG_HOME_DIR " + home + "\nGPG_DISABLE_SIG Y\nGPG_ALLOW_NO_PW Y\nHMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	_, err := newJudgeErr(t, base+"GPG_DECRYPT_ID 0123456789ABCDEF\n")
	if err == nil || !strings.Contains(err.Error(), "no secret key whose key id or fingerprint is GPG_DECRYPT_ID") {
		t.Errorf("unknown GPG_DECRYPT_ID: %v", err)
	}
	if _, err := newJudgeErr(t, strings.Replace(base, home, t.TempDir(), 1)+"GPG_DECRYPT_ID CFA115A3\n"); err == nil || !strings.Contains(err.Error(), "not a GnuPG home") {
		t.Errorf("empty folder: %v", err)
	}
	server, _ := spatest.ReadKey(spatest.ServerPublicKey)
	client, _ := spatest.ReadKey(spatest.ClientPublicKey)
	j, _ := judge(t, base+"GPG_DECRYPT_ID "+fingerprint(server)+"\n", "", aging)
	if d := j.Decide(sealGPG(t, server, nil), clientIP, serverIP, gpgTime); !d.Accept {
		t.Errorf("to the server key: %q (%v)", d.Reason, d.Err)
	}
	if d := j.Decide(sealGPG(t, client, nil), clientIP, serverIP, gpgTime); d.Accept || d.Reason != DecryptFailed || !strings.Contains(d.Err.Error(), "GPG_DECRYPT_ID") {
		t.Errorf("to another key of the home: accept=%v %q (%v)", d.Accept, d.Reason, d.Err)
	}
}

// TestGnuPGHomeStockClient: packets the stock fwknop client makes with its
// --gpg-* options from a GnuPG home are judged by a stanza on a GnuPG home:
// signed by the listed key (accepted), by another trusted key
// (gpg_signer_not_allowed), unsigned (gpg_signature_missing: signatures are
// required by default).
func TestGnuPGHomeStockClient(t *testing.T) {
	stockfwknop.Require(t)
	client := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	wrong := gnupgtest.GenKey(t, client, "Wrong Signer <wrong@example.org>", "")
	server := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientPublicKey, gnupgtest.Export(t, client, wrong))
	const clientFP = "146AC9CE63E085C487814D643B3C942D487442C4"
	stanza := "SOURCE ANY\nGPG_HOME_DIR " + server + "\nGPG_DECRYPT_ID CFA115A3\nGPG_ALLOW_NO_PW Y\nGPG_REMOTE_ID " + clientFP[32:] +
		"\nHMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	base := []string{"-A", "tcp/22", "-a", clientIP.String(), "--use-hmac", "--key-base64-hmac", b64(hmacA),
		"--gpg-home-dir", client, "--gpg-recipient-key", "CFA115A3", "--gpg-no-signing-pw"}
	for _, tt := range []struct {
		name   string
		signer string
		want   Reason
	}{
		{"signed", "487442C4", ""},
		{"wrong signer", wrong, GPGSignerNotAllowed},
		{"unsigned", "", GPGSignatureMissing},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := base
			if tt.signer != "" {
				args = append(append([]string{}, base...), "--gpg-signer-key", tt.signer)
			}
			packet := stockGPGPacket(t, args...)
			j, _ := judge(t, stanza, "", aging)
			d := j.Decide([]byte(packet), clientIP, serverIP, time.Now())
			if d.Accept != (tt.want == "") || d.Reason != tt.want {
				t.Fatalf("accept=%v %q (%v), want %q", d.Accept, d.Reason, d.Err, tt.want)
			}
		})
	}
}

// stockGPGPacket runs `fwknop --test -v` and returns the packet it printed.
// Unlike stockfwknop.Build it does not mind exit status 1: in test mode the
// stock client decrypts its own packet for the dump, which fails without
// the server's secret key in the client's home, after printing the packet.
func stockGPGPacket(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("fwknop", append([]string{"--test", "-v", "--no-save-args", "-D", "127.0.0.1"}, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, _ := cmd.CombinedOutput()
	for _, l := range strings.Split(string(out), "\n") {
		if name, val, ok := strings.Cut(l, ": "); ok && strings.TrimSpace(name) == "Final SPA Data" {
			return strings.TrimSpace(val)
		}
	}
	t.Fatalf("fwknop printed no packet:\n%s", out)
	return ""
}

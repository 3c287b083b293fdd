package access

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/ProtonMail/go-crypto/openpgp/armor"
	"github.com/ProtonMail/go-crypto/openpgp/packet"

	"github.com/sesame-spa/sesame/shared/spa"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// gpgKey makes a small (EdDSA) key created before t0 and writes it to dir,
// as writeKey does.
func gpgKey(t *testing.T, dir, name string, secret bool, passphrase string) *openpgp.Entity {
	t.Helper()
	cfg := &packet.Config{Algorithm: packet.PubKeyAlgoEdDSA, Time: func() time.Time { return t0.Add(-time.Hour) }}
	e, err := openpgp.NewEntity(name, "", name+"@example.org", cfg)
	if err != nil {
		t.Fatal(err)
	}
	writeKey(t, dir, name, e, secret, passphrase)
	return e
}

// serverKey is the vectors' RSA server key (an ECC key makes unsigned
// packets too short for GPG), written to dir locked with passphrase.
func serverKey(t *testing.T, dir, passphrase string) *openpgp.Entity {
	t.Helper()
	e, err := spatest.ReadKey(spatest.ServerSecretKey)
	if err != nil {
		t.Fatal(err)
	}
	writeKey(t, dir, "server", e, true, passphrase)
	return e
}

// writeKey writes e armored to dir/name.asc: the secret key (locked with
// passphrase unless empty) when secret is set, else the public key.
func writeKey(t *testing.T, dir, name string, e *openpgp.Entity, secret bool, passphrase string) {
	t.Helper()
	var buf bytes.Buffer
	blockType := openpgp.PublicKeyType
	if secret {
		blockType = openpgp.PrivateKeyType
	}
	w, err := armor.Encode(&buf, blockType, nil)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case !secret:
		err = e.Serialize(w)
	case passphrase != "":
		// Serialize a locked copy; the test keeps the unlocked entity.
		locked, perr := openpgp.ReadEntity(packet.NewReader(serializePrivate(t, e)))
		if perr != nil {
			t.Fatal(perr)
		}
		if err = locked.EncryptPrivateKeys([]byte(passphrase), nil); err == nil {
			err = locked.SerializePrivateWithoutSigning(w, nil)
		}
	default:
		err = e.SerializePrivateWithoutSigning(w, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if err := os.WriteFile(filepath.Join(dir, name+".asc"), buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func serializePrivate(t *testing.T, e *openpgp.Entity) *bytes.Reader {
	var buf bytes.Buffer
	if err := e.SerializePrivateWithoutSigning(&buf, nil); err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(buf.Bytes())
}

func fingerprint(e *openpgp.Entity) string {
	return strings.ToUpper(hex.EncodeToString(e.PrimaryKey.Fingerprint))
}

// gpgTime is when the GPG tests run: after the vectors' keys were made.
var gpgTime = t0.Add(10 * time.Minute)

// sealGPG encrypts a message to server, signed by signer unless nil.
func sealGPG(t *testing.T, server, signer *openpgp.Entity) []byte {
	t.Helper()
	k := &spa.Keys{HMAC: hmacA, GPG: &spa.GPG{Recipient: server, Signer: signer, Now: func() time.Time { return gpgTime }}}
	p, err := spa.Seal(msg(func(m *spa.Message) { m.Timestamp = gpgTime.Unix() }), k, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if len(p) < spa.MinGPGPacketLen {
		t.Fatalf("GPG packet of %d characters", len(p))
	}
	return []byte(p)
}

// TestGPG covers the GPG stanza settings: a passphrase-protected server key,
// a known client and an unknown one.
func TestGPG(t *testing.T) {
	home := t.TempDir()
	server := serverKey(t, home, "s3cret")
	client := gpgKey(t, home, "client", false, "")
	stranger := gpgKey(t, t.TempDir(), "stranger", false, "")
	stanza := "SOURCE ANY\nGPG_HOME_DIR " + home + "\nGPG_DECRYPT_ID " + fingerprint(server) + "\nGPG_DECRYPT_PW s3cret\n" +
		"HMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	tests := []struct {
		name   string
		extra  string
		signer *openpgp.Entity
		want   Reason
	}{
		{"signer by fingerprint", "GPG_FINGERPRINT_ID " + fingerprint(client) + "\n", client, ""},
		{"signer by short id", "GPG_REMOTE_ID " + fingerprint(client)[32:] + "\n", client, ""},
		{"signer by long id", "GPG_REMOTE_ID " + fingerprint(client)[24:] + "\n", client, ""},
		{"other signer wanted", "GPG_REMOTE_ID " + fingerprint(server)[32:] + "\n", client, GPGSignerNotAllowed},
		{"unsigned", "GPG_REMOTE_ID " + fingerprint(client)[32:] + "\n", nil, GPGSignatureMissing},
		{"unknown signer", "GPG_REMOTE_ID " + fingerprint(stranger)[32:] + "\n", stranger, GPGBadSignature},
		{"unknown signer, errors ignored", "GPG_REMOTE_ID " + fingerprint(stranger)[32:] + "\nGPG_IGNORE_SIG_VERIFY_ERROR Y\n", stranger, ""},
		{"unknown signer, errors ignored, not listed", "GPG_REMOTE_ID " + fingerprint(client)[32:] + "\nGPG_IGNORE_SIG_VERIFY_ERROR Y\n", stranger, GPGSignerNotAllowed},
		{"signatures off", "GPG_DISABLE_SIG Y\n", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, cache := judge(t, stanza+tt.extra, "", aging)
			d := j.Decide(sealGPG(t, server, tt.signer), clientIP, serverIP, gpgTime)
			if d.Accept != (tt.want == "") || d.Reason != tt.want {
				t.Fatalf("accept=%v %q (%v), want %q", d.Accept, d.Reason, d.Err, tt.want)
			}
			// As in the stock daemon, a missing or bad signature is refused
			// while decrypting, before the digest is recorded.
			recorded := tt.want != GPGSignatureMissing && tt.want != GPGBadSignature
			if got := cache.adds.Load() == 1; got != recorded {
				t.Errorf("digest recorded: %v, want %v", got, recorded)
			}
		})
	}
}

func TestGPGKeyLoading(t *testing.T) {
	home := t.TempDir()
	server := serverKey(t, home, "s3cret")
	gpgKey(t, home, "client", false, "")
	base := "SOURCE ANY\nGPG_HOME_DIR " + home + "\nGPG_DISABLE_SIG Y\nHMAC_KEY_BASE64 " + b64(hmacA) + "\n"
	for _, tt := range []struct{ name, conf, wantErr string }{
		{"wrong passphrase", "GPG_DECRYPT_ID " + fingerprint(server)[32:] + "\nGPG_DECRYPT_PW wrong\n", "does not unlock"},
		{"no passphrase", "GPG_DECRYPT_ID " + fingerprint(server)[32:] + "\nGPG_ALLOW_NO_PW Y\n", "GPG_DECRYPT_PW is not set"},
		{"no such key", "GPG_DECRYPT_ID 0123456789ABCDEF\nGPG_DECRYPT_PW s3cret\n", "no armored secret key"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newJudgeErr(t, base+tt.conf)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "s3cret") {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
	// Keys of the server's GPG_HOME_DIR serve stanzas without their own.
	j := judgeWith(t, strings.Replace(base, "GPG_HOME_DIR "+home+"\n", "", 1)+"GPG_DECRYPT_PW s3cret\n", "GPG_HOME_DIR "+home+"\n", aging, newMemCache())
	if d := j.Decide(sealGPG(t, server, nil), clientIP, serverIP, gpgTime); !d.Accept {
		t.Errorf("server GPG_HOME_DIR: %q (%v)", d.Reason, d.Err)
	}
}

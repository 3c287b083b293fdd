package gnupg_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/gnupg"
	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

const (
	serverFP = "8FA68E374355EE2009570CA48C73BFCDCFA115A3"
	clientFP = "146AC9CE63E085C487814D643B3C942D487442C4"
)

// homes are the client's home (its secret key, the server's public key)
// and the server's (its secret key, the client's public key, trusted).
func homes(t *testing.T) (client, server *gnupg.GPG) {
	t.Helper()
	c := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	s := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientPublicKey)
	return &gnupg.GPG{Home: c}, &gnupg.GPG{Home: s}
}

func TestEncryptDecryptSigned(t *testing.T) {
	client, server := homes(t)
	ctx := context.Background()
	plain := []byte("1234567890123456:dXNlcg:1700000000:2.0.2:1:MS4yLjMuNCx0Y3AvMjI")
	ct, err := client.Encrypt(ctx, plain, serverFP, clientFP, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ct[0] != 0x85 {
		t.Errorf("first byte %#x, want 0x85 (an old-format session key packet, as fwknop expects)", ct[0])
	}
	d, err := server.Decrypt(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.Plaintext, plain) {
		t.Errorf("plaintext %q", d.Plaintext)
	}
	if len(d.Signatures) != 1 {
		t.Fatalf("signatures %+v", d.Signatures)
	}
	s := d.Signatures[0]
	if !s.Valid() || s.Fingerprint != clientFP || s.PrimaryFingerprint != clientFP || s.KeyID != clientFP[24:] || s.Trust != gnupg.TrustUltimate {
		t.Errorf("signature %+v (err %v)", s, s.Err())
	}
	if len(d.Recipients) != 1 || !strings.HasSuffix(serverFP, d.Recipients[0]) {
		t.Errorf("recipients %v", d.Recipients)
	}
}

func TestDecryptUnsignedAndUnknownSigners(t *testing.T) {
	client, _ := homes(t)
	ctx := context.Background()
	plain := []byte("hello")
	unsigned, err := client.Encrypt(ctx, plain, serverFP, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := client.Encrypt(ctx, plain, serverFP, clientFP, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The server knows no client key; then knows it without trusting it.
	noKey := &gnupg.GPG{Home: gnupgtest.Home(t, false, spatest.ServerSecretKey)}
	untrusted := &gnupg.GPG{Home: gnupgtest.Home(t, false, spatest.ServerSecretKey, spatest.ClientPublicKey)}

	d, err := noKey.Decrypt(ctx, unsigned, nil)
	if err != nil || len(d.Signatures) != 0 || string(d.Plaintext) != "hello" {
		t.Errorf("unsigned: %+v, %v", d, err)
	}
	d, err = noKey.Decrypt(ctx, signed, nil)
	if err != nil || len(d.Signatures) != 1 || d.Signatures[0].Status != gnupg.SigNoKey || d.Signatures[0].Valid() {
		t.Errorf("unknown signer: %+v, %v", d, err)
	}
	d, err = untrusted.Decrypt(ctx, signed, nil)
	if err != nil || len(d.Signatures) != 1 || d.Signatures[0].Status != gnupg.SigGood || d.Signatures[0].Valid() ||
		!strings.Contains(d.Signatures[0].Err().Error(), "validity") {
		t.Errorf("untrusted signer: %+v, %v", d, err)
	}
}

func TestDecryptFailures(t *testing.T) {
	client, server := homes(t)
	ctx := context.Background()
	ct, err := client.Encrypt(ctx, []byte("x"), serverFP, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	// The client's home has no secret key for the server's key.
	if _, err := client.Decrypt(ctx, ct, nil); !errors.Is(err, gnupg.ErrNoSecretKey) {
		t.Errorf("wrong home: %v", err)
	}
	bad := bytes.Clone(ct)
	bad[len(bad)-5] ^= 0x40
	if _, err := server.Decrypt(ctx, bad, nil); !errors.Is(err, gnupg.ErrDecrypt) {
		t.Errorf("tampered: %v", err)
	}
	if _, err := server.Decrypt(ctx, []byte("not openpgp at all"), nil); !errors.Is(err, gnupg.ErrDecrypt) {
		t.Errorf("junk: %v", err)
	}
}

// TestPassphraseThroughPipe: a protected key is unlocked by the passphrase
// given through fd 3; a wrong one and none are refused, each with its own
// error, and none reaches a pinentry.
func TestPassphraseThroughPipe(t *testing.T) {
	gnupgtest.Require(t)
	home := gnupgtest.Home(t, true)
	fp := gnupgtest.GenKey(t, home, "Locked <locked@example.org>", "s3cret pass")
	// A fresh agent, so the passphrase GenKey gave is not cached.
	killAgent(t, home)
	g := &gnupg.GPG{Home: home}
	ctx := context.Background()
	ct, err := g.Encrypt(ctx, []byte("secret data"), fp, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Decrypt(ctx, ct, []byte("wrong")); !errors.Is(err, gnupg.ErrBadPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if _, err := g.Decrypt(ctx, ct, nil); !errors.Is(err, gnupg.ErrNoPassphrase) {
		t.Errorf("no passphrase: %v", err)
	}
	d, err := g.Decrypt(ctx, ct, []byte("s3cret pass"))
	if err != nil || string(d.Plaintext) != "secret data" {
		t.Fatalf("right passphrase: %v", err)
	}
	// Signing with it needs the passphrase too (fresh agent again).
	killAgent(t, home)
	if _, err := g.Encrypt(ctx, []byte("x"), fp, fp, []byte("wrong")); !errors.Is(err, gnupg.ErrBadPassphrase) {
		t.Errorf("signing, wrong passphrase: %v", err)
	}
	if _, err := g.Encrypt(ctx, []byte("x"), fp, fp, []byte("s3cret pass")); err != nil {
		t.Errorf("signing, right passphrase: %v", err)
	}
}

func TestLookup(t *testing.T) {
	client, _ := homes(t)
	ctx := context.Background()
	k, err := client.Lookup(ctx, "server@example.org", false)
	if err != nil || k.Fingerprint != serverFP || !k.Matches("0xCFA115A3") || k.Matches("487442C4") {
		t.Errorf("public lookup: %+v, %v", k, err)
	}
	if _, err := client.Lookup(ctx, "server@example.org", true); !errors.Is(err, gnupg.ErrNoKey) {
		t.Errorf("secret lookup of a public-only key: %v", err)
	}
	if _, err := client.Lookup(ctx, "example.org", false); !errors.Is(err, gnupg.ErrAmbiguous) {
		t.Errorf("ambiguous: %v", err)
	}
	if _, err := client.Encrypt(ctx, []byte("x"), "nobody@example.org", "", nil); !errors.Is(err, gnupg.ErrNoKey) {
		t.Errorf("unknown recipient: %v", err)
	}
}

// fakeGPG writes a script that stands for gpg: it records its pid, copies
// what arrives on fd 3 to a file, and sleeps (with a child of its own) far
// longer than the timeout.
func fakeGPG(t *testing.T) (exe, dir string) {
	dir = t.TempDir()
	exe = filepath.Join(dir, "gpg")
	script := "#!/bin/sh\necho $$ > " + dir + "/pid\ncat <&3 > " + dir + "/fd3\nsleep 30 &\nwait\n"
	if err := os.WriteFile(exe, []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	return exe, dir
}

// TestPassphraseNeverInArgvOrEnv reads the running child's
// /proc/PID/cmdline and environ: the passphrase is in neither (not even
// when the caller's environment carries it), and arrives on fd 3. The
// child overstays the timeout and is killed and reaped, with its own child.
func TestPassphraseNeverInArgvOrEnv(t *testing.T) {
	exe, dir := fakeGPG(t)
	const pass = "pw-Zq81-unique"
	t.Setenv("SESAME_GPG_SIGNING_PW", pass)
	t.Setenv("SOME_OTHER_VAR", pass)
	g := &gnupg.GPG{Exe: exe, Home: dir, Timeout: 1500 * time.Millisecond}
	type res struct {
		err error
		dur time.Duration
	}
	done := make(chan res, 1)
	start := time.Now()
	go func() {
		_, err := g.Decrypt(context.Background(), []byte("data"), []byte(pass))
		done <- res{err, time.Since(start)}
	}()
	pid := waitPID(t, filepath.Join(dir, "pid"))
	cmdline, err1 := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	environ, err2 := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/environ")
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	for name, b := range map[string][]byte{"argv": cmdline, "environment": environ} {
		if bytes.Contains(b, []byte(pass)) {
			t.Errorf("the passphrase is in the child's %s: %q", name, b)
		}
	}
	for _, want := range []string{"--homedir\x00" + dir, "--passphrase-fd\x003", "--pinentry-mode\x00loopback", "--status-fd\x004", "--batch"} {
		if !bytes.Contains(cmdline, []byte(want)) {
			t.Errorf("argv %q lacks %q", cmdline, want)
		}
	}
	r := <-done
	if !errors.Is(r.err, gnupg.ErrTimeout) || r.dur > 5*time.Second {
		t.Errorf("after %v: %v; want ErrTimeout after about 1.5 s", r.dur, r.err)
	}
	if fd3, _ := os.ReadFile(filepath.Join(dir, "fd3")); string(fd3) != pass+"\n" {
		t.Errorf("fd 3 carried %q", fd3)
	}
	// Reaped: no zombie, no process left under that pid (a new process
	// could reuse it, but not within this test's lifetime in practice).
	if err := syscall.Kill(pid, 0); err == nil {
		t.Errorf("child %d still exists after the timeout", pid)
	}
}

func waitPID(t *testing.T, path string) int {
	t.Helper()
	for range 200 {
		if b, err := os.ReadFile(path); err == nil && len(bytes.TrimSpace(b)) > 0 {
			pid, err := strconv.Atoi(string(bytes.TrimSpace(b)))
			if err != nil {
				t.Fatal(err)
			}
			return pid
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the fake gpg never started")
	return 0
}

func TestIsHome(t *testing.T) {
	dir := t.TempDir()
	if gnupg.IsHome(dir) {
		t.Error("empty folder taken for a GnuPG home")
	}
	os.WriteFile(filepath.Join(dir, "pubring.kbx"), nil, 0o600)
	if !gnupg.IsHome(dir) {
		t.Error("folder with pubring.kbx not taken for a GnuPG home")
	}
}

// killAgent stops home's agent, which forgets the passphrases it cached.
func killAgent(t *testing.T, home string) {
	t.Helper()
	if out, err := osexec.Command("gpgconf", "--homedir", home, "--kill", "gpg-agent").CombinedOutput(); err != nil {
		t.Fatalf("gpgconf --kill: %v %s", err, out)
	}
}

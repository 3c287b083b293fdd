// Package gnupgtest makes real GnuPG homes for tests: keys imported with
// `gpg --batch --import` as a user would, an agent started on demand and
// stopped (gpgconf --kill all) when the test ends.
package gnupgtest

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Require skips t when gpg is missing, or fails it under CI (which
// installs gnupg: scripts/install-deps.sh).
func Require(t testing.TB) {
	t.Helper()
	for _, p := range []string{"gpg", "gpgconf", "gpg-agent"} {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s not installed (CI must install gnupg): %v", p, err)
			}
			t.Skipf("%s not installed (apt-get install gnupg): %v", p, err)
		}
	}
}

// Home imports the armored keys into a fresh GnuPG home and returns it.
// With trust, every imported key gets ultimate owner trust, so that its
// signatures are valid (as after `gpg --edit-key KEY trust`). The home is
// under /tmp with a short name: the agent's socket path must stay under
// the 108 bytes a unix socket path may have.
func Home(t testing.TB, trust bool, keys ...[]byte) string {
	t.Helper()
	Require(t)
	home, err := os.MkdirTemp("/tmp", "sg-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(home, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		exec.Command("gpgconf", "--homedir", home, "--kill", "all").Run()
		os.RemoveAll(home)
	})
	for _, k := range keys {
		Run(t, home, k, "--import")
	}
	if trust {
		TrustAll(t, home)
	}
	return home
}

// TrustAll gives every key of home ultimate owner trust.
func TrustAll(t testing.TB, home string) {
	t.Helper()
	var ot bytes.Buffer
	for _, l := range strings.Split(Run(t, home, nil, "--with-colons", "--fingerprint"), "\n") {
		if f := strings.Split(l, ":"); len(f) > 9 && f[0] == "fpr" {
			ot.WriteString(f[9] + ":6:\n")
		}
	}
	Run(t, home, ot.Bytes(), "--import-ownertrust")
}

// GenKey makes a new key (ed25519 signing, cv25519 encryption) for uid in
// home, protected by pass ("" for none), and returns its fingerprint.
func GenKey(t testing.TB, home, uid, pass string) string {
	t.Helper()
	args := []string{"--pinentry-mode", "loopback", "--passphrase-fd", "0", "--quick-gen-key", uid, "future-default", "default", "never"}
	Run(t, home, []byte(pass+"\n"), args...)
	for _, l := range strings.Split(Run(t, home, nil, "--with-colons", "--fingerprint", uid), "\n") {
		if f := strings.Split(l, ":"); len(f) > 9 && f[0] == "fpr" {
			return f[9]
		}
	}
	t.Fatalf("no fingerprint for the new key %q", uid)
	return ""
}

// Export returns the armored public key named by id in home.
func Export(t testing.TB, home, id string) []byte {
	t.Helper()
	return []byte(Run(t, home, nil, "--armor", "--export", id))
}

// Run runs gpg --homedir home --batch ARGS with stdin and returns its
// stdout, failing t on error.
func Run(t testing.TB, home string, stdin []byte, args ...string) string {
	t.Helper()
	cmd := exec.Command("gpg", append([]string{"--homedir", home, "--batch", "--yes"}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("gpg %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

package stockfwknop

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// gnupgHome imports armored keys into a fresh GnuPG home and returns it.
// The gpg-agent it starts is stopped when the test ends.
func gnupgHome(t testing.TB, keys [][]byte) string {
	t.Helper()
	// gpg-agent's socket path must be short: keep the home under /tmp.
	home, err := os.MkdirTemp("/tmp", "sesame-gpg-")
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
		cmd := exec.Command("gpg", "--homedir", home, "--batch", "--import")
		cmd.Stdin = bytes.NewReader(k)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("gpg --import: %v\n%s", err, out)
		}
	}
	// Trust every imported key so signatures verify without prompts.
	list, err := exec.Command("gpg", "--homedir", home, "--batch", "--with-colons", "--fingerprint").Output()
	if err != nil {
		t.Fatal(err)
	}
	var trust bytes.Buffer
	for _, l := range bytes.Split(list, []byte("\n")) {
		if f := bytes.Split(l, []byte(":")); len(f) > 9 && string(f[0]) == "fpr" {
			trust.Write(f[9])
			trust.WriteString(":6:\n")
		}
	}
	cmd := exec.Command("gpg", "--homedir", home, "--batch", "--import-ownertrust")
	cmd.Stdin = &trust
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gpg --import-ownertrust: %v\n%s", err, out)
	}
	return filepath.Clean(home)
}

// runWithTimeout runs cmd and returns its combined output; a run longer
// than d is killed.
func runWithTimeout(cmd *exec.Cmd, d time.Duration) (string, error) {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.String(), err
	case <-ctx.Done():
		cmd.Process.Kill()
		<-done
		return out.String(), ctx.Err()
	}
}

//go:build unix

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -R with -w runs that wget as the stock client does: -U AGENT (not with
// --use-wget-user-agent), then --secure-protocol=auto --quiet -O - URL;
// the address is the first line it prints. No key reaches its argv.
func TestWgetCmd(t *testing.T) {
	dir := t.TempDir()
	argsFile := filepath.Join(dir, "argv")
	wget := filepath.Join(dir, "wget")
	writeFile(t, wget, "#!/bin/sh\nprintf '%s\\n' \"$@\" > "+argsFile+"\necho 203.0.113.77\n", 0o700)
	base := []string{"--no-rc-file", "-A", "tcp/22", "-R", "--key-rijndael", "secret1", "-T", "-w", wget + " --tries=1",
		"--resolve-url", "https://ip.invalid/"}
	for _, tt := range []struct {
		extra []string
		argv  string
	}{
		{nil, "--tries=1\n-U\nFwknop/2.6.10\n--secure-protocol=auto\n--quiet\n-O\n-\nhttps://ip.invalid/\n"},
		{[]string{"--use-wget-user-agent", "-4"}, "--tries=1\n--inet4-only\n--secure-protocol=auto\n--quiet\n-O\n-\nhttps://ip.invalid/\n"},
	} {
		var out, errOut bytes.Buffer
		if st := Knock(append(base, tt.extra...), testSystem(&out, &errOut, nil)); st != 0 || !strings.Contains(out.String(), "Message String: 203.0.113.77,tcp/22") {
			t.Fatalf("%v: exit %d, %q %q", tt.extra, st, out.String(), errOut.String())
		}
		argv, _ := os.ReadFile(argsFile)
		if string(argv) != tt.argv || strings.Contains(string(argv), "secret1") {
			t.Errorf("%v: wget argv %q, want %q", tt.extra, argv, tt.argv)
		}
	}
	writeFile(t, wget, "#!/bin/sh\necho not-an-address\n", 0o700)
	var out, errOut bytes.Buffer
	if st := Knock(base, testSystem(&out, &errOut, nil)); st == 0 || !strings.Contains(errOut.String(), "did not print an IP address") {
		t.Errorf("bad wget output: %d %q", st, errOut.String())
	}
}

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --no-home-dir reads and writes nothing in HOME: it needs --rc-file (or
// --no-rc-file) and -E, as the stock client.
func TestNoHomeDir(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	knockArgs := []string{"-T", "-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "secret1"}
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"--no-home-dir"}, 2, "in --no-home-dir mode, must set --rc-file path (or --no-rc-file)"},
		{[]string{"--no-home-dir", "--no-rc-file", "--no-save-args"}, 2, "--no-home-dir needs -E FILE"},
		{[]string{"--no-home-dir", "--no-rc-file", "-E", filepath.Join(dir, "args")}, 0, ""},
		{[]string{"--no-home-dir", "--rc-file", filepath.Join(dir, "rc"), "-E", filepath.Join(dir, "args")}, 0, ""},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		st := Knock(append(tt.args, knockArgs...), testSystem(&out, &errOut, map[string]string{"HOME": home}))
		if st != tt.status || !strings.Contains(errOut.String(), tt.stderr) {
			t.Errorf("%q: exit %d, stderr %q", tt.args, st, errOut.String())
		}
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("HOME holds %v", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, "args")); err != nil {
		t.Errorf("-E file: %v", err)
	}
}

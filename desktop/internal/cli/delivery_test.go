package cli

import (
	"bytes"
	"strings"
	"testing"
)

// -S, -r, -G and --get-hmac-key are read as the stock client's; an rc file
// of mode 0644 is read with a warning, as the stock client reads it.
func TestDeliveryOptions(t *testing.T) {
	dir := t.TempDir()
	keys := dir + "/keys"
	writeFile(t, keys, "203.0.113.5: rijndael pass\n", 0o600)
	rc := dir + "/rc"
	writeFile(t, rc, "[s]\nACCESS tcp/22\nALLOW_IP 198.51.100.7\nSPA_SERVER 203.0.113.5\nKEY_FILE "+keys+"\n", 0o644)
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"get-key", []string{"-G", keys, "-S", "40000", "-r"}, 0, ""},
		{"get-hmac-key", []string{"-G", keys, "--get-hmac-key", keys}, 2, "HMAC key should not be identical"},
		{"KEY_FILE", []string{"--rc-file", rc, "-n", "s"}, 0, "warning: " + rc + ": mode 0644"},
		{"no key for server", []string{"-G", keys, "-D", "203.0.113.6"}, 2, "no key for 203.0.113.6"},
		{"bad source port", []string{"-S", "0"}, 2, "source-port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "-D", "203.0.113.5", "-T"}, tt.args...)
			if tt.args[0] == "--rc-file" {
				args = append([]string{"-T"}, tt.args...)
			}
			st := Knock(args, testSystem(&out, &errOut, nil))
			if st != tt.status || !strings.Contains(errOut.String(), tt.stderr) {
				t.Fatalf("exit %d, stderr %q", st, errOut.String())
			}
		})
	}
}

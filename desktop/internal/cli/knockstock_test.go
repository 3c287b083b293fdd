package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Behaviours the stock client has that sesame knock follows: -a wins
// over -R in either order, -T prints the fields, --stanza-list prints its
// header and " - name" lines (and creates no missing file), --rc-file
// naming a missing file creates it (0600); and an empty -D is refused.
func TestStockBehaviours(t *testing.T) {
	dir := t.TempDir()
	rc := filepath.Join(dir, "rc")
	writeFile(t, rc, "[default]\nDIGEST_TYPE sha1\n[a]\nACCESS tcp/22\n[b]\n[a]\n", 0o600)
	knockArgs := []string{"--no-rc-file", "-A", "tcp/22", "--key-rijndael", "secret1", "-T"}
	tests := []struct {
		name           string
		args           []string
		status         int
		stdout, stderr string
	}{
		{"-a then -R", append([]string{"-a", "198.51.100.7", "-R"}, knockArgs...), 0, "Message String: 198.51.100.7,tcp/22", ""},
		{"-R then -a", append([]string{"-R", "-a", "198.51.100.7"}, knockArgs...), 0, "Message String: 198.51.100.7,tcp/22", ""},
		{"-s then -R", append([]string{"-s", "-R"}, knockArgs...), 0, "Message String: 0.0.0.0,tcp/22", ""},
		{"empty -D", append([]string{"-D", "", "-a", "198.51.100.7"}, knockArgs...), 2, "", "-D: empty server name"},
		{"stanza list", []string{"--rc-file", rc, "--stanza-list"}, 0, "The following stanzas are configured in " + rc + " :\n - a\n - b\n - a\n", ""},
		{"new rc file", append([]string{"--rc-file", filepath.Join(dir, "new"), "-a", "198.51.100.7"}, knockArgs[1:]...), 0, "Final SPA Data", "[*] Creating initial rc file: " + filepath.Join(dir, "new") + "."},
		{"stanza list creates none", []string{"--rc-file", filepath.Join(dir, "none"), "--stanza-list"}, 2, "", "Unable to open rc file: open " + filepath.Join(dir, "none")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			st := Knock(tt.args, testSystem(&out, &errOut, nil))
			if st != tt.status || !strings.Contains(out.String(), tt.stdout) || !strings.Contains(errOut.String(), tt.stderr) {
				t.Fatalf("exit %d, stdout %q, stderr %q", st, out.String(), errOut.String())
			}
		})
	}
	if st, err := os.Stat(filepath.Join(dir, "new")); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("new rc file: %v, %v", st, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "none")); !os.IsNotExist(err) {
		t.Errorf("--stanza-list created the missing rc file: %v", err)
	}
}

package cli

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -k with --key-len/--hmac-key-len, -K FILE (0600), and -B/-b as the
// stock client's.
func TestKeyGenAndSavePacket(t *testing.T) {
	dir := t.TempDir()
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		st := Knock(args, testSystem(&out, &errOut, nil))
		return st, out.String(), errOut.String()
	}
	st, out, _ := run("-k", "--key-len", "16", "--hmac-key-len", "20")
	if k := decodedLens(out); st != 0 || k != [2]int{16, 20} {
		t.Errorf("-k --key-len 16 --hmac-key-len 20: %d, lengths %v", st, k)
	}
	if st, _, errOut := run("-k", "--key-len", "33"); st != 2 || !strings.Contains(errOut, "Invalid key length '33', must be in [1-32]") {
		t.Errorf("--key-len 33: %d %q", st, errOut)
	}
	kf := filepath.Join(dir, "keys")
	if st, out, _ := run("-K", kf, "--hmac-digest-type", "sha512"); st != 0 || out != "[+] Wrote Rijndael and HMAC keys to: "+kf+"\n" {
		t.Errorf("-K: %d %q", st, out)
	}
	data, _ := os.ReadFile(kf)
	if k := decodedLens(string(data)); k != [2]int{32, 128} {
		t.Errorf("-K file lengths %v", k)
	}
	if st, _ := os.Stat(kf); st.Mode().Perm() != 0o600 {
		t.Errorf("-K file mode %04o", st.Mode().Perm())
	}

	pf := filepath.Join(dir, "packet")
	base := []string{"--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "secret1", "-T", "-B", pf}
	var packets []string
	for _, extra := range [][]string{nil, {"-b"}, nil} {
		st, out, errOut := run(append(base, extra...)...)
		if st != 0 {
			t.Fatalf("-B: %d %s", st, errOut)
		}
		packets = append(packets, packetLine(out))
	}
	if data, _ := os.ReadFile(pf); string(data) != packets[2]+"\n" {
		t.Errorf("-B file %q, want the last packet", data)
	}
	run(append(base, "-b")...)
	if data, _ := os.ReadFile(pf); strings.Count(string(data), "\n") != 2 || !strings.HasPrefix(string(data), packets[2]+"\n") {
		t.Errorf("-b did not append: %q", data)
	}
}

// decodedLens are the lengths of the keys of KEY_BASE64 and
// HMAC_KEY_BASE64 lines.
func decodedLens(text string) (n [2]int) {
	for i, name := range []string{"KEY_BASE64: ", "HMAC_KEY_BASE64: "} {
		for _, line := range strings.Split(text, "\n") {
			if v, ok := strings.CutPrefix(line, name); ok {
				b, _ := base64.StdEncoding.DecodeString(v)
				n[i] = len(b)
			}
		}
	}
	return n
}

func packetLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

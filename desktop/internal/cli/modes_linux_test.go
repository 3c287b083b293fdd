package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
)

// knockT runs `sesame knock --no-rc-file -T -v -D 203.0.113.5 args...` and
// returns its packet and printed fields.
func knockT(t *testing.T, args ...string) (string, map[string]string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if st := Knock(append([]string{"-T", "-v", "-D", "203.0.113.5"}, args...), testSystem(&out, &errOut, map[string]string{"LOGNAME": "alice"})); st != 0 {
		t.Fatalf("knock %q: exit %d: %s", args, st, errOut.String())
	}
	f := fields(out.String())
	return f["Final SPA Data"], f
}

// TestKnockModesStockServer: `sesame knock -M mode` (and ENCRYPTION_MODE in
// the rc file) prints the mode as the stock client does, and the stock
// fwknopd, its stanza in that mode, accepts the packet.
func TestKnockModesStockServer(t *testing.T) {
	stockfwknop.Require(t)
	keys := []string{"--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
	rc := filepath.Join(t.TempDir(), "fwknoprc")
	writeFile(t, rc, "[ctr]\nENCRYPTION_MODE CTR\nKEY_BASE64 "+testKey+"\nHMAC_KEY_BASE64 "+testHMAC+"\nUSE_HMAC Y\n", 0o600)
	for _, tc := range []struct {
		mode string
		args []string
	}{
		{"ECB", append([]string{"-M", "ecb", "--no-rc-file"}, keys...)},
		{"CFB", append([]string{"--encryption-mode", "CFB", "--no-rc-file"}, keys...)},
		{"OFB", append([]string{"-M", "Ofb", "--no-rc-file"}, keys...)},
		{"CTR", append([]string{"-M", "ctr", "--no-rc-file"}, keys...)},
		{"CTR", []string{"--rc-file", rc, "-n", "ctr"}},
	} {
		t.Run(strings.Join(tc.args[:2], " "), func(t *testing.T) {
			t.Parallel()
			packet, f := knockT(t, append([]string{"-A", "tcp/22", "-a", "198.51.100.7"}, tc.args...)...)
			_, stock := stockfwknop.Build(t, append([]string{"-A", "tcp/22", "-a", "198.51.100.7"}, tc.args...)...)
			if f["Encryption Mode"] != stock["Encryption Mode"] {
				t.Errorf("Encryption Mode: sesame %q, stock %q", f["Encryption Mode"], stock["Encryption Mode"])
			}
			srv := stockfwknop.Server{AccessConf: "SOURCE ANY\nKEY_BASE64 " + testKey + "\nHMAC_KEY_BASE64 " + testHMAC +
				"\nENCRYPTION_MODE " + tc.mode + "\n"}
			v := srv.Judge(t, []stockfwknop.Datagram{{Payload: []byte(packet)}})
			if len(v) != 1 || !v[0].Accepted {
				t.Fatalf("stock fwknopd refused sesame's -M %s packet: %+v", tc.mode, v)
			}
		})
	}
}

// TestKnockModeRefusals: what the stock client refuses, with one line
// saying why and exit 2.
func TestKnockModeRefusals(t *testing.T) {
	keys := []string{"--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
	for _, tc := range []struct{ mode, say string }{
		{"pcbc", "pcbc is not implemented by fwknop"},
		{"xts", `unknown "xts"`},
		{"asymmetric", "needs GPG"},
	} {
		var out, errOut bytes.Buffer
		st := Knock(append([]string{"-T", "-D", "203.0.113.5", "-M", tc.mode}, keys...), testSystem(&out, &errOut, nil))
		if st != 2 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), tc.say) {
			t.Errorf("-M %s: exit %d, %q; want exit 2 and one line saying %q", tc.mode, st, errOut.String(), tc.say)
		}
	}
}

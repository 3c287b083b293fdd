package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// varCases set each stock rc variable in the stanza [srv] (on top of
// varBase); %DIR% and %GPG% as in optionCases. The value "" leaves the
// variable out of the stanza: its case is the base stanza alone.
var varCases = map[string]string{
	"DIGEST_TYPE":           "sha3_256",
	"SPA_SERVER_PROTO":      "tcp",
	"SPA_SERVER_PORT":       "40001",
	"SPA_SOURCE_PORT":       "40002",
	"FW_TIMEOUT":            "45",
	"ALLOW_IP":              "198.51.100.9",
	"TIME_OFFSET":           "-5m",
	"ENCRYPTION_MODE":       "cbc",
	"USE_GPG":               "Y",
	"USE_GPG_AGENT":         "N",
	"GPG_RECIPIENT":         "server@example.org",
	"GPG_SIGNER":            "",
	"GPG_HOMEDIR":           "%GPG%",
	"GPG_EXE":               "/usr/bin/gpg",
	"GPG_SIGNING_PW":        "",
	"GPG_SIGNING_PW_BASE64": "",
	"GPG_NO_SIGNING_PW":     "N",
	"SPOOF_USER":            "carol",
	"SPOOF_SOURCE_IP":       "198.51.100.3",
	"ACCESS":                "udp/53",
	"SPA_SERVER":            "203.0.113.5",
	"RAND_PORT":             "Y",
	"KEY":                   "otherpassphrase",
	"KEY_BASE64":            testKey,
	"HMAC_DIGEST_TYPE":      "sha384",
	"HMAC_KEY_BASE64":       testHMAC,
	"HMAC_KEY":              "otherhmac",
	"USE_HMAC":              "N",
	"USE_WGET_USER_AGENT":   "Y",
	"KEY_FILE":              "%DIR%/keyfile",
	"HMAC_KEY_FILE":         "",
	"NAT_ACCESS":            "192.0.2.10,2222",
	"HTTP_USER_AGENT":       "Agent/1.0",
	"RESOLVE_URL":           "https://203.0.113.80/ip",
	"SERVER_RESOLVE_IPV4":   "Y",
	"NAT_LOCAL":             "yes",
	"NAT_RAND_PORT":         "N",
	"NAT_PORT":              "40022",
	"VERBOSE":               "Y",
	"RESOLVE_IP_HTTP":       "Y",
	"RESOLVE_IP_HTTPS":      "Y",
	"RESOLVE_HTTP_ONLY":     "Y",
	"WGET_CMD":              "/usr/bin/wget",
	"NO_SAVE_ARGS":          "Y",
}

// varsNotCompared are the variables whose case is the base stanza alone,
// with why.
var varsNotCompared = map[string]string{
	"GPG_SIGNER":            "the stock client asks for the signing passphrase on the terminal",
	"GPG_SIGNING_PW":        "with GPG_SIGNER only",
	"GPG_SIGNING_PW_BASE64": "with GPG_SIGNER only",
	"HMAC_KEY_FILE":         "the stock client 2.6.10 takes it for the Rijndael key file (a bug Sesame does not copy)",
}

const varBase = "[default]\nDIGEST_TYPE sha512\n[srv]\nSPA_SERVER 203.0.113.5\nACCESS tcp/22\nALLOW_IP 198.51.100.7\n"

// Every stock rc variable is run through both clients, in the stanza an
// rc file's -n picks and in its [default] (which must not break the -n
// stanza) (fwknop -T -v and sesame knock -T -v): a variable
// that sesame refuses must be refused with its table reason at its
// file:line, any other must build a packet with the stock client's
// fields. Also: a variable that changes nothing in the packet (USE_HMAC
// N beside a key, NAT_LOCAL yes) changes nothing in either.
func TestEveryVariableAgainstStock(t *testing.T) {
	fwknop, err := exec.LookPath("fwknop")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("fwknop is not installed (scripts/install-deps.sh installs fwknop-client)")
		}
		t.Skip("fwknop (apt-get install fwknop-client) is not installed: cannot compare with the stock client")
	}
	for _, name := range fwknoprc.StockVariables() {
		v, ok := varCases[name]
		if _, skip := varsNotCompared[name]; !ok || (v == "") != skip {
			t.Errorf("%s: want a value in varCases, or \"\" there and a reason in varsNotCompared", name)
		}
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "keyfile"), "203.0.113.5: file passphrase\n", 0o600)
	gnupg := gpgHome(t)
	for _, name := range fwknoprc.StockVariables() {
		for _, where := range []string{"srv", "default"} {
			t.Run(name+" in "+where, func(t *testing.T) { compareVariable(t, fwknop, dir, gnupg, name, where) })
		}
	}
}

// compareVariable runs one variable set in the stanza where ("srv", the
// one -n picks, or "default", which every knock reads) through both
// clients.
func compareVariable(t *testing.T, fwknop, dir, gnupg, name, where string) {
	value := varCases[name]
	gpg := strings.HasPrefix(name, "GPG") || name == "USE_GPG"
	if gpg && gnupg == "" {
		t.Skip("gpg is not installed: no GnuPG home to compare GPG knocks in")
	}
	text := varBase
	if gpg {
		text += "USE_GPG Y\nGPG_RECIPIENT server@example.org\nGPG_HOMEDIR %GPG%\n"
	} else if name != "KEY" && name != "KEY_BASE64" && name != "KEY_FILE" {
		text += "KEY basepassphrase\n"
	}
	if name != "HMAC_KEY" && name != "HMAC_KEY_BASE64" {
		text += "HMAC_KEY basehmac\n"
	}
	if name == "SPOOF_SOURCE_IP" {
		// Both clients refuse a spoofed source without a raw transport.
		text += "SPA_SERVER_PROTO udpraw\n"
	}
	if value != "" && where == "srv" {
		text += name + " " + value + "\n"
	}
	if value != "" && where == "default" {
		text = strings.Replace(text, "[default]\n", "[default]\n"+name+" "+value+"\n", 1)
	}
	rc := filepath.Join(t.TempDir(), "rc")
	writeFile(t, rc, expandDir([]string{text}, dir, gnupg)[0], 0o600)
	args := []string{"-T", "-v", "--rc-file", rc, "-n", "srv"}
	status := fwknoprc.VariableStatus(name)
	ours, errOut, st := runSesame(t, args)
	if why, refused := strings.CutPrefix(status, "refused: "); refused {
		if st != 2 || !strings.Contains(errOut, why) || !strings.Contains(errOut, rc+":") {
			t.Fatalf("refused variable: exit %d, stderr %q; want 2, %s:LINE and %q", st, errOut, rc, why)
		}
		return
	}
	if st != 0 {
		t.Fatalf("sesame knock with %s: exit %d: %s", name, st, errOut)
	}
	compareFields(t, runStock(t, fwknop, args), ours, nil)
}

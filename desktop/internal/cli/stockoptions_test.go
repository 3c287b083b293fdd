package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// optionCase is how TestEveryOptionAgainstStock tries one stock option:
// the arguments added to a base knock, and the fields whose random part
// (a port the client picks) is masked before they are compared.
type optionCase struct {
	args  []string
	mask  []string
	stdin string // given to both on standard input, in place of --key-rijndael
}

// optionCases try each stock option in -T -v mode. %DIR% is a temporary
// folder holding the files some options read (keyfile: "203.0.113.5:
// passphrase" lines, 0600).
var optionCases = map[string]optionCase{
	"allow-ip":            {args: []string{"-a", "198.51.100.9"}},
	"access":              {args: []string{"-A", "tcp/22,udp/53"}},
	"save-packet-append":  {args: []string{"-B", "%DIR%/packets", "-b"}},
	"save-packet":         {args: []string{"-B", "%DIR%/packet"}},
	"no-save-args":        {args: []string{"--no-save-args"}},
	"server-cmd":          {args: []string{"-C", "uptime"}},
	"digest-type":         {args: []string{"-m", "sha384"}},
	"destination":         {args: []string{"-D", "203.0.113.5"}},
	"save-args-file":      {args: []string{"-E", "%DIR%/args"}},
	"encryption-mode":     {args: []string{"-M", "cbc"}},
	"fw-timeout":          {args: []string{"-f", "45"}},
	"gpg-encryption":      {args: append([]string{"-g"}, gpgArgs...)},
	"gpg-recipient-key":   {args: gpgArgs},
	"gpg-home-dir":        {args: gpgArgs},
	"gpg-exe":             {args: append([]string{"--gpg-exe", "/usr/bin/gpg"}, gpgArgs...)},
	"gpg-agent":           {args: append([]string{"--gpg-agent"}, gpgArgs...)},
	"gpg-no-signing-pw":   {args: append([]string{"--gpg-no-signing-pw"}, gpgArgs...)},
	"get-key":             {args: []string{"-G", "%DIR%/keyfile"}},
	"get-hmac-key":        {args: []string{"--get-hmac-key", "%DIR%/hmackeyfile"}},
	"http-proxy":          {args: []string{"-P", "http", "-H", "198.51.100.80:3128"}},
	"key-rijndael":        {args: []string{"--key-rijndael", "other passphrase"}},
	"key-base64-rijndael": {args: []string{"--key-base64-rijndael", testKey}},
	"key-base64-hmac":     {args: []string{"--key-base64-hmac", testHMAC}},
	"key-hmac":            {args: []string{"--key-hmac", "hmac passphrase"}},
	"key-len":             {args: []string{"--key-len", "16"}},
	"hmac-key-len":        {args: []string{"--hmac-key-len", "32"}},
	"hmac-digest-type":    {args: []string{"--hmac-digest-type", "sha512"}},
	"icmp-type":           {args: []string{"--icmp-type", "8"}},
	"icmp-code":           {args: []string{"--icmp-code", "0"}},
	"nat-access":          {args: []string{"-N", "192.0.2.10:2222"}},
	"named-config":        {args: []string{"--rc-file", "%DIR%/rc", "-n", "srv"}},
	"nat-local":           {args: []string{"--nat-local"}},
	"nat-port":            {args: []string{"-N", "192.0.2.10:22", "--nat-port", "40022"}},
	"nat-rand-port":       {args: []string{"-N", "192.0.2.10:22", "--nat-rand-port"}, mask: []string{"Message String"}},
	"no-home-dir":         {args: []string{"--no-home-dir", "--no-rc-file", "-E", "%DIR%/args-no-home"}},
	"no-rc-file":          {args: []string{"--no-rc-file"}},
	"server-port":         {args: []string{"-p", "40001"}},
	"server-proto":        {args: []string{"-P", "tcp"}},
	"spoof-source":        {args: []string{"-P", "udpraw", "-Q", "198.51.100.3"}},
	"spoof-src":           {args: []string{"-P", "udpraw", "--spoof-src", "198.51.100.3"}},
	"rc-file":             {args: []string{"--rc-file", "%DIR%/rc"}},
	"rand-port":           {args: []string{"-r"}},
	"resolve-ip-http":     {args: []string{"--resolve-ip-http", "-a", "198.51.100.9"}},
	"resolve-ip-https":    {args: []string{"-R", "-a", "198.51.100.9"}},
	"resolve-http-only":   {args: []string{"--resolve-http-only", "-a", "198.51.100.9"}},
	"resolve-url":         {args: []string{"--resolve-url", "https://203.0.113.80/ip", "-a", "198.51.100.9"}},
	"server-resolve-ipv4": {args: []string{"--server-resolve-ipv4"}},
	"source-ip":           {args: []string{"-s"}},
	"source-port":         {args: []string{"-S", "40002"}},
	"test":                {args: []string{"--test"}},
	"stdin":               {args: []string{"--stdin"}, stdin: "stdin passphrase\n"},
	"time-offset-plus":    {args: []string{"--time-offset-plus", "5m"}},
	"time-offset-minus":   {args: []string{"--time-offset-minus", "1h"}},
	"user-agent":          {args: []string{"-u", "Agent/1.0"}},
	"use-hmac":            {args: []string{"--use-hmac"}},
	"use-wget-user-agent": {args: []string{"--use-wget-user-agent"}},
	"spoof-user":          {args: []string{"-U", "carol"}},
	"verbose":             {args: []string{"-v"}},
	"wget-cmd":            {args: []string{"-w", "/usr/bin/wget"}},
}

// gpgArgs encrypt to the key that gpgHome makes: in a GnuPG home for the
// stock client, exported to server.asc there for sesame.
var gpgArgs = []string{"--gpg-recipient-key", "server@example.org", "--gpg-home-dir", "%GPG%"}

// optionsNotBuilt are the stock options that build no packet in -T -v
// mode, so that there are no fields to compare, with where they are
// tested instead.
var optionsNotBuilt = map[string]string{
	"gpg-signer-key":      "the stock client asks for the signing passphrase on the terminal",
	"save-rc-stanza":      "edits the rc file and exits",
	"force-stanza":        "with --save-rc-stanza only",
	"stanza-list":         "prints the stanzas (TestStockBehaviours)",
	"fd":                  "reads the key from a file descriptor of the test process itself",
	"fault-injection-tag": "a test hook of fwknop builds with libfiu (Debian's fwknop refuses it too)",
	"help":                "prints the help",
	"key-gen":             "prints new keys",
	"key-gen-file":        "writes new keys",
	"last-cmd":            "runs the saved arguments",
	"show-last":           "prints the saved arguments",
	"version":             "prints the version",
}

// The fields both clients must agree on; the random value, timestamp and
// what derives from them (encoded data, digest, HMAC, the packet) differ.
var comparedFields = []string{"Username", "FKO Version", "Message Type", "Message String", "Nat Access",
	"Server Auth", "Client Timeout", "Digest Type", "HMAC Type", "Encryption Type", "Encryption Mode"}

// Every stock option is run through both clients, fwknop -T -v and
// sesame knock -T -v, each with its own empty HOME: an option that sesame
// refuses must be refused (exit 2, its reason), any other must build a
// packet with the stock client's fields.
func TestEveryOptionAgainstStock(t *testing.T) {
	fwknop, err := exec.LookPath("fwknop")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("fwknop is not installed (scripts/install-deps.sh installs fwknop-client)")
		}
		t.Skip("fwknop (apt-get install fwknop-client) is not installed: cannot compare with the stock client")
	}
	for _, s := range stockOptions {
		_, ok := optionCases[s.long]
		if _, skip := optionsNotBuilt[s.long]; ok == skip {
			t.Errorf("--%s: want exactly one of a case in optionCases or a reason in optionsNotBuilt", s.long)
		}
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "keyfile"), "# keys\n198.51.100.1: wrong\n203.0.113.5: file passphrase\n", 0o600)
	writeFile(t, filepath.Join(dir, "hmackeyfile"), "203.0.113.5: hmac file passphrase\n", 0o600)
	gnupg := gpgHome(t)
	writeFile(t, filepath.Join(dir, "rc"), "[default]\nDIGEST_TYPE sha512\n[srv]\nFW_TIMEOUT 77\nSPOOF_USER dave\n", 0o600)
	base := []string{"-T", "-v", "-D", "203.0.113.5", "-A", "tcp/22", "-a", "198.51.100.7",
		"--key-rijndael", "base passphrase", "--key-hmac", "base hmac"}
	for _, s := range stockOptions {
		c, ok := optionCases[s.long]
		if !ok {
			continue
		}
		t.Run(s.long, func(t *testing.T) {
			args := append(append([]string(nil), base...), expandDir(c.args, dir, gnupg)...)
			switch {
			case s.long == "get-key" || s.long == "get-hmac-key" || c.stdin != "":
				args = dropKeyArgs(args, s.long)
			case strings.HasPrefix(s.long, "gpg-"):
				if gnupg == "" {
					t.Skip("gpg is not installed: no GnuPG home to compare GPG knocks in")
				}
				args = dropKeyArgs(args, "get-key")
			}
			status := optionStatus(s.long)
			ours, errOut, st := runSesameIn(t, args, c.stdin)
			if why, refused := strings.CutPrefix(status, statusRefused+": "); refused {
				if st != 2 || !strings.Contains(errOut, why) || strings.Count(errOut, "\n") != 1 {
					t.Fatalf("refused option: exit %d, stderr %q; want 2 and %q", st, errOut, why)
				}
				return
			}
			if st != 0 {
				t.Fatalf("sesame knock %q: exit %d: %s", redact(args), st, errOut)
			}
			stock := runStockIn(t, fwknop, args, c.stdin)
			compareFields(t, stock, ours, c.mask)
			if c.stdin != "" { // both sealed with the key read from stdin
				keys := &spa.Keys{Rijndael: []byte(strings.TrimSuffix(c.stdin, "\n")), HMAC: []byte("base hmac")}
				for who, out := range map[string]string{"stock": stock, "sesame": ours} {
					if _, err := spa.Open([]byte(fields(out)["Final SPA Data"]), keys); err != nil {
						t.Errorf("%s: the packet does not open with the key given on stdin: %v", who, err)
					}
				}
			}
		})
	}
}

func runSesame(t *testing.T, args []string) (stdout, stderr string, status int) {
	return runSesameIn(t, args, "")
}

func runSesameIn(t *testing.T, args []string, stdin string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	home := t.TempDir()
	sys := testSystem(&out, &errOut, map[string]string{"LOGNAME": "alice", "HOME": home})
	sys.Stdin = strings.NewReader(stdin)
	st := Knock(args, sys)
	return out.String(), errOut.String(), st
}

func runStock(t *testing.T, fwknop string, args []string) string {
	return runStockIn(t, fwknop, args, "")
}

func runStockIn(t *testing.T, fwknop string, args []string, stdin string) string {
	cmd := exec.Command(fwknop, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = []string{"HOME=" + t.TempDir(), "LOGNAME=alice", "PATH=/usr/bin:/bin"}
	out, err := cmd.CombinedOutput()
	// In GPG mode the stock client decodes its own unsigned packet after
	// printing the fields, finds no signature and exits 1.
	unsigned := strings.Contains(string(out), "Missing GPG signature") && strings.Contains(string(out), "SPA Field Values")
	if err != nil && !unsigned {
		t.Fatalf("fwknop %q: %v\n%s", redact(args), err, out)
	}
	return string(out)
}

var digits = regexp.MustCompile(`[0-9]+`)

func compareFields(t *testing.T, stockOut, oursOut string, mask []string) {
	t.Helper()
	stock, ours := fields(stockOut), fields(oursOut)
	if stock["Message String"] == "" || ours["Message String"] == "" {
		t.Fatalf("no fields to compare:\nstock:\n%s\nsesame:\n%s", stockOut, oursOut)
	}
	masked := map[string]bool{}
	for _, m := range mask {
		masked[m] = true
	}
	for _, k := range comparedFields {
		s, o := stock[k], ours[k]
		if masked[k] {
			s, o = digits.ReplaceAllString(s, "N"), digits.ReplaceAllString(o, "N")
		}
		if s != o {
			t.Errorf("%s: stock %q, sesame %q", k, stock[k], ours[k])
		}
	}
	st, _ := strconv.ParseInt(stock["Timestamp"], 10, 64)
	ot, _ := strconv.ParseInt(ours["Timestamp"], 10, 64)
	if d := st - ot; d < -2 || d > 2 {
		t.Errorf("timestamps %d and %d differ by %ds", st, ot, d)
	}
}

func expandDir(args []string, dir, gnupg string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strings.NewReplacer("%DIR%", dir, "%GPG%", gnupg).Replace(a)
	}
	return out
}

// gpgHome makes a GnuPG home holding an RSA key server@example.org (sign
// and encrypt, no passphrase), its public key also exported to
// server.asc for sesame; "" when gpg is missing outside CI. The folder is
// short: gpg-agent's socket path must fit in a sockaddr_un.
func gpgHome(t *testing.T) string {
	gpg, err := exec.LookPath("gpg")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("gpg is not installed (scripts/install-deps.sh installs gnupg)")
		}
		return ""
	}
	home, err := os.MkdirTemp("", "gpg")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		exec.Command("gpgconf", "--homedir", home, "--kill", "all").Run()
		os.RemoveAll(home)
	})
	run := func(args ...string) []byte {
		out, err := exec.Command(gpg, append([]string{"--homedir", home, "--batch"}, args...)...).Output()
		if err != nil {
			t.Fatalf("gpg %q: %v", args, err)
		}
		return out
	}
	run("--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "server@example.org", "rsa2048", "cert,sign,encr", "never")
	writeFile(t, filepath.Join(home, "server.asc"), string(run("--export", "--armor", "server@example.org")), 0o600)
	return home
}

// dropKeyArgs removes the key option that the key file option replaces:
// the key given on the command line wins over a key file in both clients.
func dropKeyArgs(args []string, fileOpt string) []string {
	drop := "--key-rijndael"
	if fileOpt == "get-hmac-key" {
		drop = "--key-hmac"
	}
	var out []string
	for i := 0; i < len(args); i++ {
		if args[i] == drop {
			i++
			continue
		}
		out = append(out, args[i])
	}
	return out
}

// redact hides key values in failure messages.
func redact(args []string) []string {
	out := append([]string(nil), args...)
	for i := 1; i < len(out); i++ {
		if strings.HasPrefix(out[i-1], "--key-") {
			out[i] = "<key>"
		}
	}
	return out
}

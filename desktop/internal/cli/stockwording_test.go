package cli

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// wordingCase is one command line whose output fwknop's own test suite
// (test/tests/*.pl of fwknop 2.6) greps: both clients must print text
// that matches want, and agree on success or failure.
type wordingCase struct {
	name string
	rc   string // written to %HOME%/rc (mode 0600) when not empty
	args []string
	want string // a regular expression, as the suite's
}

// runCombined runs the stock client in home and returns its stdout and
// stderr together (the suite reads both) and its exit status.
func runCombined(fwknop, home string, args []string) (string, int) {
	cmd := exec.Command(fwknop, expandHome(args, home)...)
	cmd.Env = []string{"HOME=" + home, "LOGNAME=alice", "PATH=/usr/bin:/bin"}
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.CombinedOutput()
	if e, ok := err.(*exec.ExitError); ok {
		return string(out), e.ExitCode()
	}
	return string(out), 0
}

// checkWording runs each case through sesame knock and, when it is
// installed, the stock client (so the expectation is the stock's).
func checkWording(t *testing.T, cases []wordingCase) {
	t.Helper()
	fwknop, _ := exec.LookPath("fwknop")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := regexp.MustCompile(tc.want)
			stockStatus := -1
			if fwknop != "" {
				home := t.TempDir()
				if tc.rc != "" {
					writeFile(t, filepath.Join(home, "rc"), tc.rc, 0o600)
				}
				out, st := runCombined(fwknop, home, tc.args)
				if !want.MatchString(out) {
					t.Fatalf("the stock client does not print %q (exit %d):\n%s", tc.want, st, out)
				}
				stockStatus = st
			}
			home := t.TempDir()
			if tc.rc != "" {
				writeFile(t, filepath.Join(home, "rc"), tc.rc, 0o600)
			}
			var out bytes.Buffer
			st := Knock(expandHome(tc.args, home), testSystem(&out, &out, map[string]string{"LOGNAME": "alice", "HOME": home}))
			if !want.MatchString(out.String()) {
				t.Errorf("sesame knock prints no %q (exit %d):\n%s", tc.want, st, out.String())
			}
			if stockStatus >= 0 && (stockStatus == 0) != (st == 0) {
				t.Errorf("exit: stock %d, sesame %d", stockStatus, st)
			}
		})
	}
}

// -v prints how and where the packet goes, and -T says that it is not
// sent, in the stock client's words (client/spa_comm.c).
func TestStockTransmitLines(t *testing.T) {
	base := []string{"-T", "-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--key-base64-rijndael", testKey}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	checkWording(t, []wordingCase{
		{name: "test mode", args: with(), want: `(?m)^test mode enabled, SPA packet not actually sent\.$`},
		{name: "protocol", args: with("-v", "-v", "-P", "tcp"), want: `(?m)^ +protocol: tcp$`},
		{name: "source port", args: with("-v", "-S", "65421"), want: `(?m)^ +source port: 65421$`},
		{name: "source port OS", args: with("-v"), want: `(?m)^ +source port: <OS assigned>$`},
		{name: "destination port", args: with("-v", "-p", "65421"), want: `(?m)^ +destination port: 65421$`},
		{name: "random port", args: with("-v", "-r"), want: `(?m)^ +destination port: (?:[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-4])$`},
		{name: "rc file port", rc: "[default]\nSPA_SERVER_PORT 22\nSPA_SERVER_PROTO http\n", args: with("-v", "--rc-file", "%HOME%/rc"), want: `(?m)^ +destination port: 22\n +IP/host: 127\.0\.0\.1$`},
	})
	// The packet stays on the last line, where scripts read it.
	var out bytes.Buffer
	if st := Knock(with(), testSystem(&out, &out, map[string]string{"HOME": t.TempDir()})); st != 0 {
		t.Fatalf("exit %d: %s", st, out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; strings.Contains(last, " ") || len(last) < 100 {
		t.Errorf("last line %q is not the packet", last)
	}
}

// Bad input is reported in the stock client's words (client/config_init.c,
// lib/fko_error.c) before Sesame's own explanation.
func TestStockErrorWording(t *testing.T) {
	base := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "-T", "--key-base64-rijndael", testKey}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	rc := []string{"--rc-file", "%HOME%/rc"}
	checkWording(t, []wordingCase{
		{name: "rc bad variable", rc: "[default]\nBADVAR x\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad digest", rc: "[default]\nDIGEST_TYPE invalid\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad proto", rc: "[default]\nSPA_SERVER_PROTO invalid\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad verbose", rc: "[default]\nVERBOSE 100\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad allow ip", rc: "[default]\nALLOW_IP 123.999.999.999\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad time offset", rc: "[default]\nTIME_OFFSET invalid\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc bad mode", rc: "[default]\nENCRYPTION_MODE invalid\n", args: with(rc...), want: `Parameter\serror`},
		{name: "rc empty value", rc: "[default]\nDIGEST_TYPE      #\n", args: with(rc...), want: `Invalid\sentry`},
		{name: "rc bad base64", rc: "[default]\nKEY_BASE64 aaa%aaaa\n", args: with(rc...), want: `look\slike\sbase64`},
		{name: "rc no stanza", rc: "[default]\n", args: with(append(rc, "-n", "invalidstanza")...), want: `Named\sconfiguration.*not\sfound`},
		{name: "allow ip", args: with("-a", "invalidIP"), want: `(?i)Invalid\sallow\sIP`},
		{name: "access proto", args: with("-A", "invalid/22"), want: `(?i)Invalid\sSPA\saccess\smessage`},
		{name: "access port", args: with("-A", "tcp/600001"), want: `(?i)Invalid\sSPA\saccess\smessage`},
		{name: "bad mode", args: with("-M", "badmode"), want: `Invalid\sencryption\smode:\sbadmode`},
		{name: "asymmetric without keys", args: with("-M", "asymmetric"), want: `Must\sspecify\sGPG\srecipient`},
		{name: "digest", args: with("-m", "invaliddigest"), want: `(?i)Invalid\sdigest\stype`},
		{name: "hmac digest", args: with("--hmac-digest-type", "invaliddigest"), want: `(?i)Invalid\shmac\sdigest\stype`},
		{name: "key len", args: []string{"-k", "--key-len", "0"}, want: `Invalid\skey\slength`},
		{name: "hmac key len", args: []string{"-k", "--hmac-key-len", "0"}, want: `Invalid\shmac\skey\slength`},
		{name: "icmp type", args: with("-P", "icmp", "--icmp-type", "9999"), want: `Invalid\sicmp`},
		{name: "icmp code", args: with("-P", "icmp", "--icmp-code", "9999"), want: `Invalid\sicmp`},
		{name: "spoof source", args: with("-P", "udpraw", "-Q", "invalid"), want: `Invalid\sspoof`},
		{name: "spoof without raw", args: with("-Q", "198.51.100.9"), want: `Must\sset.*udpraw`},
		{name: "same keys", args: with("--key-rijndael", "samekey1", "--key-hmac", "samekey1"), want: `(?i)should\snot\sbe\sidentical`},
		{name: "key file", args: []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "-T", "--get-key", "not/there"}, want: `(?i)could\snot\sopen`},
		{name: "no rc file save", args: []string{"--no-rc-file", "--save-rc-stanza", "-D", "127.0.0.1"}, want: `Cannot save an rc stanza in`},
		{name: "no rc file stanza", args: []string{"--no-rc-file", "-n", "test", "-D", "127.0.0.1"}, want: `Cannot set stanza name`},
		{name: "no home dir", args: []string{"--no-home-dir", "-T", "-A", "tcp/22", "-a", "198.51.100.7"}, want: `must\sset\s\-\-rc\-file\spath`},
		{name: "allow address", args: []string{"-A", "tcp/22", "-D", "127.0.0.1", "--no-save-args"}, want: `(?i)must\suse\sone\sof`},
		{name: "time offset", args: with("--time-offset-plus", "99999999999999999"), want: `Invalid time offset`},
		{name: "rc bad hmac digest", rc: "[default]\nHMAC_DIGEST_TYPE invalid\n", args: with(rc...), want: `(?i)must\sbe\sone\sof`},
		{name: "spoof user", args: with("-U", "some=user"), want: `Args\scontain\sinvalid`},
		{name: "bad destination", args: []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "badhost.invalid.", "--no-save-args", "--key-base64-rijndael", testKey}, want: `packet\snot\ssent`},
	})
}

package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestStockRefusalWords: a configuration the stock fwknopd refuses is
// refused with the stock's words (what fwknop's test suite and
// administrators' scripts grep for), file:line kept before them, and no
// key shown.
func TestStockRefusalWords(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // access.conf is the root; "keys" is an %include_keys file
		place string            // file:line the error names
		words string            // the stock's words
	}{
		{"include missing", map[string]string{"access.conf": "%include /nonexistent/file\nSOURCE ANY\nKEY testtest\n"},
			"access.conf:1", "Could not open access file"},
		{"include_keys missing", map[string]string{"access.conf": "SOURCE ANY\n%include_keys /nonexistent/keys\n"},
			"access.conf:2", "Could not open access file"},
		{"no key", map[string]string{"access.conf": "SOURCE 198.51.100.1\nSOURCE ANY\nKEY testtest\n"},
			"access.conf:1", "No keys found"},
		{"key placeholder", map[string]string{"access.conf": "SOURCE ANY\n%include_keys keys\n", "keys": "KEY __CHANGEME__\n"},
			"keys:1", "KEY value is not properly set"},
		{"base64 placeholder", map[string]string{"access.conf": "SOURCE ANY\nKEY_BASE64 __CHANGEME__\n"},
			"access.conf:2", "KEY_BASE64 value is not properly set"},
		{"hmac placeholder", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nHMAC_KEY __CHANGEME__\n"},
			"access.conf:3", "HMAC_KEY value is not properly set"},
		{"gpg pw placeholder", map[string]string{"access.conf": "SOURCE ANY\nGPG_DECRYPT_PW __CHANGEME__\n"},
			"access.conf:2", "GPG_DECRYPT_PW value is not properly set"},
		{"base64 invalid", map[string]string{"access.conf": "SOURCE ANY\n%include_keys keys\n", "keys": "KEY_BASE64 $$$$$$$$\n"},
			"keys:1", "KEY_BASE64 argument doesn't look like base64-encoded data"},
		{"hmac base64 invalid", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nHMAC_KEY_BASE64 $$$$$$$$\n"},
			"access.conf:3", "HMAC_KEY_BASE64 argument doesn't look like base64-encoded data"},
		{"keys file line", map[string]string{"access.conf": "SOURCE ANY\n%include_keys keys\n", "keys": "KEYinvalidline\n"},
			"keys:1", "Invalid access file entry"},
		{"access file line", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFW_ACCESS_TIMEOUT\n"},
			"access.conf:3", "Invalid access file entry"},
		{"epoch", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nACCESS_EXPIRE_EPOCH 999999999999999999999999\n"},
			"access.conf:3", "invalid epoch seconds value"},
		{"gpg without signers", map[string]string{"access.conf": "SOURCE ANY\nGPG_ALLOW_NO_PW Y\n"},
			"access.conf:1", "Must have either sig ID's or fingerprints"},
		{"no stanza", map[string]string{"access.conf": "# nothing\n"},
			"access.conf", "could not find any valid access.conf stanzas"},
		{"timeout range", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFW_ACCESS_TIMEOUT 999999999999\n"}, "access.conf:3", "FW_ACCESS_TIMEOUT value \"999999999999\" not in range"},
		{"cycle timer range", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_CYCLE_TIMER 300000000\n"}, "access.conf:3", "CMD_CYCLE_TIMER value \"300000000\" not in range"},
		{"cycle close alone", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_CYCLE_OPEN /bin/true\n"}, "access.conf:1", "without also setting CMD_CYCLE_CLOSE"},
		{"cycle open alone", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_CYCLE_CLOSE /bin/true\n"}, "access.conf:1", "without also setting CMD_CYCLE_OPEN"},
		{"cycle timer", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_CYCLE_OPEN /bin/true\nCMD_CYCLE_CLOSE /bin/false\n"}, "access.conf:1", "Must set the CMD_CYCLE_TIMER"},
		{"mode", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nENCRYPTION_MODE invalid\n"}, "access.conf:3", "Unrecognized ENCRYPTION_MODE"},
		{"exec user", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_EXEC_USER no-such-user-x\n"}, "access.conf:3", "Unable to determine UID for CMD_EXEC_USER"},
		{"exec group", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nCMD_EXEC_GROUP no-such-group-x\n"}, "access.conf:3", "Unable to determine GID for CMD_EXEC_GROUP"},
		{"gpg home", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nGPG_HOME_DIR /nonexistent/gnupg\n"}, "access.conf:3", "unable to lstat() path"},
		{"same keys", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nHMAC_KEY testtest\n"}, "access.conf:1", "The encryption passphrase and HMAC key should not be identical"},
		{"snat needs nat", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFORCE_SNAT 198.51.100.1\n"}, "access.conf:1", "requires either FORCE_NAT or FORWARD_ALL"},
		{"nat arg", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFORCE_NAT a a\n"}, "access.conf:3", "invalid FORCE_NAT arg"},
		{"nat port", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFORCE_NAT 198.51.100.1 999999\n"}, "access.conf:3", "invalid FORCE_NAT port"},
		{"nat ip", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFORCE_NAT 1.2.3.4.9 22\n"}, "access.conf:3", "invalid FORCE_NAT IP"},
		{"snat ip", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nFORCE_SNAT a\n"}, "access.conf:3", "invalid FORCE_SNAT IP"},
		{"port entry", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nOPEN_PORTS tcp\n"}, "access.conf:3", "Parse error on access port entry"},
		{"port proto", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nOPEN_PORTS icmp/22\n"}, "access.conf:3", "Invalid protocol in access port entry"},
		{"dest not ip", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nDESTINATION aaaa\n"}, "access.conf:3", "Fatal error parsing IP to int"},
		{"dest mask", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nDESTINATION 198.51.100.1/33\n"}, "access.conf:3", "Invalid IP mask str"},
		{"dest mask zero", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nDESTINATION 198.51.100.1/0\n"}, "access.conf:3", "Invalid IP mask str"},
		{"dest mask missing", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nDESTINATION 198.51.100.1/\n"}, "access.conf:3", "Missing mask value"},
		{"dest dotted mask", map[string]string{"access.conf": "SOURCE ANY\nKEY testtest\nDESTINATION 198.51.100.1/299.255.255.0\n"}, "access.conf:3", "error parsing IP mask"},
		{"before source", map[string]string{"access.conf": "DESTINATION ANY\nSOURCE ANY\nKEY testtest\n"},
			"access.conf:1", "Could not find valid SOURCE stanza"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				text = strings.ReplaceAll(text, "%include_keys keys", "%include_keys "+filepath.Join(dir, "keys"))
				writeFile(t, dir, name, text, 0o600)
			}
			_, _, err := LoadAccess(filepath.Join(dir, "access.conf"))
			if err == nil {
				t.Fatal("accepted")
			}
			msg := err.Error()
			if !strings.Contains(msg, filepath.Join(dir, tc.place)+": ") || !strings.Contains(msg, tc.words) {
				t.Errorf("error %q\nwant %s: ... %s", msg, tc.place, tc.words)
			}
			for _, secret := range []string{"testtest", "__CHANGEME__", "$$$$"} {
				if strings.Contains(msg, secret) {
					t.Errorf("error %q shows %q", msg, secret)
				}
			}
		})
	}
}

// TestStockWarningWords: what the stock only warns about is a Warning in
// its words.
func TestStockWarningWords(t *testing.T) {
	dir := t.TempDir()
	keys := writeFile(t, dir, "keys", "SOURCE 198.51.100.9\nKEY testtest\nINVALID_STATEMENT x\n", 0o600)
	root := writeFile(t, dir, "access.conf", strings.Join([]string{
		"SOURCE ANY",                      // 1
		"%include_keys " + keys,           // 2
		"SOURCE 198.51.100.1",             // 3
		"GPG_ALLOW_NO_PW Y",               // 4
		"GPG_DISABLE_SIG Y",               // 5
		"GPG_REQUIRE_SIG Y",               // 6
		"GPG_FINGERPRINT_ID 00CC95F05BC1", // 7
	}, "\n"), 0o600)
	_, w, err := LoadAccess(root)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, x := range w {
		all = append(all, x.String())
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{
		keys + ":1: Ignoring invalid entry: 'SOURCE'",
		keys + ":3: Ignoring invalid entry: 'INVALID_STATEMENT'",
		root + ":3: stanza #2: GPG_REQUIRE_SIG and GPG_DISABLE_SIG are both set, will check sigs",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("warnings\n%s\nwant %q", got, want)
		}
	}
}

// TestDumpSourceAny: -D prints a SOURCE ANY as ANY, as the stock does.
func TestDumpSourceAny(t *testing.T) {
	a, _ := mustParseAcc(t, "SOURCE ANY\nKEY testtest\nSOURCE 198.51.100.1, 2001:db8::/32\nKEY testtest2\n")
	var b strings.Builder
	a.Dump(&b)
	for _, want := range []string{"SOURCE (1):  ANY\n", "SOURCE (2):  198.51.100.1/32, 2001:db8::/32\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, b.String())
		}
	}
}

// TestStockEmbeddedVarWords: fwknopd.conf naming an unknown $VAR says the
// stock's "Invalid embedded variable" at file:line.
func TestStockEmbeddedVarWords(t *testing.T) {
	p := writeFile(t, t.TempDir(), "fwknopd.conf", "# x\nFWKNOP_PID_FILE $FWKNOP_INVALID_VAR/test.pid\n", 0o600)
	_, _, err := LoadServer(p)
	if err == nil || !strings.Contains(err.Error(), p+":2: FWKNOP_PID_FILE: Invalid embedded variable") {
		t.Errorf("error %v", err)
	}
}

// TestStockServerRefusalWords: fwknopd.conf refusals in the stock's words.
func TestStockServerRefusalWords(t *testing.T) {
	for _, tc := range []struct{ line, words string }{
		{"PCAP_DISPATCH_COUNT 9999999999", `var PCAP_DISPATCH_COUNT value "9999999999" not in the range`},
		{"TCPSERV_PORT 9999999999", "not in the range 1-65535"},
		{"VERBOSE -1", "not in the range"},
		{"PCAP_FILTER", "Invalid config file entry"},
		{"IPT_FORWARD_ACCESS invalid", "IPT_FORWARD_ACCESS specification is invalid"},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, 400000, FWKNOP_INPUT, 1", "invalid jump rule position"},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 400000", "invalid chain rule position"},
		{"SNAT_TRANSLATE_IP invalid", "Invalid IPv4 addr for SNAT_TRANSLATE_IP"},
		{"SYSLOG_FACILITY LOG_LOCAL8", "Invalid SYSLOG_FACILITY"},
	} {
		p := writeFile(t, t.TempDir(), "fwknopd.conf", "# x\n"+tc.line+"\n", 0o600)
		_, _, err := LoadServer(p)
		if err == nil || !strings.Contains(err.Error(), p+":2: ") || !strings.Contains(err.Error(), tc.words) {
			t.Errorf("%s: error %v, want %s:2: ... %s", tc.line, err, p, tc.words)
		}
	}
}

// TestDumpSyslog: -D shows SYSLOG_IDENTITY and SYSLOG_FACILITY as the
// stock does (fwknop's test suite greps for them).
func TestDumpSyslog(t *testing.T) {
	var b strings.Builder
	NewServer().Dump(&b)
	for _, want := range []string{"SYSLOG_IDENTITY              =  'fwknopd'", "SYSLOG_FACILITY              =  'LOG_DAEMON'"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, b.String())
		}
	}
}

package config

import (
	"bytes"
	"encoding/base64"
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	testKeyB64  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMACB64 = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
	keyLines    = "KEY_BASE64 " + testKeyB64 + "\nHMAC_KEY_BASE64 " + testHMACB64 + "\n"
)

// testFS holds a GPG home folder for GPG_HOME_DIR.
var testFS = memFS{fstest.MapFS{"gnupg": &fstest.MapFile{Mode: fs_ModeDir}}}

const fs_ModeDir = os.ModeDir | 0o700

func parseAcc(text string) (*Access, []Warning, error) {
	return parseAccess(strings.NewReader(text), "access.conf", testFS, fakeUsers{})
}

func mustParseAcc(t *testing.T, text string) (*Access, []Warning) {
	t.Helper()
	a, w, err := parseAcc(text)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return a, w
}

func b64(s string) []byte {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func TestAccessDefaults(t *testing.T) {
	a, w := mustParseAcc(t, "SOURCE ANY\n"+keyLines)
	if len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	want := &Stanza{
		File: "access.conf", Line: 1, Num: 1,
		Source: []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")},
		Key:    b64(testKeyB64), KeyIsBase64: true,
		HMACKey: b64(testHMACB64), HMACIsBase64: true,
		HMACType: spa.SHA256, Mode: spa.CBC,
		FWAccessTimeout: 30 * time.Second, MaxFWTimeout: 300 * time.Second,
		GrantPrefixV4: 32, GrantPrefixV6: 128,
	}
	if len(a.Stanzas) != 1 || !reflect.DeepEqual(a.Stanzas[0], want) {
		t.Errorf("got %+v\nwant %+v", a.Stanzas[0], want)
	}
	if !reflect.DeepEqual(a.Files, []string{"access.conf"}) {
		t.Errorf("files %v", a.Files)
	}
}

// TestAccessVariables sets each variable on a minimal stanza and checks the typed field.
func TestAccessVariables(t *testing.T) {
	loc := time.Local
	tests := []struct {
		lines string
		get   func(*Stanza) any
		want  any
	}{
		{"SOURCE 198.51.100.7", func(s *Stanza) any { return s.Source }, []netip.Prefix{netip.MustParsePrefix("198.51.100.7/32")}},
		{"SOURCE 198.51.100.0/24, 2001:db8::/32 203.0.113.5,::ffff:192.0.2.1", func(s *Stanza) any { return s.Source },
			[]netip.Prefix{netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("2001:db8::/32"), netip.MustParsePrefix("203.0.113.5/32"), netip.MustParsePrefix("192.0.2.1/32")}},
		{"SOURCE 198.51.100.77/255.255.255.0", func(s *Stanza) any { return s.Source }, []netip.Prefix{netip.MustParsePrefix("198.51.100.0/24")}},
		{"SOURCE any", func(s *Stanza) any { return len(s.Source) }, 2},
		{"DESTINATION 203.0.113.1, 2001:db8::1", func(s *Stanza) any { return s.Destination },
			[]netip.Prefix{netip.MustParsePrefix("203.0.113.1/32"), netip.MustParsePrefix("2001:db8::1/128")}},
		{"OPEN_PORTS tcp/22, UDP/53,tcp/22", func(s *Stanza) any { return s.OpenPorts }, []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}},
		{"RESTRICT_PORTS tcp/23", func(s *Stanza) any { return s.RestrictPorts }, []spa.ProtoPort{{Proto: "tcp", Port: 23}}},
		{"KEY sesame-204e6bf7", func(s *Stanza) any { return string(s.Key) + " " + yn(s.KeyIsBase64) }, "sesame-204e6bf7 N"},
		{"KEY " + strings.Repeat("k", 32), func(s *Stanza) any { return len(s.Key) }, 32},
		{"KEY_BASE64 " + strings.TrimRight(testKeyB64, "="), func(s *Stanza) any { return s.Key }, b64(testKeyB64)},
		{"HMAC_KEY_BASE64 " + strings.TrimRight(testHMACB64, "="), func(s *Stanza) any { return s.HMACKey }, b64(testHMACB64)},
		{"HMAC_KEY hmac-95a94322f594", func(s *Stanza) any { return string(s.HMACKey) + " " + yn(s.HMACIsBase64) }, "hmac-95a94322f594 N"},
		{"HMAC_KEY " + strings.Repeat("h", 136), func(s *Stanza) any { return len(s.HMACKey) }, 136},
		{"HMAC_DIGEST_TYPE sha3_512", func(s *Stanza) any { return s.HMACType }, spa.SHA3_512},
		{"HMAC_DIGEST_TYPE MD5", func(s *Stanza) any { return s.HMACType }, spa.MD5},
		{"ENCRYPTION_MODE legacy", func(s *Stanza) any { return s.Mode }, spa.Legacy},
		{"ENCRYPTION_MODE CBC", func(s *Stanza) any { return s.Mode }, spa.CBC},
		{"ENCRYPTION_MODE CTR", func(s *Stanza) any { return s.Mode }, spa.CTR},
		{"ENCRYPTION_MODE ecb", func(s *Stanza) any { return s.Mode }, spa.ECB},
		{"ENCRYPTION_MODE Cfb", func(s *Stanza) any { return s.Mode }, spa.CFB},
		{"ENCRYPTION_MODE OFB", func(s *Stanza) any { return s.Mode }, spa.OFB},
		{"FW_ACCESS_TIMEOUT 60", func(s *Stanza) any { return s.FWAccessTimeout }, 60 * time.Second},
		{"FW_ACCESS_TIMEOUT 0", func(s *Stanza) any { return s.FWAccessTimeout }, 30 * time.Second},
		{"MAX_FW_TIMEOUT 120", func(s *Stanza) any { return s.MaxFWTimeout }, 120 * time.Second},
		{"ENABLE_CMD_EXEC Y", func(s *Stanza) any { return s.EnableCmdExec }, true},
		{"CMD_EXEC_USER alice", func(s *Stanza) any { return []any{s.CmdExecUser, s.CmdExecUID, s.CmdExecGID} }, []any{"alice", uint32(1000), uint32(1000)}},
		{"CMD_EXEC_USER alice\nCMD_EXEC_GROUP staff", func(s *Stanza) any { return []any{s.CmdExecGroup, s.CmdExecGID} }, []any{"staff", uint32(50)}},
		{"CMD_CYCLE_OPEN /bin/true open\nCMD_CYCLE_CLOSE /bin/true close\nCMD_CYCLE_TIMER 10", func(s *Stanza) any {
			return []any{s.CmdCycleOpen, s.CmdCycleClose, s.CmdCycleTimer}
		}, []any{"/bin/true open", "/bin/true close", 10 * time.Second}},
		{"CMD_CYCLE_OPEN /bin/true\nCMD_CYCLE_CLOSE NONE", func(s *Stanza) any { return s.CmdCycleClose }, "NONE"},
		{"REQUIRE_USERNAME alice", func(s *Stanza) any { return s.RequireUsername }, "alice"},
		{"REQUIRE_SOURCE_ADDRESS Y", func(s *Stanza) any { return s.RequireSourceAddress }, true},
		{"REQUIRE_SOURCE y", func(s *Stanza) any { return s.RequireSourceAddress }, true},
		{"ACCESS_EXPIRE 12/31/2030", func(s *Stanza) any { return s.AccessExpire }, time.Date(2030, 12, 31, 0, 0, 0, 0, loc)},
		{"ACCESS_EXPIRE 2/3/2031", func(s *Stanza) any { return s.AccessExpire }, time.Date(2031, 2, 3, 0, 0, 0, 0, loc)},
		{"ACCESS_EXPIRE_EPOCH 1795563495", func(s *Stanza) any { return s.AccessExpire.Unix() }, int64(1795563495)},
		{"FORCE_NAT 192.0.2.10 22", func(s *Stanza) any { return s.ForceNAT }, netip.MustParseAddrPort("192.0.2.10:22")},
		{"FORCE_NAT 192.0.2.10 22\nFORCE_SNAT 203.0.113.1", func(s *Stanza) any { return s.ForceSNAT }, netip.MustParseAddr("203.0.113.1")},
		{"FORWARD_ALL Y\nFORCE_MASQUERADE Y", func(s *Stanza) any { return []any{s.ForceMasquerade, s.ForwardAll, s.ForceNAT} },
			[]any{true, true, netip.MustParseAddrPort("0.0.0.0:0")}},
		{"FORWARD_ALL N\nFORCE_NAT 192.0.2.10 22\nFORCE_MASQUERADE Y", func(s *Stanza) any { return []any{s.ForceMasquerade, s.ForwardAll, s.ForceNAT} },
			[]any{true, false, netip.MustParseAddrPort("192.0.2.10:22")}},
		{"DISABLE_DNAT Y", func(s *Stanza) any { return s.DisableDNAT }, true},
		{"GPG_HOME_DIR /gnupg\nGPG_DECRYPT_ID CFA115A3\nGPG_ALLOW_NO_PW Y\nGPG_REMOTE_ID 487442c4, 0123ABCD", func(s *Stanza) any {
			return []any{s.GPGHomeDir, s.GPGDecryptID, s.GPGAllowNoPW, s.GPGRemoteIDs, s.GPGRequireSig, s.UsesGPG()}
		}, []any{"/gnupg", "CFA115A3", true, []string{"487442C4", "0123ABCD"}, true, true}},
		{"GPG_EXE /usr/bin/gpg2", func(s *Stanza) any { return s.GPGExe }, "/usr/bin/gpg2"},
		{"GPG_DECRYPT_PW s3cret\nGPG_FINGERPRINT_ID 146AC9CE63E085C487814D643B3C942D487442C4", func(s *Stanza) any {
			return []any{s.GPGDecryptPW, s.GPGFingerprints}
		}, []any{"s3cret", []string{"146AC9CE63E085C487814D643B3C942D487442C4"}}},
		{"GPG_ALLOW_NO_PW Y\nGPG_DISABLE_SIG Y", func(s *Stanza) any { return s.GPGRequireSig }, false},
		{"GPG_ALLOW_NO_PW Y\nGPG_DISABLE_SIG Y\nGPG_REQUIRE_SIG Y\nGPG_REMOTE_ID AA", func(s *Stanza) any { return s.GPGRequireSig }, true},
		{"GPG_ALLOW_NO_PW Y\nGPG_REMOTE_ID AA\nGPG_IGNORE_SIG_VERIFY_ERROR Y", func(s *Stanza) any { return s.GPGIgnoreSigVerifyError }, true},
		{"GRANT_PREFIX_V4 24\nGRANT_PREFIX_V6 64", func(s *Stanza) any { return []int{s.GrantPrefixV4, s.GrantPrefixV6} }, []int{24, 64}},
		{"SESAME_CLIENT alice-laptop", func(s *Stanza) any { return s.Name + " " + s.Label() }, "alice-laptop #1 (alice-laptop)"},
		{"KEY: colon-after-name", func(s *Stanza) any { return string(s.Key) }, "colon-after-name"},
		{"KEY pass#word with blanks", func(s *Stanza) any { return string(s.Key) }, "pass#word with blanks"},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		t.Run(strings.SplitN(tc.lines, "\n", 2)[0], func(t *testing.T) {
			text := "SOURCE ANY\n" + keyLines + tc.lines + "\n"
			if strings.HasPrefix(tc.lines, "SOURCE") {
				text = tc.lines + "\n" + keyLines
			}
			a, _ := mustParseAcc(t, text)
			if got := tc.get(a.Stanzas[0]); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
		for _, l := range strings.Split(tc.lines, "\n") {
			covered[strings.Fields(l)[0]] = true
		}
	}
	for name := range accessVars {
		if !covered[name] {
			t.Errorf("no test sets %s", name)
		}
	}
}

func TestAccessRefusals(t *testing.T) {
	tests := []struct {
		name  string
		text  string // line 1 is SOURCE ANY, line 2-3 the keys, line 4 this text
		line  int
		want  error
		noKey bool // text replaces the key lines
	}{
		{"bad source", "SOURCE 198.51.100", 1, ErrValue, true},
		{"bad source mask", "SOURCE 198.51.100.0/33", 1, ErrValue, true},
		{"non-contiguous mask", "SOURCE 198.51.100.0/255.0.255.0", 1, ErrValue, true},
		// The stock's add_source_mask takes a CIDR length of 1..32 only;
		// ANY says every address.
		{"source mask /0", "SOURCE 1.1.1.1/0", 1, ErrValue, true},
		{"source mask /0 in a list", "SOURCE 198.51.100.0/24, 1.1.1.1/0", 1, ErrValue, true},
		{"source v6 mask /0", "SOURCE ::/0", 1, ErrValue, true},
		{"destination mask /0", "DESTINATION 1.1.1.1/0", 4, ErrValue, false},
		{"dotted mask on v6", "SOURCE 2001:db8::/255.255.0.0", 1, ErrValue, true},
		{"source zone", "SOURCE fe80::1%eth0", 1, ErrValue, true},
		{"empty source", "SOURCE ,", 1, ErrValue, true},
		{"bad destination", "DESTINATION nowhere", 4, ErrValue, false},
		{"bad port proto", "OPEN_PORTS icmp/0", 4, ErrValue, false},
		{"bad port number", "OPEN_PORTS tcp/65536", 4, ErrValue, false},
		{"port without proto", "RESTRICT_PORTS 22", 4, ErrValue, false},
		{"empty port item", "OPEN_PORTS tcp/22,,udp/53", 4, ErrValue, false},
		{"key too long", "KEY " + strings.Repeat("k", 33), 2, ErrKey, true},
		{"key placeholder", "KEY __CHANGEME__", 2, ErrKey, true},
		{"base64 key placeholder", "KEY_BASE64 __CHANGEME__", 2, ErrKey, true},
		{"base64 key invalid", "KEY_BASE64 not*base64", 2, ErrKey, true},
		{"base64 key bad padding", "KEY_BASE64 QQ=", 2, ErrKey, true},
		{"base64 key too long", "KEY_BASE64 " + base64.StdEncoding.EncodeToString(make([]byte, 33)), 2, ErrKey, true},
		{"hmac key too long", "HMAC_KEY " + strings.Repeat("h", 137), 4, ErrKey, false},
		{"hmac base64 invalid", "HMAC_KEY_BASE64 %%%", 4, ErrKey, false},
		{"hmac placeholder", "HMAC_KEY_BASE64 __changeme__", 4, ErrKey, false},
		{"hmac digest", "HMAC_DIGEST_TYPE sha224", 4, ErrValue, false},
		{"encryption mode", "ENCRYPTION_MODE xts", 4, ErrValue, false},
		{"encryption mode pcbc", "ENCRYPTION_MODE PCBC", 4, ErrValue, false},
		{"asymmetric with a key", "ENCRYPTION_MODE asymmetric", 1, ErrConflict, false},
		{"timeout", "FW_ACCESS_TIMEOUT 30s", 4, ErrValue, false},
		{"max timeout", "MAX_FW_TIMEOUT 99999999", 4, ErrValue, false},
		{"bool", "ENABLE_CMD_EXEC maybe", 4, ErrValue, false},
		{"unknown user", "CMD_EXEC_USER mallory", 4, ErrValue, false},
		{"unknown group", "CMD_EXEC_GROUP wheel0", 4, ErrValue, false},
		{"cycle timer", "CMD_CYCLE_TIMER 0", 4, ErrValue, false},
		{"cycle too long", "CMD_CYCLE_OPEN " + strings.Repeat("x", 256), 4, ErrValue, false},
		{"require source", "REQUIRE_SOURCE_ADDRESS sure", 4, ErrValue, false},
		{"expire format", "ACCESS_EXPIRE 2030-12-31", 4, ErrValue, false},
		{"expire date", "ACCESS_EXPIRE 02/30/2030", 4, ErrValue, false},
		{"expire month", "ACCESS_EXPIRE 13/01/2030", 4, ErrValue, false},
		{"expire epoch", "ACCESS_EXPIRE_EPOCH soon", 4, ErrValue, false},
		{"force nat fields", "FORCE_NAT 192.0.2.1", 4, ErrValue, false},
		{"force nat port", "FORCE_NAT 192.0.2.1 70000", 4, ErrValue, false},
		{"force nat ip", "FORCE_NAT host 22", 4, ErrValue, false},
		{"force snat ip", "FORCE_SNAT 192.0.2", 4, ErrValue, false},
		{"gpg home", "GPG_HOME_DIR /no/such/dir", 4, ErrValue, false},
		{"gpg pw placeholder", "GPG_DECRYPT_PW __CHANGEME__", 4, ErrKey, false},
		{"gpg remote id", "GPG_REMOTE_ID not-hex", 4, ErrValue, false},
		{"gpg fingerprint", "GPG_FINGERPRINT_ID 146AC9CE,", 4, ErrValue, false},
		{"grant prefix v4", "GRANT_PREFIX_V4 8", 4, ErrValue, false},
		{"grant prefix v6", "GRANT_PREFIX_V6 32", 4, ErrValue, false},
		{"client name", "SESAME_CLIENT bad name", 4, ErrValue, false},
		{"no value", "OPEN_PORTS", 4, ErrSyntax, false},
		{"control character", "REQUIRE_USERNAME a\x1bb", 4, ErrSyntax, false},
		// End-of-stanza checks are reported at the stanza's SOURCE line.
		{"no key", "OPEN_PORTS tcp/22", 1, ErrMissingKey, true},
		{"same keys", "KEY samesame\nHMAC_KEY samesame", 1, ErrKey, true},
		{"same gpg pw and hmac", "GPG_DECRYPT_PW samesame\nGPG_REMOTE_ID AA\nHMAC_KEY samesame", 1, ErrKey, true},
		{"snat without nat", "FORCE_SNAT 203.0.113.1", 1, ErrConflict, false},
		{"masquerade without nat", "FORCE_MASQUERADE Y", 1, ErrConflict, false},
		{"cycle open alone", "CMD_CYCLE_OPEN /bin/true", 1, ErrConflict, false},
		{"cycle close alone", "CMD_CYCLE_CLOSE /bin/true", 1, ErrConflict, false},
		{"cycle without timer", "CMD_CYCLE_OPEN /bin/true\nCMD_CYCLE_CLOSE /bin/false", 1, ErrConflict, false},
		{"gpg without signers", "GPG_ALLOW_NO_PW Y", 1, ErrConflict, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var text string
			switch {
			case strings.HasPrefix(tc.text, "SOURCE"):
				text = tc.text + "\n" + keyLines
			case tc.noKey:
				text = "SOURCE ANY\n" + tc.text + "\n"
			default:
				text = "SOURCE ANY\n" + keyLines + tc.text + "\n"
			}
			_, _, err := parseAcc(text)
			assertErr(t, err, "access.conf", tc.line, tc.want)
			assertNoSecrets(t, err.Error(), text)
		})
	}
}

// assertNoSecrets fails when out shows any key value of the access.conf text.
func assertNoSecrets(t *testing.T, out, text string) {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		switch strings.TrimSuffix(f[0], ":") {
		case "KEY", "KEY_BASE64", "HMAC_KEY", "HMAC_KEY_BASE64", "GPG_DECRYPT_PW":
			v := strings.Join(f[1:], " ")
			if len(v) >= 6 && strings.Contains(out, v) {
				t.Errorf("output shows a key value %q:\n%s", v, out)
			}
		}
	}
}

func TestAccessStructure(t *testing.T) {
	tests := []struct {
		name string
		text string
		line int
		want error
	}{
		{"variable before SOURCE", "KEY abc\nSOURCE ANY\nKEY def\n", 1, ErrSyntax},
		{"empty file", "# only a comment\n\n", 0, ErrNoStanza},
		{"error in second stanza", "SOURCE ANY\nKEY abcdef\n\nSOURCE 198.51.100.1\nOPEN_PORTS tcp/22\n", 4, ErrMissingKey},
		{"duplicate client name", "SOURCE ANY\nKEY abcdef\nSESAME_CLIENT a\nSOURCE ANY\nKEY abcdeg\nSESAME_CLIENT a\n", 6, ErrConflict},
		{"include missing", "SOURCE ANY\nKEY abcdef\n%include /no/such/file\n", 3, ErrInclude},
		{"include folder missing", "%include_folder /no/such/dir\nSOURCE ANY\nKEY abcdef\n", 1, ErrInclude},
		{"include keys missing", "SOURCE ANY\n%include_keys /no/such/keys\n", 2, ErrInclude},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := parseAcc(tc.text)
			assertErr(t, err, "access.conf", tc.line, tc.want)
		})
	}
}

func TestAccessWarnings(t *testing.T) {
	_, w := mustParseAcc(t, strings.Join([]string{
		"SOURCE ANY",                     // 1
		"KEY " + strings.Repeat("k", 20), // 2
		"ENCRYPTION_MODE legacy",         // 3
		"DIGEST_TYPE sha256",             // 4
		"ENABLE_CMD_SUDO_EXEC Y",         // 5
		"FW_ACCESS_TIMEOUT 600",          // 6
		"SOURCE ANY",                     // 7
		"GPG_ALLOW_NO_PW Y",              // 8
		"GPG_REQUIRE_SIG N",              // 9
		"GPG_REMOTE_ID 487442C4",         // 10
		"SOURCE ANY",                     // 11
		"GPG_ALLOW_NO_PW Y",              // 12
		"GPG_DISABLE_SIG Y",              // 13
	}, "\n"))
	want := []string{
		"access.conf:4: unknown variable DIGEST_TYPE",
		"access.conf:5: ENABLE_CMD_SUDO_EXEC is not supported",
		"access.conf:1: stanza #1: legacy mode uses only the first 16 bytes",
		"access.conf:1: stanza #1: MAX_FW_TIMEOUT < FW_ACCESS_TIMEOUT",
		"access.conf:7: stanza #2: GPG_REQUIRE_SIG N has no effect",
		"access.conf:11: stanza #3: GPG_REQUIRE_SIG should really be enabled: GPG signatures are not checked",
	}
	if len(w) != len(want) {
		t.Fatalf("got %d warnings, want %d: %v", len(w), len(want), w)
	}
	for i := range want {
		if !strings.HasPrefix(w[i].String(), want[i]) {
			t.Errorf("warning %d = %q, want prefix %q", i, w[i], want[i])
		}
	}
}

func TestAccessIncludes(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "access.d")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, sub, "20-b.conf", "SOURCE 198.51.100.2\nKEY keyofb\n", 0o600)
	writeFile(t, sub, "10-a.conf", "SOURCE 198.51.100.1\nKEY keyofa\n", 0o640)
	writeFile(t, sub, "notes.txt", "this is not read\n", 0o600)
	writeFile(t, dir, "keys.secret", "HMAC_KEY hmackeyofc\nKEY keyofc\nOPEN_PORTS tcp/1\n", 0o600)
	writeFile(t, dir, "inc.conf", "SOURCE 198.51.100.3\n%include_keys keys.secret\n", 0o644)
	root := writeFile(t, dir, "access.conf", strings.Join([]string{
		"SOURCE ANY",               // 1
		"KEY keyofroot",            // 2
		"%include_folder access.d", // 3
		"%include " + filepath.Join(dir, "inc.conf"), // 4
		"OPEN_PORTS tcp/22",                          // 5: still the root file's open stanza, as in the stock parser
		"SOURCE 198.51.100.4",                        // 6
		"KEY keyofd",                                 // 7
	}, "\n"), 0o600)
	a, w, err := LoadAccess(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Stanzas {
		got = append(got, place(filepath.Base(s.File), s.Line)+" #"+strconv.Itoa(s.Num)+" "+string(s.Key)+" "+string(s.HMACKey)+" "+portList(s.OpenPorts))
	}
	want := []string{
		"access.conf:1 #1 keyofroot  tcp/22",
		"10-a.conf:1 #2 keyofa  ",
		"20-b.conf:1 #3 keyofb  ",
		"inc.conf:1 #4 keyofc hmackeyofc ",
		"access.conf:6 #5 keyofd  ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stanzas\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(a.Files) != 5 || a.Files[0] != root {
		t.Errorf("files %v", a.Files)
	}
	// inc.conf is 0644: warned with its name; 0640 and 0600 are not; OPEN_PORTS in the keys file is ignored.
	if len(w) != 2 || w[0].File != filepath.Join(dir, "inc.conf") || !strings.Contains(w[0].Msg, "0644") ||
		!strings.Contains(w[1].String(), "keys.secret:3: Ignoring invalid entry: 'OPEN_PORTS'") {
		t.Errorf("warnings %v", w)
	}
}

func TestAccessIncludeDepth(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "d3.conf", "SOURCE ANY\nKEY keyofd3\n", 0o600)
	writeFile(t, dir, "d2.conf", "%include d3.conf\n", 0o600)
	writeFile(t, dir, "d1.conf", "%include d2.conf\n", 0o600)
	root := writeFile(t, dir, "access.conf", "%include d1.conf\n", 0o600)
	_, _, err := LoadAccess(root)
	assertErr(t, err, filepath.Join(dir, "d2.conf"), 1, ErrInclude)
	// Two levels below the root are fine.
	ok := writeFile(t, dir, "ok.conf", "%include d2.conf\n", 0o600)
	if a, _, err := LoadAccess(ok); err != nil || len(a.Stanzas) != 1 {
		t.Errorf("two levels: %v", err)
	}
	// A file including itself stops at the depth limit.
	loop := writeFile(t, dir, "loop.conf", "SOURCE ANY\nKEY abcdef\n%include loop.conf\n", 0o600)
	_, _, err = LoadAccess(loop)
	assertErr(t, err, loop, 3, ErrInclude)
	// Errors inside an included file name that file and line.
	writeFile(t, dir, "bad.conf", "SOURCE ANY\nKEY abcdef\nMAX_FW_TIMEOUT x\n", 0o600)
	root2 := writeFile(t, dir, "root2.conf", "%include bad.conf\n", 0o600)
	_, _, err = LoadAccess(root2)
	assertErr(t, err, filepath.Join(dir, "bad.conf"), 3, ErrValue)
	// A folder is not a file.
	root3 := writeFile(t, dir, "root3.conf", "%include "+dir+"\n", 0o600)
	_, _, err = LoadAccess(root3)
	assertErr(t, err, root3, 1, ErrInclude)
}

func TestAccessFileMode(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		mode os.FileMode
		warn bool
	}{{0o600, false}, {0o640, false}, {0o400, false}, {0o644, true}, {0o660, true}, {0o606, true}, {0o700, true}} {
		p := writeFile(t, dir, "a.conf", "SOURCE ANY\nKEY abcdef\n", tc.mode)
		_, w, err := LoadAccess(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(w) == 1 && w[0].File == p && w[0].Line == 0 && strings.Contains(w[0].String(), p+": permissions "); got != tc.warn {
			t.Errorf("mode %o: warnings %v, want warning %v", tc.mode, w, tc.warn)
		}
	}
}

func TestAccessDumpHidesSecrets(t *testing.T) {
	text := "SOURCE 198.51.100.0/24\nSESAME_CLIENT alice\nKEY_BASE64 " + testKeyB64 + "\nHMAC_KEY_BASE64 " + testHMACB64 +
		"\nOPEN_PORTS tcp/22\n\nSOURCE ANY\nKEY passphrase-key\nHMAC_KEY passphrase-hmac\n\nSOURCE ANY\nGPG_DECRYPT_PW gpg-passphrase\nGPG_REMOTE_ID AA\n"
	a, _ := mustParseAcc(t, text)
	var b bytes.Buffer
	a.Dump(&b)
	out := b.String()
	assertNoSecrets(t, out, text)
	for _, s := range []string{testKeyB64, testHMACB64, "passphrase-key", "passphrase-hmac", "gpg-passphrase", string(b64(testKeyB64))} {
		if strings.Contains(out, s) {
			t.Errorf("dump shows secret %q", s)
		}
	}
	for _, want := range []string{"SOURCE (1):  198.51.100.0/24", "SESAME_CLIENT:  alice", "KEY_BASE64:  <set>", "KEY_LEN:  32",
		"OPEN_PORTS:  tcp/22", "HMAC_KEY:  <set>", "GPG_DECRYPT_PW:  <set>", "GPG_REQUIRE_SIG:  Yes"} {
		if !strings.Contains(out, want) {
			t.Errorf("dump lacks %q:\n%s", want, out)
		}
	}
}

func TestMatchSource(t *testing.T) {
	a, _ := mustParseAcc(t, "SOURCE 198.51.100.0/24, 203.0.113.7, 2001:db8:1::/48\nKEY abcdef\nSOURCE ANY\nKEY abcdeg\nSOURCE ::ffff:192.0.2.0/120\nKEY abcdeh\n")
	narrow, anyS, mapped := a.Stanzas[0], a.Stanzas[1], a.Stanzas[2]
	tests := []struct {
		addr                string
		narrow, any, mapped bool
	}{
		{"198.51.100.1", true, true, false},
		{"198.51.100.255", true, true, false},
		{"198.51.101.1", false, true, false},
		{"203.0.113.7", true, true, false},
		{"203.0.113.8", false, true, false},
		{"::ffff:198.51.100.9", true, true, false},
		{"::ffff:203.0.113.7", true, true, false},
		{"2001:db8:1:ffff::1", true, true, false},
		{"2001:db8:2::1", false, true, false},
		{"fe80::1%eth0", false, true, false},
		{"192.0.2.77", false, true, true},
		{"::ffff:192.0.2.77", false, true, true},
	}
	for _, tc := range tests {
		addr := netip.MustParseAddr(tc.addr)
		if got := narrow.MatchSource(addr); got != tc.narrow {
			t.Errorf("narrow %s = %v", tc.addr, got)
		}
		if got := anyS.MatchSource(addr); got != tc.any {
			t.Errorf("ANY %s = %v", tc.addr, got)
		}
		if got := mapped.MatchSource(addr); got != tc.mapped {
			t.Errorf("mapped %s = %v", tc.addr, got)
		}
	}
	if anyS.MatchSource(netip.Addr{}) {
		t.Error("the zero Addr matched ANY")
	}
	d, _ := mustParseAcc(t, "SOURCE ANY\nKEY abcdef\nDESTINATION 203.0.113.1\n")
	if !d.Stanzas[0].MatchDestination(netip.MustParseAddr("203.0.113.1")) || d.Stanzas[0].MatchDestination(netip.MustParseAddr("203.0.113.2")) {
		t.Error("DESTINATION")
	}
	if !narrow.MatchDestination(netip.MustParseAddr("192.0.2.1")) {
		t.Error("no DESTINATION must match any")
	}
}

func TestPortsAllowed(t *testing.T) {
	pp := func(s string) []spa.ProtoPort {
		if s == "" {
			return nil
		}
		var out []spa.ProtoPort
		for _, it := range strings.Split(s, ",") {
			p, n, _ := strings.Cut(it, "/")
			var v int
			for _, c := range n {
				v = v*10 + int(c-'0')
			}
			out = append(out, spa.ProtoPort{Proto: p, Port: uint16(v)})
		}
		return out
	}
	tests := []struct {
		open, restrict, req string
		want                bool
	}{
		{"", "", "tcp/22", true},
		{"", "", "tcp/22,udp/53,tcp/0", true},
		{"", "", "", false},
		{"", "", "icmp/0", false},
		{"", "", "none/0", false},
		{"tcp/22", "", "tcp/22", true},
		{"tcp/22", "", "udp/22", false},
		{"tcp/22", "", "tcp/22,tcp/80", false},
		{"tcp/22, udp/53", "", "udp/53,tcp/22", true},
		{"tcp/22, tcp/22", "", "tcp/22,tcp/80", false}, // the stock count would let tcp/80 through
		{"", "tcp/23", "tcp/22", true},
		{"", "tcp/23", "tcp/22,tcp/23", false},
		{"", "tcp/23", "udp/23", true},
		{"tcp/23", "tcp/23", "tcp/23", false},
	}
	for _, tc := range tests {
		text := "SOURCE ANY\nKEY abcdef\n"
		if tc.open != "" {
			text += "OPEN_PORTS " + tc.open + "\n"
		}
		if tc.restrict != "" {
			text += "RESTRICT_PORTS " + tc.restrict + "\n"
		}
		a, _ := mustParseAcc(t, text)
		if got := a.Stanzas[0].PortsAllowed(pp(tc.req)); got != tc.want {
			t.Errorf("open %q restrict %q request %q: %v, want %v", tc.open, tc.restrict, tc.req, got, tc.want)
		}
	}
}

func TestByNameAndValidate(t *testing.T) {
	a, _ := mustParseAcc(t, "SOURCE ANY\nKEY abcdef\nSESAME_CLIENT bob\nSOURCE ANY\nKEY abcdeg\nFORCE_NAT 192.0.2.1 22\n")
	if s := a.ByName("bob"); s == nil || s.Num != 1 {
		t.Errorf("ByName(bob) = %v", s)
	}
	if a.ByName("carol") != nil {
		t.Error("ByName(carol) found something")
	}
	err := a.Validate(NewServer())
	assertErr(t, err, "access.conf", 4, ErrConflict)
	s := NewServer()
	s.EnableIPTLocalNAT = true
	if err := a.Validate(s); err != nil {
		t.Errorf("with local NAT: %v", err)
	}
}

func TestAccessErrorsNeverShowKeys(t *testing.T) {
	secret := "Zm9vYmFyYmF6cXV4cXV1eA"
	for _, text := range []string{
		"SOURCE ANY\nKEY_BASE64 " + secret + "!\n",
		"SOURCE ANY\nKEY " + secret + strings.Repeat("x", 40) + "\n",
		"SOURCE ANY\n" + secret + "\n",
		"SOURCE ANY\nKEY abcdef\n" + secret + " value\n",
		"SOURCE ANY\nKEY " + secret + "\nHMAC_KEY " + secret + "\n",
	} {
		_, w, err := parseAcc(text)
		out := ""
		if err != nil {
			out = err.Error()
		}
		for _, x := range w {
			out += x.String()
		}
		if out == "" || strings.Contains(out, secret) {
			t.Errorf("for %q: %q", text, out)
		}
	}
}

func TestOSUserLookup(t *testing.T) {
	a, _, err := ParseAccess(strings.NewReader("SOURCE ANY\nKEY abcdef\nCMD_EXEC_USER root\nCMD_EXEC_GROUP root\n"), "access.conf")
	if err != nil {
		t.Fatal(err)
	}
	if s := a.Stanzas[0]; s.CmdExecUser != "root" || s.CmdExecUID != 0 || s.CmdExecGID != 0 {
		t.Errorf("root: %+v", s)
	}
	_, _, err = ParseAccess(strings.NewReader("SOURCE ANY\nKEY abcdef\nCMD_EXEC_USER no-such-user-sesame\n"), "access.conf")
	assertErr(t, err, "access.conf", 3, ErrValue)
}

func TestAccessFileOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	p := writeFile(t, t.TempDir(), "a.conf", "SOURCE ANY\nKEY abcdef\n", 0o600)
	if err := os.Chown(p, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	_, w, err := LoadAccess(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 1 || w[0].String() != p+": not owned by root or the current effective user" {
		t.Errorf("warnings %v", w)
	}
}

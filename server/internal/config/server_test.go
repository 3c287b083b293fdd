package config

import (
	"bytes"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func parseServer(t *testing.T, text string) (*Server, []Warning) {
	t.Helper()
	s, w, err := ParseServer(strings.NewReader(text), "fwknopd.conf")
	if err != nil {
		t.Fatalf("ParseServer: %v", err)
	}
	return s, w
}

func TestServerDefaults(t *testing.T) {
	s, w := parseServer(t, "")
	if len(w) != 0 {
		t.Errorf("warnings for an empty file: %v", w)
	}
	want := NewServer()
	want.Files = []string{"fwknopd.conf"}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("defaults differ from NewServer")
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"PCAP_INTF", s.PCAPIntf, "eth0"},
		{"PCAP_FILTER", s.PCAPFilter, "udp port 62201"},
		{"ENABLE_PCAP_PROMISC", s.EnablePCAPPromisc, false},
		{"PCAP_DISPATCH_COUNT", s.PCAPDispatchCount, 100},
		{"PCAP_LOOP_SLEEP", s.PCAPLoopSleep, 100 * time.Millisecond},
		{"MAX_SNIFF_BYTES", s.MaxSniffBytes, 1500},
		{"ENABLE_SPA_PACKET_AGING", s.EnableSPAPacketAging, true},
		{"MAX_SPA_PACKET_AGE", s.MaxSPAPacketAge, 120 * time.Second},
		{"ENABLE_DIGEST_PERSISTENCE", s.EnableDigestPersistence, true},
		{"RULES_CHECK_THRESHOLD", s.RulesCheckThreshold, 20},
		{"ENABLE_UDP_SERVER", s.EnableUDPServer, false},
		{"UDPSERV_PORT", s.UDPServPort, uint16(62201)},
		{"ENABLE_TCP_SERVER", s.EnableTCPServer, false},
		{"TCPSERV_PORT", s.TCPServPort, uint16(62201)},
		{"ENABLE_SPA_OVER_HTTP", s.EnableSPAOverHTTP, false},
		{"ENABLE_X_FORWARDED_FOR", s.EnableXForwardedFor, false},
		{"ENABLE_IPT_FORWARDING", s.EnableIPTForwarding, false},
		{"ENABLE_IPT_LOCAL_NAT", s.EnableIPTLocalNAT, false},
		{"ENABLE_IPT_SNAT", s.EnableIPTSNAT, false},
		{"SNAT_TRANSLATE_IP", s.SNATTranslateIP, netip.Addr{}},
		{"ENABLE_IPT_OUTPUT", s.EnableIPTOutput, false},
		{"FLUSH_IPT_AT_INIT", s.FlushIPTAtInit, false},
		{"FLUSH_IPT_AT_EXIT", s.FlushIPTAtExit, false},
		{"IPT_INPUT_ACCESS", s.IPTInputAccess, Chain{"ACCEPT", "filter", "INPUT", 1, "FWKNOP_INPUT", 1}},
		{"IPT_OUTPUT_ACCESS", s.IPTOutputAccess, Chain{"ACCEPT", "filter", "OUTPUT", 1, "FWKNOP_OUTPUT", 1}},
		{"IPT_FORWARD_ACCESS", s.IPTForwardAccess, Chain{"ACCEPT", "filter", "FORWARD", 1, "FWKNOP_FORWARD", 1}},
		{"IPT_DNAT_ACCESS", s.IPTDNATAccess, Chain{"DNAT", "nat", "PREROUTING", 1, "FWKNOP_PREROUTING", 1}},
		{"IPT_SNAT_ACCESS", s.IPTSNATAccess, Chain{"SNAT", "nat", "POSTROUTING", 1, "FWKNOP_POSTROUTING", 1}},
		{"IPT_MASQUERADE_ACCESS", s.IPTMasqueradeAccess, Chain{"MASQUERADE", "nat", "POSTROUTING", 1, "FWKNOP_MASQUERADE", 1}},
		{"ENABLE_DESTINATION_RULE", s.EnableDestinationRule, false},
		{"ENABLE_RULE_PREPEND", s.EnableRulePrepend, false},
		{"ENABLE_NAT_DNS", s.EnableNATDNS, true},
		{"FWKNOP_RUN_DIR", s.RunDir, "/run/fwknop"},
		{"FWKNOP_PID_FILE", s.PIDFile, "/run/fwknop/fwknopd.pid"},
		{"DIGEST_FILE", s.DigestFile, "/run/fwknop/digest.cache"},
		{"ACCESS_FILE", s.AccessFile, "/etc/fwknop/access.conf"},
		{"FIREWALL_EXE", s.FirewallExe, "/usr/sbin/iptables"},
		{"GPG_EXE", s.GPGExe, "/usr/bin/gpg"},
		{"GPG_HOME_DIR", s.GPGHomeDir, "/root/.gnupg"},
		{"FIREWALL_BACKEND", s.FirewallBackend, IPTables},
		{"NFT_TABLE", s.NFTTable, NFTTable{"inet", "filter"}},
		{"NFT_CHAIN", s.NFTChain, "input"},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s default = %v, want %v", c.name, c.got, c.want)
		}
		if s.IsSet(c.name) {
			t.Errorf("%s reported as set", c.name)
		}
	}
}

// TestServerVariables sets every implemented variable and checks the typed field.
func TestServerVariables(t *testing.T) {
	tests := []struct {
		line string
		get  func(*Server) any
		want any
	}{
		{"PCAP_INTF lo;", func(s *Server) any { return s.PCAPIntf }, "lo"},
		{"ENABLE_PCAP_PROMISC Y;", func(s *Server) any { return s.EnablePCAPPromisc }, true},
		{"PCAP_FILTER udp port 62201 or tcp port 62201;", func(s *Server) any { return s.PCAPFilter }, "udp port 62201 or tcp port 62201"},
		{"PCAP_DISPATCH_COUNT 1000;", func(s *Server) any { return s.PCAPDispatchCount }, 1000},
		{"PCAP_LOOP_SLEEP 1;", func(s *Server) any { return s.PCAPLoopSleep }, time.Microsecond},
		{"ENABLE_PCAP_ANY_DIRECTION Y;", func(s *Server) any { return s.EnablePCAPAnyDirection }, true},
		{"EXIT_AT_INTF_DOWN n;", func(s *Server) any { return s.ExitAtIntfDown }, false},
		{"MAX_SNIFF_BYTES 2000;", func(s *Server) any { return s.MaxSniffBytes }, 2000},
		{"ENABLE_SPA_PACKET_AGING no;", func(s *Server) any { return s.EnableSPAPacketAging }, false},
		{"MAX_SPA_PACKET_AGE 30;", func(s *Server) any { return s.MaxSPAPacketAge }, 30 * time.Second},
		{"ENABLE_DIGEST_PERSISTENCE N;", func(s *Server) any { return s.EnableDigestPersistence }, false},
		{"RULES_CHECK_THRESHOLD 0;", func(s *Server) any { return s.RulesCheckThreshold }, 0},
		{"SYSLOG_IDENTITY fwknopd-test;", func(s *Server) any { return s.SyslogIdentity }, "fwknopd-test"},
		{"SYSLOG_FACILITY log_local7;", func(s *Server) any { return s.SyslogFacility }, "log_local7"},
		{"CMD_EXEC_TIMEOUT 10;", func(s *Server) any { return s.CmdExecTimeout }, 10 * time.Second},
		{"ENABLE_SPA_OVER_HTTP Y;", func(s *Server) any { return s.EnableSPAOverHTTP }, true},
		{"ALLOW_ANY_USER_AGENT Y;", func(s *Server) any { return s.AllowAnyUserAgent }, true},
		{"ENABLE_TCP_SERVER Y;", func(s *Server) any { return s.EnableTCPServer }, true},
		{"TCPSERV_PORT 1;", func(s *Server) any { return s.TCPServPort }, uint16(1)},
		{"ENABLE_UDP_SERVER yes;", func(s *Server) any { return s.EnableUDPServer }, true},
		{"UDPSERV_PORT 65535;", func(s *Server) any { return s.UDPServPort }, uint16(65535)},
		{"ENABLE_X_FORWARDED_FOR Y;", func(s *Server) any { return s.EnableXForwardedFor }, true},
		{"ENABLE_DESTINATION_RULE Y;", func(s *Server) any { return s.EnableDestinationRule }, true},
		{"ENABLE_RULE_PREPEND Y;", func(s *Server) any { return s.EnableRulePrepend }, true},
		{"ENABLE_NAT_DNS N;", func(s *Server) any { return s.EnableNATDNS }, false},
		{"ENABLE_IPT_FORWARDING Y;", func(s *Server) any { return s.EnableIPTForwarding }, true},
		{"ENABLE_IPT_LOCAL_NAT Y;", func(s *Server) any { return s.EnableIPTLocalNAT }, true},
		{"ENABLE_IPT_SNAT Y;", func(s *Server) any { return s.EnableIPTSNAT }, true},
		{"SNAT_TRANSLATE_IP 203.0.113.9;", func(s *Server) any { return s.SNATTranslateIP }, netip.MustParseAddr("203.0.113.9")},
		{"ENABLE_IPT_OUTPUT Y;", func(s *Server) any { return s.EnableIPTOutput }, true},
		{"FLUSH_IPT_AT_INIT Y;", func(s *Server) any { return s.FlushIPTAtInit }, true},
		{"FLUSH_IPT_AT_EXIT Y;", func(s *Server) any { return s.FlushIPTAtExit }, true},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, 2, SESAME_IN, 3;", func(s *Server) any { return s.IPTInputAccess }, Chain{"ACCEPT", "filter", "INPUT", 2, "SESAME_IN", 3}},
		{"IPT_OUTPUT_ACCESS ACCEPT, filter, OUTPUT, 1, X_OUT, 1;", func(s *Server) any { return s.IPTOutputAccess.ToChain }, "X_OUT"},
		{"IPT_FORWARD_ACCESS ACCEPT, filter, FORWARD, 1, X_FWD, 1;", func(s *Server) any { return s.IPTForwardAccess.ToChain }, "X_FWD"},
		{"IPT_DNAT_ACCESS DNAT, nat, PREROUTING, 1, X_PRE, 1;", func(s *Server) any { return s.IPTDNATAccess.ToChain }, "X_PRE"},
		{"IPT_SNAT_ACCESS SNAT, nat, POSTROUTING, 1, X_POST, 1;", func(s *Server) any { return s.IPTSNATAccess.ToChain }, "X_POST"},
		{"IPT_MASQUERADE_ACCESS MASQUERADE, nat, POSTROUTING, 1, X_MASQ, 1;", func(s *Server) any { return s.IPTMasqueradeAccess.ToChain }, "X_MASQ"},
		{"ENABLE_IPT_COMMENT_CHECK N;", func(s *Server) any { return s.EnableIPTCommentCheck }, false},
		{"FWKNOP_RUN_DIR /var/run/sesame;", func(s *Server) any { return s.PIDFile + " " + s.DigestFile }, "/var/run/sesame/fwknopd.pid /var/run/sesame/digest.cache"},
		{"FWKNOP_CONF_DIR /etc/sesame;", func(s *Server) any { return s.ConfDir }, "/etc/sesame"},
		{"ACCESS_FILE /etc/sesame/access.conf;", func(s *Server) any { return s.AccessFile }, "/etc/sesame/access.conf"},
		{"ACCESS_FOLDER /etc/sesame/access.d;", func(s *Server) any { return s.AccessFolder }, "/etc/sesame/access.d"},
		{"FWKNOP_PID_FILE /tmp/x.pid;", func(s *Server) any { return s.PIDFile }, "/tmp/x.pid"},
		{"DIGEST_FILE /var/lib/sesame/digest.cache;", func(s *Server) any { return s.DigestFile }, "/var/lib/sesame/digest.cache"},
		{"DIGEST_FILE $FWKNOP_RUN_DIR/other.cache;", func(s *Server) any { return s.DigestFile }, "/run/fwknop/other.cache"},
		{"GPG_HOME_DIR /etc/fwknop/gpg;", func(s *Server) any { return s.GPGHomeDir }, "/etc/fwknop/gpg"},
		{"GPG_EXE /usr/local/bin/gpg;", func(s *Server) any { return s.GPGExe }, "/usr/local/bin/gpg"},
		{"FIREWALL_EXE /usr/sbin/iptables-legacy;", func(s *Server) any { return s.FirewallExe }, "/usr/sbin/iptables-legacy"},
		{"VERBOSE 2;", func(s *Server) any { return s.Verbose }, 2},
		{"FIREWALL_BACKEND nftables;", func(s *Server) any { return s.FirewallBackend }, NFTables},
		{"NFT_TABLE ip6 fw;", func(s *Server) any { return s.NFTTable }, NFTTable{"ip6", "fw"}},
		{"NFT_TABLE mytable", func(s *Server) any { return s.NFTTable }, NFTTable{"inet", "mytable"}},
		{"NFT_CHAIN my_input", func(s *Server) any { return s.NFTChain }, "my_input"},
		{"REPLAY_REDIS_URL rediss://fwknopd@redis.example:6380/2", func(s *Server) any { return s.Redis.URL }, "rediss://fwknopd@redis.example:6380/2"},
		{"REPLAY_REDIS_PASSWORD_FILE /etc/fwknop/redis.pw", func(s *Server) any { return s.Redis.PasswordFile }, "/etc/fwknop/redis.pw"},
		{"REPLAY_REDIS_PREFIX fleet1:", func(s *Server) any { return s.Redis.Prefix }, "fleet1:"},
		{"REPLAY_REDIS_POLICY closed", func(s *Server) any { return s.Redis.Policy }, "closed"},
		{"REPLAY_REDIS_TIMEOUT 40", func(s *Server) any { return s.Redis.Timeout }, 40 * time.Millisecond},
		{"  PCAP_INTF\teth1   # trailing text is part of a value up to ';'", func(s *Server) any { return s.PCAPIntf }, "eth1   # trailing text is part of a value up to '"},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			s, _, err := ParseServer(strings.NewReader("# comment\n\n"+tc.line+"\n"), "f.conf")
			if tc.line[0] == ' ' {
				// A value holding a blank is no interface name: the line parses, the value does not.
				if err == nil || !errors.Is(err, ErrValue) {
					t.Fatalf("err = %v, want ErrValue", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := tc.get(s); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			name := strings.Fields(tc.line)[0]
			if !s.IsSet(name) {
				t.Errorf("%s not reported as set", name)
			}
		})
		covered[strings.Fields(tc.line)[0]] = true
	}
	for _, v := range serverVars {
		if !covered[v.name] {
			t.Errorf("no test sets %s", v.name)
		}
	}
}

func TestServerRefusals(t *testing.T) {
	tests := []struct {
		text string
		line int
		want error
	}{
		{"MAX_SPA_PACKET_AGE abc;", 2, ErrValue},
		{"MAX_SPA_PACKET_AGE 0;", 2, ErrValue},
		{"MAX_SPA_PACKET_AGE 100001;", 2, ErrValue},
		{"MAX_SPA_PACKET_AGE 12ab;", 2, ErrValue},
		{"MAX_SPA_PACKET_AGE -1;", 2, ErrValue},
		{"ENABLE_UDP_SERVER maybe;", 2, ErrValue},
		{"FLUSH_IPT_AT_INIT 1;", 2, ErrValue},
		{"UDPSERV_PORT 0;", 2, ErrValue},
		{"UDPSERV_PORT 65536;", 2, ErrValue},
		{"TCPSERV_PORT 70000;", 2, ErrValue},
		{"PCAP_DISPATCH_COUNT 0;", 2, ErrValue},
		{"PCAP_LOOP_SLEEP 99999999;", 2, ErrValue},
		{"MAX_SNIFF_BYTES 40000;", 2, ErrValue},
		{"RULES_CHECK_THRESHOLD 131072;", 2, ErrValue},
		{"CMD_EXEC_TIMEOUT 0;", 2, ErrValue},
		{"SNAT_TRANSLATE_IP 203.0.113;", 2, ErrValue},
		{"SNAT_TRANSLATE_IP fe80::1%eth0;", 2, ErrValue},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, 1, FWKNOP_INPUT;", 2, ErrValue},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, x, FWKNOP_INPUT, 1;", 2, ErrValue},
		{"IPT_INPUT_ACCESS ACCEPT, filter, INPUT, 1, FWKNOP-INPUT, 1;", 2, ErrValue},
		{"IPT_INPUT_ACCESS ACCEPT, , INPUT, 1, FWKNOP_INPUT, 1;", 2, ErrValue},
		{"IPT_DNAT_ACCESS DNAT, nat, PREROUTING, 65537, FWKNOP_PREROUTING, 1;", 2, ErrValue},
		{"PCAP_INTF eth0 eth1;", 2, ErrValue},
		{"PCAP_INTF averyveryverylongname;", 2, ErrValue},
		{"PCAP_FILTER " + strings.Repeat("x", 1025) + ";", 2, ErrSyntax}, // longer than a stock line
		{"VERBOSE -1;", 2, ErrValue},
		{"FIREWALL_BACKEND pf;", 2, ErrValue},
		{"NFT_TABLE bridge filter;", 2, ErrValue},
		{"NFT_TABLE a b c;", 2, ErrValue},
		{"NFT_CHAIN in put;", 2, ErrValue},
		{"DIGEST_FILE $NO_SUCH_VAR/x;", 2, ErrValue},
		{"PCAP_INTF;", 2, ErrSyntax},
		{"PCAP_INTF", 2, ErrSyntax},
		{"PCAP_INTF ;", 2, ErrSyntax},
		{"PCAP_INTF lo\x00;", 2, ErrSyntax},
		{"PCAP_INTF " + strings.Repeat("x", maxLineLen+1), 2, ErrSyntax},
	}
	for _, tc := range tests {
		name := tc.text
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			_, _, err := ParseServer(strings.NewReader("PCAP_INTF lo;\n"+tc.text+"\nPCAP_INTF eth0\n"), "f.conf")
			assertErr(t, err, "f.conf", tc.line, tc.want)
		})
	}
}

// assertErr checks err is an *Error at file:line wrapping want, printed as "file:line: ...".
func assertErr(t *testing.T, err error, file string, line int, want error) {
	t.Helper()
	if err == nil {
		t.Fatal("accepted, want an error")
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if e.File != file || e.Line != line {
		t.Errorf("error at %s:%d, want %s:%d (%v)", e.File, e.Line, file, line, err)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %v does not wrap %v", err, want)
	}
	if prefix := place(file, line) + ": "; !strings.HasPrefix(err.Error(), prefix) {
		t.Errorf("error text %q does not start with %q", err.Error(), prefix)
	}
}

func TestServerWarnings(t *testing.T) {
	_, w := parseServer(t, strings.Join([]string{
		"SYSLOG_IDENTITY fwknopd;",    // 1
		"SYSLOG_FACILITY LOG_LOCAL7;", // 2
		"LOCALE C;",                   // 3
		"ENABLE_FIREWD_FORWARDING Y;", // 4
		"IPFW_START_RULE_NUM 10000;",  // 5
		"PF_ANCHOR_NAME fwknop;",      // 6
		"NO_SUCH_THING 1;",            // 7
		"PCAP_LOOP_SLEEP 1;",          // 8
		"FLUSH_IPT_AT_INIT Y;",        // 9
		"FLUSH_IPT_AT_EXIT N;",        // 10
	}, "\n"))
	want := []string{
		"fwknopd.conf:1: SYSLOG_IDENTITY: Sesame logs to standard error",
		"fwknopd.conf:2: SYSLOG_FACILITY: Sesame logs to standard error",
		"fwknopd.conf:3: LOCALE is not supported",
		"fwknopd.conf:4: ENABLE_FIREWD_FORWARDING is not supported",
		"fwknopd.conf:5: IPFW_START_RULE_NUM is not supported",
		"fwknopd.conf:6: PF_ANCHOR_NAME is not supported",
		"fwknopd.conf:7: unknown variable NO_SUCH_THING",
		"fwknopd.conf:8: PCAP_LOOP_SLEEP: has no effect",
		"fwknopd.conf:9: FLUSH_IPT_AT_INIT Y: Sesame's firewall chains are flushed, so live grants will not survive a restart",
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

func TestServerUnknownNameNotEchoedWhenItMayBeAKey(t *testing.T) {
	secret := "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	_, w, err := ParseServer(strings.NewReader(secret+" x\n"), "f.conf")
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 1 || strings.Contains(w[0].String(), secret) {
		t.Errorf("warnings %v", w)
	}
	_, _, err = ParseServer(strings.NewReader(secret+"\n"), "f.conf")
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("error %v", err)
	}
}

func TestServerPacketAgingPCAPFileRule(t *testing.T) {
	s, _ := parseServer(t, "")
	if !s.PacketAging(false) || s.PacketAging(true) {
		t.Errorf("default: live %v, pcap file %v; want true, false", s.PacketAging(false), s.PacketAging(true))
	}
	s, _ = parseServer(t, "ENABLE_SPA_PACKET_AGING Y;")
	if !s.PacketAging(true) {
		t.Error("explicit Y not honoured for a pcap file")
	}
	s, _ = parseServer(t, "ENABLE_SPA_PACKET_AGING N;")
	if s.PacketAging(false) {
		t.Error("explicit N not honoured")
	}
}

func TestServerExpansion(t *testing.T) {
	s, _ := parseServer(t, "FWKNOP_RUN_DIR /srv/run/\nDIGEST_FILE $FWKNOP_RUN_DIR/d.cache\nFWKNOP_PID_FILE $FWKNOP_RUN_DIRp.pid\nFWKNOP_RUN_DIR /other\n")
	if s.DigestFile != "/srv/run//d.cache" || s.PIDFile != "/srv/run/p.pid" {
		t.Errorf("digest %q pid %q", s.DigestFile, s.PIDFile)
	}
	// Expansion reads the value at that point; a later change does not follow.
	if s.RunDir != "/other" {
		t.Errorf("run dir %q", s.RunDir)
	}
	// Unset derived paths follow the run dir, also when set as a command-line option.
	s, _ = parseServer(t, "FWKNOP_RUN_DIR /a\n")
	if err := s.Set("FWKNOP_RUN_DIR", "/b"); err != nil {
		t.Fatal(err)
	}
	if s.PIDFile != "/b/fwknopd.pid" || s.DigestFile != "/b/digest.cache" {
		t.Errorf("pid %q digest %q", s.PIDFile, s.DigestFile)
	}
	if err := s.Set("PCAP_INTF", "a b"); !errors.Is(err, ErrValue) {
		t.Errorf("Set bad value: %v", err)
	}
	if err := s.Set("NOPE", "x"); !errors.Is(err, ErrValue) {
		t.Errorf("Set unknown: %v", err)
	}
}

func writeFile(t *testing.T, dir, name, text string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadServerOverride(t *testing.T) {
	dir := t.TempDir()
	main := writeFile(t, dir, "fwknopd.conf", "PCAP_INTF eth0;\nMAX_SPA_PACKET_AGE 60;\nENABLE_UDP_SERVER Y;\n", 0o600)
	o1 := writeFile(t, dir, "o1.conf", "PCAP_INTF lo;\n", 0o600)
	o2 := writeFile(t, dir, "o2.conf", "MAX_SPA_PACKET_AGE 30;\nPCAP_INTF eth9\n", 0o644)
	s, w, err := LoadServer(main, o1, o2)
	if err != nil {
		t.Fatal(err)
	}
	if s.PCAPIntf != "eth9" || s.MaxSPAPacketAge != 30*time.Second || !s.EnableUDPServer {
		t.Errorf("override not applied: intf %q age %v udp %v", s.PCAPIntf, s.MaxSPAPacketAge, s.EnableUDPServer)
	}
	if !reflect.DeepEqual(s.Files, []string{main, o1, o2}) {
		t.Errorf("files %v", s.Files)
	}
	if len(w) != 1 || w[0].File != o2 || !strings.Contains(w[0].Msg, "permissions 0644") {
		t.Errorf("warnings %v, want one about %s's mode", w, o2)
	}
	bad := writeFile(t, dir, "bad.conf", "\n\nUDPSERV_PORT x\n", 0o600)
	_, _, err = LoadServer(main, bad)
	assertErr(t, err, bad, 3, ErrValue)
	_, _, err = LoadServer(filepath.Join(dir, "missing.conf"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	_, _, err = LoadServer(dir)
	assertErr(t, err, dir, 0, ErrFile)
}

func TestServerDump(t *testing.T) {
	s, _ := parseServer(t, "PCAP_INTF lo;\nSNAT_TRANSLATE_IP 198.51.100.1\n")
	var b bytes.Buffer
	s.Dump(&b)
	out := b.String()
	for _, want := range []string{
		"Current fwknopd config settings:\n",
		"  0. CONFIG_FILE                  =  'fwknopd.conf'\n",
		"  1. OVERRIDE_CONFIG              =  '<not set>'\n",
		"PCAP_INTF                    =  'lo'\n",
		"SNAT_TRANSLATE_IP            =  '198.51.100.1'\n",
		"IPT_INPUT_ACCESS             =  'ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1'\n",
		"MAX_SPA_PACKET_AGE           =  '120'\n",
		"PCAP_LOOP_SLEEP              =  '100000'\n",
		"FLUSH_IPT_AT_INIT            =  'N'\n",
		"ACCESS_FOLDER                =  '<not set>'\n",
		"FIREWALL_BACKEND             =  'iptables'\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dump lacks %q:\n%s", want, out)
		}
	}
	// Every dumped value reads back to the same configuration.
	var round strings.Builder
	for _, v := range serverVars {
		if val := v.show(s); val != "" {
			round.WriteString(v.name + " " + val + ";\n")
		}
	}
	s2, _ := parseServer(t, round.String())
	s2.Files, s2.set = s.Files, s.set
	if !reflect.DeepEqual(s, s2) {
		t.Errorf("dumped values do not read back:\n%s", round.String())
	}
}

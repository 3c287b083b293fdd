package config

import (
	"strconv"
	"strings"
	"time"
)

// serverVar is one implemented fwknopd.conf variable.
type serverVar struct {
	name  string
	parse func(s *Server, v string) error
	show  func(s *Server) string
	note  string // a warning given whenever the variable is set
}

func (v serverVar) isTrue(s *Server) bool { return v.show(s) == "Y" }

func boolVar(name string, f func(*Server) *bool) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) (err error) { *f(s), err = parseBool(v); return },
		show:  func(s *Server) string { return yn(*f(s)) }}
}

func intVar(name string, lo, hi int, f func(*Server) *int) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) (err error) { *f(s), err = parseInt(v, lo, hi); return },
		show:  func(s *Server) string { return strconv.Itoa(*f(s)) }}
}

func portVar(name string, f func(*Server) *uint16) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) (err error) { *f(s), err = parsePort(v); return },
		show:  func(s *Server) string { return strconv.Itoa(int(*f(s))) }}
}

// durVar is an integer count of unit in [lo, hi].
func durVar(name string, unit time.Duration, lo, hi int, f func(*Server) *time.Duration) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) error {
			n, err := parseInt(v, lo, hi)
			*f(s) = time.Duration(n) * unit
			return err
		},
		show: func(s *Server) string { return strconv.FormatInt(int64(*f(s)/unit), 10) }}
}

// strVar is a string with an optional check.
func strVar(name string, check func(string) error, f func(*Server) *string) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) error {
			if check != nil {
				if err := check(v); err != nil {
					return err
				}
			}
			*f(s) = v
			return nil
		},
		show: func(s *Server) string { return *f(s) }}
}

func chainVar(name string, f func(*Server) *Chain) serverVar {
	return serverVar{name: name,
		parse: func(s *Server, v string) (err error) {
			c, err := ParseChain(v)
			if err == nil {
				err = checkTarget(c.Target)
			}
			if err != nil {
				// The stock's "Invalid IPT_INPUT_ACCESS specification".
				return &valueError{sentinel: ErrValue, msg: "specification is invalid (see fwknopd.conf comments): " + err.Error(), lead: true}
			}
			*f(s) = c
			return nil
		},
		show: func(s *Server) string { return f(s).String() }}
}

// Stock range limits (RCHK_* in server/fwknopd_common.h).
const (
	maxPCAPLoopSleep     = 2 << 22
	maxPCAPDispatchCount = 2 << 22
	maxSPAPacketAge      = 100000
	maxSniffBytes        = 2 << 14
	maxRulesCheck        = (2 << 16) - 1
	maxFWTimeout         = 2 << 22
	maxPCAPFilterLen     = 1024
	maxIfNameLen         = 15 // IFNAMSIZ-1 on Linux
)

// serverVars lists the implemented variables in the stock config_map order
// (server/cmd_opts.h), then Sesame's own; Dump prints them in this order.
var serverVars = []serverVar{
	strVar("PCAP_INTF", checkIfName, func(s *Server) *string { return &s.PCAPIntf }),
	boolVar("ENABLE_PCAP_PROMISC", func(s *Server) *bool { return &s.EnablePCAPPromisc }),
	strVar("PCAP_FILTER", checkFilter, func(s *Server) *string { return &s.PCAPFilter }),
	intVar("PCAP_DISPATCH_COUNT", 1, maxPCAPDispatchCount, func(s *Server) *int { return &s.PCAPDispatchCount }),
	withNote(durVar("PCAP_LOOP_SLEEP", time.Microsecond, 1, maxPCAPLoopSleep, func(s *Server) *time.Duration { return &s.PCAPLoopSleep }),
		"has no effect: Sesame captures in immediate mode, without a polling sleep"),
	boolVar("ENABLE_PCAP_ANY_DIRECTION", func(s *Server) *bool { return &s.EnablePCAPAnyDirection }),
	boolVar("EXIT_AT_INTF_DOWN", func(s *Server) *bool { return &s.ExitAtIntfDown }),
	intVar("MAX_SNIFF_BYTES", 1, maxSniffBytes, func(s *Server) *int { return &s.MaxSniffBytes }),
	boolVar("ENABLE_SPA_PACKET_AGING", func(s *Server) *bool { return &s.EnableSPAPacketAging }),
	durVar("MAX_SPA_PACKET_AGE", time.Second, 1, maxSPAPacketAge, func(s *Server) *time.Duration { return &s.MaxSPAPacketAge }),
	boolVar("ENABLE_DIGEST_PERSISTENCE", func(s *Server) *bool { return &s.EnableDigestPersistence }),
	intVar("RULES_CHECK_THRESHOLD", 0, maxRulesCheck, func(s *Server) *int { return &s.RulesCheckThreshold }),
	durVar("CMD_EXEC_TIMEOUT", time.Second, 1, maxFWTimeout, func(s *Server) *time.Duration { return &s.CmdExecTimeout }),
	boolVar("ENABLE_SPA_OVER_HTTP", func(s *Server) *bool { return &s.EnableSPAOverHTTP }),
	boolVar("ALLOW_ANY_USER_AGENT", func(s *Server) *bool { return &s.AllowAnyUserAgent }),
	boolVar("ENABLE_TCP_SERVER", func(s *Server) *bool { return &s.EnableTCPServer }),
	portVar("TCPSERV_PORT", func(s *Server) *uint16 { return &s.TCPServPort }),
	boolVar("ENABLE_UDP_SERVER", func(s *Server) *bool { return &s.EnableUDPServer }),
	portVar("UDPSERV_PORT", func(s *Server) *uint16 { return &s.UDPServPort }),
	boolVar("ENABLE_X_FORWARDED_FOR", func(s *Server) *bool { return &s.EnableXForwardedFor }),
	boolVar("ENABLE_DESTINATION_RULE", func(s *Server) *bool { return &s.EnableDestinationRule }),
	boolVar("ENABLE_RULE_PREPEND", func(s *Server) *bool { return &s.EnableRulePrepend }),
	boolVar("ENABLE_NAT_DNS", func(s *Server) *bool { return &s.EnableNATDNS }),
	boolVar("ENABLE_IPT_FORWARDING", func(s *Server) *bool { return &s.EnableIPTForwarding }),
	boolVar("ENABLE_IPT_LOCAL_NAT", func(s *Server) *bool { return &s.EnableIPTLocalNAT }),
	boolVar("ENABLE_IPT_SNAT", func(s *Server) *bool { return &s.EnableIPTSNAT }),
	{name: "SNAT_TRANSLATE_IP",
		parse: func(s *Server, v string) (err error) {
			if s.SNATTranslateIP, err = parseAddr(v); err != nil {
				return badValue("Invalid IPv4 addr for SNAT_TRANSLATE_IP: %v", err)
			}
			return nil
		},
		show: func(s *Server) string {
			if !s.SNATTranslateIP.IsValid() {
				return ""
			}
			return s.SNATTranslateIP.String()
		}},
	boolVar("ENABLE_IPT_OUTPUT", func(s *Server) *bool { return &s.EnableIPTOutput }),
	boolVar("FLUSH_IPT_AT_INIT", func(s *Server) *bool { return &s.FlushIPTAtInit }),
	boolVar("FLUSH_IPT_AT_EXIT", func(s *Server) *bool { return &s.FlushIPTAtExit }),
	chainVar("IPT_INPUT_ACCESS", func(s *Server) *Chain { return &s.IPTInputAccess }),
	chainVar("IPT_OUTPUT_ACCESS", func(s *Server) *Chain { return &s.IPTOutputAccess }),
	chainVar("IPT_FORWARD_ACCESS", func(s *Server) *Chain { return &s.IPTForwardAccess }),
	chainVar("IPT_DNAT_ACCESS", func(s *Server) *Chain { return &s.IPTDNATAccess }),
	chainVar("IPT_SNAT_ACCESS", func(s *Server) *Chain { return &s.IPTSNATAccess }),
	chainVar("IPT_MASQUERADE_ACCESS", func(s *Server) *Chain { return &s.IPTMasqueradeAccess }),
	boolVar("ENABLE_IPT_COMMENT_CHECK", func(s *Server) *bool { return &s.EnableIPTCommentCheck }),
	strVar("FWKNOP_RUN_DIR", checkAbsolute, func(s *Server) *string { return &s.RunDir }),
	strVar("FWKNOP_CONF_DIR", nil, func(s *Server) *string { return &s.ConfDir }),
	strVar("ACCESS_FILE", nil, func(s *Server) *string { return &s.AccessFile }),
	strVar("ACCESS_FOLDER", nil, func(s *Server) *string { return &s.AccessFolder }),
	strVar("FWKNOP_PID_FILE", nil, func(s *Server) *string { return &s.PIDFile }),
	strVar("DIGEST_FILE", nil, func(s *Server) *string { return &s.DigestFile }),
	strVar("GPG_HOME_DIR", nil, func(s *Server) *string { return &s.GPGHomeDir }),
	strVar("GPG_EXE", nil, func(s *Server) *string { return &s.GPGExe }),
	strVar("FIREWALL_EXE", nil, func(s *Server) *string { return &s.FirewallExe }),
	intVar("VERBOSE", 0, 100, func(s *Server) *int { return &s.Verbose }),
	{name: "FIREWALL_BACKEND",
		parse: func(s *Server, v string) error {
			switch b := Backend(strings.ToLower(v)); b {
			case IPTables, NFTables:
				s.FirewallBackend = b
				return nil
			}
			return badValue("want iptables or nftables, got %s", quote(v))
		},
		show: func(s *Server) string { return string(s.FirewallBackend) }},
	{name: "NFT_TABLE",
		parse: func(s *Server, v string) (err error) { s.NFTTable, err = parseNFTTable(v); return },
		show:  func(s *Server) string { return s.NFTTable.String() }},
	strVar("NFT_CHAIN", checkNFTName, func(s *Server) *string { return &s.NFTChain }),
	strVar("REPLAY_REDIS_URL", checkRedisURL, func(s *Server) *string { return &s.Redis.URL }),
	strVar("REPLAY_REDIS_PASSWORD_FILE", nil, func(s *Server) *string { return &s.Redis.PasswordFile }),
	strVar("REPLAY_REDIS_PREFIX", checkRedisPrefix, func(s *Server) *string { return &s.Redis.Prefix }),
	strVar("REPLAY_REDIS_POLICY", checkRedisPolicy, func(s *Server) *string { return &s.Redis.Policy }),
	durVar("REPLAY_REDIS_TIMEOUT", time.Millisecond, 1, maxRedisTimeout, func(s *Server) *time.Duration { return &s.Redis.Timeout }),
	withNote(strVar("SYSLOG_IDENTITY", nil, func(s *Server) *string { return &s.SyslogIdentity }), syslogNote),
	withNote(strVar("SYSLOG_FACILITY", checkFacility, func(s *Server) *string { return &s.SyslogFacility }), syslogNote),
}

const syslogNote = "Sesame logs to standard error (the journal), not to syslog; the value is only checked"

// checkFacility takes the facilities the stock's init_logging knows.
func checkFacility(v string) error {
	switch strings.ToUpper(v) {
	case "LOG_DAEMON", "LOG_LOCAL0", "LOG_LOCAL1", "LOG_LOCAL2", "LOG_LOCAL3", "LOG_LOCAL4", "LOG_LOCAL5", "LOG_LOCAL6", "LOG_LOCAL7":
		return nil
	}
	return badValue("Invalid SYSLOG_FACILITY %s, want LOG_DAEMON or LOG_LOCAL0..LOG_LOCAL7", quote(v))
}

func withNote(v serverVar, note string) serverVar {
	v.note = note
	return v
}

var serverVarIndex = func() map[string]serverVar {
	m := make(map[string]serverVar, len(serverVars))
	for _, v := range serverVars {
		m[v.name] = v
	}
	return m
}()

// stockOnlyServerVars are fwknopd.conf names of the stock daemon (any
// build) that Sesame does not implement, with the reason.
var stockOnlyServerVars = func() map[string]string {
	m := map[string]string{
		"CONFIG_FILE":            "use -c",
		"OVERRIDE_CONFIG":        "use -O",
		"PCAP_FILE":              "use --pcap-file",
		"UDPSERV_SELECT_TIMEOUT": "the UDP server does not poll",
		"LOCALE":                 "messages are not localised",
		"SUDO_EXE":               "commands are not run through sudo",
		"DIGEST_DB_FILE":         "the replay cache is DIGEST_FILE",
		"AFL_PKT_FILE":           "fuzzing hook of the stock build",
		"FAULT_INJECTION_TAG":    "test hook of the stock build",
	}
	for _, n := range []string{"ENABLE_NFQ_CAPTURE", "NFQ_INTERFACE", "NFQ_PORT", "NFQ_TABLE", "NFQ_CHAIN", "NFQ_QUEUE_NUMBER", "NFQ_LOOP_SLEEP"} {
		m[n] = "no netfilter-queue capture"
	}
	for _, n := range []string{"ENABLE_FIREWD_FORWARDING", "ENABLE_FIREWD_LOCAL_NAT", "ENABLE_FIREWD_SNAT", "ENABLE_FIREWD_OUTPUT",
		"FLUSH_FIREWD_AT_INIT", "FLUSH_FIREWD_AT_EXIT", "FIREWD_INPUT_ACCESS", "FIREWD_OUTPUT_ACCESS", "FIREWD_FORWARD_ACCESS",
		"FIREWD_DNAT_ACCESS", "FIREWD_SNAT_ACCESS", "FIREWD_MASQUERADE_ACCESS", "ENABLE_FIREWD_COMMENT_CHECK"} {
		m[n] = "firewalld builds only"
	}
	for _, n := range []string{"FLUSH_IPFW_AT_INIT", "FLUSH_IPFW_AT_EXIT", "IPFW_START_RULE_NUM", "IPFW_MAX_RULES",
		"IPFW_ACTIVE_SET_NUM", "IPFW_EXPIRE_SET_NUM", "IPFW_EXPIRE_PURGE_INTERVAL", "IPFW_ADD_CHECK_STATE"} {
		m[n] = "ipfw builds only"
	}
	for _, n := range []string{"PF_ANCHOR_NAME", "PF_EXPIRE_INTERVAL"} {
		m[n] = "pf builds only"
	}
	return m
}()

func checkIfName(v string) error {
	if len(v) > maxIfNameLen || strings.ContainsAny(v, " \t/") {
		return badValue("not an interface name: %s", quote(v))
	}
	return nil
}

func checkFilter(v string) error {
	if len(v) > maxPCAPFilterLen {
		return badValue("longer than %d characters", maxPCAPFilterLen)
	}
	return nil
}

func checkNFTName(v string) error {
	if len(v) > 255 {
		return badValue("name longer than 255 characters")
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c == '_' || c == '-' || c == '.' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return badValue("not an nftables name: %s", quote(v))
		}
	}
	return nil
}

func parseNFTTable(v string) (NFTTable, error) {
	f := strings.Fields(v)
	t := NFTTable{Family: "inet"}
	switch len(f) {
	case 1:
		t.Name = f[0]
	case 2:
		t.Family, t.Name = strings.ToLower(f[0]), f[1]
		if t.Family != "ip" && t.Family != "ip6" && t.Family != "inet" {
			return NFTTable{}, badValue("family must be ip, ip6 or inet, got %s", quote(f[0]))
		}
	default:
		return NFTTable{}, badValue("want [family] name, got %s", quote(v))
	}
	return t, checkNFTName(t.Name)
}

package config

import (
	"fmt"
	"io"
	"net/netip"
	"strings"
	"time"
)

// Backend selects the firewall implementation (Sesame's FIREWALL_BACKEND).
type Backend string

const (
	IPTables Backend = "iptables" // the stock FWKNOP_* chains through iptables (default)
	NFTables Backend = "nftables" // a timed set hooked into the administrator's own chain
)

// NFTTable is NFT_TABLE: "[family] name", family ip, ip6 or inet (default inet).
type NFTTable struct {
	Family string
	Name   string
}

func (t NFTTable) String() string { return t.Family + " " + t.Name }

// Stock defaults (server/fwknopd_common.h; paths as Debian builds them).
const (
	DefaultConfDir     = "/etc/fwknop"
	DefaultConfigFile  = DefaultConfDir + "/fwknopd.conf"
	DefaultAccessFile  = DefaultConfDir + "/access.conf"
	DefaultRunDir      = "/run/fwknop"
	DefaultFirewallExe = "/usr/sbin/iptables"
	pidFileName        = "fwknopd.pid"
	digestFileName     = "digest.cache"
)

// Server is the effective fwknopd.conf: stock defaults, then each file in
// order, then Set calls (command-line options). Field comments name the
// variable.
type Server struct {
	Files []string // the files read, in order: the config file, then -O overrides

	PCAPIntf               string        // PCAP_INTF (eth0)
	EnablePCAPPromisc      bool          // ENABLE_PCAP_PROMISC (N)
	PCAPFilter             string        // PCAP_FILTER (udp port 62201)
	PCAPDispatchCount      int           // PCAP_DISPATCH_COUNT (100)
	PCAPLoopSleep          time.Duration // PCAP_LOOP_SLEEP in µs (100000); unused: Sesame captures in immediate mode
	EnablePCAPAnyDirection bool          // ENABLE_PCAP_ANY_DIRECTION (N)
	ExitAtIntfDown         bool          // EXIT_AT_INTF_DOWN (Y)
	MaxSniffBytes          int           // MAX_SNIFF_BYTES (1500)

	// EnableSPAPacketAging is ENABLE_SPA_PACKET_AGING (Y). The stock daemon
	// turns it off by default when reading a pcap file: use PacketAging.
	EnableSPAPacketAging    bool
	MaxSPAPacketAge         time.Duration // MAX_SPA_PACKET_AGE in seconds (120)
	EnableDigestPersistence bool          // ENABLE_DIGEST_PERSISTENCE (Y)
	RulesCheckThreshold     int           // RULES_CHECK_THRESHOLD (20)
	CmdExecTimeout          time.Duration // CMD_EXEC_TIMEOUT in seconds (5; the stock daemon ignores it)

	EnableSPAOverHTTP   bool   // ENABLE_SPA_OVER_HTTP (N)
	AllowAnyUserAgent   bool   // ALLOW_ANY_USER_AGENT (N)
	EnableTCPServer     bool   // ENABLE_TCP_SERVER (N)
	TCPServPort         uint16 // TCPSERV_PORT (62201)
	EnableUDPServer     bool   // ENABLE_UDP_SERVER (N)
	UDPServPort         uint16 // UDPSERV_PORT (62201)
	EnableXForwardedFor bool   // ENABLE_X_FORWARDED_FOR (N)

	EnableDestinationRule bool // ENABLE_DESTINATION_RULE (N)
	EnableRulePrepend     bool // ENABLE_RULE_PREPEND (N)
	EnableNATDNS          bool // ENABLE_NAT_DNS (Y)

	EnableIPTForwarding   bool       // ENABLE_IPT_FORWARDING (N)
	EnableIPTLocalNAT     bool       // ENABLE_IPT_LOCAL_NAT (N)
	EnableIPTSNAT         bool       // ENABLE_IPT_SNAT (N)
	SNATTranslateIP       netip.Addr // SNAT_TRANSLATE_IP (unset: MASQUERADE)
	EnableIPTOutput       bool       // ENABLE_IPT_OUTPUT (N)
	FlushIPTAtInit        bool       // FLUSH_IPT_AT_INIT (Sesame: N; stock: Y)
	FlushIPTAtExit        bool       // FLUSH_IPT_AT_EXIT (Sesame: N; stock: Y)
	IPTInputAccess        Chain      // IPT_INPUT_ACCESS
	IPTOutputAccess       Chain      // IPT_OUTPUT_ACCESS
	IPTForwardAccess      Chain      // IPT_FORWARD_ACCESS
	IPTDNATAccess         Chain      // IPT_DNAT_ACCESS
	IPTSNATAccess         Chain      // IPT_SNAT_ACCESS
	IPTMasqueradeAccess   Chain      // IPT_MASQUERADE_ACCESS
	EnableIPTCommentCheck bool       // ENABLE_IPT_COMMENT_CHECK (Y)

	RunDir       string // FWKNOP_RUN_DIR (/run/fwknop)
	ConfDir      string // FWKNOP_CONF_DIR (/etc/fwknop)
	AccessFile   string // ACCESS_FILE (/etc/fwknop/access.conf)
	AccessFolder string // ACCESS_FOLDER (unset)
	PIDFile      string // FWKNOP_PID_FILE ($FWKNOP_RUN_DIR/fwknopd.pid)
	DigestFile   string // DIGEST_FILE ($FWKNOP_RUN_DIR/digest.cache)
	GPGHomeDir   string // GPG_HOME_DIR (/root/.gnupg): default for GPG stanzas without one
	GPGExe       string // GPG_EXE (/usr/bin/gpg)
	FirewallExe  string // FIREWALL_EXE (/usr/sbin/iptables)
	Verbose      int    // VERBOSE (0)

	FirewallBackend Backend  // FIREWALL_BACKEND (iptables)
	NFTTable        NFTTable // NFT_TABLE (inet filter)
	NFTChain        string   // NFT_CHAIN (input)

	Redis Redis // REPLAY_REDIS_*: the fleet's shared replay cache (redis.go)

	// SYSLOG_IDENTITY (fwknopd) and SYSLOG_FACILITY (LOG_DAEMON): checked
	// and shown by -D as the stock's; Sesame logs to standard error (the
	// journal), so they change nothing.
	SyslogIdentity string
	SyslogFacility string

	set map[string]string // variable name → "file:line" (or "command line") where set
}

// NewServer returns the defaults, as if from an empty fwknopd.conf.
func NewServer() *Server {
	s := &Server{
		PCAPIntf:                "eth0",
		SyslogIdentity:          "fwknopd",
		SyslogFacility:          "LOG_DAEMON",
		PCAPFilter:              "udp port 62201",
		PCAPDispatchCount:       100,
		PCAPLoopSleep:           100000 * time.Microsecond,
		ExitAtIntfDown:          true,
		MaxSniffBytes:           1500,
		EnableSPAPacketAging:    true,
		MaxSPAPacketAge:         120 * time.Second,
		EnableDigestPersistence: true,
		RulesCheckThreshold:     20,
		CmdExecTimeout:          5 * time.Second,
		TCPServPort:             62201,
		UDPServPort:             62201,
		EnableNATDNS:            true,
		IPTInputAccess:          mustChain("ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1"),
		IPTOutputAccess:         mustChain("ACCEPT, filter, OUTPUT, 1, FWKNOP_OUTPUT, 1"),
		IPTForwardAccess:        mustChain("ACCEPT, filter, FORWARD, 1, FWKNOP_FORWARD, 1"),
		IPTDNATAccess:           mustChain("DNAT, nat, PREROUTING, 1, FWKNOP_PREROUTING, 1"),
		IPTSNATAccess:           mustChain("SNAT, nat, POSTROUTING, 1, FWKNOP_POSTROUTING, 1"),
		IPTMasqueradeAccess:     mustChain("MASQUERADE, nat, POSTROUTING, 1, FWKNOP_MASQUERADE, 1"),
		EnableIPTCommentCheck:   true,
		RunDir:                  DefaultRunDir,
		ConfDir:                 DefaultConfDir,
		AccessFile:              DefaultAccessFile,
		GPGHomeDir:              "/root/.gnupg",
		GPGExe:                  "/usr/bin/gpg",
		FirewallExe:             DefaultFirewallExe,
		FirewallBackend:         IPTables,
		NFTTable:                NFTTable{Family: "inet", Name: "filter"},
		NFTChain:                "input",
		Redis:                   defaultRedis(),
		set:                     map[string]string{},
	}
	s.derive()
	return s
}

// derive fills the paths that default to a place under FWKNOP_RUN_DIR.
func (s *Server) derive() {
	if _, ok := s.set["FWKNOP_PID_FILE"]; !ok {
		s.PIDFile = joinRunDir(s.RunDir, pidFileName)
	}
	if _, ok := s.set["DIGEST_FILE"]; !ok {
		s.DigestFile = joinRunDir(s.RunDir, digestFileName)
	}
}

func joinRunDir(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// ParseServer reads one fwknopd.conf from r over the defaults; name is used
// in messages. For tests and for config that is not in a file.
func ParseServer(r io.Reader, name string) (*Server, []Warning, error) {
	s := NewServer()
	ws, err := s.parse(r, name)
	if err != nil {
		return nil, nil, err
	}
	return s, append(ws, s.finalWarnings()...), nil
}

// LoadServer reads the config file paths[0] and then each -O override file
// in order, later values replacing earlier ones. Each file also gets the
// stock permission check (a warning). A FIREWALL_EXE the iptables backend
// could not run is refused at its place (checkFirewallExe).
func LoadServer(paths ...string) (*Server, []Warning, error) {
	if len(paths) == 0 {
		paths = []string{DefaultConfigFile}
	}
	s := NewServer()
	var warns []Warning
	for _, p := range paths {
		ws, err := s.load(osFS{}, p)
		if err != nil {
			return nil, nil, err
		}
		warns = append(warns, ws...)
	}
	w, err := s.checkFirewallExe(osFS{})
	if err != nil {
		return nil, nil, err
	}
	if w != nil {
		warns = append(warns, *w)
	}
	return s, append(warns, s.finalWarnings()...), nil
}

func (s *Server) load(fsys fileSystem, path string) ([]Warning, error) {
	f, warns, err := openConfig(fsys, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ws, err := s.parse(f, path)
	if err != nil {
		return nil, err
	}
	return append(warns, ws...), nil
}

func (s *Server) parse(r io.Reader, file string) ([]Warning, error) {
	entries, err := readEntriesWorded(r, file, "Invalid config file entry")
	if err != nil {
		return nil, err
	}
	s.Files = append(s.Files, file)
	var warns []Warning
	for _, e := range entries {
		w, err := s.apply(e, file)
		if err != nil {
			return nil, err
		}
		if w != "" {
			warns = append(warns, Warning{File: file, Line: e.line, Msg: w})
		}
	}
	return warns, nil
}

// apply sets one entry; it returns a warning text for names it does not use.
func (s *Server) apply(e entry, file string) (string, error) {
	v, ok := serverVarIndex[e.name]
	if !ok {
		if why, known := stockOnlyServerVars[e.name]; known {
			return e.name + " is not supported by Sesame (" + why + "); ignored", nil
		}
		return "unknown variable " + shownName(e.name) + "; ignored", nil
	}
	val, err := s.expand(e.value)
	if err != nil {
		return "", atServer(err, file, e.line, e.name)
	}
	if err := v.parse(s, val); err != nil {
		return "", atServer(err, file, e.line, e.name)
	}
	s.set[e.name] = place(file, e.line)
	s.derive()
	if v.note != "" {
		return e.name + ": " + v.note, nil
	}
	return "", nil
}

// expand replaces a leading $NAME with that variable's current value, as
// the stock parser does ("$FWKNOP_RUN_DIR/digest.cache"). Unlike the stock
// parser, the variable's default counts when it was not set earlier.
func (s *Server) expand(val string) (string, error) {
	if !strings.HasPrefix(val, "$") {
		return val, nil
	}
	n := 1
	for n < len(val) && (val[n] >= 'A' && val[n] <= 'Z' || val[n] == '_') {
		n++
	}
	ref, ok := serverVarIndex[val[1:n]]
	if !ok {
		return "", badValue("Invalid embedded variable in %s (unknown variable)", quote(val))
	}
	return ref.show(s) + val[n:], nil
}

// Set applies one variable by its fwknopd.conf name, as a command-line
// option does (-i PCAP_INTF, -d DIGEST_FILE, -p FWKNOP_PID_FILE, -P
// PCAP_FILTER, -r FWKNOP_RUN_DIR, -a ACCESS_FILE).
func (s *Server) Set(name, value string) error {
	v, ok := serverVarIndex[name]
	if !ok {
		return errorf(ErrValue, "command line", 0, "unknown variable %s", shownName(name))
	}
	if err := v.parse(s, value); err != nil {
		return atServer(err, "command line", 0, name)
	}
	s.set[name] = "command line"
	s.derive()
	return nil
}

// IsSet reports whether a variable was set by a file or Set rather than
// left at its default.
func (s *Server) IsSet(name string) bool {
	_, ok := s.set[name]
	return ok
}

// PacketAging is the effective ENABLE_SPA_PACKET_AGING: when reading a pcap
// file (--pcap-file) it defaults to N unless set explicitly, as in the
// stock daemon.
func (s *Server) PacketAging(readingPCAPFile bool) bool {
	if readingPCAPFile && !s.IsSet("ENABLE_SPA_PACKET_AGING") {
		return false
	}
	return s.EnableSPAPacketAging
}

func (s *Server) finalWarnings() []Warning {
	var ws []Warning
	for _, name := range []string{"FLUSH_IPT_AT_INIT", "FLUSH_IPT_AT_EXIT"} {
		where, ok := s.set[name]
		if !ok || !serverVarIndex[name].isTrue(s) {
			continue
		}
		file, line := splitPlace(where)
		ws = append(ws, Warning{File: file, Line: line,
			Msg: name + " Y: Sesame's firewall chains are flushed, so live grants will not survive a restart"})
	}
	return ws
}

func splitPlace(p string) (string, int) {
	if i := strings.LastIndexByte(p, ':'); i >= 0 {
		var n int
		if _, err := fmt.Sscanf(p[i+1:], "%d", &n); err == nil {
			return p[:i], n
		}
	}
	return p, 0
}

// Dump prints the effective values like `fwknopd -D`.
func (s *Server) Dump(w io.Writer) {
	fmt.Fprintln(w, "Current fwknopd config settings:")
	rows := [][2]string{{"CONFIG_FILE", notSet(first(s.Files))}, {"OVERRIDE_CONFIG", notSet(strings.Join(rest(s.Files), ","))}}
	for _, v := range serverVars {
		rows = append(rows, [2]string{v.name, notSet(v.show(s))})
	}
	for i, r := range rows {
		fmt.Fprintf(w, "%3d. %-28s =  '%s'\n", i, r[0], r[1])
	}
	fmt.Fprintln(w)
}

func first(f []string) string {
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func rest(f []string) []string {
	if len(f) < 2 {
		return nil
	}
	return f[1:]
}

func notSet(v string) string {
	if v == "" {
		return "<not set>"
	}
	return v
}

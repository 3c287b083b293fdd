package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/server/internal/daemon"
)

// action is what a command line asks for besides running the daemon.
type action int

const (
	serve action = iota
	help
	version
	kill
	status
	restart
	dumpConfig
	parseConfig
	fwList
	fwListAll
	fwFlush
	newClient
	rotateClient
	revokeClient
	lockdownPorts
)

// cmdline is a parsed command line.
type cmdline struct {
	opts   daemon.Options
	action action

	client   string // --new-client, --rotate-client, --revoke-client NAME
	server   string // --server HOST[:PORT] for the client's profile
	open     string // --open tcp/22[,...]
	source   string // --source for a new client's stanza
	lockdown string // --lockdown PORTS, or "off"
	yes      bool   // --yes: no confirmation for --lockdown
	keyGen   keyGenOpts
	given    []action // every action flag, in order (checkExclusive)
	locale   string   // -l: only checked (checkLocale)
}

func clientAction(a action) func(*cmdline, string) error {
	return func(c *cmdline, v string) error { c.action, c.client = a, v; return nil }
}

// option is one flag, spelt as the stock fwknopd's getopt_long table
// (server/cmd_opts.h) spells it.
type option struct {
	short byte   // 0: long only
	long  string // "" never
	value bool   // takes an argument
	apply func(c *cmdline, v string) error
}

func setVar(name string) func(*cmdline, string) error {
	return func(c *cmdline, v string) error {
		c.opts.Set = append(c.opts.Set, daemon.Setting{Name: name, Value: v})
		return nil
	}
}

func do(a action) func(*cmdline, string) error {
	return func(c *cmdline, _ string) error { c.action, c.given = a, append(c.given, a); return nil }
}

func flag(f func(*cmdline)) func(*cmdline, string) error {
	return func(c *cmdline, _ string) error { f(c); return nil }
}

var options = []option{
	{'a', "access-file", true, setVar("ACCESS_FILE")},
	{0, "access-folder", true, dirSetting("ACCESS_FOLDER", "access folder")},
	{'c', "config-file", true, func(c *cmdline, v string) error { c.opts.ConfigFile = v; return nil }},
	{'C', "packet-limit", true, func(c *cmdline, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 2<<30 {
			return fmt.Errorf("invalid -C packet count limit %q", v)
		}
		c.opts.PacketLimit = n
		return nil
	}},
	{'d', "digest-file", true, setVar("DIGEST_FILE")},
	{'D', "dump-config", false, do(dumpConfig)},
	{0, "exit-parse-config", false, do(parseConfig)},
	{'f', "foreground", false, flag(func(c *cmdline) { c.opts.Foreground = true })},
	{0, "fw-flush", false, do(fwFlush)},
	{0, "fw-list", false, do(fwList)},
	{0, "fw-list-all", false, do(fwListAll)},
	{0, "gpg-home-dir", true, dirSetting("GPG_HOME_DIR", "gpg home")},
	{'h', "help", false, do(help)},
	{'i', "interface", true, setVar("PCAP_INTF")},
	{'K', "kill", false, do(kill)},
	{0, "lockdown", true, func(c *cmdline, v string) error { c.action, c.lockdown = lockdownPorts, v; return nil }},
	{0, "new-client", true, clientAction(newClient)},
	{0, "open", true, func(c *cmdline, v string) error { c.open = v; return nil }},
	{0, "revoke-client", true, clientAction(revokeClient)},
	{0, "rotate-client", true, clientAction(rotateClient)},
	{0, "server", true, func(c *cmdline, v string) error { c.server = v; return nil }},
	{0, "source", true, func(c *cmdline, v string) error { c.source = v; return nil }},
	{0, "yes", false, flag(func(c *cmdline) { c.yes = true })},
	{0, "log-json", false, flag(func(c *cmdline) { c.opts.LogJSON = true })},
	{'O', "override-config", true, func(c *cmdline, v string) error {
		// The stock daemon takes a comma-separated list.
		c.opts.Overrides = append(c.opts.Overrides, strings.Split(v, ",")...)
		return nil
	}},
	{'p', "pid-file", true, setVar("FWKNOP_PID_FILE")},
	{'P', "pcap-filter", true, setVar("PCAP_FILTER")},
	{0, "pcap-any-direction", false, func(c *cmdline, _ string) error {
		return setVar("ENABLE_PCAP_ANY_DIRECTION")(c, "Y")
	}},
	{0, "pcap-file", true, func(c *cmdline, v string) error { c.opts.PCAPFile = v; return nil }},
	{'R', "restart", false, do(restart)},
	{'r', "run-dir", true, setVar("FWKNOP_RUN_DIR")},
	{0, "rotate-digest-cache", false, flag(func(c *cmdline) { c.opts.RotateCache = true })},
	{'S', "status", false, do(status)},
	{'t', "test", false, flag(func(c *cmdline) { c.opts.Test = true })},
	{'U', "udp-server", false, flag(func(c *cmdline) { c.opts.UDPServer = true })},
	{'v', "verbose", false, flag(func(c *cmdline) { c.opts.Verbose++ })},
	{'V', "version", false, do(version)},
	// Stock flags added later (stockflags.go).
	{'k', "key-gen", false, do(keyGen)},
	{0, "key-gen-file", true, func(c *cmdline, v string) error { c.action, c.keyGen.file = keyGen, v; return nil }},
	{0, "key-len", true, keyLength("key length", maxRijndaelKeyLen, func(c *cmdline, n int) { c.keyGen.keyLen = n })},
	{0, "hmac-digest-type", true, setHMACType},
	{0, "hmac-key-len", true, keyLength("hmac key length", maxHMACKeyLen, func(c *cmdline, n int) { c.keyGen.hmacKeyLen = n })},
	{0, "no-ipt-check-support", false, flag(func(c *cmdline) { c.opts.NoIPTCheck = true })},
	{0, "exit-parse-digest-cache", false, do(parseDigestCache)},
	{0, "syslog-enable", false, ignored},
	{'l', "locale", true, func(c *cmdline, v string) error { c.locale = v; return nil }},
	{0, "dump-serv-err-codes", false, do(dumpErrCodes)},
	// NAT flags (issue 11). The stock accepts --no-firewd-check-support in
	// every build (firewalld's counterpart of --no-ipt-check-support);
	// Sesame has no firewalld backend, so it changes nothing.
	{0, "no-firewd-check-support", false, ignored},
}

// usageError is a command line that cannot be parsed.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseArgs reads args as getopt_long does: clustered short options
// (-fv, -vvv), a short option's value attached or in the next word (-cFILE,
// -c FILE), --long=value or --long value, unambiguous prefixes of long
// names, and "--" ending the options. fwknopd takes no operands.
func parseArgs(args []string) (*cmdline, error) {
	c := &cmdline{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		var err error
		switch {
		case a == "--":
			if i+1 < len(args) {
				return nil, usagef("unexpected argument %q", args[i+1])
			}
			return c, nil
		case strings.HasPrefix(a, "--"):
			i, err = c.long(args, i)
		case len(a) > 1 && a[0] == '-':
			i, err = c.short(args, i)
		default:
			err = usagef("unexpected argument %q", a)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := c.checkExclusive(); err != nil {
		return nil, err
	}
	c.settle()
	if c.opts.PCAPFile != "" {
		c.opts.Foreground = true // a file is read to its end, then fwknopd exits
	}
	return c, nil
}

func (c *cmdline) long(args []string, i int) (int, error) {
	name, val, hasVal := strings.Cut(args[i][2:], "=")
	o, err := lookupLong(name)
	if err != nil {
		return i, err
	}
	switch {
	case o.value && !hasVal:
		if i+1 >= len(args) {
			return i, usagef("option --%s needs a value", o.long)
		}
		i++
		val = args[i]
	case !o.value && hasVal:
		return i, usagef("option --%s takes no value", o.long)
	}
	return i, c.apply(o, val)
}

func (c *cmdline) short(args []string, i int) (int, error) {
	word := args[i]
	for j := 1; j < len(word); j++ {
		o := lookupShort(word[j])
		if o == nil {
			return i, usagef("unknown option -%c", word[j])
		}
		if !o.value {
			if err := c.apply(o, ""); err != nil {
				return i, err
			}
			continue
		}
		if j+1 < len(word) {
			return i, c.apply(o, word[j+1:])
		}
		if i+1 >= len(args) {
			return i, usagef("option -%c needs a value", o.short)
		}
		return i + 1, c.apply(o, args[i+1])
	}
	return i, nil
}

func (c *cmdline) apply(o *option, v string) error {
	if err := o.apply(c, v); err != nil {
		return &usageError{err.Error()}
	}
	return nil
}

func lookupShort(b byte) *option {
	for i := range options {
		if options[i].short == b {
			return &options[i]
		}
	}
	return nil
}

func lookupLong(name string) (*option, error) {
	var found []*option
	for i := range options {
		switch {
		case options[i].long == name:
			return &options[i], nil
		case name != "" && strings.HasPrefix(options[i].long, name):
			found = append(found, &options[i])
		}
	}
	switch len(found) {
	case 0:
		return nil, usagef("unknown option --%s", name)
	case 1:
		return found[0], nil
	}
	return nil, usagef("option --%s is ambiguous", name)
}

func usagef(format string, a ...any) error {
	return &usageError{fmt.Sprintf(format, a...)}
}

package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/client"
	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// knockCmd is one `sesame knock` invocation being put together.
type knockCmd struct {
	o         *knock.Options
	stanza    string
	rcFile    string
	noRC      bool
	verbose   bool
	test      bool
	keygen    bool
	help      bool
	version   bool
	listNames bool

	// The saved command line (savedargs.go).
	argsFile   string // -E
	lastCmd    bool   // -l
	showLast   bool   // --show-last
	noSaveArgs bool   // --no-save-args

	// -B, -b (savepacket.go); -K, --key-len, --hmac-key-len (keygenfile.go).
	packetFile   string
	packetAppend bool
	keyGenFile   string
	keyLen       int
	hmacKeyLen   int
	inputFD      int  // --stdin (0), --fd N; -1: neither (keyinput.go)
	saveRC       bool // --save-rc-stanza (rcstanza.go)
	forceStanza  bool // --force-stanza
	noHomeDir    bool // --no-home-dir (nohome.go)
}

func str(f func(o *knock.Options, v string)) func(*knockCmd, string) error {
	return func(c *knockCmd, v string) error { f(c.o, v); return nil }
}

func flag(f func(c *knockCmd)) func(*knockCmd, string) error {
	return func(c *knockCmd, _ string) error { f(c); return nil }
}

func gpgOpt(f func(o *knock.Options, v string)) func(*knockCmd, string) error {
	return func(c *knockCmd, v string) error { c.o.UseGPG = true; f(c.o, v); return nil }
}

// knockOptions are the stock client's flags for the same job, same names.
var knockOptions = []option[*knockCmd]{
	{short: 'A', long: "access", value: true, help: "ports to open, proto/port[,...] (like tcp/22)", set: str(func(o *knock.Options, v string) { o.Access = v })},
	{short: 'a', long: "allow-ip", value: true, help: "address to open the ports for", set: func(c *knockCmd, v string) error {
		a, err := knock.ParseAllowIP(v)
		c.o.AllowIP, c.o.ResolveIP = a, false
		return err
	}},
	{short: 's', long: "source-ip", help: "let the server open the ports for the packet's source address (0.0.0.0)", set: flag(func(c *knockCmd) { c.o.AllowIP, c.o.ResolveIP = "0.0.0.0", false })},
	// -R does not undo -a or -s: an address given wins, as in the stock client.
	{short: 'R', long: "resolve-ip-https", help: "learn the address to open from --resolve-url", set: flag(func(c *knockCmd) { c.o.ResolveIP = true })},
	{long: "resolve-ip-http", set: flag(func(c *knockCmd) { c.o.ResolveIP = true })},
	{long: "resolve-url", value: true, help: "URL whose reply is the external address (default " + knock.DefaultResolveURL + ")", set: str(func(o *knock.Options, v string) { o.ResolveURL = v })},
	{short: 'D', long: "destination", value: true, help: "the SPA server: host name, IPv4 or IPv6 address", set: func(c *knockCmd, v string) error {
		if v == "" {
			return usageErr("-D: empty server name")
		}
		c.o.Destination = v
		return nil
	}},
	{short: 'p', long: "server-port", value: true, help: "the server's SPA port (default 62201)", set: func(c *knockCmd, v string) (err error) {
		c.o.ServerPort, err = knock.ParsePort("server-port", v)
		return err
	}},
	{short: 'P', long: "server-proto", value: true, help: "udp (default), tcp, http, or udpraw, tcpraw, icmp (raw: need CAP_NET_RAW)", set: func(c *knockCmd, v string) (err error) {
		c.o.Transport, err = knock.ParseTransport(v)
		return err
	}},
	{short: 'u', long: "user-agent", value: true, help: "HTTP User-Agent for -P http and -R (default " + knock.DefaultUserAgent + ")", set: str(func(o *knock.Options, v string) { o.UserAgent = v })},
	{long: "server-resolve-ipv4", help: "use only IPv4 addresses of the -D host", set: flag(func(c *knockCmd) { c.o.ServerIPv4 = true })},
	{short: '4', long: "ipv4", help: "IPv4 only: for the -D host, the -R address and -a (sesame only)", set: family(knock.IPv4)},
	{short: '6', long: "ipv6", help: "IPv6 only: for the -D host, the -R address and -a (sesame only)", set: family(knock.IPv6)},
	{short: 'n', long: "named-config", value: true, meta: true, help: "use the stanza NAME of ~/.fwknoprc", set: func(c *knockCmd, v string) error { c.stanza = v; return nil }},
	{long: "rc-file", value: true, meta: true, help: "read this file instead of ~/.fwknoprc", set: func(c *knockCmd, v string) error { c.rcFile = v; return nil }},
	{long: "no-rc-file", meta: true, help: "read no rc file", set: flag(func(c *knockCmd) { c.noRC = true })},
	{long: "stanza-list", meta: true, help: "list the stanzas of the rc file", set: flag(func(c *knockCmd) { c.listNames = true })},
	{long: "key-rijndael", value: true, help: "Rijndael passphrase (visible to other users: prefer the file or variable)", set: str((*knock.Options).SetKey)},
	{long: "key-base64-rijndael", value: true, help: "Rijndael key, base64 (KEY_BASE64)", set: str((*knock.Options).SetKeyBase64)},
	{long: "key-rijndael-file", value: true, help: "read the Rijndael passphrase from a 0600 file", set: keyFile((*knock.Options).SetKey)},
	{long: "key-hmac", value: true, help: "HMAC passphrase", set: str((*knock.Options).SetHMACKey)},
	{long: "key-base64-hmac", value: true, help: "HMAC key, base64 (HMAC_KEY_BASE64)", set: str((*knock.Options).SetHMACKeyBase64)},
	{long: "key-hmac-file", value: true, help: "read the HMAC passphrase from a 0600 file", set: keyFile((*knock.Options).SetHMACKey)},
	{long: "use-hmac", help: "add an HMAC (asks for its key when none is given)", set: flag(func(c *knockCmd) { c.o.UseHMAC = true })},
	{short: 'm', long: "digest-type", value: true, help: "SPA digest: md5 sha1 sha256 (default) sha384 sha512 sha3_256 sha3_512", set: func(c *knockCmd, v string) (err error) {
		c.o.Digest, err = knock.ParseDigest("digest-type", v)
		return err
	}},
	{long: "hmac-digest-type", value: true, help: "HMAC digest, same names (default sha256); implies --use-hmac", set: func(c *knockCmd, v string) (err error) {
		c.o.HMACDigest, err = knock.ParseDigest("hmac-digest-type", v)
		c.o.UseHMAC = true
		return err
	}},
	{short: 'M', long: "encryption-mode", value: true, help: "cbc (default), ctr, cfb, ofb, ecb, legacy (for pre-2.5 servers; no HMAC) or asymmetric (GPG)", set: func(c *knockCmd, v string) (err error) {
		c.o.Mode, err = knock.ParseMode(v)
		return err
	}},
	{short: 'f', long: "fw-timeout", value: true, help: "ask the server to keep the ports open this many seconds", set: func(c *knockCmd, v string) (err error) {
		c.o.FWTimeout, err = knock.ParseFWTimeout(v)
		return err
	}},
	{short: 'N', long: "nat-access", value: true, help: "ask the server to forward to internal HOST:PORT", set: str(func(o *knock.Options, v string) { o.NATAccess = v })},
	{long: "nat-local", help: "forward to a port on the server itself", set: flag(func(c *knockCmd) { c.o.NATLocal = true })},
	{long: "nat-port", value: true, help: "the port to knock open for NAT, in place of the -A port", set: func(c *knockCmd, v string) error {
		p, err := knock.ParsePort("nat-port", v)
		c.o.NATPort = int(p)
		return err
	}},
	{long: "nat-rand-port", help: "a random port in place of the -A port", set: flag(func(c *knockCmd) { c.o.NATRandPort = true })},
	{short: 'C', long: "server-cmd", value: true, help: "ask the server to run this command", set: str(func(o *knock.Options, v string) { o.ServerCmd = v })},
	{short: 'U', long: "spoof-user", value: true, help: "user name in the packet (default: yours)", set: str((*knock.Options).SetSpoofUser)},
	{long: "time-offset-plus", value: true, help: "move the packet's clock forward: 90, 5m, 1h, 1d", set: offset(func(o *knock.Options, n int64) { o.OffsetPlus = n })},
	{long: "time-offset-minus", value: true, help: "move the packet's clock back", set: offset(func(o *knock.Options, n int64) { o.OffsetMinus = n })},
	{short: 'g', long: "gpg-encryption", help: "encrypt with GPG", set: flag(func(c *knockCmd) { c.o.UseGPG = true })},
	{long: "gpg-recipient-key", value: true, help: "server's public key: key id, fingerprint, user id or key file", set: gpgOpt(func(o *knock.Options, v string) { o.GPGRecipient = v })},
	{long: "gpg-signer-key", value: true, help: "your signing key: key id, fingerprint, user id or key file", set: gpgOpt(func(o *knock.Options, v string) { o.GPGSigner = v })},
	{long: "gpg-home-dir", value: true, help: "folder with exported key files (default ~/.gnupg)", set: gpgOpt(func(o *knock.Options, v string) { o.GPGHome = strings.TrimRight(v, "/") })},
	{short: 'k', long: "key-gen", meta: true, help: "print a new KEY_BASE64 and HMAC_KEY_BASE64 and exit", set: flag(func(c *knockCmd) { c.keygen = true })},
	{short: 'T', long: "test", meta: true, help: "build the packet, send nothing; print its fields, the packet on the last line", set: flag(func(c *knockCmd) { c.test = true })},
	{short: 'v', long: "verbose", meta: true, help: "print the packet's fields", set: flag(func(c *knockCmd) { c.verbose = true })},
	{short: 'V', long: "version", meta: true, help: "print the version and exit", set: flag(func(c *knockCmd) { c.version = true })},
	{short: 'h', long: "help", meta: true, help: "show this help", set: flag(func(c *knockCmd) { c.help = true })},
	// The raw transports' options (-P udpraw|tcpraw|icmp; CAP_NET_RAW).
	{short: 'Q', long: "spoof-source", value: true, help: "IPv4 source address to write into a -P udpraw, tcpraw or icmp packet", set: spoofSource},
	{long: "spoof-src", value: true, set: spoofSource},
	{long: "icmp-type", value: true, help: "ICMP type for -P icmp, 0..40 (default 0, echo reply)", set: func(c *knockCmd, v string) (err error) {
		c.o.ICMPType, err = knock.ParseICMPType(v)
		return err
	}},
	{long: "icmp-code", value: true, help: "ICMP code for -P icmp, 0..15 (default 0)", set: func(c *knockCmd, v string) (err error) {
		c.o.ICMPCode, err = knock.ParseICMPCode(v)
		return err
	}},
	// The saved command line, as the stock client's (savedargs.go).
	{short: 'l', long: "last-cmd", meta: true, help: "run the command line saved in ~/.fwknop.run (or the -E file) again", set: flag(func(c *knockCmd) { c.lastCmd = true })},
	{short: 'E', long: "save-args-file", value: true, meta: true, help: "save the command line in FILE, not ~/.fwknop.run", set: func(c *knockCmd, v string) error { c.argsFile = v; return nil }},
	{long: "show-last", meta: true, help: "print the saved command line", set: flag(func(c *knockCmd) { c.showLast = true })},
	{long: "no-save-args", meta: true, help: "do not save this command line in ~/.fwknop.run", set: flag(func(c *knockCmd) { c.noSaveArgs = true })},
	{short: 'B', long: "save-packet", value: true, help: "write the packet to FILE", set: func(c *knockCmd, v string) error { c.packetFile = v; return nil }},
	{short: 'b', long: "save-packet-append", help: "append to the -B file", set: flag(func(c *knockCmd) { c.packetAppend = true })},
	{short: 'K', long: "key-gen-file", value: true, meta: true, help: "as -k, into FILE (0600)", set: func(c *knockCmd, v string) error { c.keygen, c.keyGenFile = true, v; return nil }},
	{long: "key-len", value: true, help: "-k's Rijndael key length, 1..32 bytes", set: keyLen("key-len", maxGenKeyLen, func(c *knockCmd, n int) { c.keyLen = n })},
	{long: "hmac-key-len", value: true, help: "-k's HMAC key length, 1..128 bytes", set: keyLen("hmac-key-len", maxGenHMACLen, func(c *knockCmd, n int) { c.hmacKeyLen = n; c.o.UseHMAC = true })},
	{long: "stdin", help: "read the keys from standard input, one a line", set: flag(func(c *knockCmd) { c.inputFD = 0 })},
	{long: "fd", value: true, help: "read the keys from file descriptor N, one a line", set: setFD},
	{long: "save-rc-stanza", meta: true, help: "save the options given in the -n (else -D) stanza of the rc file", set: flag(func(c *knockCmd) { c.saveRC = true })},
	{long: "force-stanza", meta: true, help: "let --save-rc-stanza replace an existing stanza", set: flag(func(c *knockCmd) { c.forceStanza = true })},
	{short: 'H', long: "http-proxy", value: true, help: "send -P http through this proxy: host[:port] or http://host[:port]/ (implies -P http)", set: str(func(o *knock.Options, v string) { o.HTTPProxy, o.Transport = v, knock.HTTP })},
	{short: 'w', long: "wget-cmd", value: true, help: "learn -R's address by running this wget", set: str(func(o *knock.Options, v string) { o.WgetCmd = v })},
	{long: "use-wget-user-agent", help: "send wget's own User-Agent with -R, not -u's", set: flag(func(c *knockCmd) { c.o.WgetUserAgent = true })},
	{long: "resolve-http-only", help: "as -R, over plain HTTP (the default URL's http:// form; an https:// --resolve-url is refused)", set: flag(func(c *knockCmd) { c.o.ResolveHTTPOnly, c.o.ResolveIP = true, true })},
	// The stock client's delivery options (knock.Delivery).
	{short: 'S', long: "source-port", value: true, help: "send from this source port", set: func(c *knockCmd, v string) (err error) {
		c.o.SourcePort, err = knock.ParsePort("source-port", v)
		return err
	}},
	{short: 'r', long: "rand-port", help: "send to a random port in 10000..65534 (the server must listen there)", set: flag(func(c *knockCmd) { c.o.RandPort = true })},
	{short: 'G', long: "get-key", value: true, help: "read the Rijndael key from the \"SERVER: KEY\" line of FILE", set: str(func(o *knock.Options, v string) { o.KeyFile = v })},
	{long: "get-hmac-key", value: true, help: "read the HMAC key from the \"SERVER: KEY\" line of FILE", set: str(func(o *knock.Options, v string) { o.HMACKeyFile, o.UseHMAC = v, true })},
	{long: "no-home-dir", meta: true, help: "read and write nothing in $HOME: needs --rc-file (or --no-rc-file) and -E", set: flag(func(c *knockCmd) { c.noHomeDir = true })},
	// GnuPG home options (the keys used through the gpg program).
	{long: "gpg-agent", help: "let gpg-agent supply the GPG signing passphrase", set: flag(func(c *knockCmd) { c.o.UseGPG, c.o.GPGAgent = true, true })},
	{long: "gpg-exe", value: true, help: "the gpg program for a GnuPG home (default /usr/bin/gpg)", set: gpgOpt(func(o *knock.Options, v string) { o.GPGExe = v })},
	{long: "gpg-no-signing-pw", help: "the GPG signing key has no passphrase: do not ask for one", set: flag(func(c *knockCmd) { c.o.UseGPG, c.o.GPGNoSigningPW = true, true })},
}

// spoofSource is -Q: a bad address is refused after the whole command
// line (knock.Options.CheckRaw), as the stock client does.
func spoofSource(c *knockCmd, v string) error { c.o.SetSpoofSource(v); return nil }

// family sets -4 or -6; giving both is a contradiction, not a "last wins".
func family(f knock.Family) func(*knockCmd, string) error {
	return func(c *knockCmd, _ string) error {
		if c.o.Family != knock.AnyFamily && c.o.Family != f {
			return usageErr("-4 and -6 cannot be used together")
		}
		c.o.Family = f
		return nil
	}
}

func offset(f func(o *knock.Options, n int64)) func(*knockCmd, string) error {
	return func(c *knockCmd, v string) error {
		n, err := knock.ParseTimeOffset(v)
		f(c.o, n)
		return err
	}
}

// keyFile reads a key from a file that only its owner may read.
func keyFile(f func(o *knock.Options, v string)) func(*knockCmd, string) error {
	return func(c *knockCmd, path string) error {
		key, err := readKeyFile(path)
		if err != nil {
			return err
		}
		f(c.o, key)
		return nil
	}
}

func readKeyFile(path string) (string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("%w: Could not open config file: key file: %v", knock.ErrInvalid, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return "", fmt.Errorf("%w: key file: %v", knock.ErrInvalid, err)
	}
	if perm := st.Mode().Perm(); !st.Mode().IsRegular() || perm&0o077 != 0 {
		return "", fmt.Errorf("%w: key file %s: mode %04o lets other users read it; run: chmod 600 %s", knock.ErrInvalid, path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(fh, 4096))
	if err != nil {
		return "", fmt.Errorf("%w: key file %s: %v", knock.ErrInvalid, path, err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// keyEnv are the environment variables that carry keys, so that scripts
// need not put them on a command line (where other users can see them).
var keyEnv = []struct {
	name string
	set  func(o *knock.Options, v string)
}{
	{"SESAME_KEY_RIJNDAEL", (*knock.Options).SetKey},
	{"SESAME_KEY_BASE64_RIJNDAEL", (*knock.Options).SetKeyBase64},
	{"SESAME_KEY_HMAC", (*knock.Options).SetHMACKey},
	{"SESAME_KEY_BASE64_HMAC", (*knock.Options).SetHMACKeyBase64},
	{"SESAME_GPG_SIGNING_PW", func(o *knock.Options, v string) { o.GPGSigningPW = knock.Secret(v) }},
}

// Knock runs `sesame knock ARGS` and returns the exit status: 0 done,
// 1 the knock failed on the way (network), 2 bad input (nothing sent).
func Knock(args []string, sys *System) int {
	err := runKnock(context.Background(), args, sys)
	if err == nil {
		return 0
	}
	fmt.Fprintln(sys.Stderr, "sesame knock: "+oneLine(stockWords(err)))
	if isInputError(err) {
		return 2
	}
	return 1
}

func runKnock(ctx context.Context, args []string, sys *System) error {
	found, operands, err := getopt(knockOptions, args)
	if err != nil {
		return err
	}
	c := &knockCmd{o: knock.NewOptions(), inputFD: -1}
	if err := apply(c, found, true); err != nil {
		return err
	}
	switch {
	case c.help:
		return printKnockUsage(sys.Stdout)
	case c.version:
		_, err := fmt.Fprintf(sys.Stdout, "sesame knock, fwknop 2.6 compatible, FKO protocol version %s\n", spa.Version)
		return err
	case len(operands) > 0:
		return knockProfile(ctx, c, found, operands, sys)
	case c.noHomeDir:
		if err := c.checkNoHomeDir(); err != nil {
			return err
		}
	}
	if c.showLast || c.lastCmd {
		return c.lastCommand(ctx, sys)
	}
	if err := c.loadRC(sys); err != nil || c.listNames {
		return err
	}
	for _, e := range keyEnv {
		if v := sys.Getenv(e.name); v != "" {
			e.set(c.o, v)
		}
	}
	if err := apply(c, found, false); err != nil {
		return err
	}
	if path := c.savedArgsFile(sys); path != "" && !c.noSaveArgs && !c.o.NoSaveArgs {
		if err := saveArgs(path, args); err != nil {
			return err
		}
	}
	if c.saveRC {
		return c.saveAndRun(ctx, sys, found)
	}
	if c.keygen {
		return c.genKeys(sys)
	}
	return c.run(ctx, sys)
}

// apply runs the options found on the command line, the meta ones (which
// say where settings come from) or the others (which override them).
func apply(c *knockCmd, found []given[*knockCmd], meta bool) error {
	for _, g := range found {
		if g.opt.meta != meta {
			continue
		}
		if err := g.opt.set(c, g.value); err != nil {
			return err
		}
	}
	return nil
}

// loadRC applies [default] and the -n stanza of the rc file, as the stock
// client: a missing rc file is created with the commented template
// (knockstock.go), so it is an error only when a stanza is asked for;
// --save-rc-stanza reads [default] alone (the stanza is what it writes);
// --stanza-list lists and creates nothing.
func (c *knockCmd) loadRC(sys *System) error {
	if c.noRC {
		switch {
		case c.stanza != "":
			return usageErr("Cannot set stanza name in --no-rc-file mode: -n %s cannot be used with --no-rc-file", c.stanza)
		case c.listNames:
			return usageErr("Cannot list stanzas in --no-rc-file mode.")
		}
		return nil
	}
	path := c.rcPath(sys)
	if path == "" {
		return nil // no home folder: no rc file
	}
	if c.listNames {
		return listStanzas(sys, path)
	}
	createErr := createRC(path, sys.Stderr)
	f, warning, err := fwknoprc.Read(path)
	if warning != nil {
		// The stock client reads such a file too, with a warning.
		fmt.Fprintln(sys.Stderr, "sesame knock: warning: "+oneLine(warning.Error()))
	}
	switch {
	case createErr != nil && c.stanza == "":
		// The stock client warns and goes on without an rc file.
		fmt.Fprintln(sys.Stderr, "sesame knock: warning: "+oneLine(createErr.Error()))
		return nil
	case createErr != nil:
		return usageErr("Named configuration stanza: [%s] was not found: %v", c.stanza, createErr)
	case err != nil:
		return err
	case c.saveRC:
		return f.Apply(c.o, "")
	}
	return f.Apply(c.o, c.stanza)
}

// run sends the knock through the client pipeline, without the port
// check; --test stops it after the seal.
func (c *knockCmd) run(ctx context.Context, sys *System) error {
	pipe := &client.Pipeline{Now: sys.Now, Getenv: sys.Getenv, Prompt: sys.Prompt, Lookup: sys.Lookup,
		External: client.URLSource{Resolver: sys.Resolver}}
	if in := c.keyInput(sys); in != nil {
		pipe.Prompt = streamPrompter(in)
	}
	c.warnPlainResolveURL(sys.Stderr)
	k, err := pipe.Run(ctx, c.o, client.Run{Offline: c.test,
		Sealed: func(k *client.Knock) error { return c.savePacket(k.Packet) }})
	err = gpgSealErr(err, c.o.UseGPG)
	verbose := c.verbose || c.o.Verbose  // -v or VERBOSE
	if k != nil && (verbose || c.test) { // -T prints the fields, as the stock client
		if err := c.dump(sys, k); err != nil {
			return err
		}
	}
	if k != nil && verbose {
		if err := printTransmit(sys.Stdout, k); err != nil {
			return err
		}
	}
	switch {
	case err != nil:
		return err
	case c.test:
		// The stock client's line, then the packet on the last line.
		_, err := fmt.Fprintf(sys.Stdout, "%s\n%s\n", testModeLine, k.Packet)
		return err
	case verbose:
		fmt.Fprintf(sys.Stderr, "sesame knock: sent %d bytes to %s over %s\n", len(k.Packet), k.Target.Addr, k.Target.Transport)
	}
	return nil
}

// dump is -v: the warnings, then the packet's fields.
func (c *knockCmd) dump(sys *System, k *client.Knock) error {
	if k.Keys.Weak() {
		fmt.Fprintln(sys.Stderr, "sesame knock: warning: no HMAC; the packet is not authenticated (use --use-hmac)")
	}
	if knock.AllowAddr(k.Message).Is6() {
		fmt.Fprintln(sys.Stderr, "sesame knock: note: IPv6 allow address; stock fwknopd 2.6 servers refuse it (sesame's server accepts it)")
	}
	return knock.Dump(sys.Stdout, k.Message, k.Keys, k.Packet)
}

// isInputError tells bad input (exit 2, nothing sent) from a failure on
// the way (exit 1).
func isInputError(err error) bool {
	for _, e := range []error{errUsage, knock.ErrInvalid, knock.ErrNoKey, knock.ErrUnresolvable, spa.ErrBadArgument,
		fwknoprc.ErrSyntax, fwknoprc.ErrUnknownVar, fwknoprc.ErrBadValue, fwknoprc.ErrUnsupported,
		fwknoprc.ErrPermissions, fwknoprc.ErrNoStanza, os.ErrNotExist} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// oneLine keeps an error message to the one line the contract promises.
func oneLine(s string) string {
	s = strings.TrimPrefix(s, errUsage.Error()+": ")
	s = strings.TrimPrefix(s, knock.ErrInvalid.Error()+": ")
	return strings.Join(strings.Fields(s), " ")
}

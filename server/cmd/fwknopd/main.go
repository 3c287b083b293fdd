// Command fwknopd is Sesame's SPA server, a drop-in for the stock fwknopd
// 2.6: the same configuration files, flags and firewall layout. It parses
// its command line, loads the configuration and hands over to the daemon
// package; every failure is one line on standard error and exit status 1,
// as the stock daemon's EXIT_FAILURE.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sesame-spa/sesame/server/internal/daemon"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/server/internal/lockdown"
	"github.com/sesame-spa/sesame/server/internal/onboard"
)

// Version is the fwknop version this daemon is compatible with, as -V
// prints it.
const Version = "2.6.10"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	c, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "fwknopd: %v (fwknopd -h lists the options)\n", err)
		return 1
	}
	checkLocale(c.locale, stderr)
	if err := dispatch(c, args, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "fwknopd: %v\n", err)
		return 1
	}
	return 0
}

func dispatch(c *cmdline, args []string, stdout, stderr io.Writer) error {
	switch c.action {
	case help:
		usage(stdout)
		return nil
	case version:
		fmt.Fprintf(stdout, "fwknopd server %s (Sesame), firewall: iptables, nftables\n", Version)
		return nil
	case kill, status, restart, fwList, fwListAll, fwFlush:
		return serverAction(c, stdout, stderr)
	case newClient, rotateClient, revokeClient:
		return clientLifeCycle(c, stdout)
	case lockdownPorts:
		return lockdownAction(c, stdout)
	case keyGen:
		return generateKeys(c.keyGen, stdout)
	case dumpErrCodes:
		dumpServerErrors(stdout)
		return nil
	}
	cfg, err := daemon.LoadConfig(&c.opts)
	if err != nil {
		return err
	}
	if c.action == dumpConfig || c.action == parseConfig {
		// Said before the dump, as the stock logs them while parsing.
		for _, w := range cfg.Warnings {
			fmt.Fprintf(stderr, "fwknopd: warning: %s\n", w)
		}
	}
	switch c.action {
	case dumpConfig:
		cfg.Dump(stdout)
		choice := daemon.ChooseBackend(cfg.Server)
		fmt.Fprintf(stdout, "Firewall backend in use: %s (%s)\n", choice.Backend, choice.Why)
		fmt.Fprintln(stdout, daemon.FirewallPrograms(cfg.Server, choice.Backend))
		fmt.Fprintf(stdout, "Packet source: %s\n", daemon.DescribeSource(c.opts, cfg.Server))
		fmt.Fprintln(stdout, daemon.FleetDump(cfg.Server))
		return nil
	case parseConfig:
		fmt.Fprintln(stdout, "Configs parsed, exiting.")
		return nil
	case parseDigestCache:
		if err := daemon.ParseDigestCache(c.opts, cfg, stderr); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "Digest cache parsed, exiting.")
		return nil
	}
	if !c.opts.Foreground && !daemon.InBackground() {
		return daemon.StartBackground(args, stderr)
	}
	return daemon.Serve(context.Background(), c.opts, cfg, stdout, stderr)
}

// serverAction runs the actions that need only fwknopd.conf, so that they
// work while access.conf is being fixed.
func serverAction(c *cmdline, stdout, stderr io.Writer) error {
	srv, _, err := daemon.LoadServerConfig(&c.opts)
	if err != nil {
		return err
	}
	switch c.action {
	case kill:
		return daemon.Kill(srv.PIDFile, stdout)
	case status:
		return daemon.Status(srv.PIDFile, stdout)
	case restart:
		return daemon.Restart(srv.PIDFile, stdout)
	}
	if err := checkRunDir(srv.RunDir, stderr); err != nil {
		return err
	}
	choice := daemon.ChooseBackend(srv)
	fw, err := daemon.NewFirewall(srv, choice.Backend)
	if err != nil {
		return err
	}
	ctx := context.Background()
	if c.action == fwFlush {
		return daemon.FlushGrants(ctx, fw, stdout)
	}
	// No Init: listing reads the daemon's chains or sets (none without a
	// daemon) and creates nothing, as the stock's fw_dump_rules.
	if err := daemon.ListGrants(ctx, fw, time.Now(), stdout); err != nil {
		return err
	}
	if choice.Backend == firewall.BackendIPTables {
		if err := daemon.ListChains(ctx, srv, stdout); err != nil {
			return err
		}
	}
	if c.action == fwListAll {
		return daemon.ListAllRules(ctx, srv, choice.Backend, stdout)
	}
	return nil
}

// clientLifeCycle runs --new-client, --rotate-client and --revoke-client
// on ACCESS_FILE, reloading a running daemon through its pid file.
func clientLifeCycle(c *cmdline, stdout io.Writer) error {
	srv, _, err := daemon.LoadServerConfig(&c.opts)
	if err != nil {
		return err
	}
	o := onboard.Options{Name: c.client, AccessFile: srv.AccessFile, PIDFile: srv.PIDFile,
		Server: c.server, Open: c.open, Source: c.source, Out: stdout}
	switch c.action {
	case newClient:
		return onboard.NewClient(o)
	case rotateClient:
		return onboard.RotateClient(o)
	}
	ctx := context.Background()
	fw, err := daemon.NewFirewall(srv, daemon.ChooseBackend(srv).Backend)
	if err != nil {
		return err
	}
	if err := fw.Init(ctx); err != nil {
		return err
	}
	o.Revoker = onboard.FirewallRevoker{Firewall: fw}
	return onboard.RevokeClient(ctx, o)
}

// lockdownAction runs --lockdown PORTS, or --lockdown off to undo it.
func lockdownAction(c *cmdline, stdout io.Writer) error {
	srv, _, err := daemon.LoadServerConfig(&c.opts)
	if err != nil {
		return err
	}
	o := lockdown.Options{Ports: c.lockdown, GrantChain: srv.IPTInputAccess.ToChain, Yes: c.yes,
		IPTablesExe: daemon.IPTablesExe(srv), In: os.Stdin, Out: stdout}
	choice := daemon.ChooseBackend(srv)
	fmt.Fprintf(stdout, "lockdown: firewall backend %s (%s)\n", choice.Backend, choice.Why)
	if choice.Backend == firewall.BackendNFTables {
		// The lockdown goes in the chain the backend hooks.
		fw, err := daemon.NewFirewall(srv, choice.Backend)
		if err != nil {
			return err
		}
		nft := fw.(*firewall.NFTables)
		defer nft.Close()
		o.NFTables = nft
	}
	if c.lockdown == "off" {
		return lockdown.Undo(context.Background(), o)
	}
	return lockdown.Lockdown(context.Background(), o)
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `
fwknopd server version %s (Sesame) - Single Packet Authorization server

Usage: fwknopd [options]

 -a, --access-file FILE     Use an alternate access.conf.
     --access-folder DIR    Read every file in DIR as access.conf.
 -c, --config-file FILE     Use an alternate fwknopd.conf.
 -C, --packet-limit N       Exit after N candidate SPA packets.
 -d, --digest-file FILE     Use an alternate replay digest cache file.
 -D, --dump-config          Print the effective configuration (keys masked).
     --exit-parse-config    Parse the configuration files and exit.
 -f, --foreground           Run in the foreground (logs to standard error).
     --fw-list              List the grants, with seconds left (iptables: then
                            its chains as the stock lists them, iptables -L).
     --fw-list-all          Also print every filter and nat rule.
     --fw-flush             Remove Sesame's chains, jumps and grants.
     --gpg-home-dir DIR     Default GPG_HOME_DIR.
 -i, --interface IF         Capture on IF (PCAP_INTF).
 -K, --kill                 Stop the running fwknopd.
     --log-json             One JSON object per packet decision on standard output.
 -O, --override-config F    Files whose settings override fwknopd.conf (comma list).
 -p, --pid-file FILE        Use an alternate pid file.
 -P, --pcap-filter EXPR     Capture filter (PCAP_FILTER).
     --pcap-any-direction   Also process packets this host sends.
     --pcap-file FILE       Judge the packets of a pcap file, then exit (without -t,
                            once the grants they made have expired).
 -R, --restart              Make the running fwknopd re-read its configuration.
 -r, --run-dir DIR          State directory (FWKNOP_RUN_DIR).
     --rotate-digest-cache  Move the digest cache to <file>-old before starting.
 -S, --status               Tell whether fwknopd is running.
 -t, --test                 Decide and log, but change no firewall rule and run no command.
 -U, --udp-server           Receive SPA packets on a UDP socket instead of libpcap.
 -v, --verbose              More detail in the log (repeat for more).
 -V, --version              Print the version.
 -h, --help                 Print this message.
 -k, --key-gen              Print a fresh KEY_BASE64 and HMAC_KEY_BASE64, and exit.
     --key-gen-file FILE    Write them to FILE instead.
     --key-len N            Rijndael key length in bytes for --key-gen (1-32).
     --hmac-key-len N       HMAC key length in bytes for --key-gen (1-128).
     --hmac-digest-type T   HMAC type whose key length --key-gen uses (sha256).
     --exit-parse-digest-cache  Read the digest cache (from a copy) and exit.
     --no-ipt-check-support, --syslog-enable, -l/--locale LOCALE
                            Accepted as the stock takes them; they change nothing.
     --dump-serv-err-codes  List the stock fwknopd's server error codes.

Sesame additions:
     --new-client NAME --server HOST[:PORT] --open tcp/22[,...] [--source ADDRS]
                            Add a client: fresh keys, a new access.conf stanza, the
                            client's profile and QR codes printed, the daemon reloaded.
     --rotate-client NAME   New keys for a client's stanza, printed the same way.
     --revoke-client NAME   Remove a client's stanza and close its live grants.
     --lockdown PORTS       Drop new connections to PORTS (tcp/22,...) except through
                            SPA grants; loopback and open sessions stay. [--yes]
                            nftables: in NFT_CHAIN below the grants; --fw-flush removes it.
     --lockdown off         Undo --lockdown.

`, Version)
}

package daemon

import (
	"context"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// ListGrants prints the live grants with the seconds each has left
// (--fw-list). It changes nothing.
func ListGrants(ctx context.Context, fw firewall.Firewall, now time.Time, out io.Writer) error {
	grants, err := fw.List(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Listing fwknopd grants (%d):\n", len(grants))
	for _, g := range grants {
		left := g.Expires.Sub(now).Truncate(time.Second)
		if left < 0 {
			fmt.Fprintf(out, "  %s  (expired %s ago, removed at the daemon's next expiry check)\n", g, -left)
			continue
		}
		fmt.Fprintf(out, "  %s  (%d seconds left)\n", g, int(left/time.Second))
	}
	return nil
}

// ListChains prints, for the iptables backend, what the stock's --fw-list
// prints after Sesame's list of grants: a heading and `iptables -t TABLE -L
// CHAIN --line-numbers -n` for each chain in use, which scripts (and
// fwknop's test suite) grep for the _exp_ comments and ACCEPT lines. A
// chain that does not exist (no daemon has made it) is left out.
func ListChains(ctx context.Context, srv *config.Server, out io.Writer) error {
	fmt.Fprintln(out, "\nListing rules in fwknopd iptables chains...")
	cfg, exe := FirewallConfig(srv), IPTablesExe(srv)
	specs := []firewall.ChainSpec{cfg.Input}
	if cfg.NAT {
		specs = append(specs, cfg.Forward, cfg.DNAT)
		if srv.EnableIPTSNAT {
			specs = append(specs, cfg.SNAT, cfg.Masquerade)
		}
	}
	for _, c := range specs {
		if !chainExists(ctx, exe, c.Table, c.ToChain) {
			continue
		}
		list := exec.CommandContext(ctx, exe, "-t", c.Table, "-L", c.ToChain, "--line-numbers", "-n")
		text, err := list.Output()
		if err != nil {
			return fmt.Errorf("%s: %w", strings.Join(list.Args, " "), err)
		}
		fmt.Fprintf(out, "\n%s", text)
	}
	return nil
}

// tablesInUse are the iptables tables of the chains in use, each once, in
// the stock's order of chains (input, then the NAT ones).
func tablesInUse(srv *config.Server) []string {
	cfg := FirewallConfig(srv)
	specs := []firewall.ChainSpec{cfg.Input}
	if cfg.NAT {
		specs = append(specs, cfg.Forward, cfg.DNAT, cfg.SNAT, cfg.Masquerade)
	}
	var tables []string
	for _, s := range specs {
		if s.Table != "" && !slices.Contains(tables, s.Table) {
			tables = append(tables, s.Table)
		}
	}
	return tables
}

// chainExists reports whether `iptables -t table -S` declares chain; an
// iptables that cannot list the table (none made yet) has no such chain.
func chainExists(ctx context.Context, exe, table, chain string) bool {
	text, err := exec.CommandContext(ctx, exe, "-t", table, "-S").Output()
	return err == nil && slices.Contains(strings.Split(string(text), "\n"), "-N "+chain)
}

// ListAllRules prints, after the grants, every rule of the tables Sesame's
// chains are in as the stock's --fw-list-all does (its heading, then
// `iptables -t TABLE -v -n -L --line-numbers` for each), or the whole
// nftables ruleset (--fw-list-all).
func ListAllRules(ctx context.Context, srv *config.Server, b firewall.Backend, out io.Writer) error {
	var cmds [][]string
	if b == firewall.BackendNFTables {
		cmds = [][]string{{"nft", "list", "ruleset"}}
	} else {
		fmt.Fprintln(out, "\nListing all iptables rules in applicable tables...")
		exe := IPTablesExe(srv)
		for _, table := range tablesInUse(srv) {
			cmds = append(cmds, []string{exe, "-t", table, "-v", "-n", "-L", "--line-numbers"})
		}
	}
	for _, c := range cmds {
		fmt.Fprintf(out, "\n# %s\n", strings.Join(c, " "))
		cmd := exec.CommandContext(ctx, c[0], c[1:]...)
		cmd.Stdout = out
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s: %w", strings.Join(c, " "), err)
		}
	}
	return nil
}

// FlushGrants removes Sesame's chains, the jumps to them and every grant in
// them (--fw-flush): exactly what the daemon added, nothing else.
func FlushGrants(ctx context.Context, fw firewall.Firewall, out io.Writer) error {
	fmt.Fprintln(out, "Deleting any existing firewall rules...")
	return fw.Flush(ctx)
}

// BackendChoice is the firewall backend the daemon uses and why (-D and
// the start-up log say both).
type BackendChoice struct {
	Backend firewall.Backend
	Why     string
}

// ChooseBackend honours FIREWALL_BACKEND when fwknopd.conf sets it and
// otherwise asks firewall.Detect, which reads the ruleset of the calling
// thread's network namespace.
func ChooseBackend(srv *config.Server) BackendChoice {
	if srv.IsSet("FIREWALL_BACKEND") {
		return BackendChoice{firewall.Backend(srv.FirewallBackend), "FIREWALL_BACKEND " + string(srv.FirewallBackend) + " in fwknopd.conf"}
	}
	b, why := firewall.Detect(IPTablesExe(srv))
	return BackendChoice{b, "FIREWALL_BACKEND not set: " + why}
}

// IPTablesExe is the iptables program of the iptables backend, lockdown
// and --fw-list-all: FIREWALL_EXE when fwknopd.conf sets it (config has
// checked it); otherwise its default, /usr/sbin/iptables, where that is an
// executable, else "iptables" in PATH (hosts that keep it in /sbin).
func IPTablesExe(srv *config.Server) string {
	if srv.IsSet("FIREWALL_EXE") {
		return srv.FirewallExe
	}
	if _, err := exec.LookPath(srv.FirewallExe); err == nil {
		return srv.FirewallExe
	}
	return "iptables"
}

// FirewallPrograms says which programs backend b runs (-D and the
// start-up log): the iptables and ip6tables programs, or that the
// nftables backend needs none.
func FirewallPrograms(srv *config.Server, b firewall.Backend) string {
	if b == firewall.BackendNFTables {
		if srv.IsSet("FIREWALL_EXE") {
			return "FIREWALL_EXE " + srv.FirewallExe + " not used: the nftables backend works over netlink"
		}
		return "no iptables program: the nftables backend works over netlink"
	}
	progs, err := firewall.FindPrograms(IPTablesExe(srv))
	if err != nil {
		return fmt.Sprintf("iptables programs: none usable (%v)", err)
	}
	return "iptables programs in use: " + progs.String()
}

// NewFirewall builds backend b as fwknopd.conf configures it. IPv6 is
// always on: the daemon captures both families, and IPv6 grants go to
// ip6tables or the IPv6 set.
func NewFirewall(srv *config.Server, b firewall.Backend) (firewall.Firewall, error) {
	return newFirewall(srv, FirewallConfig(srv), b)
}

// newTracedFirewall is the daemon's own NewFirewall: at -v -v (debugging)
// the iptables backend's commands and chain listings go to the log at
// debug level, as the stock daemon's do (firewall.Config.Trace); log
// readers and fwknop's test suite find a NAT grant's rules there. noCheck
// is --no-ipt-check-support.
func newTracedFirewall(srv *config.Server, b firewall.Backend, log *Logger, noCheck bool) (firewall.Firewall, error) {
	cfg := FirewallConfig(srv)
	cfg.NoCheck = noCheck
	if log.verbose >= levelDebug {
		cfg.Trace = func(line string) { log.Debugf("firewall: %s", line) }
	}
	return newFirewall(srv, cfg, b)
}

func newFirewall(srv *config.Server, cfg firewall.Config, b firewall.Backend) (firewall.Firewall, error) {
	switch b {
	case firewall.BackendIPTables:
		return firewall.NewIPTables(cfg)
	case firewall.BackendNFTables:
		return firewall.NewNFTables(cfg, NFTConfig(srv))
	}
	return nil, fmt.Errorf("firewall backend %q is not available in this build", b)
}

// FirewallConfig maps fwknopd.conf's chain settings to the firewall's.
func FirewallConfig(srv *config.Server) firewall.Config {
	cfg := firewall.DefaultConfig()
	cfg.Input = chainSpec(srv.IPTInputAccess)
	cfg.Forward = chainSpec(srv.IPTForwardAccess)
	cfg.DNAT = chainSpec(srv.IPTDNATAccess)
	cfg.NAT = srv.EnableIPTForwarding || srv.EnableIPTLocalNAT
	if srv.EnableIPTSNAT { // the stock makes the SNAT chains only then
		cfg.SNAT, cfg.Masquerade = chainSpec(srv.IPTSNATAccess), chainSpec(srv.IPTMasqueradeAccess)
	}
	cfg.Prepend = srv.EnableRulePrepend
	cfg.IPv6 = true
	cfg.IPTablesExe = IPTablesExe(srv)
	return cfg
}

// NFTConfig maps NFT_TABLE and NFT_CHAIN to where the nftables backend
// hooks in; NAT's forward set goes in the table's "forward" chain. Its
// FlushMark sits beside the pid file, which --fw-flush and the daemon it
// flushes share: the daemon then forgets the flushed grants rather than
// putting them back as after a ruleset reload.
func NFTConfig(srv *config.Server) firewall.NFTConfig {
	nft := firewall.DefaultNFTConfig()
	nft.Family, nft.Table, nft.Chain = srv.NFTTable.Family, srv.NFTTable.Name, srv.NFTChain
	nft.ForwardChain = "forward"
	nft.FlushMark = FlushMarkFile(srv.PIDFile)
	return nft
}

// FlushMarkFile is the nftables FlushMark for a daemon's pid file:
// fwknopd.pid's is fwknopd.fw-flushed in the same folder.
func FlushMarkFile(pidFile string) string {
	return strings.TrimSuffix(pidFile, ".pid") + ".fw-flushed"
}

func chainSpec(c config.Chain) firewall.ChainSpec {
	return firewall.ChainSpec{Target: c.Target, Table: c.Table, FromChain: c.FromChain,
		JumpPosition: c.JumpRulePos, ToChain: c.ToChain, RulePosition: c.RulePos}
}

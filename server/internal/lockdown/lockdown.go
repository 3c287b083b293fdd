// Package lockdown puts a default-drop in front of chosen ports, the first
// step of every SPA how-to, without locking out the administrator who runs
// it (`fwknopd --lockdown tcp/22[,...]`, undone by `fwknopd --lockdown off`).
//
// The lockdown is the same rules on either firewall backend: accept
// loopback, accept established and related connections, then one drop per
// port, below the daemon's SPA grants.
//
// With iptables (the program Options.IPTablesExe, FIREWALL_EXE, and its
// ip6tables counterpart; both must be there, or it refuses) it owns one
// chain, SESAME_LOCKDOWN in the filter table of iptables and ip6tables
// alike, holding
//
//	-i lo -j ACCEPT
//	-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
//	-p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j DROP
//	-p udp -m udp --dport 53 -j DROP
//
// (one drop per port), jumped to from INPUT right after INPUT's jump to the
// SPA grant chain (FWKNOP_INPUT), or first when that jump is not there yet;
// the daemon inserts its own jump at position 1, so a grant always comes
// before the drop. Traffic that is neither dropped nor accepted here goes on
// through the rest of INPUT unchanged.
//
// With nftables (Options.NFTables) the rules go, over netlink, in the chain
// the backend hooks (NFT_TABLE, NFT_CHAIN: `inet filter`, `input` by
// default), right below the backend's grant rules, or first when they are
// not there yet (the backend inserts its rules first), each tagged with a
// comment starting "sesame: lockdown":
//
//	iifname "lo" accept comment "sesame: lockdown loopback"
//	ct state established,related accept comment "sesame: lockdown established"
//	tcp dport 22 tcp flags syn / fin,syn,rst,ack drop comment "sesame: lockdown tcp/22"
//	udp dport 53 drop comment "sesame: lockdown udp/53"
//
// With either backend --fw-flush, FLUSH_IPT_AT_INIT and FLUSH_IPT_AT_EXIT
// leave the lockdown in place (a flush must not open a locked-down
// server); --lockdown off removes exactly its rules, after which a flush
// leaves the administrator's ruleset as it was.
//
// It promises:
//   - it prints exactly the commands it will run before running any, and asks
//     for confirmation unless Options.Yes (with no terminal it refuses
//     instead of guessing);
//   - loopback and established connections (the administrator's own ssh
//     session) stay open. For TCP only SYNs are dropped: on a host where
//     conntrack was not loaded before, an open session's next packet counts
//     as NEW, and a plain drop would cut it (the namespace test shows it).
//     UDP has no such marker, so a UDP flow conntrack has not seen before
//     the lockdown is cut;
//   - no drop is added before the conntrack rule reads back from the kernel
//     (else it refuses with ErrConntrack); with iptables the chain is built
//     complete while nothing jumps to it, and the jump comes last; on any
//     failure the lockdown is removed again, so a failure leaves the ports
//     open, never half closed;
//   - it is idempotent: run again with the same ports it changes nothing, with
//     other ports it rebuilds the lockdown;
//   - Undo removes exactly the chains, jumps and rules it adds, restoring the
//     ruleset as it was.
//
// The commands run in the network namespace of the calling OS thread.
// Lockdown and Undo must not run concurrently with each other.
package lockdown

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Chain is the chain this package owns.
const Chain = "SESAME_LOCKDOWN"

// DefaultGrantChain is the chain the daemon's grants live in (the stock
// IPT_INPUT_ACCESS).
const DefaultGrantChain = "FWKNOP_INPUT"

// Reasons Lockdown or Undo refuses or fails, for errors.Is.
var (
	// ErrPorts: the port list is empty, malformed, or names a protocol
	// other than tcp or udp.
	ErrPorts = errors.New("lockdown: invalid port list")
	// ErrNeedYes: confirmation is needed but there is no terminal to ask on.
	ErrNeedYes = errors.New("lockdown: no terminal to confirm on: run again with --yes")
	// ErrDeclined: the administrator answered no.
	ErrDeclined = errors.New("lockdown: not confirmed, nothing changed")
	// ErrConntrack: established connections cannot be kept open (the
	// conntrack match or loose pick-up of existing connections is missing),
	// so dropping could cut the current session.
	ErrConntrack = errors.New("lockdown: connection tracking unusable, refusing to drop (it could cut the current session)")
	// ErrFirewall: an iptables command or an nftables change failed.
	ErrFirewall = errors.New("lockdown: firewall change failed")
)

// Options are the inputs of Lockdown and Undo.
type Options struct {
	// Ports is the --lockdown value, such as "tcp/22,udp/53".
	Ports string
	// GrantChain is the chain holding SPA grants (IPT_INPUT_ACCESS's
	// ToChain); empty means DefaultGrantChain.
	GrantChain string
	// NFTables, when not nil, is the nftables backend: the lockdown goes in
	// the chain it hooks (its InputChain) instead of iptables.
	NFTables *firewall.NFTables
	// IPTablesExe is the iptables program (FIREWALL_EXE) when NFTables is
	// nil; ip6tables is its counterpart (firewall.IP6TablesFor). Empty
	// means iptables and ip6tables in PATH.
	IPTablesExe string
	// Yes skips the confirmation (--yes).
	Yes bool
	// In is where the confirmation is read. An *os.File that is not a
	// terminal (a pipe, /dev/null, no stdin) means nobody can answer:
	// Lockdown then needs Yes. Any other reader is read as given.
	In io.Reader
	// Out gets the commands and the outcome.
	Out io.Writer
}

// Lockdown drops new connections to opts.Ports that no grant or earlier rule
// accepts, as the package documentation describes.
func Lockdown(ctx context.Context, opts Options) error {
	ports, err := parsePorts(opts.Ports)
	if err != nil {
		return err
	}
	plans, err := planAll(opts, func(t target) (plan, error) { return t.lockdown(wantRules(ports)) })
	if err != nil {
		return err
	}
	if !printPlans(opts.Out, plans, "already in place for "+portList(ports)+"; nothing to change") {
		return nil
	}
	if err := confirm(opts); err != nil {
		return err
	}
	for i, p := range plans {
		if err := apply(ctx, p); err != nil {
			errs := []error{err}
			for _, done := range plans[:i+1] {
				errs = append(errs, rollback(done.t))
			}
			return errors.Join(errs...)
		}
	}
	fmt.Fprintf(opts.Out, "lockdown in place: new connections to %s are dropped unless an SPA grant lets them in; undo with --lockdown off\n", portList(ports))
	return nil
}

// Undo removes the chains, jumps and rules Lockdown adds, printing the
// commands. It asks no confirmation: it can only open ports, never close
// them.
func Undo(ctx context.Context, opts Options) error {
	plans, err := planAll(opts, target.undo)
	if err != nil {
		return err
	}
	if !printPlans(opts.Out, plans, "no lockdown in place; nothing to change") {
		return nil
	}
	for _, p := range plans {
		if err := apply(ctx, p); err != nil {
			return err
		}
	}
	fmt.Fprintln(opts.Out, "lockdown removed")
	return nil
}

// planAll opens the targets opts names (iptables and ip6tables, or the
// nftables chain) and plans each; nothing changes yet.
func planAll(opts Options, planOf func(target) (plan, error)) ([]plan, error) {
	var ts []target
	var err error
	if opts.NFTables != nil {
		ts, err = openNFTables(opts.NFTables)
	} else {
		ts, err = openIPTables(opts.IPTablesExe, grantChain(opts))
	}
	if err != nil {
		return nil, err
	}
	plans := make([]plan, len(ts))
	for i, t := range ts {
		if plans[i], err = planOf(t); err != nil {
			return nil, err
		}
	}
	return plans, nil
}

func grantChain(opts Options) string {
	if opts.GrantChain == "" {
		return DefaultGrantChain
	}
	return opts.GrantChain
}

// parsePorts reads the port list; only tcp and udp can be dropped by port.
func parsePorts(s string) ([]spa.ProtoPort, error) {
	pp, err := spa.ParseProtoPorts(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrPorts, s, err)
	}
	if len(pp) == 0 {
		return nil, fmt.Errorf("%w: no port given", ErrPorts)
	}
	seen := map[spa.ProtoPort]bool{}
	var out []spa.ProtoPort
	for _, p := range pp {
		if p.Proto != "tcp" && p.Proto != "udp" || p.Port == 0 {
			return nil, fmt.Errorf("%w: %s: only tcp/PORT and udp/PORT can be locked down", ErrPorts, p)
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

func portList(ports []spa.ProtoPort) string {
	s := make([]string, len(ports))
	for i, p := range ports {
		s[i] = p.String()
	}
	return strings.Join(s, ",")
}

// printPlans prints every plan's commands, or idle when there are none,
// and reports whether there is anything to do.
func printPlans(w io.Writer, plans []plan, idle string) bool {
	n := 0
	for _, p := range plans {
		n += len(p.steps)
	}
	if n == 0 {
		fmt.Fprintln(w, "lockdown:", idle)
		return false
	}
	fmt.Fprintln(w, "lockdown: these commands will run:")
	for _, p := range plans {
		for _, s := range p.steps {
			fmt.Fprintln(w, "  "+s.String())
		}
	}
	return true
}

func confirm(opts Options) error {
	if opts.Yes {
		return nil
	}
	in := opts.In
	if f, ok := in.(*os.File); in == nil || ok && !term.IsTerminal(int(f.Fd())) {
		return ErrNeedYes
	}
	fmt.Fprint(opts.Out, "Apply them? Established connections and loopback stay open. [y/N] ")
	line, err := readLine(in)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrDeclined, err)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return nil
	}
	return ErrDeclined
}

// readLine reads up to a line end byte by byte, so nothing past the answer
// is consumed, and at most 256 bytes.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for b.Len() < 256 {
		n, err := r.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				return b.String(), nil
			}
			b.WriteByte(buf[0])
		}
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

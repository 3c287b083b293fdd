package daemon

import (
	"context"
	"fmt"
	"io"
	"os/exec"
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

// ListAllRules prints every rule of the filter and nat tables as iptables
// shows them (--fw-list-all), after the grants.
func ListAllRules(ctx context.Context, srv *config.Server, out io.Writer) error {
	for _, table := range []string{"filter", "nat"} {
		fmt.Fprintf(out, "\n# %s -t %s -S\n", srv.FirewallExe, table)
		cmd := exec.CommandContext(ctx, srv.FirewallExe, "-t", table, "-S")
		cmd.Stdout = out
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s -t %s -S: %w", srv.FirewallExe, table, err)
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

package onboard

import (
	"context"
	"errors"
	"net/netip"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// FirewallRevoker is the Revoker on the daemon's firewall: it reads the live
// grants back from the kernel and closes those from the given sources, so it
// works from a separate `fwknopd --revoke-client` process while the daemon
// runs. Call the firewall's Init first (it is idempotent and keeps grants).
type FirewallRevoker struct {
	Firewall firewall.Firewall
}

// RevokeSource closes every grant whose source is in prefixes. A grant that
// expired in the meantime is not an error.
func (r FirewallRevoker) RevokeSource(ctx context.Context, prefixes []netip.Prefix) (int, error) {
	grants, err := r.Firewall.List(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, g := range grants {
		if !inAny(g.Source.Unmap(), prefixes) {
			continue
		}
		switch err := r.Firewall.Revoke(ctx, g); {
		case err == nil:
			n++
		case !errors.Is(err, firewall.ErrNotGranted):
			return n, err
		}
	}
	return n, nil
}

func inAny(a netip.Addr, prefixes []netip.Prefix) bool {
	for _, p := range prefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

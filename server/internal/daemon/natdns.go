package daemon

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"time"
)

// natDNSTimeout bounds the look-up of a NAT request's host name: the
// deciding worker waits for it, as the stock daemon does.
const natDNSTimeout = 3 * time.Second

// resolveNATHost is the daemon's access.Options.Resolve (ENABLE_NAT_DNS):
// the first IPv4 address of host, as the stock's ipv4_resolve gives it
// (NAT targets are IPv4 there).
func resolveNATHost(host string) (netip.Addr, error) {
	ctx, cancel := context.WithTimeout(context.Background(), natDNSTimeout)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip4", host)
	if err != nil {
		return netip.Addr{}, err
	}
	if len(addrs) == 0 {
		return netip.Addr{}, errors.New("no IPv4 address")
	}
	return addrs[0].Unmap(), nil
}

package knock

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"
)

// AddrResolver learns the client's external address, for -R.
type AddrResolver interface {
	ExternalAddr(ctx context.Context, url, userAgent string) (netip.Addr, error)
}

// HTTPResolver asks a web service such as fwknop's
// https://www.cipherdyne.org/cgi-bin/myip, whose reply body is the address.
type HTTPResolver struct {
	Client  *http.Client  // nil: http.DefaultClient
	Timeout time.Duration // 0: 10 seconds
}

// ExternalAddr fetches url and reads the address in the reply body.
func (r HTTPResolver) ExternalAddr(ctx context.Context, url, userAgent string) (netip.Addr, error) {
	timeout := r.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return netip.Addr{}, invalid("resolve-url %q: %v", url, err)
	}
	req.Header.Set("User-Agent", userAgent)
	client := r.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("%w: %v", ErrExternalIP, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256))
	if err != nil {
		return netip.Addr{}, fmt.Errorf("%w: %s: %v", ErrExternalIP, url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return netip.Addr{}, fmt.Errorf("%w: %s answered %s", ErrExternalIP, url, resp.Status)
	}
	a, err := netip.ParseAddr(strings.TrimSpace(string(body)))
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, fmt.Errorf("%w: %s did not answer with an IP address", ErrExternalIP, url)
	}
	return a.Unmap(), nil
}

// Resolve returns an address of host (a name or an address literal),
// IPv4 only when ipv4Only is set. A name that does not resolve wraps
// ErrUnresolvable.
func Resolve(ctx context.Context, r *net.Resolver, host string, ipv4Only bool) (netip.Addr, error) {
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if ipv4Only && !a.Unmap().Is4() {
			return netip.Addr{}, fmt.Errorf("%w: %s is not an IPv4 address", ErrUnresolvable, host)
		}
		return a.Unmap(), nil
	}
	network := "ip"
	if ipv4Only {
		network = "ip4"
	}
	addrs, err := r.LookupNetIP(ctx, network, host)
	if err != nil || len(addrs) == 0 {
		return netip.Addr{}, fmt.Errorf("%w %q", ErrUnresolvable, host)
	}
	return addrs[0].Unmap(), nil
}

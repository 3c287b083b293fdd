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

// AddrResolver learns the client's external address, for -R, of family
// fam when fam is not AnyFamily.
type AddrResolver interface {
	ExternalAddr(ctx context.Context, url, userAgent string, fam Family) (netip.Addr, error)
}

// HostResolver looks up the addresses of a host name, for -D; a
// *net.Resolver is one.
type HostResolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// HTTPResolver asks a web service such as fwknop's
// https://www.cipherdyne.org/cgi-bin/myip, whose reply body is the address.
type HTTPResolver struct {
	Client  *http.Client  // nil: http.DefaultClient
	Timeout time.Duration // 0: 10 seconds
}

// ExternalAddr fetches url and reads the address in the reply body. With
// fam set it connects over that family only, so that a dual-stack host
// learns the external address of the family asked for.
func (r HTTPResolver) ExternalAddr(ctx context.Context, url, userAgent string, fam Family) (netip.Addr, error) {
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
	resp, err := r.client(fam).Do(req)
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
	a = a.Unmap()
	if !fam.Has(a) {
		return netip.Addr{}, fmt.Errorf("%w: %s answered %s, not an %s address (%s)", ErrExternalIP, url, a, fam, fam.Flag())
	}
	return a, nil
}

// client is r.Client, made to dial only fam's addresses when fam is set.
func (r HTTPResolver) client(fam Family) *http.Client {
	c := r.Client
	if c == nil {
		c = http.DefaultClient
	}
	rt := c.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	base, ok := rt.(*http.Transport)
	if fam == AnyFamily || !ok {
		// A custom RoundTripper cannot be steered; the answer's family
		// is still checked.
		return c
	}
	t := base.Clone()
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		return dial(ctx, network+fam.suffix(), addr)
	}
	fc := *c
	fc.Transport = t
	return &fc
}

// ResolveFamily returns an address of host (a name or an address literal,
// IPv6 possibly in brackets) of family fam, or of either family when fam
// is AnyFamily. A literal of the other family, or a name without an
// address of the family, wraps ErrUnresolvable.
func ResolveFamily(ctx context.Context, r HostResolver, host string, fam Family) (netip.Addr, error) {
	if a, ok := literal(host); ok {
		if !fam.Has(a) {
			return netip.Addr{}, fmt.Errorf("%w: the server %s is not an %s address", ErrUnresolvable, host, fam)
		}
		return a, nil
	}
	addrs, _ := r.LookupNetIP(ctx, "ip"+fam.suffix(), host) // a failed lookup returns none
	for _, a := range addrs {
		if a = a.Unmap(); fam.Has(a) {
			return a, nil
		}
	}
	if fam != AnyFamily {
		return netip.Addr{}, fmt.Errorf("%w %q to an %s address", ErrUnresolvable, host, fam)
	}
	return netip.Addr{}, fmt.Errorf("%w %q", ErrUnresolvable, host)
}

// literal reads host as an address, IPv6 possibly in brackets.
func literal(host string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	return a.Unmap(), err == nil
}

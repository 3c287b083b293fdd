// Package netinfo learns what a knock needs to know about this machine's
// network: its external address (from its own interfaces when one holds a
// public address, else from HTTPS resolvers asked in parallel) and how far
// its clock is off (from the Date headers of those resolvers' answers).
//
// Every lookup is bounded by a timeout and a context, so a caller on a UI
// goroutine's behalf never waits longer than it allows. A Detector is safe
// for concurrent use once its fields are set.
package netinfo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"time"
)

// Family selects the address family of a lookup.
type Family int

// The families.
const (
	Any Family = iota
	IPv4
	IPv6
)

func (f Family) String() string {
	return [...]string{"any", "IPv4", "IPv6"}[f]
}

// FamilyOf is the family of a.
func FamilyOf(a netip.Addr) Family {
	if a.Unmap().Is4() {
		return IPv4
	}
	return IPv6
}

func (f Family) has(a netip.Addr) bool {
	return f == Any || FamilyOf(a) == f
}

// DefaultResolvers answer a GET with the caller's address as the body.
var DefaultResolvers = []string{
	"https://www.cipherdyne.org/cgi-bin/myip", // fwknop's own
	"https://api64.ipify.org",
	"https://icanhazip.com",
	"https://ifconfig.co/ip",
}

// DefaultTimeout bounds a lookup.
const DefaultTimeout = 5 * time.Second

// ErrNoAddress: no interface and no resolver gave an address of the family.
var ErrNoAddress = errors.New("cannot learn the external address")

// ErrNoClock: no resolver answered with a usable Date header.
var ErrNoClock = errors.New("cannot estimate the clock offset")

// Result is an external address and where it came from.
type Result struct {
	Addr netip.Addr
	// Source says how Addr was learnt: "interface eth0" (a public address
	// on this machine, so no NAT is in the way) or the resolver's URL.
	Source string
	// Direct: Addr is on a local interface.
	Direct bool
}

func (r Result) String() string { return r.Addr.String() + " (from " + r.Source + ")" }

// IfaceAddr is an address on a local interface.
type IfaceAddr struct {
	Iface string
	Addr  netip.Addr
}

// Detector finds external addresses and the clock offset. The zero value
// uses DefaultResolvers, http.DefaultTransport, the machine's interfaces
// and its clock.
type Detector struct {
	Resolvers  []string
	Timeout    time.Duration               // per lookup; 0: DefaultTimeout
	Transport  http.RoundTripper           // nil: http.DefaultTransport; an *http.Transport is cloned to force the family
	Interfaces func() ([]IfaceAddr, error) // nil: LocalAddrs
	Now        func() time.Time            // nil: time.Now
	UserAgent  string                      // "": "Fwknop/2.6.10", which the stock resolvers expect
}

// LocalAddrs lists the addresses of the machine's interfaces that are up.
func LocalAddrs() ([]IfaceAddr, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var out []IfaceAddr
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				if ip, ok := netip.AddrFromSlice(n.IP); ok {
					out = append(out, IfaceAddr{ifc.Name, ip.Unmap()})
				}
			}
		}
	}
	return out, nil
}

// IsPublic reports whether a is an address others on the Internet reach
// this machine at: global unicast, not private (RFC 1918, ULA), not shared
// (100.64/10, carrier NAT), not link-local.
func IsPublic(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsGlobalUnicast() && !a.IsPrivate() && !netip.MustParsePrefix("100.64.0.0/10").Contains(a)
}

// External returns this machine's external address of family f: a public
// address on an interface (no NAT in the way) when there is one, else the
// first answer of the resolvers, asked in parallel.
func (d *Detector) External(ctx context.Context, f Family) (Result, error) {
	if r, ok := d.direct(f); ok {
		return r, nil
	}
	return d.resolve(ctx, f)
}

func (d *Detector) direct(f Family) (Result, bool) {
	list := d.Interfaces
	if list == nil {
		list = LocalAddrs
	}
	addrs, err := list()
	if err != nil {
		return Result{}, false
	}
	for _, a := range addrs {
		if f.has(a.Addr) && IsPublic(a.Addr) {
			return Result{Addr: a.Addr, Source: "interface " + a.Iface, Direct: true}, true
		}
	}
	return Result{}, false
}

// answer is one resolver's reply.
type answer struct {
	url  string
	addr netip.Addr
	date time.Time // zero when the reply had none
	rtt  time.Duration
	sent time.Time
	err  error
}

// resolve asks every resolver at once and returns the first address of
// family f.
func (d *Detector) resolve(ctx context.Context, f Family) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, d.timeout())
	defer cancel()
	answers := d.askAll(ctx, f)
	var errs []string
	for a := range answers {
		if a.err == nil && f.has(a.addr) {
			return Result{Addr: a.addr, Source: a.url}, nil
		}
		if a.err == nil {
			a.err = fmt.Errorf("answered with an %s address", FamilyOf(a.addr))
		}
		errs = append(errs, a.url+": "+a.err.Error())
	}
	if len(errs) == 0 {
		return Result{}, fmt.Errorf("%w: no resolver configured", ErrNoAddress)
	}
	return Result{}, fmt.Errorf("%w (%s): %s", ErrNoAddress, f, strings.Join(errs, "; "))
}

func (d *Detector) timeout() time.Duration {
	if d.Timeout > 0 {
		return d.Timeout
	}
	return DefaultTimeout
}

func (d *Detector) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Detector) resolvers() []string {
	if d.Resolvers != nil {
		return d.Resolvers
	}
	return DefaultResolvers
}

// askAll queries every resolver in parallel; the channel is closed when
// all have answered or ctx ended.
func (d *Detector) askAll(ctx context.Context, f Family) <-chan answer {
	urls := d.resolvers()
	out := make(chan answer, len(urls))
	client := &http.Client{Transport: d.transport(f)}
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- d.ask(ctx, client, u)
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// transport forces family f by dialing tcp4 or tcp6.
func (d *Detector) transport(f Family) http.RoundTripper {
	rt := d.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	t, ok := rt.(*http.Transport)
	if !ok || f == Any {
		return rt
	}
	t = t.Clone()
	network := map[Family]string{IPv4: "tcp4", IPv6: "tcp6"}[f]
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	t.DialContext = func(ctx context.Context, _, addr string) (net.Conn, error) {
		return dial(ctx, network, addr)
	}
	return t
}

func (d *Detector) ask(ctx context.Context, client *http.Client, url string) answer {
	a := answer{url: url, sent: d.now()}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		a.err = err
		return a
	}
	ua := d.UserAgent
	if ua == "" {
		ua = "Fwknop/2.6.10"
	}
	req.Header.Set("User-Agent", ua)
	resp, err := client.Do(req)
	if err != nil {
		a.err = errors.Unwrap(err) // drop the URL, already in a.url
		if a.err == nil {
			a.err = err
		}
		return a
	}
	defer resp.Body.Close()
	a.rtt = d.now().Sub(a.sent)
	if t, err := http.ParseTime(resp.Header.Get("Date")); err == nil {
		a.date = t
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256))
	switch {
	case err != nil:
		a.err = err
	case resp.StatusCode != http.StatusOK:
		a.err = fmt.Errorf("answered %s", resp.Status)
	default:
		addr, perr := netip.ParseAddr(strings.TrimSpace(string(body)))
		if perr != nil || addr.Zone() != "" {
			a.err = errors.New("did not answer with an IP address")
		}
		a.addr = addr.Unmap()
	}
	return a
}

// Skew is an estimate of how far the local clock is off.
type Skew struct {
	// Offset is local time minus the servers' time: positive when the
	// local clock is ahead.
	Offset  time.Duration
	Samples int // resolvers whose Date header was used
}

// ClockSkew asks every resolver and returns the median offset of the local
// clock from their Date headers. Date has a resolution of one second and
// the reply arrives after a round trip, so the estimate is good to about
// a second plus half the round trip: enough to tell a clock that is
// minutes off, which makes fwknopd ignore every knock.
func (d *Detector) ClockSkew(ctx context.Context) (Skew, error) {
	ctx, cancel := context.WithTimeout(ctx, d.timeout())
	defer cancel()
	var offsets []time.Duration
	for a := range d.askAll(ctx, Any) {
		if a.date.IsZero() {
			continue
		}
		// The server stamped Date somewhere within the round trip; take
		// the middle, and the middle of its second.
		local := a.sent.Add(a.rtt / 2)
		offsets = append(offsets, local.Sub(a.date.Add(500*time.Millisecond)))
	}
	if len(offsets) == 0 {
		return Skew{}, ErrNoClock
	}
	slices.Sort(offsets)
	n := len(offsets)
	med := offsets[n/2]
	if n%2 == 0 {
		med = (offsets[n/2-1] + offsets[n/2]) / 2
	}
	return Skew{Offset: med.Round(time.Second), Samples: n}, nil
}

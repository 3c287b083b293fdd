package client

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/desktop/internal/netinfo"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Pipeline is the one way Sesame knocks, driven by the stock client's
// flags (`sesame knock -A tcp/22 -D host`), the saved profiles and the
// GUI alike. Its stages, in order:
//
//	options  the -4/-6 family checked against the addresses given
//	resolve  the server's address, of the -4/-6 family (skipped offline)
//	allow    the address to open: given, the packet's source (-s), or
//	         learnt (-R, allow=resolve) of the family asked for, else of
//	         the server's
//	message  knock.Message
//	keys     knock.Keys: the Rijndael or GPG keys and the HMAC key
//	seal     spa.Seal
//	send     knock.Send, or for the raw transports (-P udpraw, tcpraw,
//	         icmp) the IPv4 packet built here and written to a raw socket
//	         opened first of all (skipped offline)
//	check    an optional TCP port check before and after the send
//
// The server is resolved before the message (the stock client resolves
// it when sending) because the external address learnt for it must be of
// its family; the keys come after the message, as in the stock client, so
// that a bad option is reported before a key is asked for.
//
// The fields read the world, so that tests can fix it; the zero value
// uses the system's clock, randomness, environment and resolvers.
type Pipeline struct {
	Now    func() time.Time    // nil: time.Now
	Rand   io.Reader           // nil: crypto/rand
	Getenv func(string) string // user name lookup; nil: os.Getenv
	// Prompt asks for a key the options lack; nil: a missing key is an error.
	Prompt knock.Prompter
	// Lookup resolves the server's name; nil: the system's resolver.
	Lookup knock.HostResolver
	// External learns the address to open when the options ask to resolve
	// it; nil: URLSource{} (the stock client's -R).
	External AddrSource
}

// Run is how far a knock goes.
type Run struct {
	// Offline builds and seals only (-T): the server is not resolved and
	// nothing is sent.
	Offline bool
	// Check is the port check; nil: none (the flags path).
	Check *Check
	// Sealed, when set, is called with the sealed knock before it is sent
	// (and offline too): -B saves the packet there. An error stops the run.
	Sealed func(*Knock) error
}

// Check is the pipeline's optional last stage: a TCP port that the access
// opens, tried once before the knock (a port open already proves nothing)
// and then until it answers.
type Check struct {
	Probe Probe
	// Prefer is the port to check when the access opens it (the ssh
	// port); else the first TCP port of the access is.
	Prefer uint16
}

// Knock is a knock the pipeline built, and what became of it.
type Knock struct {
	Options   *knock.Options // as sent: the allow address filled in
	Keys      *spa.Keys
	Message   *spa.Message
	Packet    string       // sealed, as sent
	Target    knock.Target // zero when offline
	DestPort  uint16       // the server port the packet goes (or, offline, would go) to: -p, or -r's pick
	Allow     string       // the address the server is asked to open for
	AllowFrom string       // how that address was learnt

	At      time.Time      // when the packet was sent (or its sending tried); zero: offline
	Port    netip.AddrPort // the port checked; zero: none
	Already bool           // the port answered before the knock
	Result  PortResult     // the check after the send (not run when Already)
}

// The AllowFrom texts of the addresses not learnt.
const (
	FromSource = "the server uses the packet's source address"
	FromFixed  = "fixed in the profile"
)

// Run runs the stages on a copy of o. The Knock is returned once the
// packet is sealed, also when sending it fails, so that a caller can still
// show it; before that it is nil. An error from the resolve stage wraps
// knock.ErrUnresolvable.
func (p *Pipeline) Run(ctx context.Context, opts *knock.Options, run Run) (*Knock, error) {
	o := *opts
	if err := o.CheckFamily(); err != nil {
		return nil, err
	}
	if err := o.CheckRaw(); err != nil {
		return nil, err
	}
	if !run.Offline && o.Destination == "" {
		return nil, fmt.Errorf("%w: no server: give -D HOST (or SPA_SERVER in the -n stanza)", knock.ErrInvalid)
	}
	if o.HTTPProxy != "" {
		if o.Transport != knock.HTTP {
			return nil, fmt.Errorf("%w: --http-proxy needs -P http", knock.ErrInvalid)
		}
		if _, _, err := knock.ParseProxy(o.HTTPProxy); err != nil {
			return nil, err
		}
	}
	k := &Knock{Options: &o}
	var server netip.Addr
	var err error
	var raw *rawSocket
	if !run.Offline && o.Transport.Raw() {
		if raw, err = openRaw(o.Transport); err != nil {
			return nil, err
		}
		defer raw.Close()
	}
	switch {
	case !run.Offline && o.HTTPProxy != "":
		// The proxy resolves the server's name, as with the stock client.
		k.Target = target(&o, netip.IPv4Unspecified())
	case !run.Offline:
		if server, err = p.resolve(ctx, &o); err != nil {
			return nil, err
		}
		k.Target = target(&o, server)
	}
	var openBefore <-chan bool
	if run.Check != nil && server.IsValid() {
		if port, ok := checkPort(o.Access, run.Check.Prefer); ok {
			// Is the port open already (a grant still running, or no rule
			// at all)? Then an answer after the knock proves nothing about
			// it. Asked now, so the knock is built meanwhile.
			k.Port = netip.AddrPortFrom(server, port)
			openBefore = run.Check.Probe.Answers(ctx, k.Port)
		}
	}
	if err := p.allow(ctx, k, server); err != nil {
		return nil, err
	}
	if k.Message, err = knock.Message(ctx, &o, knock.Env{Now: p.now, Rand: p.rand(), Getenv: p.getenv()}); err != nil {
		return nil, err
	}
	// The keys after the message, as the stock client gets them: a bad
	// option is reported before a key is asked for.
	if k.Keys, err = knock.Keys(&o, p.Prompt); err != nil {
		return nil, err
	}
	if k.Packet, err = spa.Seal(k.Message, k.Keys, p.rand()); err != nil {
		return nil, err
	}
	if run.Sealed != nil {
		if err := run.Sealed(k); err != nil {
			return k, err
		}
	}
	k.DestPort = o.ServerPort
	if o.RandPort {
		// After the seal, as the stock client: -r's port says nothing of
		// the message's random data. Also offline, where -T -v shows it.
		if k.DestPort, err = knock.RandPort(p.rand()); err != nil {
			return k, err
		}
	}
	if run.Offline {
		return k, nil
	}
	k.Target.Addr = netip.AddrPortFrom(k.Target.Addr.Addr(), k.DestPort)
	k.Already = openBefore != nil && <-openBefore
	k.At = p.now()
	if raw != nil {
		err = sendRaw(raw, k, p.rand())
	} else {
		err = knock.Send(ctx, k.Target, k.Packet)
	}
	if err != nil {
		return k, err
	}
	if openBefore != nil && !k.Already {
		k.Result = run.Check.Probe.Check(ctx, k.Port)
	}
	return k, nil
}

// resolve is the resolve stage: the server's address of the family that
// -4, -6 or --server-resolve-ipv4 asks for.
func (p *Pipeline) resolve(ctx context.Context, o *knock.Options) (netip.Addr, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var lookup knock.HostResolver = net.DefaultResolver
	if p.Lookup != nil {
		lookup = p.Lookup
	}
	return knock.ResolveFamily(ctx, lookup, o.Destination, o.ServerFamily())
}

// target is where the packet goes. The host is -D as given: the HTTP
// transport writes it in the Host header (knock.HTTPRequest brackets an
// IPv6 literal there).
func target(o *knock.Options, server netip.Addr) knock.Target {
	return knock.Target{Host: o.Destination, Addr: netip.AddrPortFrom(server, o.ServerPort), Transport: o.Transport, UserAgent: o.UserAgent,
		SourcePort: o.SourcePort, Proxy: o.HTTPProxy}
}

// allow is the allow stage: it fills in k.Options.AllowIP when the options
// ask for the external address, of the family -4/-6 asks for, else of the
// server's (an IPv4 address is no use to an IPv6 server). An address given
// is left for knock.Message to check.
func (p *Pipeline) allow(ctx context.Context, k *Knock, server netip.Addr) error {
	o := k.Options
	switch {
	case o.AllowIP == knock.SourceAddr:
		k.Allow, k.AllowFrom = o.AllowIP, FromSource
		return nil
	case o.AllowIP != "":
		k.Allow, k.AllowFrom = o.AllowIP, FromFixed
		return nil
	case !o.ResolveIP && o.ResolveURL == "":
		return nil // knock.Message says what is missing
	}
	fam := o.Family
	if fam == knock.AnyFamily && server.IsValid() {
		fam = familyOf(server)
	}
	src := p.External
	if src == nil {
		src = URLSource{}
	}
	a, from, err := src.External(ctx, o, fam)
	if err != nil {
		return err
	}
	o.AllowIP, o.ResolveIP, o.ResolveURL = a.String(), false, ""
	k.Allow, k.AllowFrom = o.AllowIP, from
	return nil
}

func familyOf(a netip.Addr) knock.Family {
	if a.Unmap().Is4() {
		return knock.IPv4
	}
	return knock.IPv6
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pipeline) rand() io.Reader {
	if p.Rand != nil {
		return p.Rand
	}
	return rand.Reader
}

func (p *Pipeline) getenv() func(string) string {
	if p.Getenv != nil {
		return p.Getenv
	}
	return os.Getenv
}

// AddrSource learns this machine's external address of family fam
// (knock.AnyFamily: either) for the options o, and says where it came
// from.
type AddrSource interface {
	External(ctx context.Context, o *knock.Options, fam knock.Family) (addr netip.Addr, from string, err error)
}

// URLSource is the stock client's -R: it asks the options' --resolve-url
// (fwknop's own service when none is set), with their User-Agent.
type URLSource struct {
	Resolver knock.AddrResolver // nil: knock.HTTPResolver{}
}

// External implements AddrSource.
func (u URLSource) External(ctx context.Context, o *knock.Options, fam knock.Family) (netip.Addr, string, error) {
	url, err := resolveURL(o)
	if err != nil {
		return netip.Addr{}, "", err
	}
	ua := o.UserAgent
	if ua == "" {
		ua = knock.DefaultUserAgent
	}
	var r knock.AddrResolver = knock.HTTPResolver{}
	via, self := url, true
	switch {
	case o.WgetCmd != "":
		// -w: the stock client's way, through wget.
		w := knock.WgetResolver{Cmd: o.WgetCmd, OwnUserAgent: o.WgetUserAgent}
		r, via, self = w, strings.Join(w.Command(url, ua, fam), " "), false
	case u.Resolver != nil:
		r = u.Resolver
	}
	if o.WgetUserAgent && o.WgetCmd == "" {
		ua = "" // no User-Agent of ours, as wget would send its own
	}
	a, err := r.ExternalAddr(ctx, url, ua, fam)
	if err != nil {
		return a, url, resolveFailed(via, self, err)
	}
	return a, url, nil
}

// DetectorSource learns the address as the saved profiles do: a public
// address on an interface, else the first answer of several resolvers
// asked at once (netinfo.Detector).
type DetectorSource struct{ Detector *netinfo.Detector }

// External implements AddrSource.
func (d DetectorSource) External(ctx context.Context, _ *knock.Options, fam knock.Family) (netip.Addr, string, error) {
	nf := map[knock.Family]netinfo.Family{knock.AnyFamily: netinfo.Any, knock.IPv4: netinfo.IPv4, knock.IPv6: netinfo.IPv6}[fam]
	r, err := d.Detector.External(ctx, nf)
	return r.Addr, r.Source, err
}

// resolveURL is the URL -R asks: --resolve-url, else the default; with
// --resolve-http-only (RESOLVE_HTTP_ONLY) the default over plain HTTP,
// and an https:// URL refused, as the stock client's resolve_ip_http.
func resolveURL(o *knock.Options) (string, error) {
	url := o.ResolveURL
	switch {
	case o.ResolveHTTPOnly && url == "":
		return "http://" + strings.TrimPrefix(knock.DefaultResolveURL, "https://"), nil
	case o.ResolveHTTPOnly && len(url) >= 5 && strings.EqualFold(url[:5], "https"):
		return "", fmt.Errorf("%w: https is not supported for --resolve-http-only (--resolve-url %s)", knock.ErrInvalid, url)
	case url == "":
		return knock.DefaultResolveURL, nil
	}
	return url, checkResolveURL(url)
}

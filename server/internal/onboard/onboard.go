// Package onboard runs the key life cycle of one SPA client on the server in
// one step each: `fwknopd --new-client NAME` (fresh keys, a new access.conf
// stanza, everything the client needs printed), `--rotate-client NAME` (new
// keys in the same stanza) and `--revoke-client NAME` (stanza removed, live
// grants closed). The stanza is found again by its SESAME_CLIENT NAME line.
//
// NewClient takes an access.conf that is missing, or that exists with no
// stanza yet (empty or comments only, which the daemon itself refuses), as
// the place for the first client; an existing file keeps its text, owner
// and mode. The printed profile, its QR code and its ~/.fwknoprc stanza are
// named after the client (profileName: '@' becomes '-'), for NewClient and
// RotateClient alike.
//
// It promises:
//   - access.conf is never left half written nor replaced by a file the
//     daemon cannot load: the new text goes to a temporary file in the same
//     folder (mode 0600 at creation, then the old file's mode without access
//     for others, and its owner), the whole candidate is loaded with
//     config.LoadAccess and checked to hold exactly the intended change, the
//     old file is kept as access.conf.bak, and only then the candidate is
//     synced and renamed over the old file and the folder synced. On any
//     refusal the old file stays byte for byte as it was and no temporary
//     file is left;
//   - a running daemon (the pid file's process, if it is an fwknopd) is sent
//     SIGHUP to reload, and the output says whether it was;
//   - keys appear only in the output meant for the client (Options.Out),
//     never in an error;
//   - only stanzas in the root access file can be rotated or revoked (an
//     included file is not rewritten), and a stanza whose keys come from
//     %include_keys is not rotated.
//
// The new stanza asks for REQUIRE_SOURCE_ADDRESS Y and the printed profile
// for allow=resolve: the client puts its own address in the encrypted packet,
// so a packet taken off the wire and sent from elsewhere opens nothing for
// the sender (with 0.0.0.0, "use the source", it would).
//
// The functions are not safe to run concurrently on the same access file.
package onboard

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Reasons a command refuses, for errors.Is. None of their messages holds a key.
var (
	// ErrName: the client name is empty or has characters SESAME_CLIENT
	// does not allow.
	ErrName = errors.New("onboard: invalid client name")
	// ErrArgument: a malformed --server, --open or --source value.
	ErrArgument = errors.New("onboard: invalid argument")
	// ErrExists: a stanza with this SESAME_CLIENT name is already there.
	ErrExists = errors.New("onboard: client already exists")
	// ErrNotFound: no stanza with this SESAME_CLIENT name.
	ErrNotFound = errors.New("onboard: no such client")
	// ErrNotEditable: the stanza cannot be rewritten here (it is in an
	// included file, its keys are in an %include_keys file, or it has no
	// Rijndael key).
	ErrNotEditable = errors.New("onboard: stanza cannot be edited by fwknopd")
	// ErrCurrentInvalid: the access file as it is does not load.
	ErrCurrentInvalid = errors.New("onboard: current access file does not load")
	// ErrCandidateInvalid: the access file after the change would not load,
	// or would not hold the change; nothing was replaced.
	ErrCandidateInvalid = errors.New("onboard: changed access file would not load")
	// ErrFile: reading or writing the access file failed.
	ErrFile = errors.New("onboard: access file")
	// ErrRevokeGrants: the stanza is gone but closing live grants failed.
	ErrRevokeGrants = errors.New("onboard: closing the client's live grants failed")
)

// Revoker closes live grants; the daemon main wires it to its firewall
// (FirewallRevoker does that for a firewall.Firewall).
type Revoker interface {
	// RevokeSource closes every live grant whose source address is in one
	// of prefixes and returns how many it closed.
	RevokeSource(ctx context.Context, prefixes []netip.Prefix) (int, error)
}

// Options are the inputs of NewClient, RotateClient and RevokeClient.
type Options struct {
	// Name is the client's name (SESAME_CLIENT): 1..64 letters, digits
	// and . _ - @.
	Name string
	// AccessFile is access.conf; empty means config.DefaultAccessFile.
	AccessFile string
	// PIDFile is the running daemon's pid file (FWKNOP_PID_FILE); empty
	// means no reload is tried.
	PIDFile string
	// Server is where clients send knocks, HOST[:PORT] ([IPv6]:PORT),
	// port 62201 when left out. NewClient and RotateClient print it in
	// the client's profile.
	Server string
	// Open is the ports the client may open, "tcp/22[,udp/53...]". NewClient
	// needs it; RotateClient uses it for the printed profile in place of
	// the stanza's OPEN_PORTS when set.
	Open string
	// Source is NewClient's SOURCE: "ANY" (the default when empty) or a
	// comma-separated list of addresses and networks.
	Source string
	// Out gets the result, including the keys for the client: it must go
	// to the administrator's terminal, never to a log.
	Out io.Writer
	// Rand is the source of keys; nil means crypto/rand.
	Rand io.Reader
	// Now stamps the comment above a new stanza; nil means time.Now.
	Now func() time.Time
	// Revoker closes RevokeClient's live grants; nil means none are
	// closed, and the output says so.
	Revoker Revoker
}

const (
	accessTimeout = 30         // FW_ACCESS_TIMEOUT of a new stanza, the stock default
	defaultHMAC   = spa.SHA256 // HMAC_DIGEST_TYPE of a new stanza
	maxName       = 64
)

func (o *Options) accessFile() string {
	if o.AccessFile == "" {
		return config.DefaultAccessFile
	}
	return o.AccessFile
}

func (o *Options) rand() io.Reader {
	if o.Rand == nil {
		return rand.Reader
	}
	return o.Rand
}

func (o *Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// NewClient adds a stanza for a new client with fresh keys, reloads the
// daemon and prints what the client needs (see the package documentation).
func NewClient(opts Options) error {
	if err := checkName(opts.Name); err != nil {
		return err
	}
	host, port, err := parseServer(opts.Server)
	if err != nil {
		return err
	}
	ports, err := parseOpen(opts.Open)
	if err != nil {
		return err
	}
	source, err := parseSource(opts.Source)
	if err != nil {
		return err
	}
	keys, err := newKeys(opts.rand(), defaultHMAC)
	if err != nil {
		return err
	}
	p, err := clientProfile(opts.Name, host, port, ports, keys)
	if err != nil {
		return err
	}
	path := opts.accessFile()
	old, acc, exists, err := loadForAdd(path)
	switch {
	case err != nil:
		return err
	case acc.ByName(opts.Name) != nil:
		return fmt.Errorf("%w: %s is in %s (stanza %s); use --rotate-client for new keys", ErrExists, opts.Name, path, acc.ByName(opts.Name).Label())
	}
	stanza, err := newStanza(opts.Name, source, ports, keys, opts.now())
	if err != nil {
		return fmt.Errorf("%w: %w", ErrArgument, err)
	}
	text := appendStanza(old, stanza)
	err = replaceFile(path, old, text, exists, func(a *config.Access) error {
		return keysIn(a, opts.Name, keys)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Added client %s to %s (SOURCE %s, OPEN_PORTS %s).\n", opts.Name, path, sourceText(source), portsText(ports, ","))
	reportReload(opts.Out, opts.PIDFile)
	return printClient(opts.Out, opts.Name, p)
}

// RotateClient gives the named client's stanza new keys of the same HMAC
// type, reloads the daemon and prints what the client needs, as NewClient
// does. The old keys stop working at the reload.
func RotateClient(opts Options) error {
	if err := checkName(opts.Name); err != nil {
		return err
	}
	host, port, err := parseServer(opts.Server)
	if err != nil {
		return err
	}
	path := opts.accessFile()
	old, acc, err := load(path)
	if err != nil {
		return err
	}
	st, err := editableStanza(acc, path, opts.Name)
	if err != nil {
		return err
	}
	ports := st.OpenPorts
	if opts.Open != "" {
		if ports, err = parseOpen(opts.Open); err != nil {
			return err
		}
	}
	if len(ports) == 0 {
		return fmt.Errorf("%w: stanza %s has no OPEN_PORTS: give the client's ports with --open", ErrArgument, st.Label())
	}
	hmacType := st.HMACType
	if !hmacType.Valid() {
		hmacType = defaultHMAC
	}
	keys, err := newKeys(opts.rand(), hmacType)
	if err != nil {
		return err
	}
	p, err := clientProfile(opts.Name, host, port, ports, keys)
	if err != nil {
		return err
	}
	text, err := rotateKeys(old, st, keys)
	if err != nil {
		return err
	}
	err = replaceFile(path, old, text, true, func(a *config.Access) error {
		return keysIn(a, opts.Name, keys)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "New keys for client %s in %s; the old keys stop working when the daemon reloads.\n", opts.Name, path)
	reportReload(opts.Out, opts.PIDFile)
	return printClient(opts.Out, opts.Name, p)
}

// RevokeClient removes the named client's stanza, reloads the daemon so it
// takes no new knock with those keys, and then closes the live grants in
// the stanza's SOURCE through opts.Revoker. Grants do not record which
// stanza opened them, so for a SOURCE of ANY every live grant is closed;
// other clients knock again.
func RevokeClient(ctx context.Context, opts Options) error {
	if err := checkName(opts.Name); err != nil {
		return err
	}
	path := opts.accessFile()
	old, acc, err := load(path)
	if err != nil {
		return err
	}
	st, err := editableStanza(acc, path, opts.Name)
	if err != nil {
		return err
	}
	text := removeStanza(old, st)
	err = replaceFile(path, old, text, true, func(a *config.Access) error {
		if a.ByName(opts.Name) != nil {
			return errors.New("the stanza is still there")
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Removed client %s (stanza at %s:%d) from %s.\n", opts.Name, st.File, st.Line, path)
	reportReload(opts.Out, opts.PIDFile)
	if opts.Revoker == nil {
		fmt.Fprintln(opts.Out, "Live grants were not closed (no firewall given); they end at their expiry.")
		return nil
	}
	n, err := opts.Revoker.RevokeSource(ctx, st.Source)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRevokeGrants, err)
	}
	fmt.Fprintf(opts.Out, "Closed %d live grant(s) from %s.\n", n, prefixesText(st.Source))
	return nil
}

// checkName applies the charset config accepts for SESAME_CLIENT, so that a
// name that passes here is one the new file loads with.
func checkName(name string) error {
	if name == "" || len(name) > maxName {
		return fmt.Errorf("%w: must be 1..%d characters", ErrName, maxName)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c == '_' || c == '-' || c == '.' || c == '@' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return fmt.Errorf("%w: %q: only letters, digits and . _ - @", ErrName, name)
		}
	}
	return nil
}

// parseServer reads HOST[:PORT], with an IPv6 address bare or in brackets.
func parseServer(s string) (host string, port uint16, err error) {
	bad := func(why string) (string, uint16, error) {
		return "", 0, fmt.Errorf("%w: --server %q: %s", ErrArgument, s, why)
	}
	if s == "" {
		return bad("HOST[:PORT] is needed for the client's profile")
	}
	host, port = s, profile.DefaultPort
	switch {
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		host = s[1 : len(s)-1]
	case strings.HasPrefix(s, "[") || strings.Count(s, ":") == 1:
		h, p, err := net.SplitHostPort(s)
		if err != nil {
			return bad("expected HOST[:PORT] or [IPv6]:PORT")
		}
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil || n == 0 {
			return bad("port must be 1..65535")
		}
		host, port = h, uint16(n)
	}
	if a, err := netip.ParseAddr(host); err == nil {
		host = a.String() // the profile wants netip's form
	}
	return host, port, nil
}

// parseOpen reads the ports a client may open; only tcp and udp make sense
// in both OPEN_PORTS and the profile.
func parseOpen(s string) ([]spa.ProtoPort, error) {
	pp, err := spa.ParseProtoPorts(s)
	if err != nil || len(pp) == 0 {
		return nil, fmt.Errorf("%w: --open %q: expected tcp/PORT or udp/PORT, comma-separated", ErrArgument, s)
	}
	seen := map[spa.ProtoPort]bool{}
	for _, p := range pp {
		if p.Proto != "tcp" && p.Proto != "udp" || p.Port == 0 || seen[p] {
			return nil, fmt.Errorf("%w: --open %q: %s: expected each of tcp/PORT or udp/PORT once", ErrArgument, s, p)
		}
		seen[p] = true
	}
	return pp, nil
}

// parseSource reads SOURCE's value into networks (nil for ANY), so no
// text from the command line reaches the file unchecked.
func parseSource(s string) ([]netip.Prefix, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "ANY") {
		return nil, nil
	}
	var out []netip.Prefix
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		pfx, err := netip.ParsePrefix(item)
		if err != nil {
			a, aerr := netip.ParseAddr(item)
			if aerr != nil || a.Zone() != "" {
				return nil, fmt.Errorf("%w: --source %q: %q is not ANY, an address or a network", ErrArgument, s, item)
			}
			pfx = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, pfx.Masked())
	}
	return out, nil
}

// sourceText is SOURCE's value as the stanza has it.
func sourceText(src []netip.Prefix) string {
	if len(src) == 0 {
		return "ANY"
	}
	return prefixesText(src)
}

func portsText(pp []spa.ProtoPort, sep string) string {
	s := make([]string, len(pp))
	for i, p := range pp {
		s[i] = p.String()
	}
	return strings.Join(s, sep)
}

func prefixesText(pp []netip.Prefix) string {
	s := make([]string, len(pp))
	for i, p := range pp {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}

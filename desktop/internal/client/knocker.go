package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/desktop/internal/netinfo"
	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Profiles is where a Knocker reads profiles and keys: a *store.Store.
type Profiles interface {
	Get(name string) (store.Profile, error)
	Keys(ctx context.Context, p store.Profile) (store.Keys, error)
}

// Phase is what a profile's knock is doing, for a tray icon.
type Phase int

// The phases.
const (
	Idle     Phase = iota
	Knocking       // building, sending, waiting for the port
	Open           // the port answered; State.Until is when the grant ends
	Failed         // the port did not open; State.Text says why
)

func (p Phase) String() string { return [...]string{"idle", "knocking", "open", "failed"}[p] }

// State is reported through Knocker.OnState at each change.
type State struct {
	Profile string
	Phase   Phase
	Text    string    // one line for the user
	Until   time.Time // Open: when the grant ends (for a countdown); zero: not known
	Record  *Record   // Open and Failed: the knock's record
}

// DefaultGrant is how long fwknopd keeps a port open when the knock asks
// for no time of its own (FW_ACCESS_TIMEOUT's default).
const DefaultGrant = 30 * time.Second

// ServerWindow is how far off a packet's timestamp fwknopd accepts by
// default (MAX_SPA_PACKET_AGE); a clock further off gets no answer.
const ServerWindow = 120 * time.Second

// Knocker knocks with saved profiles and checks the result. Set the fields
// before first use.
type Knocker struct {
	Profiles Profiles
	Net      *netinfo.Detector // external address and clock; nil: defaults
	Probe    Probe
	History  *History    // nil: none kept
	OnState  func(State) // called on the Knocker's goroutines; nil: none
	// SkewLimit: a clock offset above this is named in a diagnosis; 0: 60 s.
	SkewLimit time.Duration
	Now       func() time.Time    // nil: time.Now
	Rand      io.Reader           // nil: crypto/rand
	Getenv    func(string) string // user name lookup; nil: os.Getenv
	Lookup    knock.HostResolver  // the server's name; nil: the system's resolver
	// Override changes the options built from a profile before the knock,
	// as `sesame knock NAME -A tcp/80` does; nil: none.
	Override func(o *knock.Options) error
}

func (k *Knocker) now() time.Time {
	if k.Now != nil {
		return k.Now()
	}
	return time.Now()
}

func (k *Knocker) report(s State) {
	if k.OnState != nil {
		k.OnState(s)
	}
}

// Start runs Knock on a goroutine of its own; the channel receives the
// record (and is then closed).
func (k *Knocker) Start(ctx context.Context, name string) <-chan Record {
	ch := make(chan Record, 1)
	go func() {
		defer close(ch)
		ch <- k.Knock(ctx, name)
	}()
	return ch
}

// Knock knocks with the profile name, checks the port and returns what
// happened; the record is also added to the history and reported through
// OnState. It blocks for up to a few seconds (DNS, address lookup, probe):
// call it off a UI goroutine, or use Start.
func (k *Knocker) Knock(ctx context.Context, name string) Record {
	k.report(State{Profile: name, Phase: Knocking, Text: "knocking"})
	r := k.knock(ctx, name)
	st := State{Profile: name, Phase: Failed, Text: r.Diagnosis, Record: &r}
	switch {
	case r.Reason == AlreadyOpen:
		st.Phase, st.Until = Open, r.OpenUntil // zero: no countdown, none is known
	case r.Opened || r.Reason == Sent:
		st.Phase, st.Until = Open, r.Until
	}
	k.report(st)
	if k.History != nil {
		k.History.Add(r) // a history that cannot be saved must not fail the knock
	}
	return r
}

// knock is one knock with a saved profile: the profile's options (with
// Override) through the pipeline, with the port check on.
func (k *Knocker) knock(ctx context.Context, name string) Record {
	// The attempt's time, for a failure before any packet (no profile, keys
	// that do not unlock): the history shows when it was tried, never the
	// zero time. A sent packet's own time replaces it.
	r := Record{Profile: name, Reason: NotSent, At: k.now()}
	fail := func(reason Reason, err error) Record {
		r.Reason, r.Diagnosis = reason, oneLine(err.Error())
		return r
	}
	p, err := k.Profiles.Get(name)
	if err != nil {
		return fail(NotSent, err)
	}
	keys, err := k.Profiles.Keys(ctx, p)
	if err != nil {
		return fail(NotSent, err)
	}
	o := knock.FromProfile(p.Typed(keys), knock.Secret(keys.GPGSigningPW))
	if k.Override != nil {
		if err := k.Override(o); err != nil {
			return fail(NotSent, err)
		}
	}
	check := &Check{Probe: k.Probe, Prefer: p.SSH.PortOr(22)}
	kn, err := k.pipeline(p).Run(ctx, o, Run{Check: check})
	if kn != nil {
		r.Allow, r.AllowFrom, r.Port = kn.Allow, kn.AllowFrom, kn.Port
		r.Packet = decoded(kn.Message)
		r.Server = kn.Target.Addr.String() + "/" + kn.Target.Transport.String()
		r.At = kn.At
	}
	switch {
	case errors.Is(err, knock.ErrUnresolvable):
		return fail(DNSFailure, fmt.Errorf("DNS failure: %s does not resolve: %v", o.Destination, err))
	case err != nil:
		return fail(NotSent, err)
	}
	r.Until = kn.At.Add(grant(kn.Options.FWTimeout))
	switch {
	case !kn.Port.IsValid():
		r.Reason, r.Diagnosis = Sent, "sent; no TCP port to check"
	case kn.Already:
		k.alreadyOpen(&r)
	case kn.Result.Open:
		r.Opened, r.Reason, r.After = true, Opened, kn.Result.After
		r.Diagnosis = fmt.Sprintf("open after %d ms", kn.Result.After.Milliseconds())
	default:
		k.diagnose(ctx, &r, p, kn.Result)
	}
	return r
}

// pipeline is the client pipeline over the Knocker's world, learning the
// external address with the profile's resolvers.
func (k *Knocker) pipeline(p store.Profile) *Pipeline {
	return &Pipeline{Now: k.Now, Rand: k.Rand, Getenv: k.Getenv, Lookup: k.Lookup, External: DetectorSource{k.detector(p)}}
}

// alreadyOpen reports a knock sent to a port that answered before it: the
// port is open, but the knock may have been refused (a replay, a wrong
// key) without anything to show it. It is still sent, as the renewal the
// user asks for. The time left is that of the profile's last knock that
// opened the port, when the history has one still running.
func (k *Knocker) alreadyOpen(r *Record) {
	r.Opened, r.Reason = true, AlreadyOpen
	const unchecked = "the knock was sent, but a port already open cannot show whether the server accepted it"
	now := k.now()
	g, ok := k.History.Grant(r.Profile, r.Port, r.Allow, now)
	if !ok {
		r.Diagnosis = "already open before the knock, by no grant of this profile that Sesame knows of (an earlier knock from elsewhere, or no firewall rule for the port); " + unchecked
		return
	}
	r.OpenUntil = g.Until
	r.Diagnosis = fmt.Sprintf("already open, %s left of the grant of the knock at %s; %s", MinSec(g.Until.Sub(now)), g.At.Local().Format("15:04:05"), unchecked)
}

// MinSec formats a time left as "4:05".
func MinSec(d time.Duration) string {
	d = max(d.Round(time.Second), 0)
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}

// detector is k.Net with the profile's own resolvers.
func (k *Knocker) detector(p store.Profile) *netinfo.Detector {
	d := &netinfo.Detector{}
	if k.Net != nil {
		c := *k.Net
		d = &c
	}
	if len(p.Resolvers) > 0 {
		d.Resolvers = p.Resolvers
	}
	return d
}

// grant is how long the server was asked to keep the port open.
func grant(seconds int) time.Duration {
	if seconds > 0 {
		return time.Duration(seconds) * time.Second
	}
	return DefaultGrant
}

// checkPort picks the port to probe: the ssh port when access opens it,
// else the first TCP port it opens.
func checkPort(access string, sshPort uint16) (uint16, bool) {
	pp, err := spa.ParseProtoPorts(access)
	if err != nil {
		return 0, false
	}
	var first uint16
	for _, x := range pp {
		if x.Proto != "tcp" {
			continue
		}
		if x.Port == sshPort {
			return x.Port, true
		}
		if first == 0 {
			first = x.Port
		}
	}
	return first, first != 0
}

func decoded(m *spa.Message) *Packet {
	mm := *m
	plain, _ := mm.Encode()
	digest := plain[strings.LastIndexByte(plain, ':')+1:]
	dt := m.DigestType
	if dt == 0 {
		dt = spa.SHA256
	}
	return &Packet{Random: m.Random, User: m.User, Timestamp: m.Timestamp, Type: m.Type.String(),
		Message: m.Message, NATAccess: m.NATAccess, ClientTimeout: m.ClientTimeout, DigestType: dt.String(), Digest: digest}
}

// diagnose explains a port that did not open.
func (k *Knocker) diagnose(ctx context.Context, r *Record, p store.Profile, pr PortResult) {
	waited := k.Probe.total().Round(100 * time.Millisecond)
	if pr.Refused {
		r.Reason = Refused
		r.Diagnosis = fmt.Sprintf("connection refused on tcp/%d: the port is reachable but nothing listens on it (or the firewall rejects it)", r.Port.Port())
		return
	}
	r.Reason = NoAnswer
	r.Diagnosis = fmt.Sprintf("no answer on tcp/%d after %s: wrong key, the server's clock off, or blocked on the way", r.Port.Port(), waited)
	d := k.detector(p)
	var wg sync.WaitGroup
	var skew netinfo.Skew
	var skewErr, extErr error
	var ext netinfo.Result
	wg.Add(1)
	go func() { defer wg.Done(); skew, skewErr = d.ClockSkew(ctx) }()
	if p.Allow == profile.AllowResolve {
		wg.Add(1)
		go func() { defer wg.Done(); ext, extErr = d.External(ctx, netinfo.FamilyOf(r.Port.Addr())) }()
	}
	wg.Wait()
	if extErr == nil && ext.Addr.IsValid() && ext.Addr.String() != r.Allow {
		r.Reason = AddressChanged
		r.Diagnosis = fmt.Sprintf("no answer on tcp/%d: your external address changed from %s to %s since the knock; knock again", r.Port.Port(), r.Allow, ext.Addr)
		return
	}
	limit := orDur(k.SkewLimit, 60*time.Second)
	if skewErr == nil && (skew.Offset > limit || skew.Offset < -limit) {
		dir := "ahead of"
		if skew.Offset < 0 {
			dir = "behind"
		}
		r.Reason = ClockOff
		r.Diagnosis = fmt.Sprintf("no answer on tcp/%d: your clock is %s %s the time servers report (fwknopd ignores knocks more than %s off); set the clock", r.Port.Port(), abs(skew.Offset), dir, ServerWindow)
	}
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// errStopped ends KeepOpen when its context ends.
var errStopped = errors.New("keep-open stopped")

// KeepOpen knocks with the profile name and knocks again shortly before
// each grant ends, and at once when the external address changes, until
// ctx ends. Each knock's record goes to report (and OnState). A failed
// knock is retried after retry. It returns when ctx ends.
func (k *Knocker) KeepOpen(ctx context.Context, name string, report func(Record)) error {
	p, err := k.Profiles.Get(name)
	if err != nil {
		return err
	}
	d := k.detector(p)
	run := *k
	run.Profiles = &unlocked{Profiles: k.Profiles}
	for {
		r := run.Knock(ctx, name)
		if report != nil {
			report(r)
		}
		wait := retryAfter
		if r.Opened || r.Reason == Sent {
			wait = max(r.Until.Sub(k.now())-renewMargin(r.Until.Sub(r.At)), time.Second)
		}
		why, err := k.waitOrMove(ctx, d, r, wait)
		if err != nil {
			return nil
		}
		k.report(State{Profile: name, Phase: Knocking, Text: "knocking again: " + why})
	}
}

// unlocked reads the keys of a profile kept in a passphrase-protected
// (age) file once for a whole keep-open run, which would otherwise ask the
// passphrase at every renewal. The keys stay in memory for the run only,
// as they do for one knock, and are read again if the profile's key source
// changes. Other sources are read at every knock, so edits apply at once.
type unlocked struct {
	Profiles
	mu   sync.Mutex
	from store.KeySource
	keys *store.Keys
}

func (u *unlocked) Keys(ctx context.Context, p store.Profile) (store.Keys, error) {
	if p.Keys.Kind != store.SourceAge {
		return u.Profiles.Keys(ctx, p)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.keys != nil && u.from == p.Keys {
		return *u.keys, nil
	}
	k, err := u.Profiles.Keys(ctx, p)
	if err == nil {
		u.from, u.keys = p.Keys, &k
	}
	return k, err
}

// retryAfter is the pause before a failed keep-open knock is repeated.
const retryAfter = 15 * time.Second

// addrPoll is how often keep-open looks for a new external address.
const addrPoll = 10 * time.Second

// renewMargin is how long before the grant ends keep-open knocks again.
func renewMargin(g time.Duration) time.Duration {
	return min(g/4, 10*time.Second)
}

// waitOrMove waits for wait to pass or the external address (when the
// knock resolved one) to change, and says which; an error means ctx ended.
func (k *Knocker) waitOrMove(ctx context.Context, d *netinfo.Detector, r Record, wait time.Duration) (string, error) {
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	poll := time.NewTicker(addrPoll)
	defer poll.Stop()
	allowed, err := netip.ParseAddr(r.Allow)
	resolved := err == nil && !allowed.IsUnspecified() && r.AllowFrom != "fixed in the profile"
	for {
		select {
		case <-ctx.Done():
			return "", errStopped
		case <-deadline.C:
			if r.Opened || r.Reason == Sent {
				return "the grant is about to end", nil
			}
			return "the last knock failed", nil
		case <-poll.C:
			if !resolved {
				continue
			}
			if ext, err := d.External(ctx, netinfo.FamilyOf(allowed)); err == nil && ext.Addr != allowed {
				return fmt.Sprintf("the external address changed from %s to %s", allowed, ext.Addr), nil
			}
		}
	}
}

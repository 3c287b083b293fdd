package access

import (
	"errors"
	"fmt"
	"net/netip"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// ReplayCache is the replay-digest store Decide consults and fills;
// *replay.Cache satisfies it. Check returns replay.ErrSeen for a known
// digest; Add returns replay.ErrSeen when the digest is already there and
// returns only once the digest is stored.
type ReplayCache interface {
	Check(d replay.Digest) error
	Add(d replay.Digest, packetTime time.Time, meta replay.Meta) error
}

// Options are the daemon's settings a Judge needs beyond the config files.
type Options struct {
	// TestMode is fwknopd -t. It changes no decision (digests are recorded
	// and replays caught as in a live run); it is copied into each
	// Decision so whoever acts on it knows not to.
	TestMode bool
	// PacketAging is the effective ENABLE_SPA_PACKET_AGING
	// (config.Server.PacketAging: off by default for --pcap-file).
	PacketAging bool
	// Resolve looks up the host name of a NAT access request when
	// ENABLE_NAT_DNS is Y. nil refuses host names (reason malformed).
	Resolve func(host string) (netip.Addr, error)
}

// Judge decides packets against one configuration. It is safe for
// concurrent use.
type Judge struct {
	srv     *config.Server
	cache   ReplayCache
	opts    Options
	stanzas []stanza
	// openers holds one Opener per distinct set of keys; stanzas sharing
	// keys share one decryption per packet.
	openers []*spa.Opener
	// macs holds one Opener per distinct HMAC key and type; VerifyHMAC
	// depends on nothing else, so stanzas sharing them share one HMAC.
	macs []*spa.Opener
	// onHMAC, when set (by tests), is called for each HMAC computed.
	onHMAC func(group int)
}

// stanza is a config.Stanza with its keys made ready.
type stanza struct {
	cfg      *config.Stanza
	mac      int // index in Judge.macs; -1: the stanza has no HMAC
	rijndael int // index in Judge.openers; -1 without KEY/KEY_BASE64
	gpg      int // index in Judge.openers; -1 without GPG (decrypts with a per-packet clock)
}

// ErrConfig wraps the reasons New refuses a configuration.
var ErrConfig = errors.New("access: unusable configuration")

// New prepares a Judge for srv and acc: one Opener per distinct set of keys,
// the GPG keys read from disk. cache receives every decrypted packet's
// digest. The configs must not be modified while the Judge is in use.
func New(srv *config.Server, acc *config.Access, cache ReplayCache, opts Options) (*Judge, error) {
	if srv == nil || acc == nil || cache == nil {
		return nil, fmt.Errorf("%w: nil server config, access config or replay cache", ErrConfig)
	}
	j := &Judge{srv: srv, cache: cache, opts: opts}
	b := builder{j: j, openers: map[string]int{}, macIndex: map[string]int{}, gpgDirs: map[string][]gpgFile{}}
	for _, cfg := range acc.Stanzas {
		st, err := b.stanza(cfg)
		if err != nil {
			return nil, fmt.Errorf("%w: stanza %s (%s:%d): %w", ErrConfig, cfg.Label(), cfg.File, cfg.Line, err)
		}
		j.stanzas = append(j.stanzas, st)
	}
	return j, nil
}

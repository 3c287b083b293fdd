package replay

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

var (
	// ErrSeen: the digest is already in the cache; the packet is a replay.
	ErrSeen = errors.New("replay: digest already seen")
	// ErrClosed: the cache has been closed.
	ErrClosed = errors.New("replay: cache closed")
	// ErrBadDigest: a digest is not 43 characters of unpadded base64.
	ErrBadDigest = errors.New("replay: malformed digest")
	// ErrNotCache: the file is neither a Sesame replay cache nor a stock
	// fwknopd digest.cache; Open refuses to overwrite it.
	ErrNotCache = errors.New("replay: not a replay cache file")
	// ErrVersion: the file is a Sesame replay cache of an unknown version.
	ErrVersion = errors.New("replay: unsupported cache file version")
	// ErrBadRecord: a line of a cache file could not be parsed or failed
	// its checksum; it is skipped.
	ErrBadRecord = errors.New("replay: malformed record")
	// ErrTornRecord: the file ends in a partial record, left by a crash
	// during an append; it is dropped and the file truncated.
	ErrTornRecord = errors.New("replay: torn last record")
)

// RecordError locates a problem in a cache or stock digest file. Open and
// Import pass it to Options.Warn; errors.Is matches its Err.
type RecordError struct {
	File   string
	Line   int   // 1-based
	Offset int64 // byte offset of the line's start
	Err    error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%s:%d (byte %d): %v", e.File, e.Line, e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// MarkError refuses a packet stamped at or before the cache's watermark:
// digests of packets that old have been pruned (or the cache was lost), so
// the cache can no longer tell a new packet from a replay. It matches
// ErrSeen: the packet is refused as a replay, whatever the age settings.
type MarkError struct {
	PacketTime, Mark int64 // Unix seconds
}

func (e *MarkError) Error() string {
	return fmt.Sprintf("replay: packet stamped %s, at or before %s, up to which the replay cache no longer holds every digest (pruned or lost)",
		unixText(e.PacketTime), unixText(e.Mark))
}

func (e *MarkError) Is(target error) bool { return target == ErrSeen }

// ErrLost: the cache file was found empty, without its header, or damaged
// beyond reading: the digests it held are gone.
var ErrLost = errors.New("replay: cache lost")

// LostError reports, through Options.Warn, a cache file that Open found
// lost and how it starts safely. It matches ErrLost.
type LostError struct {
	Path     string
	Why      string // "is empty", "has no header", ...
	SetAside string // where the damaged file was moved, "" if not
	Mark     int64  // packets stamped at or before it are refused
}

func (e *LostError) Error() string {
	aside := ""
	if e.SetAside != "" {
		aside = fmt.Sprintf(", moved to %s (kept for inspection)", e.SetAside)
	}
	return fmt.Sprintf("replay: %s %s: THE REPLAY CACHE WAS LOST%s; a new one is started, and packets stamped at or before %s are refused as possible replays",
		e.Path, e.Why, aside, unixText(e.Mark))
}

func (e *LostError) Unwrap() error { return ErrLost }

// ErrStore: digests cannot be written to the cache file; every packet is
// refused until they can.
var ErrStore = errors.New("replay: cannot record digests")

// StoreError reports, through Options.Warn, the start and the end of an
// outage of the cache file: once when appends start failing (Err is the
// cause) and once when they work again (Recovered, with how many appends
// failed meanwhile). It matches ErrStore.
type StoreError struct {
	Path      string
	Err       error
	Recovered bool
	Failed    int
}

func (e *StoreError) Error() string {
	if e.Recovered {
		return fmt.Sprintf("replay: %s is writable again; %d appends failed (their packets were refused as replay_store_failed)", e.Path, e.Failed)
	}
	msg := e.Err.Error()
	if !strings.Contains(msg, e.Path) {
		msg = fmt.Sprintf("replay: %s: %s", e.Path, msg)
	}
	return msg + "; every packet is refused (replay_store_failed) until appends work again, tried again at each packet (at most once a second if the file could not be cut back)"
}

func (e *StoreError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrStore}
	}
	return []error{ErrStore, e.Err}
}

func unixText(sec int64) string {
	return fmt.Sprintf("%d (%s)", sec, time.Unix(sec, 0).UTC().Format(time.RFC3339))
}

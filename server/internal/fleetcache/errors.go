package fleetcache

import (
	"fmt"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
)

// ReplayError refuses a packet another daemon of the fleet (or this one,
// before a restart that lost nothing locally) already recorded in the
// shared cache. It matches replay.ErrSeen.
type ReplayError struct{ Key string }

func (e *ReplayError) Error() string {
	return "fleet replay: the shared replay cache already holds this packet's digest (accepted by a daemon of the fleet)"
}

func (e *ReplayError) Is(target error) bool { return target == replay.ErrSeen }

// Fleet marks the refusal as the shared cache's (the log's scope: fleet).
func (e *ReplayError) Fleet() bool { return true }

// WindowError refuses a packet stamped outside the window the shared
// cache's keys cover (Cache.Window either side of the clock): its key may
// have expired already, so the fleet can no longer tell it from a replay,
// whatever the age settings. It unwraps to a *replay.MarkError, so it
// matches replay.ErrSeen and a stale packet is still reported as stale.
type WindowError struct {
	PacketTime, Now int64 // Unix seconds
	Window          time.Duration
}

func (e *WindowError) Error() string {
	return fmt.Sprintf("fleet replay window: packet stamped %d s from the clock, beyond the %d s the shared replay cache covers",
		e.PacketTime-e.Now, int64(e.Window/time.Second))
}

func (e *WindowError) Unwrap() error {
	return &replay.MarkError{PacketTime: e.PacketTime, Mark: e.Now - int64(e.Window/time.Second)}
}

// Fleet marks the refusal as the shared cache's.
func (e *WindowError) Fleet() bool { return true }

// UnavailableError refuses a packet under policy closed because the shared
// cache could not record it (down, slow, refused the login). It does not
// match replay.ErrSeen: the daemon logs it as replay_store_failed.
type UnavailableError struct {
	Server string // the URL without credentials
	Err    error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("shared replay cache %s unavailable (policy closed refuses the knock): %v", e.Server, e.Err)
}

func (e *UnavailableError) Unwrap() error { return e.Err }

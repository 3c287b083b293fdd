package access

import (
	"net/netip"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// Action is what an accepted packet asks the daemon to do.
type Action int

const (
	// Open: add Decision.Grants to the firewall.
	Open Action = iota + 1
	// Command: run Decision.Command as Decision.CmdExecUser (ENABLE_CMD_EXEC).
	Command
	// Cycle: run Decision.CycleOpen now and Decision.CycleClose after
	// Decision.Timeout, as the stock daemon does instead of opening ports.
	Cycle
)

func (a Action) String() string {
	switch a {
	case Open:
		return "open"
	case Command:
		return "command"
	case Cycle:
		return "cycle"
	}
	return "none"
}

// Decision is the verdict on one packet. It holds no key material.
type Decision struct {
	Accept bool
	// Reason says why the packet was refused; empty when accepted.
	Reason Reason
	// Err details Reason where an underlying error exists (a spa or replay
	// error); for logs only.
	Err error
	// TestMode is Options.TestMode: the daemon must not act on an accepted
	// Decision (the decision itself is the same as in a live run).
	TestMode bool

	// Source and Destination are the packet's addresses, as given.
	Source, Destination netip.Addr
	// Digest is the packet's replay digest, set once some stanza's keys
	// authenticated the packet (junk is never hashed).
	Digest replay.Digest
	// Stanza is the stanza that accepted, or that got furthest before
	// refusing; nil when no stanza was tried.
	Stanza *config.Stanza
	// Message is the decoded packet, once a stanza could decrypt it.
	Message *spa.Message

	// The rest is set once the stanza got that far.

	// AllowIP is the address to open for: the message's, or the packet's
	// source where the message says 0.0.0.0 (or ::).
	AllowIP netip.Addr
	// SourcePrefix is AllowIP widened to the stanza's GRANT_PREFIX_V4 or
	// GRANT_PREFIX_V6: the network the grants are meant to open.
	SourcePrefix netip.Prefix
	// Ports is the access asked (access messages): Message.Body.Ports,
	// shared with the message, so read it, do not change it.
	Ports []spa.ProtoPort
	// Timeout is how long access lasts: the client's timeout clamped to
	// MAX_FW_TIMEOUT, else FW_ACCESS_TIMEOUT, else 30 s; for a Cycle, the
	// client's timeout (unclamped, as the stock's), else CMD_CYCLE_TIMER.
	Timeout time.Duration

	// Action is what to do for an accepted packet.
	Action Action
	// Grants are the firewall openings of an Open, each expiring at the
	// decision time plus Timeout. Their Source is AllowIP: firewall.Grant
	// names one address, so a GRANT_PREFIX narrower than a host is carried
	// by SourcePrefix for the daemon to apply.
	Grants []firewall.Grant
	// Command and CmdExecUser are set for a Command ("" user: as the daemon).
	Command     string
	CmdExecUser string
	// CycleOpen and CycleClose are a Cycle's commands with their variables
	// substituted (ExpandCycle); CycleClose is empty when CMD_CYCLE_CLOSE
	// is NONE. Both run as the daemon's user, with no shell.
	CycleOpen, CycleClose string

	// Others are the refusals of the other stanzas tried, in file order:
	// those before the one that accepted or ended the packet, or, when all
	// refused, all but Stanza. The stock daemon logs each stanza's refusal
	// as it goes (fwknop's suite greps them); nil when no other was tried.
	Others []Refusal

	stage stage // how far the stanza got, for the furthest-stanza rule
}

// Refusal is one stanza's refusal of a packet that Decision.Stanza decided.
type Refusal struct {
	Stanza *config.Stanza
	Reason Reason
	Err    error // for logs only
}

func reject(r Reason, err error) Decision {
	return Decision{Reason: r, Err: err}
}

package daemon

import (
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// The text log starts each line of an event both daemons have with the
// stock fwknopd's wording for it (its log_msg texts, server/*.c), then
// "; " and Sesame's own fields. fwknop's test suite waits for and greps
// these words, and so do administrators' log watchers; --log-json is not
// affected.

// stockSep separates the stock wording from Sesame's fields.
const stockSep = "; "

// stockStarting is the stock daemon's first line.
const stockStarting = "Starting fwknopd"

// stockServing is the stock daemon's "ready for packets" line: the UDP
// server's kick-off, or the capture loop's start (libpcap, a pcap file).
func stockServing(opts Options, srv *config.Server) string {
	if opts.PCAPFile == "" && (opts.UDPServer || srv.EnableUDPServer) {
		return fmt.Sprintf("Kicking off UDP server to listen on port %d.", srv.UDPServPort)
	}
	return "Starting fwknopd main event loop."
}

// stockRemoved is the stock daemon's line for a grant taken out at its
// expiry (fw_util_iptables.c's "Removed rule ... with expire time of").
func stockRemoved(g firewall.Grant) string {
	return fmt.Sprintf("Removed rule for %s with expire time of %d", g, g.Expires.Unix())
}

// stockSignal is the stock daemon's line for a signal it acts on
// (fwknopd.c); fwknop's test suite looks for "Got SIGTERM" after -K.
func stockSignal(s os.Signal) string {
	switch s {
	case syscall.SIGHUP:
		return "Got SIGHUP. Re-reading configs."
	case syscall.SIGINT:
		return "Got SIGINT. Exiting..."
	case syscall.SIGTERM:
		return "Got SIGTERM. Exiting..."
	}
	return fmt.Sprintf("Got %v.", s)
}

// packet logs an accepted packet's wire text at -vv (debugging), with the stock's
// "Final SPA Data" words from its -vv SPA decode dump: fwknop's test suite
// waits for them after each knock. The wire text is what anyone on the path
// sees, never a key nor the plaintext; it is quoted so that junk bytes
// cannot forge log lines.
func (l *Logger) packet(src netip.Addr, payload []byte) {
	if l.verbose < levelDebug {
		return
	}
	l.Debugf("[%s] SPA Packet: Final SPA Data: %q", src, payload)
}

// stockCommandError is the text of a command message that was not run: a
// command the stock cannot split into its argv (more than 30 words, none)
// gets its words first.
func stockCommandError(err error) string {
	if errors.Is(err, ErrCommand) {
		return "Error converting cmd str to argv: " + err.Error()
	}
	return err.Error()
}

// stockSourceError puts the stock's words before a libpcap capture that
// cannot be opened (a missing interface, no permission).
func stockSourceError(opts Options, srv *config.Server, err error) error {
	if opts.PCAPFile != "" || opts.UDPServer || srv.EnableUDPServer {
		return err
	}
	return fmt.Errorf("[*] pcap_open_live() error: %w", err)
}

// appendStock appends the stock wording of decision e and stockSep, or
// nothing when the stock daemon has no line for it (queue_full).
func (e Event) appendStock(b []byte) []byte {
	if e.Accept {
		b = e.appendReceived(b)
		if e.Test {
			b = append(b, ", --test mode enabled, skipping firewall manipulation."...)
		} else if !e.Expires.IsZero() && e.Error == "" {
			b = strconv.AppendInt(append(b, ", added with expire time of "...), e.Expires.Unix(), 10)
		}
		return append(b, stockSep...)
	}
	text, ok := stockReasons[access.Reason(e.Reason)]
	if e.stockText != "" {
		text, ok = e.stockText, true
	}
	if !ok {
		return b
	}
	if e.Stanza > 0 {
		// The stock logs the receipt of every packet a stanza's SOURCE
		// matches, before it decides; fwknop's test suite waits for it.
		b = append(e.appendReceived(b), stockSep...)
	}
	switch e.Reason {
	case string(access.Replay):
		b = appendAddr(append(b, "Replay detected from source IP: "...), e.Src)
	case string(access.NoMatchingStanza):
		b = appendAddr(append(b, "No access data found for source IP: "...), e.Src)
	default:
		b = append(appendAddr(append(b, '['), e.Src), "] "...)
		b = append(e.appendStanza(b), text...)
	}
	return append(b, stockSep...)
}

// appendReceived appends the stock's receipt line of a packet that matched
// a stanza's SOURCE.
func (e Event) appendReceived(b []byte) []byte {
	b = e.appendStanza(b)
	b = appendAddr(append(b, "SPA Packet from IP: "...), e.Src)
	return append(b, " received with access source match"...)
}

// appendStanza appends "(stanza #N) " when the event got to a stanza.
func (e Event) appendStanza(b []byte) []byte {
	if e.Stanza <= 0 {
		return b
	}
	b = strconv.AppendInt(append(b, "(stanza #"...), int64(e.Stanza), 10)
	return append(b, ") "...)
}

// stockDetail is the stock daemon's own line for a reject cause that
// Sesame files under a wider reason, or "": a NAT request's host name
// that is refused, invalid or does not resolve (reason malformed); a GPG
// signer outside GPG_FINGERPRINT_ID or GPG_REMOTE_ID, named.
func stockDetail(err error) string {
	var se *access.SignerError
	if errors.As(err, &se) {
		return se.StockText()
	}
	for _, e := range []error{access.ErrNATHostDisabled, access.ErrNATHostInvalid, access.ErrNATHostUnresolved} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	return ""
}

// stockReasons is the stock daemon's text for each reject reason (its
// log_msg in incoming_spa.c, or the fko_errstr it logs), after "[src]
// (stanza #N) ". Replay and no_matching_stanza have their own forms.
var stockReasons = map[access.Reason]string{
	access.TooShort:            "preprocess_spa_data() returned error: 'Not enough data to be a valid SPA message' for incoming packet.",
	access.TooLong:             "preprocess_spa_data() returned error: 'Data is not a valid SPA message format' for incoming packet.",
	access.BadBase64:           "preprocess_spa_data() returned error: 'Data is not a valid SPA message format' for incoming packet.",
	access.BadHMAC:             "Error creating fko context: Args contain invalid data: FKO_ERROR_INVALID_DATA_HMAC_COMPAREFAIL",
	access.DecryptFailed:       "Error creating fko context: Decryption failed or decrypted data is invalid",
	access.Replay:              "",
	access.StaleTimestamp:      "SPA data time difference is too great.",
	access.NoMatchingStanza:    "",
	access.PortNotAllowed:      "One or more requested protocol/ports was denied per access.conf.",
	access.SourceRequired:      "Got 0.0.0.0 when valid source IP was required.",
	access.UserMismatch:        "Username in SPA data does not match required username",
	access.CommandNotAllowed:   "SPA Command messages are not allowed in the current configuration.",
	access.NATNotEnabled:       "SPA packet requested NAT access, but is not enabled/supported",
	access.GPGSignatureMissing: "Error creating fko context: Missing GPG signature",
	access.GPGSignerNotAllowed: "Incoming SPA packet signed by an ID that is not in the GPG_REMOTE_ID or GPG_FINGERPRINT_ID list.",
	access.AccessExpired:       "Access stanza has expired",
	access.Malformed:           "Error creating fko context: Args contain invalid data",
	access.GPGBadSignature:     "Error creating fko context: Bad GPG signature",
	access.ReplayStoreFailed:   "Could not add digest to replay cache",
	access.CycleNotBuilt:       "Could not build CMD_CYCLE_OPEN command",
}

// refusalEvents are the events of the other stanzas' refusals of dec's
// packet (access.Decision.Others), nil when there are none.
func refusalEvents(dec access.Decision, now time.Time) []Event {
	if len(dec.Others) == 0 {
		return nil
	}
	evs := make([]Event, len(dec.Others))
	for i, r := range dec.Others {
		evs[i] = Event{Time: now, Src: dec.Source, Reason: string(r.Reason), stockText: stockDetail(r.Err)}
		if r.Stanza != nil {
			evs[i].Stanza = r.Stanza.Num
		}
	}
	return evs
}

// appendRefusal appends the text line of one stanza's refusal of a packet
// that another stanza decided: the stock's lines for it, as the stock logs
// each stanza it tries, then Sesame's "stanza #N refused SRC: reason".
func (e Event) appendRefusal(b []byte) []byte {
	b = e.appendStock(b)
	b = strconv.AppendInt(append(b, "stanza #"...), int64(e.Stanza), 10)
	b = appendAddr(append(b, " refused "...), e.Src)
	return append(append(b, ": "...), e.Reason...)
}

// decoded logs at -vv the decoded fields of a packet some stanza could
// open, in the words of the stock's -vv "SPA Decode" field dump (fwknop's
// suite greps "Username: NAME" there). Never a key, the server_auth field
// nor the digest; text fields are escaped so that they cannot forge lines.
func (l *Logger) decoded(dec access.Decision) {
	m := dec.Message
	if l.verbose < levelDebug || m == nil {
		return
	}
	num := 0
	if dec.Stanza != nil {
		num = dec.Stanza.Num
	}
	l.Debugf("[%s] (stanza #%d) SPA Decode: Username: %s, Timestamp: %d, FKO Version: %s, Message Type: %d, Message String: %s, Nat Access: %s, Client Timeout: %d",
		dec.Source, num, escaped(m.User), m.Timestamp, escaped(m.Version), m.Type, escaped(m.Message), escaped(m.NATAccess), m.ClientTimeout)
}

// escaped is s with Go's escapes for control and non-UTF-8 bytes, without
// the quotes around it.
func escaped(s string) string {
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

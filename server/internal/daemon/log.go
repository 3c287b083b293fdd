package daemon

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Log levels, as -v raises them: 0 shows warnings, decisions, grants and
// their expiry; 1 adds informational lines; 2 and more add debugging detail.
const (
	levelWarn  = 0
	levelInfo  = 1
	levelDebug = 2
)

// DefaultRejectsPerSecond is how many rejects a second are logged one by
// one; the rest of that second's rejects are folded into one summary.
const DefaultRejectsPerSecond = 200

// Event is one packet decision as the log shows it. It holds only decoded
// fields: never a key, never the packet's plaintext.
type Event struct {
	Time        time.Time
	Src         netip.Addr
	Accept      bool
	Action      string        // what an accept does: open, command or cycle (access.Action)
	Reason      string        // reject code (rejects only)
	Scope       string        // a replay's: local or fleet (the shared cache; fleetcache)
	Stanza      int           // stanza number, 0 when none got that far
	User        string        // the packet's user field
	Access      string        // "tcp/22,udp/53" asked for
	AllowIP     netip.Addr    // address the grant opens for
	GrantPrefix netip.Prefix  // GRANT_PREFIX_V4/V6 widened the grant to it; zero: AllowIP alone
	Expires     time.Time     // when the grant ends
	Timeout     time.Duration // how long it lasts
	Command     string        // a command message's command
	Test        bool          // decided in -t mode: nothing was changed
	Error       string        // acting on an accept failed (firewall, command)

	// stockText, when set, replaces the stock wording of Reason in the
	// text log: the stock has its own line for some causes of one reason.
	stockText string
	// others are the other stanzas' refusals of the packet (Src, Stanza,
	// Reason and stockText set), in file order: a text line each, before
	// the decision's line; never in --log-json.
	others []Event
}

// jsonEvent is the --log-json form of an Event; field names are stable.
type jsonEvent struct {
	Time     string         `json:"time"`
	Src      string         `json:"src,omitempty"`
	Decision string         `json:"decision"`
	Action   string         `json:"action,omitempty"`
	Reason   string         `json:"reason,omitempty"`
	Scope    string         `json:"scope,omitempty"`
	Stanza   int            `json:"stanza,omitempty"`
	User     string         `json:"user,omitempty"`
	Access   string         `json:"access,omitempty"`
	AllowIP  string         `json:"allow_ip,omitempty"`
	Prefix   string         `json:"grant_prefix,omitempty"`
	Expires  string         `json:"expires,omitempty"`
	Timeout  int64          `json:"timeout,omitempty"`
	Command  string         `json:"command,omitempty"`
	Test     bool           `json:"test,omitempty"`
	Error    string         `json:"error,omitempty"`
	Summary  bool           `json:"summary,omitempty"`
	Count    int            `json:"count,omitempty"`
	Reasons  map[string]int `json:"reasons,omitempty"`
}

// Logger writes the daemon's human log and, with --log-json, one JSON
// object per decision. Rejects beyond a per-second budget are counted
// instead of written, and summarised once the second is over, so a flood
// can neither slow the deciding workers much nor fill a disk. Accepts are
// always written. Decision lines are formatted into a reused buffer without
// allocating; a TextSink batches them (within FlushDelay), every other
// line and the JSON log are written at once. Safe for concurrent use.
type Logger struct {
	mu      sync.Mutex
	human   lineWriter
	json    io.Writer // nil: no JSON log
	verbose int
	budget  int

	second int64          // the Unix second being counted
	shown  int            // rejects written in full in that second
	folded map[string]int // rejects folded in that second, by reason

	line []byte // the line being formatted, reused
}

// lineWriter takes one human log line at a given level.
type lineWriter interface {
	WriteLine(level int, line string)
}

// bufferedLineWriter is a lineWriter that can also take a decision line as
// bytes the caller reuses afterwards, sparing a string per line, and write
// it a little later together with others (TextSink).
type bufferedLineWriter interface {
	bufferLine(level int, line []byte)
}

// NewLogger returns a Logger writing human lines to human (see NewTextSink)
// and JSON lines to jsonOut when it is not nil.
func NewLogger(human lineWriter, jsonOut io.Writer, verbose int) *Logger {
	return &Logger{human: human, json: jsonOut, verbose: verbose, budget: DefaultRejectsPerSecond,
		folded: make(map[string]int)}
}

// SetRejectsPerSecond changes the reject budget (tests, benchmarks).
func (l *Logger) SetRejectsPerSecond(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.budget = n
}

// Warnf logs at every verbosity.
func (l *Logger) Warnf(format string, a ...any) { l.logf(levelWarn, format, a...) }

// Infof logs with -v.
func (l *Logger) Infof(format string, a ...any) { l.logf(levelInfo, format, a...) }

// Debugf logs with -vv.
func (l *Logger) Debugf(format string, a ...any) { l.logf(levelDebug, format, a...) }

func (l *Logger) logf(level int, format string, a ...any) {
	if level > l.verbose {
		return
	}
	line := fmt.Sprintf(format, a...)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.human.WriteLine(level, line)
}

// Decision logs one packet decision, or folds a reject into the current
// second's summary once that second's budget is spent.
func (l *Logger) Decision(e Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.rollLocked(e.Time)
	if !e.Accept {
		if l.shown >= l.budget {
			l.folded[e.Reason]++
			return
		}
		l.shown++
	}
	for _, o := range e.others {
		l.line = o.appendRefusal(l.line[:0])
		l.writeDecisionLocked(l.line)
	}
	l.line = e.appendText(l.line[:0])
	l.writeDecisionLocked(l.line)
	if l.json != nil {
		l.line = append(e.appendJSON(l.line[:0]), '\n')
		l.json.Write(l.line)
	}
}

// writeDecisionLocked hands one decision line to the human sink, to be
// buffered if the sink can; line is reused after.
func (l *Logger) writeDecisionLocked(line []byte) {
	if bw, ok := l.human.(bufferedLineWriter); ok {
		bw.bufferLine(levelWarn, line)
		return
	}
	l.human.WriteLine(levelWarn, string(line))
}

// Tick writes the summary of a second that is over; the daemon calls it
// once a second so that a flood's last second is reported too.
func (l *Logger) Tick(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.rollLocked(now)
}

// rollLocked ends the counted second when t is in a later one.
func (l *Logger) rollLocked(t time.Time) {
	sec := t.Unix()
	if sec <= l.second {
		return
	}
	if n := sum(l.folded); n > 0 {
		end := time.Unix(l.second+1, 0)
		l.human.WriteLine(levelWarn, fmt.Sprintf("%d more rejects in the second before %s not logged one by one: %s",
			n, end.UTC().Format(time.RFC3339), reasonCounts(l.folded)))
		l.writeJSONLocked(jsonEvent{Time: end.UTC().Format(time.RFC3339Nano), Decision: "reject",
			Summary: true, Count: n, Reasons: maps.Clone(l.folded)})
		clear(l.folded)
	}
	l.second, l.shown = sec, 0
}

func (l *Logger) writeJSONLocked(j jsonEvent) {
	if l.json == nil {
		return
	}
	b, err := json.Marshal(j)
	if err != nil {
		return // cannot happen: every field is a plain value
	}
	l.json.Write(append(b, '\n'))
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func reasonCounts(m map[string]int) string {
	var b strings.Builder
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", k, m[k])
	}
	return b.String()
}

// appendJSON appends e's --log-json object, byte for byte what
// encoding/json makes of the jsonEvent form (TestEventJSONMatchesMarshal),
// without its reflection and allocations.
func (e Event) appendJSON(b []byte) []byte {
	b = append(b, `{"time":"`...)
	b = e.Time.UTC().AppendFormat(b, time.RFC3339Nano)
	b = append(b, '"')
	if e.Src.IsValid() {
		b = appendJSONString(append(b, `,"src":`...), addrString(e.Src))
	}
	if e.Accept {
		b = append(b, `,"decision":"accept"`...)
		b = appendJSONField(b, "action", e.Action)
	} else {
		b = append(b, `,"decision":"reject"`...)
		b = appendJSONField(b, "reason", e.Reason)
		b = appendJSONField(b, "scope", e.Scope)
	}
	if e.Stanza != 0 {
		b = strconv.AppendInt(append(b, `,"stanza":`...), int64(e.Stanza), 10)
	}
	b = appendJSONField(b, "user", e.User)
	b = appendJSONField(b, "access", e.Access)
	if e.Accept {
		b = appendJSONString(append(b, `,"allow_ip":`...), addrString(e.AllowIP))
		if e.GrantPrefix.IsValid() {
			// A prefix's text needs no escaping.
			b = append(e.GrantPrefix.AppendTo(append(b, `,"grant_prefix":"`...)), '"')
		}
		if !e.Expires.IsZero() {
			b = append(b, `,"expires":"`...)
			b = append(e.Expires.UTC().AppendFormat(b, time.RFC3339), '"')
		}
		if secs := int64(e.Timeout / time.Second); secs != 0 {
			b = strconv.AppendInt(append(b, `,"timeout":`...), secs, 10)
		}
	}
	b = appendJSONField(b, "command", e.Command)
	if e.Test {
		b = append(b, `,"test":true`...)
	}
	b = appendJSONField(b, "error", e.Error)
	return append(b, '}')
}

// appendJSONField appends `,"name":"value"` unless value is empty
// (omitempty).
func appendJSONField(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	b = append(append(append(b, `,"`...), name...), `":`...)
	return appendJSONString(b, value)
}

// addrString is what fmt and encoding/json show for a as a string: its
// text, or "invalid IP" for the zero Addr. The common case does not
// allocate.
func addrString(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid IP"
	}
	var buf [64]byte
	return string(a.AppendTo(buf[:0]))
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string escaped as encoding/json does
// by default: quote and backslash, control characters (short forms for \b
// \f \n \r \t), the HTML-sensitive < > &, U+2028 and U+2029, and each
// byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			default:
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// appendText appends e's human log line.
func (e Event) appendText(b []byte) []byte {
	b = e.appendStock(b)
	if e.Accept {
		b = append(b, "accept "...)
		b = appendAddr(b, e.Src)
	} else {
		b = appendAddr(append(b, "reject "...), e.Src)
		b = append(append(b, ": "...), e.Reason...)
		if e.Scope != "" {
			b = append(append(append(b, " ("...), e.Scope...), ')')
		}
	}
	if e.Stanza > 0 {
		b = strconv.AppendInt(append(b, " (stanza #"...), int64(e.Stanza), 10)
		b = append(b, ')')
	}
	if e.User != "" {
		b = strconv.AppendQuote(append(b, " user="...), e.User)
	}
	if e.Access != "" {
		b = append(append(b, " access="...), e.Access...)
	}
	if e.Command != "" {
		b = strconv.AppendQuote(append(b, " command="...), e.Command)
	}
	if e.Action == "cycle" {
		// Opens are the common case and commands show their command.
		b = append(b, " action=cycle"...)
	}
	if e.Accept {
		b = appendAddr(append(b, " for "...), e.AllowIP)
		if !e.Expires.IsZero() {
			b = e.Expires.UTC().AppendFormat(append(b, " until "...), time.RFC3339)
			b = append(append(append(b, " ("...), e.Timeout.String()...), ')')
		}
	}
	if e.Test {
		b = append(b, " [test mode: nothing changed]"...)
	}
	if e.Error != "" {
		b = append(append(b, " FAILED: "...), e.Error...)
	}
	return b
}

// appendAddr appends a as fmt's %s shows it.
func appendAddr(b []byte, a netip.Addr) []byte {
	if !a.IsValid() {
		return append(b, "invalid IP"...)
	}
	return a.AppendTo(b)
}

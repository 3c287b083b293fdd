package daemon

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"time"
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
	Time    time.Time
	Src     netip.Addr
	Accept  bool
	Reason  string        // reject code (rejects only)
	Stanza  int           // stanza number, 0 when none got that far
	User    string        // the packet's user field
	Access  string        // "tcp/22,udp/53" asked for
	AllowIP netip.Addr    // address the grant opens for
	Expires time.Time     // when the grant ends
	Timeout time.Duration // how long it lasts
	Command string        // a command message's command
	Test    bool          // decided in -t mode: nothing was changed
	Error   string        // acting on an accept failed (firewall, command)
}

// jsonEvent is the --log-json form of an Event; field names are stable.
type jsonEvent struct {
	Time     string         `json:"time"`
	Src      string         `json:"src,omitempty"`
	Decision string         `json:"decision"`
	Reason   string         `json:"reason,omitempty"`
	Stanza   int            `json:"stanza,omitempty"`
	User     string         `json:"user,omitempty"`
	Access   string         `json:"access,omitempty"`
	AllowIP  string         `json:"allow_ip,omitempty"`
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
// always written. Safe for concurrent use.
type Logger struct {
	mu      sync.Mutex
	human   lineWriter
	json    io.Writer // nil: no JSON log
	verbose int
	budget  int

	second int64          // the Unix second being counted
	shown  int            // rejects written in full in that second
	folded map[string]int // rejects folded in that second, by reason
}

// lineWriter takes one human log line at a given level.
type lineWriter interface {
	WriteLine(level int, line string)
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
	l.human.WriteLine(levelWarn, e.text())
	l.writeJSONLocked(e.json())
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

func (e Event) json() jsonEvent {
	j := jsonEvent{Time: e.Time.UTC().Format(time.RFC3339Nano), Decision: "reject", Reason: e.Reason,
		Stanza: e.Stanza, User: e.User, Access: e.Access, Command: e.Command, Test: e.Test, Error: e.Error}
	if e.Src.IsValid() {
		j.Src = e.Src.String()
	}
	if e.Accept {
		j.Decision, j.Reason = "accept", ""
		j.AllowIP = e.AllowIP.String()
		j.Timeout = int64(e.Timeout / time.Second)
		if !e.Expires.IsZero() {
			j.Expires = e.Expires.UTC().Format(time.RFC3339)
		}
	}
	return j
}

func (e Event) text() string {
	var b strings.Builder
	if e.Accept {
		fmt.Fprintf(&b, "accept %s", e.Src)
	} else {
		fmt.Fprintf(&b, "reject %s: %s", e.Src, e.Reason)
	}
	if e.Stanza > 0 {
		fmt.Fprintf(&b, " (stanza #%d)", e.Stanza)
	}
	if e.User != "" {
		fmt.Fprintf(&b, " user=%q", e.User)
	}
	if e.Access != "" {
		fmt.Fprintf(&b, " access=%s", e.Access)
	}
	if e.Command != "" {
		fmt.Fprintf(&b, " command=%q", e.Command)
	}
	if e.Accept {
		fmt.Fprintf(&b, " for %s", e.AllowIP)
		if !e.Expires.IsZero() {
			fmt.Fprintf(&b, " until %s (%s)", e.Expires.UTC().Format(time.RFC3339), e.Timeout)
		}
	}
	if e.Test {
		b.WriteString(" [test mode: nothing changed]")
	}
	if e.Error != "" {
		fmt.Fprintf(&b, " FAILED: %s", e.Error)
	}
	return b.String()
}

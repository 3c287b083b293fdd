package daemon

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestLoggerFoldsRejectsNotAccepts(t *testing.T) {
	js, human := newLines(), newLines()
	l := NewLogger(human, js, 0)
	l.SetRejectsPerSecond(3)
	src := netip.MustParseAddr("203.0.113.9")
	at := t0.Add(300 * time.Millisecond)
	for i := range 10 {
		reason := "bad_hmac"
		if i%2 == 0 {
			reason = "too_short"
		}
		l.Decision(Event{Time: at, Src: src, Reason: reason})
	}
	l.Decision(Event{Time: at, Src: src, Accept: true, AllowIP: src, Timeout: time.Second})
	if n := len(js.snapshot()); n != 4 {
		t.Fatalf("%d JSON lines before the second ends, want 3 rejects + 1 accept", n)
	}
	l.Tick(t0.Add(1500 * time.Millisecond))
	last := js.snapshot()[4]
	var s jsonEvent
	if err := json.Unmarshal([]byte(last), &s); err != nil {
		t.Fatal(err)
	}
	if !s.Summary || s.Count != 7 || s.Reasons["bad_hmac"] != 4 || s.Reasons["too_short"] != 3 || s.Time != t0.Add(time.Second).UTC().Format(time.RFC3339Nano) {
		t.Fatalf("summary = %s", last)
	}
	h := human.snapshot()
	if !strings.Contains(h[len(h)-1], "7 more rejects") || !strings.Contains(h[len(h)-1], "bad_hmac=4, too_short=3") {
		t.Fatalf("human summary = %q", h[len(h)-1])
	}
	// A new second has a new budget.
	l.Decision(Event{Time: t0.Add(1600 * time.Millisecond), Src: src, Reason: "bad_hmac"})
	if n := len(js.snapshot()); n != 6 {
		t.Fatalf("%d JSON lines, want the new second's reject logged", n)
	}
	l.Tick(t0.Add(5 * time.Second))
	if n := len(js.snapshot()); n != 6 {
		t.Fatalf("summary written for a second with nothing folded")
	}
}

func TestLoggerVerbosity(t *testing.T) {
	human := newLines()
	l := NewLogger(human, nil, 1)
	l.Warnf("w")
	l.Infof("i")
	l.Debugf("d")
	if got := strings.Join(human.snapshot(), ","); got != "w,i" {
		t.Fatalf("lines at -v: %q", got)
	}
}

func TestTextSink(t *testing.T) {
	var b strings.Builder
	NewTextSink(&b, true, nil).WriteLine(levelInfo, "hello")
	NewTextSink(&b, false, func() time.Time { return t0 }).WriteLine(levelWarn, "there")
	want := "<6>hello\n" + t0.Format(time.RFC3339) + " fwknopd["
	if !strings.HasPrefix(b.String(), want) || !strings.HasSuffix(b.String(), "]: there\n") {
		t.Fatalf("sink wrote %q", b.String())
	}
}

func TestParseCapabilities(t *testing.T) {
	status := "Name:\tfwknopd\nCapInh:\t0000000000000000\nCapPrm:\t0000000000003000\nCapEff:\t0000000000003000\n"
	c, err := parseCapabilities(strings.NewReader(status))
	if err != nil {
		t.Fatal(err)
	}
	if !c.NetAdmin || !c.NetRaw || c.SetUID || c.SetGID {
		t.Fatalf("caps = %+v", c)
	}
	if got := c.String(); got != "holds [CAP_NET_ADMIN CAP_NET_RAW], lacks [CAP_SETUID CAP_SETGID]" {
		t.Errorf("String = %q", got)
	}
	if l := c.limits(true, true, true); len(l) != 1 || !strings.Contains(l[0], "CAP_SETUID") {
		t.Errorf("limits = %q", l)
	}
	if l := (Capabilities{}).limits(true, true, false); len(l) != 2 {
		t.Errorf("limits with nothing = %q", l)
	}
	if _, err := parseCapabilities(strings.NewReader("Name: x\n")); err == nil {
		t.Error("no CapEff line accepted")
	}
}

// formatCases are events covering every field, escapes and odd addresses.
func formatCases() []Event {
	src, v6 := netip.MustParseAddr("203.0.113.9"), netip.MustParseAddr("2001:db8::1%eth0")
	exp := t0.Add(30 * time.Second).In(time.FixedZone("X", 3600))
	weird := "a\"b\\c\n\r\t\b\f\x01<>&\u2028\u2029é\xff\xfe日"
	return []Event{
		{Time: t0, Src: src, Reason: "bad_hmac"},
		{Time: t0.Add(123456789), Reason: "too_short"},
		{Time: t0, Src: src, Reason: "replay", Scope: "fleet", Stanza: 1},
		{Time: t0, Src: v6, Reason: "port_not_allowed", Stanza: 3, User: weird, Access: "tcp/22,udp/53"},
		{Time: t0, Src: src, Accept: true, Stanza: 1, User: "alice", Access: "tcp/22", AllowIP: src,
			Expires: exp, Timeout: 30 * time.Second, Test: true},
		{Time: t0, Src: src, Accept: true, Stanza: 2, Access: "tcp/22", AllowIP: src,
			GrantPrefix: netip.MustParsePrefix("203.0.113.0/24"), Expires: exp, Timeout: 30 * time.Second},
		{Time: t0, Src: v6, Accept: true, AllowIP: v6, GrantPrefix: netip.MustParsePrefix("2001:db8::/48")},
		{Time: t0, Src: src, Accept: true, Command: weird, Error: weird, Timeout: 1500 * time.Millisecond},
		{Time: t0, Accept: true},
		{Time: t0, Src: src, Accept: true, Action: "cycle", Stanza: 2, Access: "udp/53", AllowIP: src,
			Expires: exp, Timeout: 30 * time.Second},
		{Time: t0, Src: src, Accept: true, Action: "open", Access: "tcp/22", AllowIP: src, Test: true},
	}
}

// refJSON is the encoding/json form the append encoder must reproduce.
func refJSON(e Event) jsonEvent {
	j := jsonEvent{Time: e.Time.UTC().Format(time.RFC3339Nano), Decision: "reject", Reason: e.Reason, Scope: e.Scope,
		Stanza: e.Stanza, User: e.User, Access: e.Access, Command: e.Command, Test: e.Test, Error: e.Error}
	if e.Src.IsValid() {
		j.Src = e.Src.String()
	}
	if e.Accept {
		j.Decision, j.Reason, j.Action = "accept", "", e.Action
		j.AllowIP = e.AllowIP.String()
		if e.GrantPrefix.IsValid() {
			j.Prefix = e.GrantPrefix.String()
		}
		j.Timeout = int64(e.Timeout / time.Second)
		if !e.Expires.IsZero() {
			j.Expires = e.Expires.UTC().Format(time.RFC3339)
		}
	}
	return j
}

// refText is the fmt form the append formatter must reproduce.
func refText(e Event) string {
	var b strings.Builder
	if e.Accept {
		fmt.Fprintf(&b, "accept %s", e.Src)
	} else {
		fmt.Fprintf(&b, "reject %s: %s", e.Src, e.Reason)
		if e.Scope != "" {
			fmt.Fprintf(&b, " (%s)", e.Scope)
		}
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
	if e.Action == "cycle" {
		b.WriteString(" action=cycle")
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

func TestEventJSONMatchesMarshal(t *testing.T) {
	for i, e := range formatCases() {
		want, err := json.Marshal(refJSON(e))
		if err != nil {
			t.Fatal(err)
		}
		if got := e.appendJSON(nil); string(got) != string(want) {
			t.Errorf("case %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

func TestEventTextMatchesFmt(t *testing.T) {
	for i, e := range formatCases() {
		// The stock wording (stocktext_test.go) comes first.
		if got, want := string(e.appendText(nil)), string(e.appendStock(nil))+refText(e); got != want {
			t.Errorf("case %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"alice", "a\"b\\c\n", "<>&\u2028", "\xff\xfe", "日本", "\x00\x1f\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestDecisionAllocs(t *testing.T) {
	l := NewLogger(NewTextSink(io.Discard, false, func() time.Time { return t0 }), io.Discard, 0)
	for _, i := range []int{3, 4} { // a host grant, a widened grant
		e := formatCases()[i]
		l.Decision(e)
		if n := testing.AllocsPerRun(100, func() { l.Decision(e) }); n != 0 {
			t.Fatalf("Decision allocates %v times per accept (case %d)", n, i)
		}
	}
}

// chanWriter hands each Write to a channel.
type chanWriter chan string

func (c chanWriter) Write(b []byte) (int, error) { c <- string(b); return len(b), nil }

func TestTextSinkBuffersDecisions(t *testing.T) {
	w := make(chanWriter, 10)
	s := NewTextSink(w, true, nil)
	s.bufferLine(levelWarn, []byte("a"))
	s.bufferLine(levelWarn, []byte("b"))
	s.WriteLine(levelInfo, "c")
	if got := <-w; got != "<4>a\n<4>b\n<6>c\n" {
		t.Fatalf("first write %q, want the buffered lines then the plain one, in one write", got)
	}
	s.bufferLine(levelWarn, []byte("d"))
	select {
	case got := <-w:
		if got != "<4>d\n" {
			t.Fatalf("timed flush wrote %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a buffered line was not written within FlushDelay (waited 10 s)")
	}
	long := bytes.Repeat([]byte{'x'}, flushBytes)
	s.bufferLine(levelWarn, long)
	if got := <-w; len(got) != len(long)+4 {
		t.Fatalf("a full buffer wrote %d bytes", len(got))
	}
}

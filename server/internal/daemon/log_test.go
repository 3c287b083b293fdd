package daemon

import (
	"encoding/json"
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

package ui_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// keepKnocker is the demo's knocker with a keep-open run the test drives:
// renew reports a knock of the run, as the client's loop would.
type keepKnocker struct {
	ui.Knocker
	report  func(ui.Record)
	started int
	stopped int
	extra   []ui.Record
}

func (k *keepKnocker) KeepOpen(name string, on bool, report func(ui.Record)) {
	if on {
		k.started++
		k.report = report
	} else {
		k.stopped++
	}
	k.Knocker.KeepOpen(name, on, report)
}

func (k *keepKnocker) History() []ui.Record {
	return append(k.Knocker.History(), k.extra...)
}

func (k *keepKnocker) renew(r ui.Record) {
	k.extra = append(k.extra, r)
	k.report(r)
}

// keepSetup is the controller over the demo with keepKnocker, work inline.
func keepSetup(t *testing.T) (*ui.Controller, *demo.Services, *keepKnocker, *time.Time) {
	test.NewTempApp(t)
	clock := now
	d := demo.New(func() time.Time { return clock })
	svc := d.Services()
	k := &keepKnocker{Knocker: svc.Knocker}
	svc.Knocker = k
	ctl := ui.NewController(svc, func() time.Time { return clock }, func(f func()) { f() }, func(string, string) {})
	ctl.Reload()
	return ctl, d, k, &clock
}

// TestKeepOpenNoDoubleKnock: ticking Keep open during a live grant knocks
// nothing (the run is armed for that grant's end), and a Knock click while
// a kept-open grant is live sends nothing either: one knock per grant.
func TestKeepOpenNoDoubleKnock(t *testing.T) {
	ctl, d, k, _ := keepSetup(t)
	ctl.Knock("web", false)
	ctl.KeepOpen("web", true)
	if k.started != 0 || d.Calls() != "knock web" {
		t.Fatalf("ticking Keep open during a live grant: run started %d times, calls %q; want no knock", k.started, d.Calls())
	}
	ctl.Knock("web", false)
	if got := d.Calls(); got != "knock web" {
		t.Fatalf("a Knock click within the kept-open grant knocked again: calls %q", got)
	}
	if st := ctl.Status(); st.State != ui.Open || !strings.Contains(st.Message, "kept open") || ctl.Left() != "5:00 left" {
		t.Errorf("status %+v, left %q; want kept open with the grant's countdown", st, ctl.Left())
	}
	ctl.KeepOpen("web", false)
	ctl.Knock("web", false)
	if got := d.Calls(); got != "knock web; knock web" {
		t.Errorf("after unticking, Knock must knock: calls %q", got)
	}
}

// TestKeepOpenRenewalsFolded: with no live grant, ticking Keep open starts
// the run at once (its first knock opens); its renewals make one history
// row "renewed ×N, last …", and a Knock click meanwhile sends nothing.
func TestKeepOpenRenewalsFolded(t *testing.T) {
	ctl, d, k, clock := keepSetup(t)
	ctl.KeepOpen("web", true)
	if k.started != 1 {
		t.Fatalf("ticking Keep open with no grant live: run started %d times, want 1", k.started)
	}
	at := func(d time.Duration) ui.Record {
		return ui.Record{Profile: "web", At: now.Add(d), Opened: true, Until: now.Add(d + 30*time.Second), AskedUntil: now.Add(d + 30*time.Second)}
	}
	k.renew(at(0))
	for i := 1; i <= 3; i++ {
		r := at(time.Duration(i) * 25 * time.Second)
		r.AlreadyOpen, r.Until = true, now.Add(time.Duration(i-1)*25*time.Second+30*time.Second)
		*clock = r.At
		k.renew(r)
	}
	h := ctl.History()
	if len(h) != 2 {
		t.Fatalf("history has %d rows, want 2 (the opening knock, the renewals folded): %+v", len(h), h)
	}
	if got, want := ui.HistoryLine(h[0]), "10:00:25  web  kept open: renewed ×3, last 10:01:15"; got != want {
		t.Errorf("renewals row %q, want %q", got, want)
	}
	if st := ctl.Status(); st.State != ui.Open || !strings.Contains(st.Message, "renewed at 10:01:15") || ctl.Left() != "0:30 left" {
		t.Errorf("status %+v, left %q; want open, renewed, the new grant's countdown", st, ctl.Left())
	}
	ctl.Knock("web", false)
	if got := d.Calls(); got != "" {
		t.Errorf("a Knock click within the kept-open grant knocked: calls %q", got)
	}
}

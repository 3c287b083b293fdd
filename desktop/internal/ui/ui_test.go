package ui_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/tray"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// now is the fixed clock of these tests.
var now = time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)

type fixture struct {
	app    fyne.App
	d      *demo.Services
	ctl    *ui.Controller
	win    *ui.Window
	clock  *time.Time
	notes  []string
	states []ui.State
	// inBackground is set while the controller's background work runs.
	inBackground bool
}

// setup builds the window over the demo services with long work run inline,
// so each step's outcome is there when the call returns. A store or keyring
// call made outside the background work fails the test: in the app it
// would block the UI goroutine.
func setup(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{app: test.NewTempApp(t)}
	clock := now
	f.clock = &clock
	f.d = demo.New(func() time.Time { return *f.clock })
	svc := f.d.Services()
	svc.Profiles = offUIProfiles{svc.Profiles, offUI{t, f}}
	svc.Keys = offUIKeys{svc.Keys, offUI{t, f}}
	f.ctl = ui.NewController(svc, func() time.Time { return *f.clock },
		func(run func()) {
			f.inBackground = true
			defer func() { f.inBackground = false }()
			run()
		},
		func(title, body string) { f.notes = append(f.notes, title+": "+body) })
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	f.win = ui.NewWindow(f.ctl, w, nil, func() { t.Error("quit on closing the window of an app with a tray") })
	f.ctl.Watch(func() { f.states = append(f.states, f.ctl.Status().State) })
	f.ctl.Reload()
	return f
}

func TestProfilesListed(t *testing.T) {
	f := setup(t)
	var names []string
	for _, p := range f.ctl.Profiles() {
		names = append(names, p.Name())
	}
	if got := strings.Join(names, " "); got != "db-v6 lab web" {
		t.Fatalf("profiles %q, want sorted db-v6 lab web", got)
	}
}

func TestEditorValidatesAsTyped(t *testing.T) {
	f := setup(t)
	f.win.Select("web")
	e := f.win.Editor()
	for _, c := range []struct {
		field     ui.Field
		value     string
		wantWords string // "" for valid
	}{
		{ui.FieldSPAPort, "70000", "1..65535"},
		{ui.FieldSPAPort, "62201", ""},
		{ui.FieldHost, "bad host!", "DNS name"},
		{ui.FieldHost, "2001:db8::7", ""},
		{ui.FieldAccess, "tcp/22,icmp/1", "proto/port"},
		{ui.FieldAccess, "tcp/22,udp/53", ""},
		{ui.FieldTransport, "sctp", "udp, tcp, http"},
		{ui.FieldAllow, "999.1.1.1", "resolve"},
		{ui.FieldSSHPort, "0", "1..65535"},
	} {
		e.Set(c.field, c.value)
		got := e.Reason(c.field)
		if (got == "") != (c.wantWords == "") || !strings.Contains(got, c.wantWords) {
			t.Errorf("%s=%q: reason %q, want one containing %q", c.field, c.value, got, c.wantWords)
		}
		e.Set(c.field, map[ui.Field]string{ui.FieldSPAPort: "62201", ui.FieldHost: "spa.example.org",
			ui.FieldAccess: "tcp/22", ui.FieldTransport: "udp", ui.FieldAllow: "resolve", ui.FieldSSHPort: "22"}[c.field])
	}
}

func TestEditorSaveRefusedUntilValid(t *testing.T) {
	f := setup(t)
	f.win.Select("web")
	e := f.win.Editor()
	e.Set(ui.FieldSPAPort, "0")
	e.Save()
	if p, _ := f.ctl.Profile("web"); p.Values[ui.FieldSPAPort] != "62201" {
		t.Fatalf("an invalid port was saved: %q", p.Values[ui.FieldSPAPort])
	}
	e.Set(ui.FieldSPAPort, "40001")
	e.Save()
	if p, _ := f.ctl.Profile("web"); p.Values[ui.FieldSPAPort] != "40001" {
		t.Fatalf("port after save %q, want 40001", p.Values[ui.FieldSPAPort])
	}
}

func TestKnockStates(t *testing.T) {
	f := setup(t)
	f.states = nil
	f.ctl.Knock("web", false)
	st := f.ctl.Status()
	if st.State != ui.Open || st.Message != "open after 42 ms" {
		t.Fatalf("status %+v, want open after 42 ms", st)
	}
	if len(f.states) < 2 || f.states[0] != ui.Knocking {
		t.Fatalf("states %v, want knocking then open", f.states)
	}
	if got := f.ctl.Left(); got != "5:00 left" {
		t.Errorf("countdown %q, want 5:00 left", got)
	}
	if got := ui.TrayLine(st, *f.clock); got != "web: open, 5 min left" {
		t.Errorf("tray line %q", got)
	}
	*f.clock = now.Add(4*time.Minute + 30*time.Second)
	f.ctl.Tick()
	if got := ui.TrayLine(f.ctl.Status(), *f.clock); got != "web: open, under a minute left" {
		t.Errorf("tray line %q", got)
	}
	*f.clock = now.Add(5 * time.Minute)
	f.ctl.Tick()
	if f.ctl.Status().State != ui.Idle {
		t.Errorf("after the grant: %v, want idle", f.ctl.Status().State)
	}
	if len(f.notes) != 1 || f.notes[0] != "Sesame: web: open after 42 ms" {
		t.Errorf("notifications %q", f.notes)
	}

	f.ctl.Knock(demo.Failing, true)
	st = f.ctl.Status()
	if st.State != ui.Failed || !strings.Contains(st.Message, "wrong key") {
		t.Fatalf("failing knock: %+v, want failed with a diagnosis", st)
	}
	if got := f.d.Calls(); got != "knock web; ssh lab" {
		t.Errorf("calls %q", got)
	}
	h := f.ctl.History()
	if len(h) != 2 || h[0].Profile != demo.Failing || len(h[1].Fields) == 0 {
		t.Errorf("history %+v, want lab then web with fields", h)
	}
}

func TestKeepOpenSaved(t *testing.T) {
	f := setup(t)
	f.ctl.KeepOpen("web", true)
	if p, _ := f.ctl.Profile("web"); !p.KeepOpen || !f.d.KeptOpen("web") {
		t.Fatalf("keep-open not saved (%v) or not started (%v)", p.KeepOpen, f.d.KeptOpen("web"))
	}
}

func TestTrayMenuFromProfiles(t *testing.T) {
	f := setup(t)
	var did []string
	var names []string
	for _, p := range f.ctl.Profiles() {
		names = append(names, p.Name())
	}
	m := tray.Menu(names, "Sesame: ready", tray.Actions{
		Knock:   func(n string) { did = append(did, "knock "+n) },
		OpenSSH: func(n string) { did = append(did, "ssh "+n) },
		Show:    func() { did = append(did, "show") },
		Quit:    func() { did = append(did, "quit") },
	})
	var labels []string
	for _, it := range m.Items {
		labels = append(labels, it.Label)
		if it.ChildMenu != nil {
			for _, c := range it.ChildMenu.Items {
				c.Action()
			}
		}
	}
	if got := strings.Join(labels, "|"); got != "Sesame: ready||db-v6|lab|web||Open Sesame…|Quit" {
		t.Errorf("menu %q", got)
	}
	last := m.Items[len(m.Items)-1]
	if !last.IsQuit {
		t.Error("Quit is not marked IsQuit: Fyne would add a second one")
	}
	m.Items[len(m.Items)-2].Action()
	last.Action()
	if got := strings.Join(did, ","); got != "knock db-v6,ssh db-v6,knock lab,ssh lab,knock web,ssh web,show,quit" {
		t.Errorf("actions %q", got)
	}
	if !m.Items[0].Disabled {
		t.Error("the status line is clickable")
	}
}

// offUI fails the test when a blocking call is made outside the
// controller's background work.
type offUI struct {
	t *testing.T
	f *fixture
}

func (o offUI) check(call string) {
	if !o.f.inBackground {
		o.t.Errorf("%s ran on the UI goroutine", call)
	}
}

type offUIProfiles struct {
	ui.ProfileStore
	o offUI
}

func (s offUIProfiles) List(ctx context.Context) ([]ui.Profile, error) {
	s.o.check("List")
	return s.ProfileStore.List(ctx)
}

func (s offUIProfiles) Save(ctx context.Context, previous string, p ui.Profile, keys *ui.Secrets) error {
	s.o.check("Save")
	return s.ProfileStore.Save(ctx, previous, p, keys)
}

func (s offUIProfiles) Delete(ctx context.Context, name string) error {
	s.o.check("Delete")
	return s.ProfileStore.Delete(ctx, name)
}

func (s offUIProfiles) Duplicate(ctx context.Context, from string, p ui.Profile) error {
	s.o.check("Duplicate")
	return s.ProfileStore.Duplicate(ctx, from, p)
}

type offUIKeys struct {
	ui.KeyStore
	o offUI
}

func (k offUIKeys) Keys(ctx context.Context, name string) (ui.Secrets, error) {
	k.o.check("Keys")
	return k.KeyStore.Keys(ctx, name)
}

func TestDuplicateCopiesKeys(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	webKeys, _ := f.d.Keys(ctx, "web")
	db, _ := f.ctl.Profile("db-v6")
	f.d.Save(ctx, "db-v6", db, &ui.Secrets{Key: "b3RoZXIga2V5", KeyBase64: true})
	f.win.Select("web")
	f.win.Duplicate()
	e := f.win.Editor()
	e.Save()
	web, _ := f.ctl.Profile("web")
	cp, ok := f.ctl.Profile("web-copy")
	if !ok {
		t.Fatalf("no web-copy after Duplicate and Save: %v", f.ctl.Err())
	}
	for k, v := range web.Values {
		if k != ui.FieldName && cp.Values[k] != v {
			t.Errorf("copy's %s is %q, want the original's %q", k, cp.Values[k], v)
		}
	}
	if got, err := f.d.Keys(ctx, "web-copy"); err != nil || got != webKeys {
		t.Fatalf("web-copy's keys %+v (%v), want web's", got, err)
	}

	// Renamed and edited before saving: still web's keys, under the new name.
	f.win.Select("web")
	f.win.Duplicate()
	e.Set(ui.FieldName, "web-staging")
	e.Set(ui.FieldHost, "203.0.113.8")
	e.Save()
	if p, ok := f.ctl.Profile("web-staging"); !ok || p.Values[ui.FieldHost] != "203.0.113.8" {
		t.Fatalf("web-staging: %+v (%v), want host 203.0.113.8", p, ok)
	}
	if got, _ := f.d.Keys(ctx, "web-staging"); got != webKeys {
		t.Fatal("a renamed copy did not get the original's keys")
	}
	// Saving again updates the copy, and copies nothing more.
	e.Set(ui.FieldSPAPort, "40001")
	e.Save()
	if p, _ := f.ctl.Profile("web-staging"); p.Values[ui.FieldSPAPort] != "40001" {
		t.Fatalf("second save of the copy: port %q", p.Values[ui.FieldSPAPort])
	}

	// Generated keys for the copy win over the original's.
	f.win.Select("db-v6")
	f.win.Duplicate()
	generated, _ := f.d.Generate()
	e.GenerateKeys()
	e.Save()
	if got, _ := f.d.Keys(ctx, "db-v6-copy"); got != generated {
		t.Fatal("keys generated for a copy were replaced by the original's")
	}

	// A second copy of web gets the next free name.
	f.win.Select("web")
	f.win.Duplicate()
	e.Save()
	if _, ok := f.ctl.Profile("web-copy-2"); !ok {
		t.Fatalf("no web-copy-2 after a second copy of web: %v", f.ctl.Err())
	}
}

// TestPacketFieldsFollowTheRow: knock web, look at its packet, select lab
// and knock it: the highlighted row and the packet fields shown must be of
// the same knock.
func TestPacketFieldsFollowTheRow(t *testing.T) {
	f := setup(t)
	f.win.Select("web")
	f.ctl.Knock("web", false)
	f.win.SelectHistory(0)
	_, webFields := f.win.ShownPacket()
	*f.clock = now.Add(2 * time.Second)
	f.win.Select("lab")
	f.ctl.Knock("lab", false)
	row, fields := f.win.ShownPacket()
	if row < 0 || row >= len(f.ctl.History()) {
		t.Fatalf("highlighted row %d of %d", row, len(f.ctl.History()))
	}
	if r := f.ctl.History()[row]; r.Profile != "web" || fields != webFields {
		t.Errorf("row %d (%s) highlighted, the fields shown are\n%s\nwant web's\n%s", row, r.Profile, fields, webFields)
	}
}

// TestEditorRefusesBadBase64Key: a key that is not base64 while base64 is
// ticked is said under the key as it is typed, and Save is refused.
func TestEditorRefusesBadBase64Key(t *testing.T) {
	f := setup(t)
	f.win.Select("web")
	e := f.win.Editor()
	e.SetKey("not base64!")
	if !strings.Contains(e.KeyReason(), "base64") {
		t.Fatalf("bad base64 key: reason %q", e.KeyReason())
	}
	e.Save()
	if strings.Contains(e.Message(), "Saved") {
		t.Errorf("saved with a bad base64 key: %q", e.Message())
	}
	e.SetKey("c2VjcmV0")
	if e.KeyReason() != "" {
		t.Errorf("good key still refused: %q", e.KeyReason())
	}
}

// TestNewProfileKeyPlaceholder: a new profile has no keys to keep.
func TestNewProfileKeyPlaceholder(t *testing.T) {
	f := setup(t)
	f.win.New()
	if p := f.win.Editor().KeyPlaceholder(); strings.Contains(p, "unchanged") {
		t.Errorf("new profile's key field says %q", p)
	}
	f.win.Select("web")
	if p := f.win.Editor().KeyPlaceholder(); !strings.Contains(p, "unchanged") {
		t.Errorf("saved profile's key field says %q", p)
	}
}

// TestStatusCountsOneProfile: "1 profile", not "1 profiles".
func TestStatusCountsOneProfile(t *testing.T) {
	f := setup(t)
	f.ctl.Delete("lab", func(error) {})
	f.ctl.Delete("db-v6", func(error) {})
	if got := f.win.StatusLine(); got != "1 profile" {
		t.Errorf("status line %q, want \"1 profile\"", got)
	}
}

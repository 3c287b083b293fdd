package ui_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// The keys of importLine, and the line: a whole profile as fwknopd
// --new-client prints it.
const (
	importKey  = "MDEyMzQ1Njc4OWFiY2RlZg=="
	importHMAC = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
	importLine = "sesame1:name=alpha,host=203.0.113.5,port=40001,transport=udp,access=tcp/22,allow=resolve," +
		"key=" + importKey + ",hmac-key=" + importHMAC
)

// sized gives the test window the app's size, so the layout is the app's.
func sized(f *fixture) fyne.Canvas {
	c := f.win.Canvas()
	c.(test.WindowlessCanvas).Resize(fyne.NewSize(960, 720))
	return c
}

// visible walks what c draws (overlays first) and calls found for each
// visible object; found returns true to stop.
func visible(c fyne.Canvas, found func(fyne.CanvasObject) bool) bool {
	var walk func(o fyne.CanvasObject) bool
	walk = func(o fyne.CanvasObject) bool {
		if o == nil || !o.Visible() {
			return false
		}
		if found(o) {
			return true
		}
		var kids []fyne.CanvasObject
		switch v := o.(type) {
		case *fyne.Container:
			kids = v.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(v).Objects()
		}
		for _, k := range kids {
			if walk(k) {
				return true
			}
		}
		return false
	}
	for _, o := range c.Overlays().List() {
		if walk(o) {
			return true
		}
	}
	return walk(c.Content())
}

// shown says whether o is drawn on c; the entry of a drop-down is drawn
// as the drop-down.
func shown(c fyne.Canvas, o fyne.CanvasObject) bool {
	return visible(c, func(x fyne.CanvasObject) bool {
		if s, ok := x.(*widget.SelectEntry); ok && fyne.CanvasObject(&s.Entry) == o {
			return true
		}
		return x == o
	})
}

// button returns the visible button whose label starts with label.
func button(t *testing.T, c fyne.Canvas, label string) *widget.Button {
	t.Helper()
	var b *widget.Button
	visible(c, func(o fyne.CanvasObject) bool {
		if x, ok := o.(*widget.Button); ok && strings.HasPrefix(x.Text, label) {
			b = x
			return true
		}
		return false
	})
	if b == nil {
		t.Fatalf("no button %q shown", label)
	}
	return b
}

// texts returns the text of every visible label of the top overlay.
func texts(c fyne.Canvas) string {
	var out []string
	top := c.Overlays().Top()
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(v).Objects() {
				walk(k)
			}
		}
	}
	walk(top)
	return strings.Join(out, "\n")
}

// entryPositions lays out c again, as the app's driver does when a size
// changed, and returns where the editor's entries are.
func entryPositions(c fyne.Canvas, e *ui.Editor) map[string]fyne.Position {
	c.Content().Refresh()
	d := fyne.CurrentApp().Driver()
	out := map[string]fyne.Position{"key": d.AbsolutePositionForObject(e.KeyEntry())}
	for _, f := range []ui.Field{ui.FieldName, ui.FieldHost, ui.FieldSPAPort, ui.FieldTransport, ui.FieldAccess, ui.FieldSSHUser} {
		out[string(f)] = d.AbsolutePositionForObject(e.Entry(f))
	}
	return out
}

// TestFormStaysPutAsReasonsComeAndGo: typing the first letter of a new
// profile's name clears the name's reason, and a bad port brings one: no
// entry may move (a moved entry took the next click's text elsewhere).
func TestFormStaysPutAsReasonsComeAndGo(t *testing.T) {
	f := setup(t)
	c := sized(f)
	f.win.New()
	e := f.win.Editor()
	if e.Reason(ui.FieldName) == "" {
		t.Fatal("a new profile's empty name has no reason: the test needs one to clear")
	}
	before := entryPositions(c, e)
	test.Type(e.Entry(ui.FieldName), "w")
	if got := e.Reason(ui.FieldName); got != "" {
		t.Fatalf("name \"w\" refused: %q", got)
	}
	e.Set(ui.FieldSPAPort, "70000")
	e.SetKey("not base64!")
	if e.Reason(ui.FieldSPAPort) == "" || e.KeyReason() == "" {
		t.Fatal("a bad port or key got no reason")
	}
	for name, pos := range entryPositions(c, e) {
		if pos != before[name] {
			t.Errorf("the %s entry moved from %v to %v as reasons changed", name, before[name], pos)
		}
	}
}

// TestWheelScrollsTheFormOverAnEntry: the mouse wheel over an entry
// scrolls the form (Fyne gives it to the entry's own scroll).
func TestWheelScrollsTheFormOverAnEntry(t *testing.T) {
	f := setup(t)
	c := sized(f)
	f.win.Select("web")
	f.win.SelectTab(1)
	e := f.win.Editor()
	e.OpenAdvanced() // a form longer than the window even on a big screen
	host := e.Entry(ui.FieldHost)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(host).Add(fyne.NewPos(10, host.Size().Height/2))
	test.Scroll(c, at, 0, -120)
	if got := e.ScrollOffset().Y; got <= 0 {
		t.Fatalf("the wheel over the host entry left the form at offset %v", got)
	}
}

// TestRareSettingsUnderAdvanced: GPG, NAT, resolvers, digests and the
// encryption mode are under a closed Advanced section; the everyday
// fields and the keys are shown.
func TestRareSettingsUnderAdvanced(t *testing.T) {
	f := setup(t)
	c := sized(f)
	f.win.Select("web")
	f.win.SelectTab(1)
	e := f.win.Editor()
	if e.AdvancedOpen() {
		t.Fatal("Advanced is open for a plain profile")
	}
	for _, fl := range []ui.Field{ui.FieldGPGRecipient, ui.FieldGPGSigner, ui.FieldGPGHome, ui.FieldNAT, ui.FieldNATLocal,
		ui.FieldResolvers, ui.FieldDigest, ui.FieldHMACDigest, ui.FieldEncryption} {
		if shown(c, e.Entry(fl)) {
			t.Errorf("%s is shown outside Advanced", fl)
		}
	}
	for _, fl := range []ui.Field{ui.FieldName, ui.FieldHost, ui.FieldSPAPort, ui.FieldAccess, ui.FieldSSHUser, ui.FieldKeySource} {
		if !shown(c, e.Entry(fl)) {
			t.Errorf("%s is not shown", fl)
		}
	}
	e.OpenAdvanced()
	if !shown(c, e.Entry(ui.FieldGPGRecipient)) {
		t.Error("the GPG key is not shown with Advanced open")
	}
}

// TestMadeProfilesAreSelected: a new profile and a duplicate, once saved,
// are the window's selection, highlighted in the list, and Knock works.
func TestMadeProfilesAreSelected(t *testing.T) {
	f := setup(t)
	sized(f)
	e := f.win.Editor()
	selectedIs := func(step, name string) {
		t.Helper()
		if f.win.Selected() != name || f.win.Highlighted() != name || !f.win.KnockEnabled() || e.Profile().Name() != name {
			t.Errorf("%s: selected %q, highlighted %q, knock enabled %v, editor shows %q; want %q everywhere",
				step, f.win.Selected(), f.win.Highlighted(), f.win.KnockEnabled(), e.Profile().Name(), name)
		}
	}
	f.win.New()
	e.Set(ui.FieldName, "alpha")
	e.Set(ui.FieldHost, "203.0.113.5")
	e.GenerateKeys()
	e.Save()
	selectedIs("new profile saved", "alpha")
	if e.Message() != "Saved." {
		t.Errorf("editor says %q after the save, want Saved.", e.Message())
	}

	f.win.Select("web")
	f.win.Duplicate()
	e.Save()
	selectedIs("duplicate saved", "web-copy")
}

// TestFirstScreenImportsWithPreview: with no profile the window offers
// Import and New; the import dialog previews a pasted profile line (no key
// text) before Create, and the profile created is selected.
func TestFirstScreenImportsWithPreview(t *testing.T) {
	f := setup(t)
	c := sized(f)
	for _, n := range []string{"web", "lab", "db-v6"} {
		f.ctl.Delete(n, func(error) {})
	}
	if !f.win.FirstScreenShown() {
		t.Fatal("no first screen without profiles")
	}
	button(t, c, "New profile")
	test.Tap(button(t, c, "Import a profile"))
	if !f.win.ImportShown() {
		t.Fatal("Import a profile opened no dialog")
	}
	text := f.win.ImportText()
	if w, ph := text.Size().Width, fyne.MeasureText(text.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width; w < ph {
		t.Errorf("the import box is %v wide, its placeholder %v: cut off", w, ph)
	}
	if f.win.ImportCreate() {
		t.Fatal("Create worked with nothing to import")
	}
	test.Type(text, importLine)
	preview := f.win.ImportPreview()
	for _, want := range []string{"alpha", "203.0.113.5", "40001", "tcp/22", "encryption key and HMAC key"} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview %q does not say %q", preview, want)
		}
	}
	if strings.Contains(preview, importKey) || strings.Contains(preview, importHMAC) {
		t.Errorf("preview shows a key: %q", preview)
	}
	if _, ok := f.ctl.Profile("alpha"); ok {
		t.Fatal("the preview saved the profile")
	}
	if !f.win.ImportCreate() {
		t.Fatal("Create disabled for a good line")
	}
	if _, ok := f.ctl.Profile("alpha"); !ok {
		t.Fatalf("no alpha after Create: %v", f.ctl.Err())
	}
	if f.win.FirstScreenShown() || f.win.Selected() != "alpha" || f.win.Highlighted() != "alpha" || !f.win.KnockEnabled() {
		t.Errorf("after the import: first screen %v, selected %q, highlighted %q, knock %v",
			f.win.FirstScreenShown(), f.win.Selected(), f.win.Highlighted(), f.win.KnockEnabled())
	}
	if got, _ := f.d.Keys(context.Background(), "alpha"); got.Key != importKey {
		t.Errorf("imported key %q, want the line's", got.Key)
	}
}

// TestImportKeysOnly: Fwknop2 key text previews as keys only, and Create
// starts a new profile holding them; garbage is refused in the preview.
func TestImportKeysOnly(t *testing.T) {
	f := setup(t)
	sized(f)
	f.win.ShowImport()
	test.Type(f.win.ImportText(), "no profile here")
	if p := f.win.ImportPreview(); !strings.Contains(p, "Not something Sesame can import") || f.win.ImportCreate() {
		t.Fatalf("garbage: preview %q (or Create enabled)", p)
	}
	f.win.ImportText().SetText("KEY_BASE64:" + importKey + " HMAC_KEY_BASE64:" + importHMAC)
	if p := f.win.ImportPreview(); !strings.Contains(p, "Keys only") || !strings.Contains(p, "HMAC key") {
		t.Fatalf("key text: preview %q", p)
	}
	if !f.win.ImportCreate() || !strings.Contains(f.win.Editor().Message(), "Keys imported") {
		t.Fatalf("Create on keys: editor says %q", f.win.Editor().Message())
	}
}

// TestToolbarSaysWhatItDoes: every action of the toolbar has a label, and
// copying the profile line warns that it holds the keys.
func TestToolbarSaysWhatItDoes(t *testing.T) {
	f := setup(t)
	c := sized(f)
	visible(c, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*widget.Toolbar); ok {
			t.Error("a toolbar of bare icons is shown")
		}
		return false
	})
	for _, l := range []string{"New profile", "Duplicate", "Delete", "Import", "Export"} {
		button(t, c, l)
	}
	f.win.Select("web")
	test.Tap(button(t, c, "Export"))
	test.Tap(button(t, c, "Copy the profile line"))
	if got := texts(c); !strings.Contains(got, "holds the keys") {
		t.Errorf("after copying the profile line the dialog says %q, no word of the keys", got)
	}
}

// TestImportPastedFwknoprc: pasted ~/.fwknoprc stanzas preview as the
// profiles they are, and Create saves them all, selecting the first.
func TestImportPastedFwknoprc(t *testing.T) {
	f := setup(t)
	sized(f)
	f.win.ShowImport()
	f.win.ImportText().SetText("[office]\nSPA_SERVER 203.0.113.7\nACCESS tcp/22\nKEY_BASE64 " + importKey +
		"\nHMAC_KEY_BASE64 " + importHMAC + "\n\n[home]\nSPA_SERVER 198.51.100.4\nACCESS tcp/2222\nKEY_BASE64 " + importKey + "\n")
	p := f.win.ImportPreview()
	for _, want := range []string{"2 profiles", "office: server 203.0.113.7", "home: server 198.51.100.4", "tcp/2222", "no HMAC key"} {
		if !strings.Contains(p, want) {
			t.Errorf("preview %q does not say %q", p, want)
		}
	}
	if !f.win.ImportCreate() {
		t.Fatalf("Create disabled: %q", p)
	}
	for _, n := range []string{"office", "home"} {
		if _, ok := f.ctl.Profile(n); !ok {
			t.Errorf("no %s after Create", n)
		}
	}
	if f.win.Selected() != "office" || f.win.Highlighted() != "office" {
		t.Errorf("selected %q, highlighted %q after the import, want office", f.win.Selected(), f.win.Highlighted())
	}
}

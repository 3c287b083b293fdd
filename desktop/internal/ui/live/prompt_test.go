package live

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/uitest"
)

// testWorkFactor makes age's scrypt quick in tests (the default takes
// about a second per passphrase).
const testWorkFactor = 10

// gui is the window over live services, with store calls on goroutines of
// their own and the test's goroutine as the UI's (uitest).
type gui struct {
	loop *uitest.Loop
	win  fyne.Window
	ctl  *ui.Controller
	w    *ui.Window
	s    *Services
}

func newGUI(t *testing.T, st *store.Store) *gui {
	t.Helper()
	_, l := uitest.New(t)
	g := &gui{loop: l, win: test.NewWindow(nil), s: New(st, nil)}
	t.Cleanup(g.win.Close)
	g.ctl = ui.NewController(g.s.Services(), time.Now, func(run func()) { go run() }, func(string, string) {})
	g.w = ui.NewWindow(g.ctl, g.win, nil, func() {})
	g.ctl.Reload()
	return g
}

// answerDialog waits for the dialog showing text, types into its entries
// and taps the button labelled button.
func (g *gui) answerDialog(t *testing.T, text string, typed []string, button string) {
	t.Helper()
	var objs []fyne.CanvasObject
	g.loop.Until(t, "a dialog saying "+text, func() bool {
		objs = uitest.Dialog(g.win)
		return uitest.Shows(objs, text)
	})
	entries := uitest.Entries(objs)
	if len(entries) != len(typed) {
		t.Fatalf("the dialog saying %q has %d entries, want %d", text, len(entries), len(typed))
	}
	for i, s := range typed {
		test.Type(entries[i], s)
	}
	uitest.Tap(t, objs, button)
}

// editorSays waits until the editor's message contains text.
func (g *gui) editorSays(t *testing.T, text string) {
	t.Helper()
	g.loop.Until(t, "the editor to say "+text, func() bool { return strings.Contains(g.w.Editor().Message(), text) })
}

// TestLoadKeysAsksThePassphrase: the keys of a profile kept in an age:
// file load in the editor after the window's dialog asks the passphrase;
// Cancel there says "cancelled", in the editor and for a knock.
func TestLoadKeysAsksThePassphrase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := &store.Store{Dir: dir, Secrets: &keyring{m: map[string]string{}}, ScryptWorkFactor: testWorkFactor,
		Passphrase: func(context.Context, string, bool) ([]byte, error) { return []byte("setup pass"), nil }}
	p := ui.NewProfile()
	p.Values[ui.FieldName] = "web"
	p.Values[ui.FieldHost] = "203.0.113.7"
	p.Values[ui.FieldKeySource] = "age:" + filepath.Join(dir, "keys", "web.age")
	sp, err := fromUI(p)
	if err != nil {
		t.Fatal(err)
	}
	keys, _ := store.GenerateKeys(0)
	if err := st.Add(ctx, sp, &keys); err != nil {
		t.Fatal(err)
	}

	g := newGUI(t, st)
	g.loop.Until(t, "the profiles", func() bool { _, ok := g.ctl.Profile("web"); return ok })
	g.w.Select("web")
	e := g.w.Editor()

	e.LoadKeys()
	g.answerDialog(t, "Passphrase for the keys of web", []string{"setup pass"}, "OK")
	g.editorSays(t, "Keys loaded")

	e.LoadKeys()
	g.answerDialog(t, "Passphrase for the keys of web", []string{"typed, then cancelled"}, "Cancel")
	g.editorSays(t, "cancelled")
	if strings.Contains(e.Message(), "typed") {
		t.Fatalf("the editor shows the passphrase: %q", e.Message())
	}

	// A knock asks too; cancelled, it says so and sends nothing.
	g.ctl.Knock("web", false)
	g.answerDialog(t, "Passphrase for the keys of web", []string{""}, "Cancel")
	g.loop.Until(t, "the knock to end", func() bool { return g.ctl.Status().State != ui.Knocking })
	if st := g.ctl.Status(); st.State != ui.Failed || st.Message != "cancelled" {
		t.Fatalf("knock status %+v, want failed: cancelled", st)
	}

	e.LoadKeys()
	g.answerDialog(t, "Passphrase for the keys of web", []string{"hunter2"}, "OK")
	g.editorSays(t, "wrong passphrase")
	if strings.Contains(e.Message(), "hunter2") {
		t.Fatalf("the editor shows the passphrase: %q", e.Message())
	}
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The window's selection follows what the user just made: a profile saved
// from the editor (new, renamed or a duplicate) and an imported one are
// selected once the list holds them, so the list highlights the profile the
// editor shows and Knock works on it at once.

// followSaved selects, once the list has it, the profile the user just
// imported, or the one the editor has just saved under a new name (a new
// profile, a copy, a rename); the editor keeps what it shows ("Saved.").
func (w *Window) followSaved() {
	name := w.want
	if name == "" && w.editor.previous != "" && w.editor.previous != w.selected {
		name = w.editor.previous
	}
	if name == "" {
		w.highlight(w.selected)
		return
	}
	if _, ok := w.ctl.Profile(name); !ok {
		return // not listed yet: the reload is under way
	}
	w.want = ""
	w.drafting = false
	if name != w.editor.previous {
		w.editor.Load(name, mustProfile(w.ctl, name))
	}
	w.selected = name
	w.highlight(name)
}

func mustProfile(ctl *Controller, name string) Profile {
	p, _ := ctl.Profile(name)
	return p
}

// highlight makes the list highlight the profile name (none for ""), and
// keeps it on that profile when the list reorders.
func (w *Window) highlight(name string) {
	for i, p := range w.ctl.Profiles() {
		if p.Name() == name {
			if w.listRow != i {
				w.list.Select(i) // OnSelected sees name selected already
			}
			return
		}
	}
	if w.listRow >= 0 {
		w.list.UnselectAll()
		w.listRow = -1
	}
}

// selectWhenListed selects the profile name as soon as the list has it.
func (w *Window) selectWhenListed(name string) {
	w.want = name
	w.refresh()
}

// firstScreen is what a window without profiles shows: the two ways in.
func (w *Window) firstScreen() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("No profiles yet", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	text := widget.NewLabelWithStyle("A profile says which server to knock and with which keys.\n"+
		"Import the one your server's admin gave you (a sesame1: line, a QR code, ~/.fwknoprc),\n"+
		"or fill one in yourself.", fyne.TextAlignCenter, fyne.TextStyle{})
	importB := widget.NewButtonWithIcon("Import a profile…", theme.DownloadIcon(), w.ShowImport)
	importB.Importance = widget.HighImportance
	newB := widget.NewButtonWithIcon("New profile", theme.ContentAddIcon(), w.New)
	buttons := container.NewCenter(container.NewHBox(importB, newB))
	return container.NewCenter(container.NewVBox(title, text, buttons))
}

// showFirstScreen shows the first screen instead of the list and the
// editor, or the other way round.
func (w *Window) showFirstScreen(on bool) {
	if on == w.welcome.Visible() {
		return
	}
	if on {
		w.split.Hide()
		w.welcome.Show()
		return
	}
	w.welcome.Hide()
	w.split.Show()
}

// The window as the tests and the screenshots drive it.

// Selected returns the name of the profile the window has selected ("" for
// none): the one Knock knocks.
func (w *Window) Selected() string { return w.selected }

// Highlighted returns the name of the profile the list highlights, or "".
func (w *Window) Highlighted() string {
	if ps := w.ctl.Profiles(); w.listRow >= 0 && w.listRow < len(ps) {
		return ps[w.listRow].Name()
	}
	return ""
}

// KnockEnabled says whether the Knock button can be clicked.
func (w *Window) KnockEnabled() bool { return !w.knock.knock.Disabled() }

// FirstScreenShown says whether the window shows its first screen.
func (w *Window) FirstScreenShown() bool { return w.welcome.Visible() }

// Canvas returns the window's canvas.
func (w *Window) Canvas() fyne.Canvas { return w.win.Canvas() }

// dismissDialogs closes what dialogs the window shows (for the screenshots).
func (w *Window) dismissDialogs() {
	for o := w.win.Canvas().Overlays().Top(); o != nil; o = w.win.Canvas().Overlays().Top() {
		w.win.Canvas().Overlays().Remove(o)
	}
}

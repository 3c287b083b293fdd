package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Window is the main window: the profiles on the left; the editor and the
// knock view on the right; a status line at the bottom that also says why
// there is no tray icon when there is none. Without profiles it shows a
// first screen instead, offering Import and New; what the user creates,
// imports or duplicates is selected once saved (flow.go).
type Window struct {
	ctl      *Controller
	win      fyne.Window
	selected string
	// listRow is the row the profile list highlights, -1 for none.
	listRow int
	// want is a profile to select as soon as the list has it: one just
	// imported, whose list is reloaded off the UI goroutine.
	want string
	// drafting: the user asked for a new profile, so the editor shows
	// even while there is no profile yet (and the first screen does not).
	drafting bool
	// importing is the open import dialog, nil when none is.
	importing *importDialog

	list    *widget.List
	split   *container.Split
	welcome fyne.CanvasObject // the first screen, shown while there is no profile
	tabs    *container.AppTabs
	editor  *Editor
	knock   *knockView
	status  *widget.Label
	notray  *widget.Label
}

// NewWindow builds the main window in win. trayErr is why there is no tray
// icon, or nil when there is one. Closing the window hides it while the
// tray icon can bring it back, and calls quit where there is none. The
// services ask their passphrases in win.
func NewWindow(ctl *Controller, win fyne.Window, trayErr error, quit func()) *Window {
	w := &Window{ctl: ctl, win: win, listRow: -1}
	if ctl.svc.UsePrompter != nil {
		ctl.svc.UsePrompter(NewPrompter(win))
	}
	if trayErr == nil {
		win.SetCloseIntercept(win.Hide)
	} else {
		win.SetCloseIntercept(quit)
	}
	w.editor = NewEditor(ctl, win)
	w.knock = newKnockView(ctl, func() string { return w.selected })
	w.list = widget.NewList(
		func() int { return len(ctl.Profiles()) },
		func() fyne.CanvasObject {
			return container.NewVBox(widget.NewLabelWithStyle("name", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widget.NewLabel("host"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := ctl.Profiles()[i]
			rows := o.(*fyne.Container).Objects
			rows[0].(*widget.Label).SetText(p.Name())
			rows[1].(*widget.Label).SetText(profileSummary(p))
		},
	)
	w.list.OnSelected = func(i widget.ListItemID) {
		w.listRow = i
		if name := ctl.Profiles()[i].Name(); name != w.selected {
			w.Select(name)
		}
	}
	w.list.OnUnselected = func(i widget.ListItemID) {
		if w.listRow == i {
			w.listRow = -1
		}
	}

	w.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Knock", theme.LoginIcon(), w.knock.content),
		container.NewTabItemWithIcon("Profile", theme.DocumentCreateIcon(), w.editor.Content()),
	)
	w.status = widget.NewLabel("")
	w.notray = widget.NewLabel("")
	w.notray.Importance = widget.WarningImportance
	w.notray.Wrapping = fyne.TextWrapWord
	if trayErr != nil {
		w.notray.SetText("No tray icon: " + trayErr.Error() + ". Closing this window quits Sesame.")
	} else {
		w.notray.Hide()
	}

	left := container.NewBorder(nil, nil, nil, nil, w.list)
	w.split = container.NewHSplit(left, w.tabs)
	w.split.Offset = 0.28
	w.welcome = w.firstScreen()
	w.welcome.Hide()
	bottom := container.NewVBox(w.notray, w.status)
	win.SetContent(container.NewBorder(w.toolbar(), bottom, nil, nil, container.NewStack(w.split, w.welcome)))
	ctl.Watch(w.refresh)
	return w
}

func profileSummary(p Profile) string {
	return fmt.Sprintf("%s · %s", p.Values[FieldHost], p.Values[FieldAccess])
}

// toolbar is a row of labelled buttons: the vendored Fyne has no
// tooltips, and bare icons left the user guessing.
func (w *Window) toolbar() fyne.CanvasObject {
	button := func(label string, icon fyne.Resource, tapped func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, tapped)
		b.Importance = widget.LowImportance
		return b
	}
	return container.NewHBox(
		button("New profile", theme.ContentAddIcon(), w.New),
		button("Duplicate", theme.ContentCopyIcon(), w.Duplicate),
		button("Delete", theme.DeleteIcon(), w.confirmDelete),
		widget.NewSeparator(),
		button("Import…", theme.DownloadIcon(), w.ShowImport),
		button("Export…", theme.UploadIcon(), w.exportMenu),
	)
}

// Select shows the profile name in the editor and the knock view.
func (w *Window) Select(name string) {
	p, ok := w.ctl.Profile(name)
	if !ok {
		return
	}
	w.selected = name
	w.editor.Load(name, p)
	w.refresh()
}

// New puts an empty profile in the editor.
func (w *Window) New() {
	w.selected = ""
	w.drafting = true
	w.list.UnselectAll()
	w.editor.Load("", NewProfile())
	w.tabs.SelectIndex(1)
	w.refresh()
}

// Duplicate puts a copy of the selected profile, under a free name, in the
// editor; saving it copies the original's keys too, unless other keys are
// typed or generated for the copy.
func (w *Window) Duplicate() {
	p, ok := w.ctl.Profile(w.selected)
	if !ok {
		return
	}
	c := p.Clone()
	c.Values[FieldName] = w.copyName(p.Name())
	w.editor.LoadCopy(p.Name(), c)
	w.tabs.SelectIndex(1)
}

// copyName returns the first of NAME-copy, NAME-copy-2, … that no profile
// has; the loop ends since there are finitely many profiles.
func (w *Window) copyName(name string) string {
	c := name + "-copy"
	for i := 2; ; i++ {
		if _, taken := w.ctl.Profile(c); !taken {
			return c
		}
		c = fmt.Sprintf("%s-copy-%d", name, i)
	}
}

func (w *Window) confirmDelete() {
	name := w.selected
	if name == "" {
		return
	}
	dialog.ShowConfirm("Delete profile", fmt.Sprintf("Delete %q and its keys?", name), func(yes bool) {
		if !yes {
			return
		}
		w.ctl.Delete(name, func(err error) {
			if err != nil {
				dialog.ShowError(err, w.win)
				return
			}
			w.New()
			w.drafting = false // no profile left: the first screen
		})
	}, w.win)
}

// refresh redraws what depends on the controller.
func (w *Window) refresh() {
	w.followSaved()
	w.showFirstScreen(len(w.ctl.Profiles()) == 0 && !w.drafting)
	w.list.Refresh()
	w.knock.refresh()
	st := w.ctl.Status()
	text := fmt.Sprintf("%d profiles", len(w.ctl.Profiles()))
	if len(w.ctl.Profiles()) == 1 {
		text = "1 profile"
	}
	if st.Profile != "" {
		text = fmt.Sprintf("%s: %s", st.Profile, st.Message)
		if left := w.ctl.Left(); left != "" {
			text += " · " + left
		}
	}
	if err := w.ctl.Err(); err != nil {
		text = err.Error()
	}
	w.status.SetText(text)
}

// SelectTab shows the tab "Knock" (0) or "Profile" (1).
func (w *Window) SelectTab(i int) { w.tabs.SelectIndex(i) }

// Editor returns the profile editor.
func (w *Window) Editor() *Editor { return w.editor }

// SelectHistory shows the packet fields of history row i, as a click on
// the row does.
func (w *Window) SelectHistory(i int) { w.knock.history.Select(i) }

// ShownPacket returns the highlighted history row (-1 for none) and the
// packet fields shown.
func (w *Window) ShownPacket() (int, string) { return w.knock.shown, w.knock.fields.Text }

// StatusLine returns the status line at the bottom of the window.
func (w *Window) StatusLine() string { return w.status.Text }

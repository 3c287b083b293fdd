package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// importSize is the import dialog's size: room for a profile line of a
// few rows, its preview, and the placeholder in full.
var importSize = fyne.NewSize(680, 520)

// importDialog is the way profiles come in: what the user pastes or reads
// from a file is parsed as it comes, and the dialog shows what Create will
// make (names, servers, ports, which keys) before anything is saved.
type importDialog struct {
	w       *Window
	d       dialog.Dialog
	text    *widget.Entry
	source  *widget.Label // where the data being previewed came from
	preview *widget.Label
	create  *widget.Button

	// kind and data are what is previewed; got is what they hold, nil
	// while they do not parse. seq numbers the parses, so a slow one that
	// ends after a newer one is dropped.
	kind ImportKind
	data []byte
	got  []Imported
	seq  int
	// fromFile is set while the data came from a file, not the text box.
	fromFile bool
}

// ShowImport opens the import dialog.
func (w *Window) ShowImport() {
	im := &importDialog{w: w}
	im.text = widget.NewMultiLineEntry()
	im.text.Wrapping = fyne.TextWrapWord
	im.text.SetMinRowsVisible(4)
	im.text.SetPlaceHolder(importPlaceholder)
	im.text.OnChanged = im.typed
	im.source = widget.NewLabel("")
	im.source.Hide()
	im.preview = widget.NewLabel(nothingYet)
	im.preview.Wrapping = fyne.TextWrapWord
	im.create = widget.NewButtonWithIcon("Create", theme.ConfirmIcon(), im.createAll)
	im.create.Importance = widget.HighImportance
	im.create.Disable()
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { im.d.Hide() })

	intro := widget.NewLabel("Paste what your server's admin gave you — a sesame1: profile line (fwknopd --new-client prints one), " +
		"the text of an Fwknop2 QR code, or stanzas of a ~/.fwknoprc — or read it from a file.")
	intro.Wrapping = fyne.TextWrapWord
	files := container.NewHBox(
		widget.NewButtonWithIcon("Paste", theme.ContentPasteIcon(), im.paste),
		widget.NewButtonWithIcon("QR code image…", theme.FileImageIcon(), im.openQR),
		widget.NewButtonWithIcon("~/.fwknoprc", theme.FolderOpenIcon(), im.openFwknoprc),
	)
	top := container.NewVBox(intro, files, im.text, im.source)
	previewCard := widget.NewCard("", "What Create makes", container.NewVScroll(im.preview))
	buttons := container.NewHBox(layout.NewSpacer(), cancel, im.create)
	content := container.NewBorder(top, buttons, nil, nil, previewCard)
	im.d = dialog.NewCustomWithoutButtons("Import a profile", content, w.win)
	im.d.Resize(importSize)
	im.d.Show()
	w.win.Canvas().Focus(im.text)
	w.importing = im
	im.d.SetOnClosed(func() { w.importing = nil })
}

// importPlaceholder shows the three kinds of text, short enough for one
// line of the dialog.
const importPlaceholder = "sesame1:name=web,host=…    KEY_BASE64: … HMAC_KEY_BASE64: …    [web] …"

// nothingYet is the preview before anything was pasted or read.
const nothingYet = "Nothing yet: paste a profile line or keys above, or read a file."

// typed previews the text box as the user types or pastes.
func (im *importDialog) typed(text string) {
	if im.fromFile && text == "" {
		return // the box was cleared for a file's data
	}
	im.fromFile = false
	im.source.Hide()
	im.parse(textKind(text), []byte(text))
}

// textKind says which import format a pasted text is in.
func textKind(text string) ImportKind {
	t := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(t, "sesame"):
		return ImportLine
	case strings.HasPrefix(t, "[") || strings.Contains(t, "\n["):
		return ImportFwknoprc
	}
	return ImportFwknop2
}

func (im *importDialog) paste() {
	im.text.SetText(fyne.CurrentApp().Clipboard().Content())
}

// fromFile previews data read from a file, said by source.
func (im *importDialog) file(source string, kind ImportKind, data []byte) {
	im.fromFile = true
	im.text.SetText("")
	im.source.SetText("From " + source)
	im.source.Show()
	im.parse(kind, data)
}

func (im *importDialog) openQR() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, 32<<20))
		if err != nil {
			im.failed(err)
			return
		}
		im.file("the QR code in "+r.URI().Name(), ImportQRImage, data)
	}, im.w.win)
}

func (im *importDialog) openFwknoprc() {
	home, err := os.UserHomeDir()
	if err == nil {
		var data []byte
		if data, err = os.ReadFile(filepath.Join(home, ".fwknoprc")); err == nil {
			im.file("~/.fwknoprc", ImportFwknoprc, data)
			return
		}
	}
	im.failed(err)
}

// parse reads data off the UI goroutine and shows what it holds.
func (im *importDialog) parse(kind ImportKind, data []byte) {
	im.seq++
	seq := im.seq
	im.kind, im.data, im.got = kind, data, nil
	im.create.Disable()
	if strings.TrimSpace(string(data)) == "" {
		im.preview.SetText(nothingYet)
		return
	}
	ctl := im.w.ctl
	ctl.background(func() {
		ctx, cancel := contextWithTimeout()
		defer cancel()
		got, err := ctl.svc.Porter.Import(ctx, kind, data)
		fyne.Do(func() {
			if seq != im.seq {
				return // a newer text is being read
			}
			if err == nil && len(got) == 0 {
				err = fmt.Errorf("no profile in it")
			}
			if err != nil {
				im.failed(err)
				return
			}
			im.got = got
			im.preview.SetText(previewText(got, ctl))
			im.create.Enable()
		})
	})
}

func (im *importDialog) failed(err error) {
	im.got = nil
	im.create.Disable()
	im.preview.SetText("Not something Sesame can import: " + err.Error())
}

// createAll saves what the preview shows: profiles are saved and the
// first selected; keys alone start a new profile in the editor.
func (im *importDialog) createAll() {
	got := im.got
	if got == nil {
		return
	}
	im.d.Hide()
	if len(got) == 1 && got[0].KeysOnly {
		im.w.newWithKeys(got[0].Secrets)
		return
	}
	im.w.saveImports(got, 0)
}

// previewText says what each import will create, naming no secret: the
// profile's name, server, ports and which keys come with it.
func previewText(got []Imported, ctl *Controller) string {
	if len(got) == 1 && got[0].KeysOnly {
		return "Keys only, no server settings: " + whichKeys(got[0].Secrets) + ".\n" +
			"Create opens a new profile holding them: fill in the server and save."
	}
	var b strings.Builder
	if len(got) > 1 {
		fmt.Fprintf(&b, "%d profiles:\n", len(got))
	}
	for _, im := range got {
		v := im.Profile.Values
		fmt.Fprintf(&b, "• %s: server %s, SPA port %s/%s, opens %s; %s",
			im.Profile.Name(), v[FieldHost], orDefault(v[FieldSPAPort], "62201"), orDefault(v[FieldTransport], "udp"),
			v[FieldAccess], whichKeys(im.Secrets))
		if src := v[FieldKeySource]; src != "" {
			fmt.Fprintf(&b, ", kept in %s", src)
		}
		if _, taken := ctl.Profile(im.Profile.Name()); taken {
			b.WriteString(" — a profile of that name exists already")
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// whichKeys names the keys s holds, never their text.
func whichKeys(s Secrets) string {
	switch {
	case s.Key != "" && s.HMACKey != "":
		return "encryption key and HMAC key"
	case s.Key != "":
		return "encryption key, no HMAC key"
	case s.HMACKey != "":
		return "HMAC key, no encryption key"
	}
	return "no keys (add them in the editor)"
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// The import dialog as the tests and the screenshots drive it.

// ImportShown says whether the import dialog is open.
func (w *Window) ImportShown() bool { return w.importing != nil }

// ImportText returns the import dialog's text box.
func (w *Window) ImportText() *widget.Entry { return w.importing.text }

// ImportPreview returns what the import dialog says Create will make.
func (w *Window) ImportPreview() string { return w.importing.preview.Text }

// ImportCreate clicks the import dialog's Create, when it is enabled.
func (w *Window) ImportCreate() bool {
	if w.importing.create.Disabled() {
		return false
	}
	w.importing.createAll()
	return true
}

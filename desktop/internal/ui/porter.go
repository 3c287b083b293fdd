package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Import parses data of the format kind (what the import menu read: a QR
// image's bytes, pasted text, ~/.fwknoprc) off the UI goroutine and saves
// each profile in it with its keys; keys alone start a new profile in the
// editor.
func (w *Window) Import(kind ImportKind, data []byte) {
	ctl := w.ctl
	ctl.background(func() {
		ctx, cancel := contextWithTimeout()
		defer cancel()
		got, err := ctl.svc.Porter.Import(ctx, kind, data)
		fyne.Do(func() {
			switch {
			case err != nil:
				dialog.ShowError(err, w.win)
			case len(got) == 1 && got[0].KeysOnly:
				w.newWithKeys(got[0].Secrets)
			default:
				w.saveImports(got, 0)
			}
		})
	})
}

// saveImports saves the imported profiles in turn, off the UI goroutine,
// after the saved ones already; then it says how many were imported. When
// the OS keyring cannot take the keys of one, it offers to keep the keys
// of that one and the rest in passphrase-protected files.
func (w *Window) saveImports(list []Imported, saved int) {
	ctl := w.ctl
	ctl.background(func() {
		ctx, cancel := askingContext()
		defer cancel()
		var err error
		i := 0
		for ; i < len(list); i++ {
			if err = ctl.svc.Profiles.Save(ctx, "", list[i].Profile, importedKeys(list[i])); err != nil {
				break // list[i] and the rest are not saved
			}
		}
		saved += i
		rest := list[i:]
		fyne.Do(func() {
			ctl.Reload()
			switch {
			case err == nil:
				if len(list) > 0 {
					w.selectWhenListed(list[0].Profile.Name())
				}
				dialog.ShowInformation("Import", fmt.Sprintf("%d profile(s) imported.", saved), w.win)
			case errors.Is(err, ErrKeyringUnavailable) && keptInKeyring(rest[0].Profile):
				w.offerKeyFiles(rest, saved, err)
			default:
				dialog.ShowError(err, w.win)
			}
		})
	})
}

// importedKeys are the keys an import brings for its profile, or nil.
func importedKeys(im Imported) *Secrets {
	if im.Secrets.Key == "" && im.Secrets.HMACKey == "" {
		return nil
	}
	s := im.Secrets
	return &s
}

// offerKeyFiles offers to keep the keys of the imports in rest that name
// the keyring in passphrase-protected files, and saves rest so when taken.
func (w *Window) offerKeyFiles(rest []Imported, saved int, cause error) {
	var names, paths []string
	moved := make([]Imported, len(rest))
	for i, im := range rest {
		moved[i] = im
		if keptInKeyring(im.Profile) && importedKeys(im) != nil {
			path := w.ctl.svc.Profiles.KeyFile(im.Profile.Name())
			moved[i].Profile = im.Profile.Clone()
			moved[i].Profile.Values[FieldKeySource] = ageSource(path)
			names, paths = append(names, im.Profile.Name()), append(paths, path)
		}
	}
	offerKeyFile(w.win, names, cause, paths, func() { w.saveImports(moved, saved) })
}

// exportMenu offers the export formats for the selected profile.
func (w *Window) exportMenu() {
	name := w.selected
	if name == "" {
		dialog.ShowInformation("Export", "Select a profile first.", w.win)
		return
	}
	var d dialog.Dialog
	choice := func(label string, kind ExportKind) *widget.Button {
		return widget.NewButton(label, func() { d.Hide(); w.runExport(name, kind) })
	}
	d = dialog.NewCustom("Export "+name, "Cancel", container.NewVBox(
		choice("QR code of the keys, for Fwknop2 on a phone", ExportPhoneQR),
		choice("Copy the profile line (sesame1:…, holds the keys)", ExportLine),
		choice("Copy an access.conf stanza for the server", ExportStanza),
	), w.win)
	d.Show()
}

func (w *Window) runExport(name string, kind ExportKind) {
	ctl := w.ctl
	ctl.background(func() {
		ctx, cancel := askingContext()
		defer cancel()
		data, err := ctl.svc.Porter.Export(ctx, name, kind)
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, w.win)
				return
			}
			w.showExport(name, kind, data)
		})
	})
}

func (w *Window) showExport(name string, kind ExportKind, data []byte) {
	if kind == ExportPhoneQR {
		img := canvas.NewImageFromResource(fyne.NewStaticResource(name+".png", data))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(320, 320))
		dialog.ShowCustom("Scan with Fwknop2", "Close", container.NewVBox(img,
			widget.NewLabel("This code holds the keys: show it only to your phone.")), w.win)
		return
	}
	fyne.CurrentApp().Clipboard().SetContent(string(data))
	text := "The profile line of " + name + " is on the clipboard.\n" + lineHoldsKeys
	if kind == ExportStanza {
		text = "The access.conf stanza of " + name + " is on the clipboard."
	}
	dialog.ShowInformation("Export", text, w.win)
}

// lineHoldsKeys warns that a profile line, as a QR code of the keys,
// gives whoever reads it the keys.
const lineHoldsKeys = "It holds the keys: paste it only where the keys may go (your own devices), and clear the clipboard after."

// newWithKeys starts a new profile holding imported keys: an Fwknop2 text
// has no server settings, so the user fills them in and saves.
func (w *Window) newWithKeys(s Secrets) {
	w.New()
	w.editor.setKeys(s)
	w.editor.keysTouched = true
	w.editor.message.SetText("Keys imported: fill in the server and save.")
}

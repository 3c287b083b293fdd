package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The choice offered when the OS keyring cannot take a profile's keys.
const (
	choiceKeyFile = "Keep the keys in a passphrase-protected file"
	choiceCancel  = "Cancel"
)

// keptInKeyring reports whether p keeps its keys in the OS keyring, the
// default key source.
func keptInKeyring(p Profile) bool {
	v := p.Values[FieldKeySource]
	return v == "" || v == "keyring"
}

// ageSource is the key source of a passphrase-protected key file.
func ageSource(path string) string { return "age:" + path }

// offerKeyFile says why the OS keyring could not take the keys of the
// named profiles (cause) and offers to keep them instead in files
// encrypted with a passphrase, at paths; use runs when the user takes
// that. Cancel leaves everything as it is: nothing was saved, and nothing
// is ever written in plain text instead.
func offerKeyFile(win fyne.Window, names []string, cause error, paths []string, use func()) {
	text := "Nothing of " + strings.Join(names, ", ") + " was saved: the OS keyring could not take the keys.\n\n" +
		cause.Error() + "\n\nSesame can keep the keys in a file encrypted with a passphrase you choose (asked next, twice):\n\n" +
		strings.Join(paths, "\n")
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("No OS keyring for the keys", choiceKeyFile, choiceCancel, container.NewVBox(msg),
		func(ok bool) {
			if ok {
				use()
			}
		}, win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

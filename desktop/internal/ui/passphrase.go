package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The reasons the passphrase dialog gives for not taking an answer.
const (
	reasonEmpty    = "Type a passphrase."
	reasonMismatch = "The two passphrases differ."
)

// passphraseDialog asks for passphrases in a window: the Prompter the
// window gives the services (for keys kept in an age: file).
type passphraseDialog struct{ win fyne.Window }

// NewPrompter returns the Prompter that asks in win.
func NewPrompter(win fyne.Window) Prompter { return passphraseDialog{win} }

// answer is what the dialog hands back to the waiting caller.
type answer struct {
	pass []byte
	err  error
}

// Passphrase shows the dialog on the UI goroutine and waits, on the
// caller's, for the answer; when ctx ends first it closes the dialog and
// returns an error wrapping ctx's. Nothing of the answer is kept once it is returned.
func (p passphraseDialog) Passphrase(ctx context.Context, prompt string, confirm bool) ([]byte, error) {
	got := make(chan answer, 1) // buffered: the dialog never waits for the caller
	var d dialog.Dialog
	fyne.Do(func() { d = p.show(prompt, confirm, got) })
	select {
	case a := <-got:
		return a.pass, a.err
	case <-ctx.Done():
		fyne.Do(func() { d.Hide() }) // runs after the show above: fyne.Do keeps order
		return nil, fmt.Errorf("no passphrase given: %w", ctx.Err())
	}
}

// show builds and shows the dialog. OK answers only with a passphrase
// typed (twice the same when confirm is set); the reason it does not is
// shown in the dialog. Cancel answers ErrCancelled.
func (p passphraseDialog) show(prompt string, confirm bool, got chan<- answer) dialog.Dialog {
	pass := widget.NewPasswordEntry()
	again := widget.NewPasswordEntry()
	// Always there, empty until needed: the dialog keeps its size.
	reason := widget.NewLabel("")
	reason.Importance = widget.DangerImportance
	reason.Wrapping = fyne.TextWrapWord

	form := container.New(layout.NewFormLayout(), widget.NewLabel("Passphrase"), pass)
	if confirm {
		form.Add(widget.NewLabel("Again"))
		form.Add(again)
	}
	// The store's prompt is made for a terminal: "…: ".
	question := widget.NewLabel(strings.TrimSuffix(strings.TrimSpace(prompt), ":"))
	question.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Passphrase", container.NewVBox(question, form, reason), p.win)

	finish := func(a answer) {
		pass.SetText("")
		again.SetText("")
		d.Hide()
		select {
		case got <- a:
		default: // answered already: one answer per question
		}
	}
	ok := func() {
		switch {
		case pass.Text == "":
			reason.SetText(reasonEmpty)
		case confirm && again.Text != pass.Text:
			reason.SetText(reasonMismatch)
		default:
			finish(answer{pass: []byte(pass.Text)})
		}
	}
	pass.OnSubmitted = func(string) { ok() }
	again.OnSubmitted = func(string) { ok() }
	okButton := widget.NewButtonWithIcon("OK", theme.ConfirmIcon(), ok)
	okButton.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { finish(answer{err: ErrCancelled}) }),
		okButton,
	})
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	p.win.Canvas().Focus(pass)
	return d
}

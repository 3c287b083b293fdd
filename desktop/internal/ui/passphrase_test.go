package ui_test

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/uitest"
)

type answer struct {
	pass []byte
	err  error
}

// ask calls the window's prompter on its own goroutine, as the store does,
// and returns where its answer arrives.
func ask(ctx context.Context, win fyne.Window, prompt string, confirm bool) <-chan answer {
	got := make(chan answer, 1)
	p := ui.NewPrompter(win)
	go func() {
		pass, err := p.Passphrase(ctx, prompt, confirm)
		got <- answer{pass, err}
	}()
	return got
}

// dialogShown waits for the dialog asking prompt and returns its objects.
func dialogShown(t *testing.T, l *uitest.Loop, win fyne.Window, prompt string) []fyne.CanvasObject {
	t.Helper()
	var objs []fyne.CanvasObject
	l.Until(t, "the passphrase dialog", func() bool {
		objs = uitest.Dialog(win)
		return uitest.Shows(objs, prompt)
	})
	return objs
}

func TestPassphraseDialogOK(t *testing.T) {
	_, l := uitest.New(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	got := ask(context.Background(), win, "Passphrase for the keys of web", false)
	objs := dialogShown(t, l, win, "Passphrase for the keys of web")
	entries := uitest.Entries(objs)
	if len(entries) != 1 || !entries[0].Password {
		t.Fatalf("%d entries, want one password entry", len(entries))
	}
	uitest.Tap(t, objs, "OK")
	if !uitest.Shows(uitest.Dialog(win), "Type a passphrase") {
		t.Fatal("an empty passphrase was taken")
	}
	test.Type(entries[0], "correct horse")
	uitest.Tap(t, objs, "OK")
	a := uitest.Receive(t, l, "the answer", got)
	if a.err != nil || string(a.pass) != "correct horse" {
		t.Fatalf("answer %q, %v; want the passphrase typed", a.pass, a.err)
	}
	if uitest.Dialog(win) != nil {
		t.Fatal("the dialog stays up after OK")
	}
}

func TestPassphraseDialogCancel(t *testing.T) {
	_, l := uitest.New(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	got := ask(context.Background(), win, "Passphrase for the keys of web", false)
	objs := dialogShown(t, l, win, "Passphrase for the keys of web")
	test.Type(uitest.Entries(objs)[0], "typed then cancelled")
	uitest.Tap(t, objs, "Cancel")
	a := uitest.Receive(t, l, "the answer", got)
	if !errors.Is(a.err, ui.ErrCancelled) || a.pass != nil || a.err.Error() != "cancelled" {
		t.Fatalf("answer %q, %v; want ErrCancelled reading \"cancelled\"", a.pass, a.err)
	}
	if uitest.Dialog(win) != nil {
		t.Fatal("the dialog stays up after Cancel")
	}
}

func TestPassphraseDialogConfirmRefusesMismatch(t *testing.T) {
	_, l := uitest.New(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	got := ask(context.Background(), win, "New passphrase", true)
	objs := dialogShown(t, l, win, "New passphrase")
	entries := uitest.Entries(objs)
	if len(entries) != 2 {
		t.Fatalf("%d entries, want two (the passphrase, again)", len(entries))
	}
	test.Type(entries[0], "one passphrase")
	test.Type(entries[1], "another one")
	uitest.Tap(t, objs, "OK")
	if !uitest.Shows(uitest.Dialog(win), "differ") {
		t.Fatal("a mismatch is not shown in the dialog")
	}
	select {
	case a := <-got:
		t.Fatalf("a mismatch was answered: %v", a.err)
	default:
	}
	entries[1].SetText("one passphrase")
	uitest.Tap(t, objs, "OK")
	a := uitest.Receive(t, l, "the answer", got)
	if a.err != nil || string(a.pass) != "one passphrase" {
		t.Fatalf("answer %q, %v; want the passphrase typed twice", a.pass, a.err)
	}
}

func TestPassphraseDialogClosesWhenTheCallEnds(t *testing.T) {
	_, l := uitest.New(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	ctx, cancel := context.WithCancel(context.Background())
	got := ask(ctx, win, "Passphrase for the keys of web", false)
	dialogShown(t, l, win, "Passphrase for the keys of web")
	cancel()
	a := uitest.Receive(t, l, "the answer", got)
	if !errors.Is(a.err, context.Canceled) {
		t.Fatalf("answer %v, want the context's error", a.err)
	}
	l.Until(t, "the dialog to close", func() bool { return uitest.Dialog(win) == nil })
}

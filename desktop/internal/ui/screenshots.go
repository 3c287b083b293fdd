package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
)

// screenshotSettle is how long each view is given to lay out and paint
// before it is captured; the screenshot run is a tool, not a test.
const screenshotSettle = 700 * time.Millisecond

// screenshotLine is the profile line the import preview shows; its keys
// are the demo's, never real ones.
const screenshotLine = "sesame1:name=office,host=spa.example.org,port=62201,transport=udp,access=tcp/22,allow=resolve," +
	"key=c2VzYW1lIGRlbW8ga2V5IDAxMjM0NTY3ODlhYmNkZWY=,hmac-key=aG1hYy1kZW1vLWtleS1mb3ItdGhlLXNjcmVlbnNob3Q="

// screenshots walks the window through the views the README shows and
// writes each to dir as a PNG, then quits the app. A failure is printed
// and ends the run with the app still quitting. It runs off the UI
// goroutine: the store calls of a step's offUI part block.
func screenshots(a fyne.App, w *Window, ctl *Controller, dir string) {
	defer fyne.Do(a.Quit)
	var kept []Profile // the demo's profiles, put away for the first screen
	steps := []struct {
		file  string
		offUI func()
		setup func()
	}{
		{"first-screen.png", func() { kept = emptyStore(ctl) }, func() {
			ctl.Reload()
			w.New()
			w.drafting = false
		}},
		{"import-preview.png", nil, func() {
			w.ShowImport()
			w.importing.text.SetText(screenshotLine)
		}},
		{"main-window.png", func() { restoreStore(ctl, kept) }, func() {
			w.dismissDialogs()
			w.selectWhenListed("web")
			ctl.Reload()
			w.SelectTab(0)
		}},
		{"profile-editor.png", nil, func() {
			w.SelectTab(1)
			w.Editor().SetKey("not base64!")   // shows a refusal under the key
			w.Editor().scroll.ScrollToBottom() // where the keys are
		}},
		{"knock-result.png", nil, func() {
			w.Select(w.selected) // the editor as saved
			w.SelectTab(0)
			ctl.Knock(w.selected, false)
		}},
	}
	time.Sleep(screenshotSettle) // the profiles load and the window maps
	for _, s := range steps {
		if s.offUI != nil {
			s.offUI()
		}
		fyne.DoAndWait(s.setup)
		time.Sleep(screenshotSettle)
		if s.file == "knock-result.png" {
			fyne.DoAndWait(func() { w.knock.history.Select(0) })
			time.Sleep(screenshotSettle)
		}
		var size fyne.Size
		fyne.DoAndWait(func() { size = w.win.Canvas().Size() })
		img, err := captureScreen(size)
		if err == nil {
			err = writePNG(filepath.Join(dir, s.file), img)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "sesame: screenshot:", err)
			return
		}
	}
}

// emptyStore deletes every profile of the (demo) store and returns them.
func emptyStore(ctl *Controller) []Profile {
	ctx, cancel := contextWithTimeout()
	defer cancel()
	ps, _ := ctl.svc.Profiles.List(ctx)
	for _, p := range ps {
		ctl.svc.Profiles.Delete(ctx, p.Name())
	}
	return ps
}

// restoreStore saves ps again, with the demo's sample keys, replacing what
// else the store has (the imported profile).
func restoreStore(ctl *Controller, ps []Profile) {
	emptyStore(ctl)
	ctx, cancel := contextWithTimeout()
	defer cancel()
	keys, _ := ctl.svc.Keys.Generate()
	for _, p := range ps {
		ctl.svc.Profiles.Save(ctx, "", p, &keys)
	}
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// captureScreen grabs the top-left size of the X screen with ImageMagick's
// import: Fyne's own Canvas.Capture reads the OpenGL front buffer, which is
// blank under Xvfb's software renderer. With no window manager, the window
// sits at the top-left corner.
func captureScreen(size fyne.Size) (image.Image, error) {
	out, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		return nil, fmt.Errorf("import (ImageMagick) -window root: %w", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		return nil, err
	}
	r := image.Rect(0, 0, int(size.Width), int(size.Height)).Intersect(img.Bounds())
	return img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r), nil
}

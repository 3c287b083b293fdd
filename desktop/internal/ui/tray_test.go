package ui_test

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/sesame-spa/sesame/desktop/internal/tray"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/icons"
)

func TestTrayCountdownText(t *testing.T) {
	open := func(left time.Duration) ui.Status {
		return ui.Status{State: ui.Open, Profile: "web", Until: now.Add(left)}
	}
	for _, c := range []struct {
		st   ui.Status
		want string
	}{
		{ui.Status{State: ui.Idle}, ""},
		{ui.Status{State: ui.Knocking, Profile: "web"}, ""},
		{ui.Status{State: ui.Failed, Profile: "web", Until: now.Add(time.Minute)}, ""},
		{ui.Status{State: ui.Open, Profile: "web"}, ""}, // the grant's end is unknown
		{open(0), "0"},
		{open(500 * time.Millisecond), "1"},
		{open(42 * time.Second), "42"},
		{open(59 * time.Second), "59"},
		{open(59*time.Second + 500*time.Millisecond), "1m"},
		{open(89 * time.Second), "1m"},
		{open(90 * time.Second), "2m"},
		{open(3 * time.Minute), "3m"},
		{open(4*time.Minute + 29*time.Second), "4m"},
		{open(4*time.Minute + 30*time.Second), "5m"},
		{open(99*time.Minute + 29*time.Second), "99m"},
		{open(99*time.Minute + 30*time.Second), "2h"},
		{open(30 * time.Hour), "30h"},
		{open(99*time.Hour + 29*time.Minute), "99h"},
		{open(100 * time.Hour), "4d"},
		{open(400 * 24 * time.Hour), "99d"},
	} {
		if got := ui.TrayCountdown(c.st, now); got != c.want {
			t.Errorf("%v with %v left: %q, want %q", c.st.State, c.st.Until.Sub(now), got, c.want)
		}
	}
	// The icon and the menu line count the same minutes.
	for left := time.Minute; left <= 10*time.Minute; left += 7 * time.Second {
		text, line := ui.TrayCountdown(open(left), now), ui.TrayLine(open(left), now)
		if min := strings.TrimSuffix(text, "m"); !strings.Contains(line, " "+min+" min left") {
			t.Errorf("%v left: icon %q, menu %q", left, text, line)
		}
	}
}

func TestTrayIconForEachState(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for st, want := range map[ui.State]icons.State{ui.Idle: icons.Idle, ui.Knocking: icons.Knocking, ui.Failed: icons.Failed} {
			if got := ui.TrayIcon(ui.Status{State: st, Profile: "web"}, now, dark); !bytes.Equal(got.Content(), icons.Tray(want, dark)) {
				t.Errorf("%v (dark %v): %s is not the %s icon", st, dark, got.Name(), want)
			}
		}
		plainOpen := icons.Tray(icons.Open, dark)
		if got := ui.TrayIcon(ui.Status{State: ui.Open}, now, dark); !bytes.Equal(got.Content(), plainOpen) {
			t.Errorf("open with no known end (dark %v): %s, want the plain open icon", dark, got.Name())
		}
		seen := map[string]string{}
		for _, left := range []time.Duration{42 * time.Second, 3 * time.Second, 3 * time.Minute} {
			got := ui.TrayIcon(ui.Status{State: ui.Open, Until: now.Add(left)}, now, dark)
			text := ui.TrayCountdown(ui.Status{State: ui.Open, Until: now.Add(left)}, now)
			if !strings.Contains(got.Name(), "-"+text+".png") {
				t.Errorf("open with %v left: icon named %s, want one naming %q", left, got.Name(), text)
			}
			if bytes.Equal(got.Content(), plainOpen) {
				t.Errorf("open with %v left: no countdown on the icon", left)
			}
			if other, ok := seen[string(got.Content())]; ok {
				t.Errorf("the icons for %s and %s are the same", other, text)
			}
			seen[string(got.Content())] = text
			img, err := png.Decode(bytes.NewReader(got.Content()))
			if err != nil || img.Bounds().Dx() != 48 || img.Bounds().Dy() != 48 {
				t.Errorf("open with %v left: icon %v (%v), want 48×48", left, img.Bounds(), err)
			}
		}
	}
}

// TestTrayFollowsTheKnock runs a knock and its five-minute grant second by
// second, as the app's tick does: the icon is set only when what it shows
// changes, once a minute while minutes are left, then once a second.
func TestTrayFollowsTheKnock(t *testing.T) {
	f := setup(t)
	var set []string
	var menus []string
	update := ui.TrayUpdater(f.ctl, false, tray.Actions{},
		func(r fyne.Resource) { set = append(set, r.Name()) },
		func(m *fyne.Menu) { menus = append(menus, m.Items[0].Label) })
	update()
	f.ctl.Watch(update)
	f.ctl.Knock("web", false)
	if got := strings.Join(set, " "); got != "tray-idle.png tray-knocking.png tray-open-5m.png" {
		t.Fatalf("icons while knocking: %s", got)
	}
	set = nil
	ticks := 0
	for f.ctl.Status().State == ui.Open && ticks < 400 {
		ticks++
		*f.clock = now.Add(time.Duration(ticks) * time.Second)
		f.ctl.Tick()
	}
	want := []string{"tray-open-4m.png", "tray-open-3m.png", "tray-open-2m.png", "tray-open-1m.png"}
	for s := 59; s >= 1; s-- {
		want = append(want, fmt.Sprintf("tray-open-%d.png", s))
	}
	want = append(want, "tray-idle.png")
	if ticks != 300 || strings.Join(set, " ") != strings.Join(want, " ") {
		t.Fatalf("over %d ticks the icon was set to\n%s\nwant\n%s", ticks, strings.Join(set, " "), strings.Join(want, " "))
	}
	wantMenus := "Sesame: ready|web: knocking…|web: open, 5 min left|web: open, 4 min left|web: open, 3 min left|" +
		"web: open, 2 min left|web: open, 1 min left|web: open, under a minute left|web: the grant has ended"
	if got := strings.Join(menus, "|"); got != wantMenus {
		t.Errorf("menus\n%s\nwant\n%s", got, wantMenus)
	}
}

// TestTrayMenuRightAfterStart: the app sets the tray menu before the
// profiles are read, and Fyne's driver draws the menu of that first call
// again once the tray host answers, which may be after the profiles came.
// What it draws then must list them, not "No profiles yet".
func TestTrayMenuRightAfterStart(t *testing.T) {
	f := setup(t)
	ctl := ui.NewController(f.d.Services(), func() time.Time { return now }, func(run func()) { run() }, func(string, string) {})
	var first *fyne.Menu // what the driver keeps to draw when the host answers
	update := ui.TrayUpdater(ctl, false, tray.Actions{}, func(fyne.Resource) {},
		func(m *fyne.Menu) {
			if first == nil {
				first = m
			}
		})
	update()
	ctl.Watch(update)
	ctl.Reload()
	var labels []string
	for _, it := range first.Items {
		labels = append(labels, it.Label)
	}
	if got := strings.Join(labels, "|"); got != "Sesame: ready||db-v6|lab|web||Open Sesame…|Quit" {
		t.Errorf("the tray host drew the menu %q, want the three profiles", got)
	}
}

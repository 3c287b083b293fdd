package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/sesame-spa/sesame/desktop/internal/tray"
	"github.com/sesame-spa/sesame/icons"
)

// TrayUpdater returns the function that brings the tray in step with ctl:
// it calls setIcon and setMenu only when what they show changes. Called at
// each change of ctl (the app's one-second tick is one), it redraws the
// icon's countdown at most once a second, and once a minute while more
// than a minute is left.
//
// It hands setMenu the same *fyne.Menu each time, its items replaced:
// Fyne's driver keeps the menu of the first call and draws it again when
// the tray host answers, which may be after later calls; a new menu each
// time would put the first one ("No profiles yet", before the profiles
// were read) back up until the next change.
func TrayUpdater(ctl *Controller, dark bool, actions tray.Actions, setIcon func(fyne.Resource), setMenu func(*fyne.Menu)) func() {
	var shownIcon, shownMenu string // keys of what is shown; never empty once set
	menu := fyne.NewMenu("Sesame")
	return func() {
		st, now := ctl.Status(), ctl.now()
		if key := st.State.String() + " " + TrayCountdown(st, now); key != shownIcon {
			shownIcon = key
			setIcon(TrayIcon(st, now, dark))
		}
		names := make([]string, 0, len(ctl.Profiles()))
		for _, p := range ctl.Profiles() {
			names = append(names, p.Name())
		}
		line := TrayLine(st, now)
		if key := line + "\x00" + strings.Join(names, "\x00"); key != shownMenu {
			shownMenu = key
			menu.Items = tray.Menu(names, line, actions).Items
			setMenu(menu)
		}
	}
}

// TrayIcon is the tray icon for st: the state's icon, with the time left
// drawn on it while a grant is open.
func TrayIcon(st Status, now time.Time, dark bool) fyne.Resource {
	state := [...]icons.State{icons.Idle, icons.Knocking, icons.Open, icons.Failed}[st.State]
	base := icons.Tray(state, dark)
	name := "tray-" + st.State.String()
	if text := TrayCountdown(st, now); text != "" {
		// Every form TrayCountdown gives is drawable (the tests draw each);
		// were one not, the plain icon would still show the state.
		if b, err := tray.Countdown(base, text, dark); err == nil {
			return fyne.NewStaticResource(name+"-"+text+".png", b)
		}
	}
	return fyne.NewStaticResource(name+".png", base)
}

// TrayCountdown is the time left of an open grant as the tray icon shows
// it: seconds under a minute ("42"), then minutes ("3m"), hours ("2h") or
// days ("9d"), at most three characters; "" when no grant is open or its
// end is unknown. Minutes are rounded as TrayLine rounds them.
func TrayCountdown(st Status, now time.Time) string {
	if st.State != Open || st.Until.IsZero() {
		return ""
	}
	left := st.Until.Sub(now)
	if s := (left + time.Second - 1) / time.Second; s < 60 {
		return strconv.Itoa(max(int(s), 0))
	}
	for _, u := range []struct {
		unit time.Duration
		name string
	}{{time.Minute, "m"}, {time.Hour, "h"}, {24 * time.Hour, "d"}} {
		if n := (left + u.unit/2) / u.unit; n < 100 {
			return strconv.Itoa(int(n)) + u.name
		}
	}
	return "99d"
}

package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// knockView is the Knock tab: the buttons, the latest result, the history
// with the decoded fields of each packet.
type knockView struct {
	ctl      *Controller
	selected func() string

	knock, ssh *widget.Button
	keepOpen   *widget.Check
	result     *widget.Label
	detail     *widget.Label
	history    *widget.List
	fields     *widget.Label
	content    fyne.CanvasObject

	// shown is the history row whose packet fields are shown, -1 for none,
	// and shownKey that record's identity: a new knock moves the rows down,
	// and the highlight must follow the record the fields are of.
	shown    int
	shownKey string
}

func newKnockView(ctl *Controller, selected func() string) *knockView {
	v := &knockView{ctl: ctl, selected: selected, shown: -1}
	v.knock = widget.NewButtonWithIcon("Knock", theme.LoginIcon(), func() { ctl.Knock(selected(), false) })
	v.knock.Importance = widget.HighImportance
	v.ssh = widget.NewButtonWithIcon("Open SSH", theme.ComputerIcon(), func() { ctl.Knock(selected(), true) })
	v.keepOpen = widget.NewCheck("Keep open", func(on bool) { ctl.KeepOpen(selected(), on) })
	v.result = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.result.Wrapping = fyne.TextWrapWord
	v.detail = widget.NewLabel("")
	v.detail.Wrapping = fyne.TextWrapWord
	v.fields = widget.NewLabel("")
	v.fields.TextStyle = fyne.TextStyle{Monospace: true}
	v.history = widget.NewList(
		func() int { return len(ctl.History()) },
		func() fyne.CanvasObject { return widget.NewLabel("00:00:00  profile-name  open after 000 ms") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(historyLine(ctl.History()[i]))
		},
	)
	v.history.OnSelected = v.showPacket

	buttons := container.NewHBox(v.knock, v.ssh, v.keepOpen)
	top := container.NewVBox(buttons, widget.NewCard("", "Result", container.NewVBox(v.result, v.detail)))
	split := container.NewVSplit(
		widget.NewCard("", "History", v.history),
		widget.NewCard("", "Packet fields", container.NewVScroll(v.fields)),
	)
	split.Offset = 0.35
	v.content = container.NewBorder(top, nil, nil, nil, split)
	return v
}

func historyLine(r Record) string {
	if r.Renewals > 0 {
		return renewalLine(r)
	}
	outcome := r.Diagnosis
	switch {
	case r.AlreadyOpen:
		outcome = "already open (knock unchecked)"
	case r.Opened:
		outcome = "open after " + Millis(r.After)
	}
	return fmt.Sprintf("%s  %s  %s", r.At.Format("15:04:05"), r.Profile, outcome)
}

func fieldsText(r Record) string {
	var b strings.Builder
	for _, kv := range r.Fields {
		fmt.Fprintf(&b, "%-18s %s\n", kv[0]+":", kv[1])
	}
	if r.Address != "" {
		fmt.Fprintf(&b, "%-18s %s\n", "allowed address:", r.Address)
	}
	return strings.TrimRight(b.String(), "\n")
}

// showPacket shows the packet fields of history row i.
func (v *knockView) showPacket(i widget.ListItemID) {
	r := v.ctl.History()[i]
	v.shown, v.shownKey = i, recordKey(r)
	v.fields.SetText(fieldsText(r))
}

// recordKey identifies a history record across reloads of the history.
func recordKey(r Record) string {
	return r.At.Format(time.RFC3339Nano) + " " + r.Profile
}

// followShownPacket keeps the highlighted row on the record whose fields
// are shown after the history changed, or clears both when it is gone.
func (v *knockView) followShownPacket() {
	if v.shown < 0 {
		return
	}
	for i, r := range v.ctl.History() {
		if recordKey(r) == v.shownKey {
			if i != v.shown {
				v.history.Select(i)
			}
			return
		}
	}
	v.shown, v.shownKey = -1, ""
	v.history.UnselectAll()
	v.fields.SetText("")
}

// refresh redraws the view for the selected profile.
func (v *knockView) refresh() {
	name := v.selected()
	p, ok := v.ctl.Profile(name)
	st := v.ctl.Status()
	busy := st.State == Knocking
	for _, b := range []*widget.Button{v.knock, v.ssh} {
		if ok && !busy {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	v.keepOpen.SetChecked(ok && p.KeepOpen)
	v.history.Refresh()
	v.followShownPacket()
	if st.Profile != name || st.Message == "" {
		v.result.SetText("Not knocked yet.")
		v.detail.SetText("")
		return
	}
	text := st.Message
	if left := v.ctl.Left(); left != "" {
		text += " · " + left
	}
	v.result.SetText(text)
	if h := v.ctl.History(); len(h) > 0 && h[0].Profile == name {
		v.detail.SetText(h[0].Address)
	}
}

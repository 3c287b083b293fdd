package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// wheelEverywhere returns scroll with a transparent layer over it that
// takes every mouse wheel event over the scroll's area and hands it to
// scroll. Fyne gives a wheel event to the innermost Scrollable under the
// mouse, and every entry holds a scroll of its own (for text longer than
// the entry), so over an entry the wheel did not move the form. The layer
// is only Scrollable: clicks, drags, hovers and the cursor shape still
// find the widgets under it.
func wheelEverywhere(scroll *container.Scroll) fyne.CanvasObject {
	return container.NewStack(scroll, newWheelLayer(scroll))
}

// wheelLayer hands the wheel events it gets to its target.
type wheelLayer struct {
	widget.BaseWidget
	target fyne.Scrollable
}

func newWheelLayer(target fyne.Scrollable) *wheelLayer {
	l := &wheelLayer{target: target}
	l.ExtendBaseWidget(l)
	return l
}

// Scrolled implements fyne.Scrollable.
func (l *wheelLayer) Scrolled(ev *fyne.ScrollEvent) { l.target.Scrolled(ev) }

// CreateRenderer implements fyne.Widget: the layer draws nothing.
func (l *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(layout.NewSpacer())
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// advancedTitle heads the closed section of the rare settings.
const advancedTitle = "Advanced: encryption mode, digests, GPG, NAT, address resolvers"

// The editor as the tests and the screenshots drive it: the widgets a
// user types into, clicks and scrolls.

// Entry returns the entry of field f (the text part of a drop-down).
func (e *Editor) Entry(f Field) *widget.Entry { return e.entries[f] }

// KeyEntry returns the encryption key entry.
func (e *Editor) KeyEntry() *widget.Entry { return e.key }

// ScrollOffset returns how far the form is scrolled down.
func (e *Editor) ScrollOffset() fyne.Position { return e.scroll.Offset }

// AdvancedOpen says whether the Advanced section is open.
func (e *Editor) AdvancedOpen() bool { return e.advanced.Items[0].Open }

// OpenAdvanced opens the Advanced section, as a click on its title does.
func (e *Editor) OpenAdvanced() { e.advanced.Open(0) }

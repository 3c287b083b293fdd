// Package icons holds Sesame's artwork as PNG bytes embedded in the binary:
// the app icon and the tray state icons (idle, knocking, open, failed) for
// light and dark panels. The SVG sources are in svg/; render.sh redraws the
// PNGs. Only the GUI build imports this package. The byte slices are shared:
// callers must not modify them.
package icons

import (
	"embed"
	"fmt"
)

//go:embed png/sesame-256.png png/tray-*-48.png
var files embed.FS

// State is what a tray icon shows.
type State string

// The tray states.
const (
	Idle     State = "idle"
	Knocking State = "knocking"
	Open     State = "open"
	Failed   State = "failed"
)

// App returns the 256-pixel app icon.
func App() []byte { return mustRead("png/sesame-256.png") }

// Tray returns the tray icon for state, drawn for a dark panel when dark is
// set and a light one otherwise.
func Tray(s State, dark bool) []byte {
	panel := "light"
	if dark {
		panel = "dark"
	}
	return mustRead(fmt.Sprintf("png/tray-%s-%s-48.png", s, panel))
}

// mustRead panics only for a name not embedded, a programming error that the
// package's tests catch for every state.
func mustRead(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("icons: " + err.Error())
	}
	return b
}

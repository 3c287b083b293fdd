//go:build nogui

// The headless build (go build -tags nogui) leaves runGUI nil: it links no
// Fyne, OpenGL or X11 code, needs no cgo, and `sesame` alone prints usage.

package desktop

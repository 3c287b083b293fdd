package icons

import (
	"bytes"
	"image/png"
	"testing"
)

func TestEveryIconDecodes(t *testing.T) {
	check := func(name string, b []byte, want int) {
		t.Helper()
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := img.Bounds().Dx(); got != want {
			t.Errorf("%s: %d px wide, want %d", name, got, want)
		}
	}
	check("app", App(), 256)
	for _, s := range []State{Idle, Knocking, Open, Failed} {
		check(string(s)+" light", Tray(s, false), 48)
		check(string(s)+" dark", Tray(s, true), 48)
	}
	if bytes.Equal(Tray(Idle, false), Tray(Idle, true)) {
		t.Error("light and dark panel icons are the same")
	}
}

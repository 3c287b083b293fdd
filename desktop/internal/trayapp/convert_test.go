package trayapp

import (
	"slices"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// TestStatesAgree: every ui.State goes over the wire and comes back the same.
func TestStatesAgree(t *testing.T) {
	until := time.UnixMilli(1796300000123)
	for _, state := range []ui.State{ui.Idle, ui.Knocking, ui.Open, ui.Failed} {
		st := ui.Status{State: state, Profile: "web", Until: until, Message: "m"}
		m, err := wire.Parse(wire.Format(statusMsg(st)))
		if err != nil {
			t.Fatalf("%v: %v", state, err)
		}
		if got := uiStatus(m.Status); got.State != st.State || !got.Until.Equal(until) || got.Profile != "web" {
			t.Errorf("%v came back as %+v", state, got)
		}
		if !slices.Contains(wire.States, state.String()) {
			t.Errorf("wire.States lacks %q", state)
		}
	}
}

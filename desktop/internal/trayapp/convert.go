package trayapp

import (
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// statusMsg is st as a status line.
func statusMsg(st ui.Status) wire.Msg {
	return wire.Msg{Kind: wire.KindStatus, Status: wire.Status{
		State: st.State.String(), Profile: st.Profile, Until: st.Until, Message: st.Message}}
}

// uiStatus is the status a line told. wire.Parse admits only the names of
// wire.States, which are ui.State's (TestStatesAgree).
func uiStatus(s wire.Status) ui.Status {
	st := ui.Status{Profile: s.Profile, Until: s.Until, Message: s.Message}
	for _, state := range []ui.State{ui.Idle, ui.Knocking, ui.Open, ui.Failed} {
		if state.String() == s.State {
			st.State = state
		}
	}
	return st
}

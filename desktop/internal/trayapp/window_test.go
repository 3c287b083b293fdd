package trayapp

import (
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"net"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// TestWindowLink: the window process tells the tray its new status once
// (not the one it was just told, which would echo for ever), says reload
// when the profiles change, and follows the tray's raise, status and quit.
func TestWindowLink(t *testing.T) {
	trayEnd, winEnd := net.Pipe()
	defer trayEnd.Close()
	lines := make(chan wire.Msg, 16)
	go func() {
		r := wire.NewReader(trayEnd)
		for {
			m, err := r.Next()
			if err != nil {
				close(lines)
				return
			}
			lines <- m
		}
	}()
	ctl := ui.NewController(demo.New(time.Now).Services(), time.Now, func(f func()) { f() }, func(string, string) {})
	events := make(chan string, 8)
	do := func(f func()) { f() }
	link := &WindowLink{conn: winEnd}
	link.Attach(ctl, do, func() { events <- "raise" }, func() { events <- "quit" })

	open := statusOpen(time.Now().Add(time.Minute))
	ctl.Adopt(open)
	if m := next(t, lines); m.Kind != wire.KindStatus || m.Status.State != "open" || m.Status.Profile != "web" {
		t.Fatalf("the tray was told %+v, want web open", m)
	}
	// The first change also lists no profiles yet: no reload for that.
	wire.Write(trayEnd, wire.Msg{Kind: wire.KindRaise})
	if e := <-events; e != "raise" {
		t.Fatalf("raise: %s", e)
	}
	failed := statusMsg(statusFailed())
	wire.Write(trayEnd, failed)
	wire.Write(trayEnd, wire.Msg{Kind: wire.KindQuit})
	if e := <-events; e != "quit" {
		t.Fatalf("quit: %s", e)
	}
	if st := ctl.Status(); st.State != ui.Failed || st.Message != failed.Status.Message {
		t.Fatalf("the window shows %+v after the tray's %+v", st, failed.Status)
	}
	select {
	case m, ok := <-lines:
		if ok {
			t.Fatalf("the window echoed %+v", m)
		}
	case <-time.After(200 * time.Millisecond):
	}
}

func statusOpen(until time.Time) ui.Status {
	return ui.Status{State: ui.Open, Profile: "web", Until: until, Message: "open after 7 ms"}
}

func statusFailed() ui.Status {
	return ui.Status{State: ui.Failed, Profile: "web", Message: "no answer"}
}

func next(t *testing.T, lines <-chan wire.Msg) wire.Msg {
	t.Helper()
	select {
	case m := <-lines:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("the window told the tray nothing")
	}
	return wire.Msg{}
}

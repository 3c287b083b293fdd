package trayapp

import (
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"net"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// WindowLink is the window process's connection to its tray.
type WindowLink struct {
	conn     net.Conn
	lastWire string // the status line last sent or received
	profiles string // the profile names last seen, to say "reload" when they change
}

// DialWindow connects the window process to the tray at path and says
// hello.
func DialWindow(path string) (*WindowLink, error) {
	c, err := Dial(path)
	if err != nil {
		return nil, err
	}
	c.SetWriteDeadline(time.Now().Add(writeTimeout))
	if err := wire.Write(c, wire.Msg{Kind: wire.KindWindow}); err != nil {
		c.Close()
		return nil, err
	}
	return &WindowLink{conn: c}, nil
}

// Attach keeps ctl and the tray in step; it is ui.Config's Peer. Called on
// the UI goroutine: ctl's changes go to the tray from there, and what the
// tray sends comes back through do (fyne.Do). raise brings the window to
// the front; quit ends the window process. A tray that goes away leaves
// the window running: closing it still quits.
func (l *WindowLink) Attach(ctl *ui.Controller, do func(func()), raise, quit func()) {
	l.lastWire = wire.Format(statusMsg(ctl.Status()))
	ctl.Watch(func() { l.changed(ctl) })
	go func() {
		defer l.conn.Close()
		r := wire.NewReader(l.conn)
		for {
			m, err := r.Next()
			if err != nil {
				return
			}
			switch m.Kind {
			case wire.KindRaise:
				do(raise)
			case wire.KindQuit:
				do(quit)
				return
			case wire.KindStatus:
				do(func() {
					l.lastWire = wire.Format(m)
					ctl.Adopt(uiStatus(m.Status))
				})
			}
		}
	}()
}

// changed tells the tray of a new status, and asks it to read the profiles
// again when their names changed.
func (l *WindowLink) changed(ctl *ui.Controller) {
	m := statusMsg(ctl.Status())
	if line := wire.Format(m); line != l.lastWire {
		l.lastWire = line
		l.write(m)
	}
	names := make([]string, 0, len(ctl.Profiles()))
	for _, p := range ctl.Profiles() {
		names = append(names, p.Name())
	}
	if key := strings.Join(names, "\x00"); key != l.profiles {
		l.profiles = key
		l.write(wire.Msg{Kind: wire.KindReload})
	}
}

// write sends m; a tray that cannot take it is left alone (the window runs
// on without it).
func (l *WindowLink) write(m wire.Msg) {
	l.conn.SetWriteDeadline(time.Now().Add(writeTimeout))
	wire.Write(l.conn, m)
}

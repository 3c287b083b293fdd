package live

import (
	"context"
	"net"
	"net/netip"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/client"
	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
)

// The knock view goes through the same client pipeline as `sesame knock`: a
// port that answers before the knock is "already open" with the time left
// of the profile's known grant, never "open after".
func TestKnockAlreadyOpen(t *testing.T) {
	test.NewTempApp(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	port := netip.MustParseAddrPort(ln.Addr().String())
	keys, _ := store.GenerateKeys(0)
	st := &store.Store{Dir: t.TempDir(), Secrets: &keyring{m: map[string]string{}}}
	p := store.NewProfile()
	for _, f := range [][2]string{{"name", "lo"}, {"host", "127.0.0.1"}, {"port", "9"}, {"access", "tcp/" + port.String()[len("127.0.0.1:"):]}, {"allow", "source"}} {
		if err := store.SetField(&p, f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Add(context.Background(), p, &keys); err != nil {
		t.Fatal(err)
	}
	h, _ := client.OpenHistory(filepath.Join(t.TempDir(), "history.json"), 0)
	// The grant of an earlier knock of lo, 17 s left.
	h.Add(client.Record{Profile: "lo", Reason: client.Opened, Opened: true, Port: port, Allow: "0.0.0.0",
		At: time.Now().Add(-13 * time.Second), Until: time.Now().Add(17*time.Second + 400*time.Millisecond)})
	svc := New(st, h)
	ctl := ui.NewController(svc.Services(), time.Now, func(run func()) { run() }, func(string, string) {})
	ctl.Knock("lo", false)
	for i := 0; i < 200 && ctl.Status().State == ui.Knocking; i++ {
		time.Sleep(10 * time.Millisecond) // the outcome is set on the UI goroutine
	}
	status := ctl.Status()
	if status.State != ui.Open || status.Message != "already open" || ctl.Left() != "0:17 left" {
		t.Fatalf("status %+v, left %q; want already open, 0:17 left", status, ctl.Left())
	}
	last := ctl.History()[0]
	if !last.AlreadyOpen || !last.Opened {
		t.Fatalf("history %+v", last)
	}
}

package main

import (
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// The daemon exits when the interface it sniffs goes down, as the stock's
// EXIT_AT_INTF_DOWN (default Y) makes it, and keeps running with N.
func TestExitAtInterfaceDown(t *testing.T) {
	netnstest.RequireRoot(t)
	for _, c := range []struct {
		conf string
		exit bool
	}{{"", true}, {"EXIT_AT_INTF_DOWN N;\n", false}} {
		server, _ := netnstest.Pair(t)
		_, args := confDir(t, "PCAP_INTF lo;\n"+c.conf, goodAccess)
		d := startDaemon(t, server, append(args, "-t"))
		server.Run(t, "ip", "link", "set", netnstest.Link, "down")
		select {
		case <-d.done:
			if !c.exit {
				t.Fatalf("%q: exited with the interface down:\n%s", c.conf, d.logText())
			}
			if d.cmd.ProcessState.ExitCode() == 0 {
				t.Errorf("exit status 0 after the interface went down")
			}
		case <-time.After(5 * time.Second):
			if c.exit {
				t.Fatalf("still running 5s after its interface went down:\n%s", d.logText())
			}
		}
	}
}

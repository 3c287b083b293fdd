package daemon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// cycleStanza runs touch (no shell) into dir: open-IP-PORT-PROTO at once,
// close-IP-TIMEOUT after the timer.
func cycleStanza(dir, timer string) string {
	return stanza(keyA, hmacA, "CMD_CYCLE_OPEN touch "+filepath.Join(dir, "open-$IP-$PORT-$PROTO")+
		"\nCMD_CYCLE_CLOSE touch "+filepath.Join(dir, "close-$SRC-$CLIENT_TIMEOUT")+"\nCMD_CYCLE_TIMER "+timer)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// waitFile waits up to 10 s for a file a command makes.
func waitFile(t *testing.T, path string) {
	t.Helper()
	for range 1000 {
		if exists(path) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s was not made within 10 s", path)
}

func TestCycleOpenThenCloseOnTimer(t *testing.T) {
	dir := t.TempDir()
	e := newEnv(t, cycleStanza(dir, "10"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "udp/53,tcp/22", t0), clientIP)
	d := e.decision()
	if d["decision"] != "accept" || d["action"] != "cycle" || d["error"] != nil || d["access"] != "udp/53,tcp/22" ||
		d["expires"] != t0.Add(10*time.Second).UTC().Format(time.RFC3339) || d["timeout"] != 10.0 {
		t.Fatalf("cycle decision: %v", d)
	}
	open, closed := filepath.Join(dir, "open-198.51.100.7-53-17"), filepath.Join(dir, "close-198.51.100.7-10")
	if !exists(open) {
		t.Fatal("CMD_CYCLE_OPEN had not run when the decision was logged")
	}
	e.human.next(t, "[198.51.100.7] (stanza #1) Running CMD_CYCLE_OPEN command: touch "+open)
	e.human.next(t, "[198.51.100.7] (stanza #1) Running CMD_CYCLE_CLOSE command in 10 seconds: touch "+closed)
	if gs := grants(t, e.fw); len(gs) != 0 {
		t.Fatalf("a cycle opened the firewall: %v", gs)
	}
	if !slices.ContainsFunc(e.clock.deadlines(), func(d time.Time) bool { return d.Equal(t0.Add(10 * time.Second)) }) {
		t.Fatalf("no timer armed for the close at t0+10s: %v", e.clock.deadlines())
	}
	e.clock.Advance(9 * time.Second)
	if exists(closed) {
		t.Fatal("CMD_CYCLE_CLOSE ran before its time")
	}
	e.clock.Advance(time.Second)
	e.human.next(t, "[198.51.100.7] (stanza #1) Timer expired, running CMD_CYCLE_CLOSE command: touch "+closed)
	waitFile(t, closed)
	if err := e.stop(); err != nil {
		t.Fatal(err)
	}
	for _, l := range e.human.snapshot() {
		if strings.Contains(l, "not run") || strings.Contains(l, "failed") {
			t.Errorf("unexpected line: %s", l)
		}
	}
}

// TestCycleClientTimeoutAndFailedOpen: the client's timeout replaces the
// timer; an open command that fails is reported, and its close still runs.
func TestCycleClientTimeoutAndFailedOpen(t *testing.T) {
	dir := t.TempDir()
	conf := stanza(keyA, hmacA, "CMD_CYCLE_OPEN false\nCMD_CYCLE_CLOSE touch "+
		filepath.Join(dir, "close-$CLIENT_TIMEOUT")+"\nCMD_CYCLE_TIMER 100")
	e := newEnv(t, conf, nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0, func(m *spa.Message) {
		m.Type, m.ClientTimeout = spa.ClientTimeoutAccessMsg, 3
	}), clientIP)
	d := e.decision()
	if d["action"] != "cycle" || d["error"] != "CMD_CYCLE_OPEN: exited with status 1" || d["timeout"] != 3.0 {
		t.Fatalf("decision: %v", d)
	}
	e.clock.Advance(3 * time.Second)
	waitFile(t, filepath.Join(dir, "close-3"))
}

// TestCycleCloseDroppedAtExit: as the stock daemon, exit runs no pending
// close command; Sesame says so.
func TestCycleCloseDroppedAtExit(t *testing.T) {
	dir := t.TempDir()
	e := newEnv(t, cycleStanza(dir, "10"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	if err := e.stop(); err != nil {
		t.Fatal(err)
	}
	e.human.next(t, "exiting: CMD_CYCLE_CLOSE command due at "+t0.Add(10*time.Second).UTC().Format(time.RFC3339)+" not run")
	if !exists(filepath.Join(dir, "open-198.51.100.7-22-6")) || exists(filepath.Join(dir, "close-198.51.100.7-10")) {
		t.Fatal("want the open command run and the close command not")
	}
}

func TestCycleCloseNoneAndTestMode(t *testing.T) {
	dir := t.TempDir()
	open := filepath.Join(dir, "open")
	conf := stanza(keyA, hmacA, "CMD_CYCLE_OPEN touch "+open+"\nCMD_CYCLE_CLOSE NONE")
	e := newEnv(t, conf, nil, func(o *Options) { o.Test = true }).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	if d := e.decision(); d["action"] != "cycle" || d["test"] != true || exists(open) {
		t.Fatalf("test mode: %v, open command run: %v", d, exists(open))
	}
	e.stop()

	e = newEnv(t, conf, nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	d := e.decision()
	if d["action"] != "cycle" || d["error"] != nil || d["expires"] != nil || !exists(open) {
		t.Fatalf("CMD_CYCLE_CLOSE NONE: %v, open command run: %v", d, exists(open))
	}
	e.stop()
	for _, l := range e.human.snapshot() {
		if strings.Contains(l, "CMD_CYCLE_CLOSE") {
			t.Errorf("a close line with CMD_CYCLE_CLOSE NONE: %s", l)
		}
	}
}

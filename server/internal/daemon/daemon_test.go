package daemon

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

func grants(t *testing.T, fw firewall.Firewall) []firewall.Grant {
	t.Helper()
	gs, err := fw.List(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return gs
}

func TestAcceptGrantsAndLogs(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	got := e.decision()
	want := map[string]any{"time": t0.UTC().Format(time.RFC3339Nano), "src": "198.51.100.7", "decision": "accept",
		"stanza": 1.0, "user": "alice", "access": "tcp/22", "allow_ip": "198.51.100.7",
		"expires": t0.Add(30 * time.Second).UTC().Format(time.RFC3339), "timeout": 30.0}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("JSON %s = %v, want %v (line %v)", k, got[k], v, got)
		}
	}
	if _, ok := got["reason"]; ok {
		t.Errorf("accept has a reason: %v", got)
	}
	gs := grants(t, e.fw)
	if len(gs) != 1 || gs[0].Source != clientIP || gs[0].Port != 22 || gs[0].Proto != firewall.TCP || !gs[0].Expires.Equal(t0.Add(30*time.Second)) {
		t.Fatalf("grants = %v", gs)
	}
	e.human.next(t, "accept 198.51.100.7 (stanza #1)")
}

func TestRejectReasonsInJSON(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, "OPEN_PORTS tcp/22"), nil, nil).start()
	p := seal(t, keyA, hmacA, "tcp/22", t0)
	for _, c := range []struct {
		payload []byte
		reason  string
	}{
		{[]byte("short"), "too_short"},
		{junk(1), "bad_hmac"},
		{seal(t, keyB, hmacB, "tcp/22", t0), "bad_hmac"},
		{seal(t, keyA, hmacA, "tcp/22", t0.Add(-time.Hour)), "stale_timestamp"},
		{seal(t, keyA, hmacA, "tcp/80", t0), "port_not_allowed"},
		{p, ""},
		{p, "replay"},
	} {
		e.send(c.payload, clientIP)
		got := e.decision()
		if c.reason == "" {
			if got["decision"] != "accept" {
				t.Errorf("decision %v, want accept", got)
			}
			continue
		}
		if got["decision"] != "reject" || got["reason"] != c.reason || got["src"] != "198.51.100.7" {
			t.Errorf("decision %v, want reject %s", got, c.reason)
		}
		if _, ok := got["expires"]; ok {
			t.Errorf("reject has an expiry: %v", got)
		}
	}
}

func TestRepeatedKnockExtends(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	e.clock.Advance(10 * time.Second)
	e.send(seal(t, keyA, hmacA, "tcp/22", e.clock.Now()), clientIP)
	if d := e.decision(); d["decision"] != "accept" {
		t.Fatalf("second knock: %v", d)
	}
	gs := grants(t, e.fw)
	if len(gs) != 1 || !gs[0].Expires.Equal(t0.Add(40*time.Second)) {
		t.Fatalf("grants after a repeated knock = %v, want one until t0+40s", gs)
	}
}

func TestExpiryOnTime(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, "FW_ACCESS_TIMEOUT 3"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	if !slices.ContainsFunc(e.clock.deadlines(), func(d time.Time) bool { return d.Equal(t0.Add(3 * time.Second)) }) {
		t.Fatalf("no timer armed for the expiry at t0+3s: %v", e.clock.deadlines())
	}
	e.clock.Advance(2 * time.Second)
	if len(grants(t, e.fw)) != 1 {
		t.Fatal("grant gone before its expiry")
	}
	e.clock.Advance(time.Second)
	e.human.next(t, "grant expired and removed")
	if gs := grants(t, e.fw); len(gs) != 0 {
		t.Fatalf("grants after expiry = %v", gs)
	}
}

func TestRestartKeepsAndSchedulesLiveGrants(t *testing.T) {
	fw := firewall.NewFake(firewall.DefaultConfig())
	fw.Init(t.Context())
	live := firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 22, Expires: t0.Add(10 * time.Second)}
	lapsed := firewall.Grant{Source: clientIP, Proto: firewall.TCP, Port: 80, Expires: t0.Add(-5 * time.Second)}
	for _, g := range []firewall.Grant{live, lapsed} {
		if err := fw.Grant(t.Context(), g); err != nil {
			t.Fatal(err)
		}
	}
	e := newEnv(t, stanza(keyA, hmacA, ""), fw, nil).start()
	e.human.next(t, "live grant found at start: "+live.String())
	e.human.next(t, "grant expired and removed: "+lapsed.String())
	if gs := grants(t, fw); len(gs) != 1 || gs[0].Port != 22 {
		t.Fatalf("grants after start = %v", gs)
	}
	e.clock.waitDeadline(t, live.Expires)
	e.clock.Advance(9 * time.Second)
	if len(grants(t, fw)) != 1 {
		t.Fatal("live grant removed early")
	}
	e.clock.Advance(time.Second)
	e.human.next(t, "grant expired and removed: "+live.String())
	if err := e.stop(); err != nil {
		t.Fatal(err)
	}
}

func TestStopKeepsGrants(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	if err := e.stop(); err != nil {
		t.Fatal(err)
	}
	if len(grants(t, e.fw)) != 1 {
		t.Fatal("grant dropped at exit")
	}
}

func TestFlushAtExit(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil)
	writeConf(t, e.opts.ConfigFile, baseServerConf+"FLUSH_IPT_AT_EXIT Y\n")
	e = newEnvFrom(t, e)
	e.start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	e.stop()
	if gs := grants(t, e.fw); e.fw.Initialized() || len(gs) != 0 {
		t.Fatalf("firewall after FLUSH_IPT_AT_EXIT: initialized %v, grants %v; want flushed", e.fw.Initialized(), gs)
	}
}

// newEnvFrom rebuilds e's daemon from its (changed) files.
func newEnvFrom(t *testing.T, e *env) *env {
	cfg, err := LoadConfig(&e.opts)
	if err != nil {
		t.Fatal(err)
	}
	e.d, err = New(e.opts, cfg, Deps{Clock: e.clock, Firewall: e.fw, Source: e.src, Log: NewLogger(e.human, e.json, 2),
		Replay: newMemCache(time.Minute, true, e.clock.Now), Block: true})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestReload(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	accessFile := filepath.Join(e.dir, "access.conf")

	writeConf(t, accessFile, stanza(keyB, hmacB, ""))
	if err := e.d.Reload(); err != nil {
		t.Fatal(err)
	}
	if len(grants(t, e.fw)) != 1 {
		t.Fatal("reload dropped the live grant")
	}
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	if d := e.decision(); d["reason"] != "bad_hmac" {
		t.Errorf("old key after reload: %v, want bad_hmac", d)
	}
	e.send(seal(t, keyB, hmacB, "tcp/23", t0), clientIP)
	if d := e.decision(); d["decision"] != "accept" {
		t.Errorf("new key after reload: %v", d)
	}

	writeConf(t, accessFile, "SOURCE ANY\nKEY_BASE64 not-base64!\n")
	err := e.d.Reload()
	var cerr *config.Error
	if !errors.As(err, &cerr) || !strings.Contains(err.Error(), accessFile+":2") {
		t.Fatalf("bad reload: %v, want a config error at %s:2", err, accessFile)
	}
	e.human.next(t, "reload refused")
	e.send(seal(t, keyB, hmacB, "tcp/24", t0), clientIP)
	if d := e.decision(); d["decision"] != "accept" {
		t.Errorf("after a refused reload: %v, want the previous config to accept", d)
	}
	if n := len(grants(t, e.fw)); n != 3 {
		t.Errorf("%d grants, want 3", n)
	}
}

func TestTestModeChangesNothing(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, func(o *Options) { o.Test = true }).start()
	p := seal(t, keyA, hmacA, "tcp/22", t0)
	e.send(p, clientIP)
	if d := e.decision(); d["decision"] != "accept" || d["test"] != true {
		t.Fatalf("test mode: %v", d)
	}
	e.send(p, clientIP)
	if d := e.decision(); d["reason"] != "replay" {
		t.Fatalf("test mode replay: %v, want replay", d)
	}
	if e.fw.Initialized() {
		t.Fatal("test mode touched the firewall: Init called")
	}
}

func TestPacketLimit(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, func(o *Options) { o.PacketLimit = 3 }).start()
	for i := range 3 {
		e.send(junk(i), clientIP)
	}
	select {
	case err := <-e.done:
		e.done = nil
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("daemon still running after -C 3 packets")
	}
	if n := strings.Count(strings.Join(e.json.snapshot(), "\n"), `"decision"`); n != 3 {
		t.Fatalf("%d decisions logged, want 3", n)
	}
	// The stock's words, which fwknop's suite and scripts wait for.
	human := strings.Join(e.human.snapshot(), "\n")
	for _, want := range []string{"* Incoming packet count limit of 3 reached", "Packet count limit (3) reached. Exiting..."} {
		if !strings.Contains(human, want) {
			t.Errorf("log lacks %q:\n%s", want, human)
		}
	}
}

// TestFloodLogFolding: 10,000 junk packets in one second give the budget
// of reject lines and one summary with the rest; an accept among them is
// always logged.
func TestFloodLogFolding(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil)
	e.d.deps.Workers = 1 // in order: the accept, sent last, is decided last
	e.start()
	const n = 10000
	for i := range n {
		e.send(junk(i), clientIP)
	}
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.json.next(t, `"accept"`)
	e.clock.Advance(time.Second)
	summary := e.json.next(t, `"summary"`)

	var s struct {
		Count   int            `json:"count"`
		Reasons map[string]int `json:"reasons"`
	}
	if err := json.Unmarshal([]byte(summary), &s); err != nil {
		t.Fatal(err)
	}
	if s.Count != n-DefaultRejectsPerSecond || s.Reasons["bad_hmac"] != s.Count {
		t.Errorf("summary %s, want %d bad_hmac", summary, n-DefaultRejectsPerSecond)
	}
	var rejects, accepts int
	for _, l := range e.json.snapshot() {
		switch {
		case strings.Contains(l, `"summary"`):
		case strings.Contains(l, `"reject"`):
			rejects++
		case strings.Contains(l, `"accept"`):
			accepts++
		}
	}
	if rejects != DefaultRejectsPerSecond || accepts != 1 {
		t.Errorf("%d reject lines and %d accepts, want %d and 1", rejects, accepts, DefaultRejectsPerSecond)
	}
	if h := len(e.human.snapshot()); h > DefaultRejectsPerSecond+20 {
		t.Errorf("%d human lines for a flood", h)
	}
}

func TestCommandMessage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ran")
	e := newEnv(t, stanza(keyA, hmacA, "ENABLE_CMD_EXEC Y"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "", t0, func(m *spa.Message) {
		m.Type, m.Message = spa.CommandMsg, "198.51.100.7,touch "+out
	}), clientIP)
	d := e.decision()
	if d["decision"] != "accept" || d["command"] != "touch "+out || d["error"] != nil {
		t.Fatalf("command decision: %v", d)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("command did not run: %v", err)
	}
	if len(grants(t, e.fw)) != 0 {
		t.Error("a command message opened the firewall")
	}
}

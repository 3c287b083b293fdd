package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/internal/redistest"
)

const fleetPassword = "s3cret-fleet-pw"

// sendTo sends payloads to addr from inside ns.
func sendTo(t *testing.T, ns *netnstest.NS, addr string, payloads ...[]byte) {
	t.Helper()
	err := ns.Do(func() error {
		c, err := net.ListenPacket("udp", ":0")
		if err != nil {
			return err
		}
		defer c.Close()
		to, err := net.ResolveUDPAddr("udp", addr)
		if err != nil {
			return err
		}
		for _, p := range payloads {
			if _, err := c.WriteTo(p, to); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fleetConf writes a daemon's files pointing at the shared cache, with an
// ACL user's password in a 0600 file.
func fleetConf(t *testing.T, url, policy string) []string {
	t.Helper()
	pw := filepath.Join(t.TempDir(), "redis.pw")
	if err := os.WriteFile(pw, []byte("fleet "+fleetPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, args := confDir(t, fmt.Sprintf("PCAP_INTF lo;\nREPLAY_REDIS_URL %s\nREPLAY_REDIS_PASSWORD_FILE %s\n"+
		"REPLAY_REDIS_PREFIX fleet1:\nREPLAY_REDIS_POLICY %s\nREPLAY_REDIS_TIMEOUT 1000\n", url, pw, policy), goodAccess)
	return args
}

// TestFleetNamespaces runs two fwknopd in two namespaces sharing one
// redis-server (an ACL user allowed only its prefix): a packet accepted by
// A is a fleet replay at B; with Redis stopped, A (policy local) decides
// on its own cache and B (policy closed) refuses; once Redis is back both
// record again by themselves.
func TestFleetNamespaces(t *testing.T) {
	nsA, nsB := netnstest.Pair(t)
	redis := redistest.Start(t, redistest.Options{Host: netnstest.ServerAddr4.String(), Command: nsA.Command,
		Args: []string{"--user", "default", "off", "--user", "fleet", "on", ">" + fleetPassword, "~fleet1:*",
			"+@connection", "+set", "+get", "+ping", "+eval", "+evalsha"}})
	a := startDaemon(t, nsA, fleetConf(t, redis.URL(), "local"))
	b := startDaemon(t, nsB, fleetConf(t, redis.URL(), "closed"))
	for _, d := range []*nsDaemon{a, b} {
		if l := d.logText(); !strings.Contains(l, "PING ok") || strings.Contains(l, fleetPassword) {
			t.Fatalf("start-up log should check the connection and never show the password:\n%s", l)
		}
	}
	toA, toB := "198.51.100.1:62201", "198.51.100.7:62201"

	p := knockPacket(t, testKey, testHMAC, "tcp/3333", time.Now(), 0)
	sendTo(t, nsB, toA, p)
	wantDecision(t, a.waitDecision(t, "tcp/3333"), "accept", "")
	sendTo(t, nsA, toB, p)
	got := b.waitDecision(t, "")
	wantDecision(t, got, "reject", "replay")
	if got["scope"] != "fleet" {
		t.Fatalf("B: %v, want scope fleet", got)
	}
	sendTo(t, nsB, toA, p)
	if got := a.waitDecision(t, ""); got["reason"] != "replay" || got["scope"] != "local" {
		t.Fatalf("A again: %v, want a local replay", got)
	}

	redis.Stop()
	q := knockPacket(t, testKey, testHMAC, "tcp/4444", time.Now(), 0)
	start := time.Now()
	sendTo(t, nsB, toA, q)
	wantDecision(t, a.waitDecision(t, "tcp/4444"), "accept", "")
	t.Logf("knock decided during the outage in %s (policy local)", time.Since(start))
	a.waitLog(t, "policy local: knocks are decided on the local replay cache alone")
	sendTo(t, nsA, toB, knockPacket(t, testKey, testHMAC, "tcp/4445", time.Now(), 0))
	wantDecision(t, b.waitDecision(t, ""), "reject", "replay_store_failed")
	b.waitLog(t, "policy closed")

	redis.Restart()
	r := knockPacket(t, testKey, testHMAC, "tcp/5555", time.Now(), 0)
	sendTo(t, nsB, toA, r)
	wantDecision(t, a.waitDecision(t, "tcp/5555"), "accept", "")
	if l := a.waitLog(t, "reachable again after"); !strings.Contains(l, "1 knocks or checks decided on the local cache alone") {
		t.Errorf("end of the outage: %s", l)
	}
	sendTo(t, nsA, toB, r)
	if got := b.waitDecision(t, ""); got["reason"] != "replay" || got["scope"] != "fleet" {
		t.Fatalf("B after recovery: %v, want a fleet replay", got)
	}
	for _, d := range []*nsDaemon{a, b} {
		if strings.Contains(d.logText(), fleetPassword) {
			t.Fatal("the password reached the log")
		}
	}
}

// A password file others may read is refused at the place of the setting,
// before anything runs.
func TestFleetPasswordFileMode(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "redis.pw")
	if err := os.WriteFile(pw, []byte(fleetPassword+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir, args := confDir(t, "PCAP_INTF lo;\nREPLAY_REDIS_URL redis://127.0.0.1:1\nREPLAY_REDIS_PASSWORD_FILE "+pw+"\n", goodAccess)
	r := fwknopd(t, append(args, "-f", "--pcap-file", filepath.Join(dir, "none.pcap"))...)
	if r.code == 0 || !strings.Contains(r.stderr, "fwknopd.conf:3") || !strings.Contains(r.stderr, "permissions 0644") ||
		strings.Contains(r.stderr+r.stdout, fleetPassword) {
		t.Fatalf("exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = fwknopd(t, append(args, "-D")...)
	if !strings.Contains(r.stdout, "shared replay cache: redis://127.0.0.1:1, prefix sesame:replay:, policy local") ||
		strings.Contains(r.stdout, fleetPassword) {
		t.Fatalf("-D:\n%s", r.stdout)
	}
}

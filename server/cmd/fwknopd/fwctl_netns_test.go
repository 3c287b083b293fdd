package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/daemon"
)

// fwctl runs `fwknopd ARGS` in ns as a second process next to the daemon
// and returns its output; it fails the test unless fwknopd exits 0.
func fwctl(t *testing.T, ns *netnstest.NS, args ...string) string {
	t.Helper()
	out, err := ns.Command(fwknopdBin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("fwknopd %s: %v\n%s", args[len(args)-1], err, out)
	}
	return string(out)
}

// TestFwCtlFromAnotherProcess runs --fw-list, --fw-list-all and --fw-flush
// as administrators (and fwknop's test suite) do: from a second process,
// against a running daemon with a grant, for both backends. They work
// without a daemon too, and the daemon copes with its grants flushed away:
// no error at their expiry, and its next grant opens again. --status, -R
// and -K reach it from another process too.
func TestFwCtlFromAnotherProcess(t *testing.T) {
	for _, backend := range []string{"iptables", "nftables"} {
		t.Run(backend, func(t *testing.T) { testFwCtl(t, backend) })
	}
}

func testFwCtl(t *testing.T, backend string) {
	server, client := netnstest.Pair(t)
	_, args := confDir(t, "PCAP_INTF lo;\nFIREWALL_BACKEND "+backend+";\n", goodAccess)
	cmd := func(flag string) []string { return append(slices.Clone(args), flag) }
	kernel := func() string {
		if backend == "nftables" {
			return server.Run(t, "nft", "list", "ruleset")
		}
		return server.Run(t, "iptables", "-S")
	}

	// No daemon: nothing to list, and listing creates nothing.
	before := kernel()
	if out := fwctl(t, server, cmd("--fw-list")...); !strings.Contains(out, "grants (0)") {
		t.Errorf("--fw-list without a daemon:\n%s", out)
	}
	if after := kernel(); after != before {
		t.Errorf("--fw-list changed the firewall:\nbefore:\n%s\nafter:\n%s", before, after)
	}

	d := startDaemon(t, server, args)
	sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/5555", time.Now(), 0))
	wantDecision(t, d.waitDecision(t, "tcp/5555"), "accept", "")
	sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/5557", time.Now(), 30))
	wantDecision(t, d.waitDecision(t, "tcp/5557"), "accept", "")
	grant := "198.51.100.7 -> tcp/5555 "
	for _, flag := range []string{"--fw-list", "--fw-list-all"} {
		if out := fwctl(t, server, cmd(flag)...); !strings.Contains(out, grant) {
			t.Errorf("%s while the daemon runs lacks %q:\n%s", flag, grant, out)
		}
	}
	if backend == "iptables" {
		// What the stock prints, for scripts (and fwknop's test suite)
		// that grep it: iptables -L FWKNOP_INPUT --line-numbers -n.
		out := fwctl(t, server, cmd("--fw-list")...)
		if !regexp.MustCompile(`(?m)^\d+\s+ACCEPT .*198\.51\.100\.7\s.*dpt:5555 /\* _exp_\d+ \*/`).MatchString(out) {
			t.Errorf("--fw-list lacks the stock's listing of FWKNOP_INPUT:\n%s", out)
		}
		// --fw-list-all: the stock's heading and iptables -v -n -L per table.
		out = fwctl(t, server, cmd("--fw-list-all")...)
		if !strings.Contains(out, "Listing all iptables rules in applicable tables...") ||
			!regexp.MustCompile(`(?m)^\d+\s+\d+\s+\d+\s+ACCEPT .*198\.51\.100\.7\s.*dpt:5555 /\* _exp_\d+ \*/`).MatchString(out) {
			t.Errorf("--fw-list-all is not in the stock's format:\n%s", out)
		}
	}
	if !strings.Contains(kernel(), "5555") {
		t.Fatalf("no grant in the kernel:\n%s", kernel())
	}

	fwctl(t, server, cmd("--fw-flush")...)
	if k := kernel(); strings.Contains(k, "5555") || strings.Contains(k, "5557") || strings.Contains(k, "FWKNOP_INPUT") || strings.Contains(k, "sesame_grants") {
		t.Errorf("--fw-flush left the grant or its chain:\n%s", k)
	}
	if out := fwctl(t, server, cmd("--fw-list")...); strings.Contains(out, grant) {
		t.Errorf("--fw-list after --fw-flush:\n%s", out)
	}

	// The grant's expiry (FW_ACCESS_TIMEOUT 3) passes with its rule gone,
	// and so does the daemon's self-check of the nftables sets: the flushed
	// grants stay gone.
	time.Sleep(daemon.CheckInterval + time.Second)
	select {
	case <-d.done:
		t.Fatalf("the daemon exited after --fw-flush:\n%s", d.logText())
	default:
	}
	if log := d.logText(); strings.Contains(log, "removing expired grants:") {
		t.Errorf("the daemon's expiry fails after --fw-flush:\n%s", log)
	}
	sendUDP(t, client, knockPacket(t, testKey, testHMAC, "tcp/5556", time.Now(), 0))
	if got := d.waitDecision(t, "tcp/5556"); got["decision"] != "accept" || got["error"] != nil {
		t.Fatalf("knock after --fw-flush: %v", got)
	}
	if out := fwctl(t, server, cmd("--fw-list")...); !strings.Contains(out, "198.51.100.7 -> tcp/5556 ") || strings.Contains(out, "5557") {
		t.Errorf("after --fw-flush and a new grant, want the new grant alone:\n%s", out)
	}

	// --status, -R and -K from another process go through the pid file.
	if out := fwctl(t, server, cmd("--status")...); !strings.Contains(out, "Detected fwknopd is running") {
		t.Errorf("--status: %s", out)
	}
	fwctl(t, server, cmd("-R")...)
	d.waitLog(t, "Got SIGHUP")
	fwctl(t, server, cmd("-K")...)
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		t.Fatalf("the daemon still runs after -K:\n%s", d.logText())
	}
}

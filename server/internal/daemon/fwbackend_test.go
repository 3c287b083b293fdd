package daemon

import (
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

func TestGrantPrefixWidensGrant(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, "GRANT_PREFIX_V4 24\nGRANT_PREFIX_V6 64"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	if got := e.decision(); got["decision"] != "accept" || got["grant_prefix"] != "198.51.100.0/24" {
		t.Fatalf("decision %v, want grant_prefix 198.51.100.0/24", got)
	}
	client6 := netip.MustParseAddr("2001:db8::7")
	e.send(seal(t, keyA, hmacA, "tcp/22", t0, func(m *spa.Message) { m.Message = "2001:db8::7,tcp/22" }), client6)
	if got := e.decision(); got["decision"] != "accept" || got["allow_ip"] != "2001:db8::7" || got["grant_prefix"] != "2001:db8::/64" {
		t.Fatalf("IPv6 decision %v, want grant_prefix 2001:db8::/64", got)
	}
	e.human.next(t, "widened to 198.51.100.0/24")
	want := map[netip.Prefix]bool{netip.MustParsePrefix("198.51.100.0/24"): true, netip.MustParsePrefix("2001:db8::/64"): true}
	gs := grants(t, e.fw)
	for _, g := range gs {
		if !want[g.SourcePrefix] {
			t.Errorf("grant %v has prefix %v", g, g.SourcePrefix)
		}
		delete(want, g.SourcePrefix)
	}
	if len(want) != 0 {
		t.Errorf("grants %v lack %v", gs, want)
	}
	for _, l := range e.human.snapshot() {
		if strings.Contains(l, "GRANT_PREFIX is not applied") {
			t.Errorf("stale warning: %s", l)
		}
	}
}

func TestHostGrantWithoutPrefix(t *testing.T) {
	// No GRANT_PREFIX, and one as narrow as the host: both grant the host.
	for _, extra := range []string{"", "GRANT_PREFIX_V4 32"} {
		e := newEnv(t, stanza(keyA, hmacA, extra), nil, nil).start()
		e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
		if got := e.decision(); got["decision"] != "accept" || got["grant_prefix"] != nil {
			t.Errorf("%q: decision %v, want an accept without grant_prefix", extra, got)
		}
		if gs := grants(t, e.fw); len(gs) != 1 || gs[0].Source != clientIP || gs[0].SourcePrefix.IsValid() {
			t.Fatalf("%q: grants %v", extra, gs)
		}
		e.stop()
	}
}

// checkingFake is a Fake with the nftables backend's Check.
type checkingFake struct {
	*firewall.Fake
	calls   atomic.Int32
	restore atomic.Bool
	fail    atomic.Bool
}

func (c *checkingFake) Check(context.Context) (bool, error) {
	c.calls.Add(1)
	if c.fail.Load() {
		return false, errors.New("netlink: no such file")
	}
	return c.restore.Swap(false), nil
}

func TestFirewallCheckedPeriodically(t *testing.T) {
	var ck *checkingFake
	e := newEnvWrapped(t, stanza(keyA, hmacA, ""), nil, nil, func(f *firewall.Fake) firewall.Firewall {
		ck = &checkingFake{Fake: f}
		return ck
	}).start()
	waitCalls := func(n int32) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); ck.calls.Load() < n; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%d checks, want %d", ck.calls.Load(), n)
			}
		}
	}
	// The worker arms its check timer once it runs; a knock proves it does.
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	e.clock.Advance(CheckInterval - time.Second)
	if ck.calls.Load() != 0 {
		t.Fatal("checked before the interval")
	}
	ck.restore.Store(true)
	e.clock.Advance(time.Second)
	waitCalls(1)
	e.human.next(t, "firewall check: Sesame's sets or rule were missing")
	ck.fail.Store(true)
	for !timerArmedAt(e.clock, t0.Add(2*CheckInterval)) {
		time.Sleep(time.Millisecond)
	}
	e.clock.Advance(CheckInterval)
	waitCalls(2)
	e.human.next(t, "firewall check: netlink: no such file")
}

func timerArmedAt(c *fakeClock, at time.Time) bool {
	for _, d := range c.deadlines() {
		if d.Equal(at) {
			return true
		}
	}
	return false
}

func TestChooseBackend(t *testing.T) {
	dir := t.TempDir()
	writeConf(t, filepath.Join(dir, "fwknopd.conf"), "FIREWALL_BACKEND nftables\nNFT_TABLE ip6 fw\nNFT_CHAIN input_wan\n")
	srv, _, err := LoadServerConfig(&Options{ConfigFile: filepath.Join(dir, "fwknopd.conf")})
	if err != nil {
		t.Fatal(err)
	}
	if c := ChooseBackend(srv); c.Backend != firewall.BackendNFTables || !strings.Contains(c.Why, "FIREWALL_BACKEND nftables") {
		t.Errorf("choice %+v", c)
	}
	nft := NFTConfig(srv)
	if nft.Family != "ip6" || nft.Table != "fw" || nft.Chain != "input_wan" || nft.ForwardChain != "forward" {
		t.Errorf("NFTConfig %+v", nft)
	}
	if !FirewallConfig(srv).IPv6 {
		t.Error("IPv6 off in the firewall config")
	}
	if _, err := NewFirewall(config.NewServer(), "pf"); err == nil {
		t.Error("unknown backend accepted")
	}
}

func TestNFTSettingsNeedRestart(t *testing.T) {
	a, b := config.NewServer(), config.NewServer()
	if err := b.Set("NFT_TABLE", "inet fw4"); err != nil {
		t.Fatal(err)
	}
	if err := b.Set("NFT_CHAIN", "input_wan"); err != nil {
		t.Fatal(err)
	}
	if got := restartOnly(a, b); !slices.Equal(got, []string{"NFT_TABLE", "NFT_CHAIN"}) {
		t.Errorf("restartOnly = %v", got)
	}
}

// FIREWALL_EXE is what the iptables backend runs, with its ip6tables; -D
// says so, or that the nftables backend runs neither.
func TestFirewallExeInUse(t *testing.T) {
	dir := t.TempDir()
	for name, version := range map[string]string{"iptables-legacy": "iptables v1.8.9 (legacy)", "ip6tables-legacy": "ip6tables v1.8.9 (legacy)"} {
		writeConf(t, filepath.Join(dir, name), "#!/bin/sh\necho '"+version+"'\n")
		if err := os.Chmod(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	exe := filepath.Join(dir, "iptables-legacy")
	load := func(conf string) *config.Server {
		t.Helper()
		writeConf(t, filepath.Join(dir, "fwknopd.conf"), conf)
		srv, _, err := LoadServerConfig(&Options{ConfigFile: filepath.Join(dir, "fwknopd.conf")})
		if err != nil {
			t.Fatal(err)
		}
		return srv
	}
	srv := load("FIREWALL_EXE " + exe + "\n")
	if got := IPTablesExe(srv); got != exe || FirewallConfig(srv).IPTablesExe != exe {
		t.Errorf("IPTablesExe = %q, FirewallConfig has %q; want %q", got, FirewallConfig(srv).IPTablesExe, exe)
	}
	want := "iptables programs in use: " + exe + " (legacy), " + filepath.Join(dir, "ip6tables-legacy") + " (legacy)"
	if got := FirewallPrograms(srv, firewall.BackendIPTables); got != want {
		t.Errorf("FirewallPrograms = %q, want %q", got, want)
	}
	srv = load("FIREWALL_EXE " + exe + "\nFIREWALL_BACKEND nftables\n")
	if got := FirewallPrograms(srv, firewall.BackendNFTables); !strings.Contains(got, "FIREWALL_EXE "+exe+" not used") {
		t.Errorf("FirewallPrograms with nftables = %q, want it to say FIREWALL_EXE is not used", got)
	}
	if got := restartOnly(load("FIREWALL_EXE "+exe+"\n"), config.NewServer()); !slices.Contains(got, "FIREWALL_EXE") {
		t.Errorf("restartOnly = %v, want FIREWALL_EXE in it", got)
	}
}

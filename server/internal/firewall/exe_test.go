package firewall_test

import (
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

func TestIP6TablesFor(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/usr/sbin/iptables", "/usr/sbin/ip6tables"},
		{"/usr/sbin/iptables-legacy", "/usr/sbin/ip6tables-legacy"},
		{"/usr/sbin/iptables-nft", "/usr/sbin/ip6tables-nft"},
		{"/sbin/iptables", "/sbin/ip6tables"},
		{"/opt/iptables/bin/iptables", "/opt/iptables/bin/ip6tables"}, // only the base name changes
		{"iptables", "ip6tables"},
	} {
		got, err := firewall.IP6TablesFor(c.in)
		if err != nil || got != c.want {
			t.Errorf("IP6TablesFor(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"/usr/sbin/nft", "/usr/sbin/xtables-legacy-multi", "/bin/sh", ""} {
		if got, err := firewall.IP6TablesFor(in); !errors.Is(err, firewall.ErrNotIPTables) {
			t.Errorf("IP6TablesFor(%q) = %q, %v; want ErrNotIPTables", in, got, err)
		}
	}
}

// fakeProgram writes an executable script in dir that prints version.
func fakeProgram(t *testing.T, dir, name, version string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\necho '"+version+"'\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFindPrograms(t *testing.T) {
	dir := t.TempDir()
	v4 := fakeProgram(t, dir, "iptables-legacy", "iptables v1.8.9 (legacy)")
	v6 := fakeProgram(t, dir, "ip6tables-legacy", "ip6tables v1.8.9 (legacy)")
	p, err := firewall.FindPrograms(v4)
	if err != nil || p.IPv4 != v4 || p.IPv6 != v6 || p.NoIPv6 != nil || p.Mode4 != "legacy" || p.Mode6 != "legacy" {
		t.Errorf("FindPrograms(%s) = %+v, %v; want %s and %s, legacy", v4, p, err, v4, v6)
	}
	if s, want := p.String(), v4+" (legacy), "+v6+" (legacy)"; s != want {
		t.Errorf("String() = %q, want %q", s, want)
	}

	alone := fakeProgram(t, dir, "iptables-alone", "iptables v1.8.9 (nf_tables)")
	p, err = firewall.FindPrograms(alone)
	if err != nil || p.IPv4 != alone || p.Mode4 != "nf_tables" || p.IPv6 != "" || p.NoIPv6 == nil ||
		!strings.Contains(p.NoIPv6.Error(), filepath.Join(dir, "ip6tables-alone")) {
		t.Errorf("FindPrograms without ip6tables = %+v, %v; want IPv4 only and NoIPv6 naming the missing program", p, err)
	}
	if s := p.String(); !strings.Contains(s, "no IPv6 grants") {
		t.Errorf("String() = %q, want it to say there are no IPv6 grants", s)
	}

	for name, exe := range map[string]string{
		"missing":        filepath.Join(dir, "iptables-missing"),
		"iptables-save":  fakeProgram(t, dir, "iptables-save", "iptables-save v1.8.9 (legacy)"),
		"not iptables":   fakeProgram(t, dir, "iptables-other", "GNU bash, version 5.2"),
		"not executable": filepath.Join(dir, "iptables-noexec"),
	} {
		if name == "not executable" {
			if err := os.WriteFile(exe, []byte("#!/bin/sh\necho 'iptables v1.8.9'\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := firewall.FindPrograms(exe); !errors.Is(err, firewall.ErrNotIPTables) || !strings.Contains(err.Error(), exe) {
			t.Errorf("%s: FindPrograms(%s) = %v; want ErrNotIPTables naming it", name, exe, err)
		}
	}
}

// An IPTables whose program has no ip6tables counterpart serves IPv4, and
// refuses an IPv6 grant saying which program is missing.
func TestIPTablesWithoutIP6Tables(t *testing.T) {
	dir := t.TempDir()
	cfg := firewall.DefaultConfig()
	cfg.IPTablesExe = fakeProgram(t, dir, "iptables-alone", "iptables v1.8.9 (legacy)")
	fw, err := firewall.NewIPTables(cfg)
	if err != nil {
		t.Fatal(err)
	}
	g := firewall.Grant{Source: netip.MustParseAddr("2001:db8::7"), Proto: firewall.TCP, Port: 22, Expires: time.Now().Add(time.Minute)}
	err = fw.Grant(context.Background(), g)
	if !errors.Is(err, firewall.ErrIPv6Disabled) || !strings.Contains(err.Error(), filepath.Join(dir, "ip6tables-alone")) {
		t.Errorf("IPv6 grant = %v; want ErrIPv6Disabled naming %s", err, filepath.Join(dir, "ip6tables-alone"))
	}

	t.Logf("IPv6 grant: %v", err)
	cfg.IPTablesExe = filepath.Join(dir, "iptables-missing")
	if _, err := firewall.NewIPTables(cfg); !errors.Is(err, firewall.ErrNotIPTables) {
		t.Errorf("NewIPTables with a missing program = %v; want ErrNotIPTables", err)
	}
}

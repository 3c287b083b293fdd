package firewall_test

import (
	"context"
	"errors"
	"net/netip"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// opener opens a Firewall on one firewall state (a namespace's tables, or
// a Fake); each call is what a daemon start or restart does.
type opener func() firewall.Firewall

// newSystem makes a fresh, empty firewall state for one test.
type newSystem func(t *testing.T, cfg firewall.Config) opener

var (
	client4 = netip.MustParseAddr("198.51.100.7")
	client6 = netip.MustParseAddr("2001:db8::7")
	other4  = netip.MustParseAddr("203.0.113.9")
	t0      = time.Unix(1795563433, 0)
)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

func tcp(src netip.Addr, port uint16, exp time.Time) firewall.Grant {
	return firewall.Grant{Source: src, Proto: firewall.TCP, Port: port, Expires: exp}
}

func natCfg() firewall.Config {
	cfg := firewall.DefaultConfig()
	cfg.NAT = true
	return cfg
}

func strs(gs []firewall.Grant) []string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = g.String()
	}
	return out
}

func mustInit(t *testing.T, fw firewall.Firewall) firewall.Firewall {
	t.Helper()
	if err := fw.Init(context.Background()); err != nil {
		t.Fatalf("Init: %v", err)
	}
	return fw
}

func mustGrant(t *testing.T, fw firewall.Firewall, gs ...firewall.Grant) {
	t.Helper()
	for _, g := range gs {
		if err := fw.Grant(context.Background(), g); err != nil {
			t.Fatalf("Grant(%s): %v", g, err)
		}
	}
}

func wantList(t *testing.T, fw firewall.Firewall, want ...firewall.Grant) {
	t.Helper()
	got, err := fw.List(context.Background())
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if !slices.Equal(strs(got), strs(want)) {
		t.Errorf("List:\n got %q\nwant %q", strs(got), strs(want))
	}
}

// testConformance is the contract of a Firewall, run against every
// implementation.
func testConformance(t *testing.T, sys newSystem) {
	ctx := context.Background()
	run := func(name string, cfg firewall.Config, f func(t *testing.T, open opener)) {
		t.Run(name, func(t *testing.T) { f(t, sys(t, cfg)) })
	}
	def := firewall.DefaultConfig()

	run("NeedsInit", def, func(t *testing.T, open opener) {
		fw := open()
		if err := fw.Grant(ctx, tcp(client4, 22, at(30))); !errors.Is(err, firewall.ErrNotInitialized) {
			t.Errorf("Grant before Init = %v, want ErrNotInitialized", err)
		}
		wantList(t, fw) // List needs no Init: fwknopd --fw-list without a daemon
	})

	// fwknopd --fw-list and --fw-flush run in another process than the
	// daemon: they read and remove the daemon's grants without Init, and
	// the daemon carries on (its expiry finds nothing to do, and its next
	// grant works).
	run("AnotherProcess", def, func(t *testing.T, open opener) {
		daemon := mustInit(t, open())
		mustGrant(t, daemon, tcp(client4, 22, at(30)), tcp(client6, 443, at(30)))
		admin := open()
		if admin == daemon {
			t.Skip("one Fake is every process")
		}
		wantList(t, admin, tcp(client4, 22, at(30)), tcp(client6, 443, at(30)))
		if err := admin.Flush(ctx); err != nil {
			t.Fatalf("Flush from another process: %v", err)
		}
		wantList(t, open())
		if _, _, err := daemon.Expire(ctx, at(31)); err != nil {
			t.Errorf("daemon's Expire after another process's Flush: %v", err)
		}
		mustGrant(t, daemon, tcp(other4, 22, at(60)))
		wantList(t, open(), tcp(other4, 22, at(60)))
	})

	run("GrantAndList", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		wantList(t, fw)
		onServer := tcp(client4, 22, at(45))
		onServer.Dest = netip.MustParsePrefix("198.51.100.1/32")
		udp6 := firewall.Grant{Source: client6, Proto: firewall.UDP, Port: 53, Expires: at(60)}
		mustGrant(t, fw, tcp(client4, 22, at(30).Add(700*time.Millisecond)), udp6, onServer)
		wantList(t, fw, tcp(client4, 22, at(30)), onServer, udp6)
	})

	run("InitIsIdempotent", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mustGrant(t, fw, tcp(client4, 22, at(30)))
		mustInit(t, fw)
		mustInit(t, fw)
		wantList(t, fw, tcp(client4, 22, at(30)))
	})

	run("RestartKeepsGrants", def, func(t *testing.T, open opener) {
		mustGrant(t, mustInit(t, open()), tcp(client4, 22, at(30)), tcp(client6, 443, at(90)))
		again := mustInit(t, open())
		wantList(t, again, tcp(client4, 22, at(30)), tcp(client6, 443, at(90)))
		mustGrant(t, again, tcp(client4, 22, at(120))) // extends the first daemon's rule
		wantList(t, again, tcp(client6, 443, at(90)), tcp(client4, 22, at(120)))
	})

	run("RepeatedGrantExtends", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mustGrant(t, fw, tcp(client4, 22, at(30)), tcp(client4, 22, at(90)))
		wantList(t, fw, tcp(client4, 22, at(90)))
		mustGrant(t, fw, tcp(client4, 22, at(60))) // never shortens
		wantList(t, fw, tcp(client4, 22, at(90)))
		wantList(t, mustInit(t, open()), tcp(client4, 22, at(90)))
	})

	run("Revoke", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mustGrant(t, fw, tcp(client4, 22, at(30)), tcp(other4, 22, at(30)))
		if err := fw.Revoke(ctx, tcp(client4, 22, at(999))); err != nil {
			t.Fatalf("Revoke: %v", err)
		}
		wantList(t, fw, tcp(other4, 22, at(30)))
		if err := fw.Revoke(ctx, tcp(client4, 22, at(30))); !errors.Is(err, firewall.ErrNotGranted) {
			t.Errorf("second Revoke = %v, want ErrNotGranted", err)
		}
	})

	run("Expire", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mustGrant(t, fw, tcp(client4, 22, at(10)), tcp(client6, 22, at(20)), tcp(other4, 22, at(30)))
		expire := func(now time.Time, wantNext time.Time, want ...firewall.Grant) {
			t.Helper()
			removed, next, err := fw.Expire(ctx, now)
			if err != nil {
				t.Fatalf("Expire(%d): %v", now.Unix(), err)
			}
			if !slices.Equal(strs(removed), strs(want)) || !next.Equal(wantNext) {
				t.Errorf("Expire(+%ds) = %q, next %v; want %q, next %v", now.Unix()-t0.Unix(), strs(removed), next, strs(want), wantNext)
			}
		}
		expire(at(9), at(10))
		expire(at(20), at(30), tcp(client4, 22, at(10)), tcp(client6, 22, at(20))) // due at or before now
		wantList(t, fw, tcp(other4, 22, at(30)))
		expire(at(31), time.Time{}, tcp(other4, 22, at(30)))
		wantList(t, fw)
	})

	run("Flush", natCfg(), func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mustGrant(t, fw, tcp(client4, 22, at(30)), tcp(client6, 22, at(30)))
		for range 2 {
			if err := fw.Flush(ctx); err != nil {
				t.Fatalf("Flush: %v", err)
			}
		}
		if err := fw.Grant(ctx, tcp(client4, 22, at(30))); !errors.Is(err, firewall.ErrNotInitialized) {
			t.Errorf("Grant after Flush = %v, want ErrNotInitialized", err)
		}
		wantList(t, mustInit(t, open()))
	})

	run("NAT", natCfg(), func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		plain := tcp(client4, 22, at(30))
		fwd := tcp(client4, 2222, at(30))
		fwd.NAT = &firewall.NAT{To: netip.MustParseAddrPort("203.0.113.5:22")}
		local := tcp(client4, 2223, at(30))
		local.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.1:22"), Local: true}
		fwd6 := tcp(client6, 2222, at(30))
		fwd6.NAT = &firewall.NAT{To: netip.MustParseAddrPort("[2001:db8::5]:22")}
		mustGrant(t, fw, plain, fwd, local, fwd6)
		// Same expiry for all: the local NAT's accept rule is the plain
		// grant's twin, and its DNAT names a forward rule's port.
		want := []firewall.Grant{plain, fwd, local, fwd6}
		wantList(t, fw, want...)
		wantList(t, mustInit(t, open()), want...)

		fwd.Expires = at(60)
		mustGrant(t, fw, fwd)
		if err := fw.Revoke(ctx, local); err != nil {
			t.Fatalf("Revoke local NAT: %v", err)
		}
		wantList(t, fw, plain, fwd6, fwd)
	})

	run("GrantPrefix", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		wide := tcp(client4, 22, at(30))
		wide.SourcePrefix = netip.MustParsePrefix("198.51.100.0/24")
		wide6 := tcp(client6, 22, at(30))
		wide6.SourcePrefix = netip.MustParsePrefix("2001:db8::/48")
		// The prefix, then a host inside it, then the prefix again from
		// another of its addresses: that extends the first grant.
		mustGrant(t, fw, wide, wide6, tcp(client4, 22, at(40)))
		again := tcp(netip.MustParseAddr("198.51.100.99"), 22, at(60))
		again.SourcePrefix = netip.MustParsePrefix("198.51.100.99/24")
		mustGrant(t, fw, again)
		listed := tcp(netip.MustParseAddr("198.51.100.0"), 22, at(60))
		listed.SourcePrefix = wide.SourcePrefix
		wantList(t, fw, wide6, tcp(client4, 22, at(40)), listed)
		wantList(t, mustInit(t, open()), wide6, tcp(client4, 22, at(40)), listed)
		if err := fw.Revoke(ctx, wide); err != nil {
			t.Fatalf("Revoke(%s): %v", wide, err)
		}
		wantList(t, fw, wide6, tcp(client4, 22, at(40)))
		outside := tcp(other4, 22, at(30))
		outside.SourcePrefix = wide.SourcePrefix
		if err := fw.Grant(ctx, outside); !errors.Is(err, firewall.ErrInvalidGrant) {
			t.Errorf("Grant(%s outside its prefix) = %v, want ErrInvalidGrant", outside, err)
		}
	})

	run("Refusals", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		mapped := tcp(netip.MustParseAddr("::ffff:198.51.100.7"), 22, at(30))
		mustGrant(t, fw, mapped)
		wantList(t, fw, tcp(client4, 22, at(30)))

		nat := tcp(client4, 2222, at(30))
		nat.NAT = &firewall.NAT{To: netip.MustParseAddrPort("203.0.113.5:22")}
		wrongDest := tcp(client4, 22, at(30))
		wrongDest.Dest = netip.MustParsePrefix("2001:db8::/64")
		mappedDest := tcp(client4, 22, at(30))
		mappedDest.Dest = netip.MustParsePrefix("::ffff:0:0/80") // no IPv4 form: not "any"
		for _, c := range []struct {
			g    firewall.Grant
			want error
		}{
			{tcp(netip.Addr{}, 22, at(30)), firewall.ErrInvalidGrant},
			{tcp(netip.IPv4Unspecified(), 22, at(30)), firewall.ErrInvalidGrant},
			{tcp(client4, 0, at(30)), firewall.ErrInvalidGrant},
			{firewall.Grant{Source: client4, Proto: 1, Port: 22, Expires: at(30)}, firewall.ErrInvalidGrant},
			{tcp(client4, 22, time.Time{}), firewall.ErrInvalidGrant},
			{wrongDest, firewall.ErrInvalidGrant},
			{mappedDest, firewall.ErrInvalidGrant},
			{nat, firewall.ErrNATDisabled},
		} {
			if err := fw.Grant(ctx, c.g); !errors.Is(err, c.want) {
				t.Errorf("Grant(%s) = %v, want %v", c.g, err, c.want)
			}
		}
		wantList(t, fw, tcp(client4, 22, at(30)))
	})

	run("ConcurrentGrants", def, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		wantList(t, fw, concurrentGrants(t, fw)...)
	})

	v4only := firewall.DefaultConfig()
	v4only.IPv6 = false
	run("IPv6Disabled", v4only, func(t *testing.T, open opener) {
		fw := mustInit(t, open())
		if err := fw.Grant(ctx, tcp(client6, 22, at(30))); !errors.Is(err, firewall.ErrIPv6Disabled) {
			t.Errorf("Grant(IPv6) = %v, want ErrIPv6Disabled", err)
		}
		badNAT := tcp(client4, 2222, at(30))
		badNAT.NAT = &firewall.NAT{To: netip.MustParseAddrPort("[2001:db8::5]:22")}
		if err := fw.Grant(ctx, badNAT); !errors.Is(err, firewall.ErrNATDisabled) {
			t.Errorf("Grant(NAT) = %v, want ErrNATDisabled", err)
		}
	})
}

func TestFakeConformance(t *testing.T) {
	testConformance(t, func(t *testing.T, cfg firewall.Config) opener {
		fake := firewall.NewFake(cfg)
		return func() firewall.Firewall { return fake }
	})
}

func TestFakeFail(t *testing.T) {
	ctx := context.Background()
	fake := firewall.NewFake(firewall.DefaultConfig())
	mustInit(t, fake)
	boom := errors.New("iptables: boom")
	fake.Fail(boom)
	if err := fake.Grant(ctx, tcp(client4, 22, at(30))); !errors.Is(err, boom) {
		t.Errorf("Grant while failing = %v, want the injected error", err)
	}
	fake.Fail(nil)
	wantList(t, fake)
}

// concurrentGrants grants and extends 4 accesses from 8 goroutines at once
// and returns the grants that must be live afterwards.
func concurrentGrants(t *testing.T, fw firewall.Firewall) []firewall.Grant {
	t.Helper()
	errs := make(chan error, 8*10)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 10 {
				errs <- fw.Grant(context.Background(), tcp(client4, uint16(1000+w%4), at(10*i+w)))
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent Grant: %v", err)
		}
	}
	var want []firewall.Grant
	for p := range 4 {
		want = append(want, tcp(client4, uint16(1000+p), at(90+4+p)))
	}
	return want
}

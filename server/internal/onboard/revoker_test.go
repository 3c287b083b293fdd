package onboard

import (
	"context"
	"net/netip"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

func TestFirewallRevoker(t *testing.T) {
	ctx := context.Background()
	fw := firewall.NewFake(firewall.DefaultConfig())
	if err := fw.Init(ctx); err != nil {
		t.Fatal(err)
	}
	exp := time.Unix(1900000000, 0)
	for _, src := range []string{"198.51.100.7", "198.51.100.9", "203.0.113.5", "2001:db8::7"} {
		g := firewall.Grant{Source: netip.MustParseAddr(src), Proto: firewall.TCP, Port: 22, Expires: exp}
		if err := fw.Grant(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	n, err := FirewallRevoker{Firewall: fw}.RevokeSource(ctx, []netip.Prefix{
		netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("2001:db8::7/128"),
	})
	if err != nil || n != 3 {
		t.Fatalf("RevokeSource = %d, %v; want 3", n, err)
	}
	left, err := fw.List(ctx)
	if err != nil || len(left) != 1 || left[0].Source != netip.MustParseAddr("203.0.113.5") {
		t.Errorf("left %v, %v; want only 203.0.113.5", left, err)
	}
}

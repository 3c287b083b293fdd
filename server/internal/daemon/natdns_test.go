package daemon

import (
	"net/netip"
	"testing"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/config"
)

// The daemon's judges resolve NAT host names (ENABLE_NAT_DNS, on by
// default as in the stock): before, they had no resolver, and every
// "-N host:port" knock was refused as if NAT DNS were off.
func TestJudgeResolvesNATHosts(t *testing.T) {
	var got access.Options
	d := &Daemon{deps: Deps{NewJudge: func(_ *Config, _ access.ReplayCache, opts access.Options) (Judge, error) {
		got = opts
		return nil, nil
	}}}
	if _, err := d.judgeFor(&Config{Server: config.NewServer()}); err != nil {
		t.Fatal(err)
	}
	if got.Resolve == nil {
		t.Fatal("judge built without a NAT host resolver")
	}
	if a, err := got.Resolve("localhost"); err != nil || a != netip.MustParseAddr("127.0.0.1") {
		t.Errorf("Resolve(localhost) = %v, %v; want 127.0.0.1", a, err)
	}
	if _, err := got.Resolve("nx.invalid"); err == nil {
		t.Error("Resolve(nx.invalid) gave an address")
	}
}

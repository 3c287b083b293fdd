package firewall_test

import (
	"net/netip"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// tracer collects Config.Trace lines.
type tracer struct {
	mu    sync.Mutex
	lines []string
}

func (tr *tracer) trace(line string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.lines = append(tr.lines, line)
}

// wantLines fails t unless each pattern matches one of the traced lines,
// the way fwknop's test suite greps the stock daemon's -v -v output.
func (tr *tracer) wantLines(t *testing.T, patterns ...string) {
	t.Helper()
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		found := false
		for _, l := range tr.lines {
			found = found || re.MatchString(l)
		}
		if !found {
			t.Errorf("no trace line matches %q in:\n%s", p, strings.Join(tr.lines, "\n"))
		}
	}
}

// A NAT grant traces the commands that add its rules and the listing of
// its chains, in which the DNAT target shows as the stock's does
// ("*/ to:ADDR:PORT"): fwknop's suite and log readers look for both.
func TestIPTablesTraceNAT(t *testing.T) {
	requireIPTables(t)
	ns := netnstest.New(t, "trace")
	var tr tracer
	cfg := natCfg()
	cfg.Trace = tr.trace
	fw := mustInit(t, iptablesIn(t, ns, cfg)())

	fwd := tcp(other4, 22, at(60))
	fwd.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.9:2222")}
	local := tcp(other4, 80, at(60))
	local.NAT = &firewall.NAT{To: netip.MustParseAddrPort("198.51.100.1:22"), Local: true}
	mustGrant(t, fw, fwd, local)

	tr.wantLines(t,
		`^CMD: '\S*iptables -t filter -A FWKNOP_FORWARD -p 6 -s 203\.0\.113\.9 --dport 2222 .*-j ACCEPT'$`,
		`^CMD: '\S*iptables -t nat -A FWKNOP_PREROUTING .*--dport 22 .*\sDNAT\s.*to-destination 198\.51\.100\.9:2222'$`,
		`^CMD: '\S*iptables -t filter -A FWKNOP_INPUT .*--dport 22 .*-j ACCEPT'$`,
		`^RULES LIST: Chain FWKNOP_PREROUTING `,
		`^RULES LIST: 1 +DNAT .*203\.0\.113\.9 .*dpt:22 /\* _exp_\d+ \*/ to:198\.51\.100\.9:2222$`,
		`^RULES LIST: \d +DNAT .*dpt:80 /\* _exp_\d+ \*/ to:198\.51\.100\.1:22$`,
		`^RULES LIST: 1 +ACCEPT .*203\.0\.113\.9 .*dpt:2222 /\* _exp_\d+ \*/$`,
		`^Added DNAT rule to FWKNOP_PREROUTING for 203\.0\.113\.9 -> 0\.0\.0\.0/0 tcp/22, expires at \d+$`,
		`^Added FORWARD rule to FWKNOP_FORWARD for 203\.0\.113\.9 -> 0\.0\.0\.0/0 tcp/22, expires at \d+$`,
		`^Added local NAT rule to FWKNOP_INPUT for 203\.0\.113\.9 -> 0\.0\.0\.0/0 tcp/80, expires at \d+$`,
	)
}

package difftest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fwknopdBin is Sesame's fwknopd, built once for the test.
var fwknopdBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sesame-difftest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fwknopdBin = filepath.Join(dir, "fwknopd")
	out, err := exec.Command("go", "build", "-o", fwknopdBin, "github.com/sesame-spa/sesame/server/cmd/fwknopd").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building fwknopd: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestStockAgrees judges one list of packets, made by the stock client at
// test time, with the stock fwknopd and with Sesame's, each live with real
// iptables in fresh namespaces, packet aging and digest persistence on,
// and requires the same decision, reason and firewall rules for every
// packet.
func TestStockAgrees(t *testing.T) {
	requireTools(t)
	start := time.Now()
	fx := newFixture(t, t.TempDir())
	packets := fx.packets(t)
	t.Logf("%d packets built by the stock client in %s", len(packets), time.Since(start).Round(time.Millisecond))

	var stock, ours []verdict
	var stockRules, ourRules []string
	t.Run("stock", func(t *testing.T) {
		r := newRun(t, fx.accessConf, "")
		stderr, _ := r.start(t, "fwknopd", append(r.args(), "-v", "-v")...)
		waitLine(t, stderr, "Starting fwknopd main event loop")
		stock = r.judgeAll(t, stockJudge{stderr}, packets)
		stockRules = r.rules(t)
	})
	t.Run("sesame", func(t *testing.T) {
		r := newRun(t, fx.accessConf, "")
		stderr, stdout := r.start(t, fwknopdBin, append(r.args(), "--log-json")...)
		waitLine(t, stderr, "serving")
		ours = r.judgeAll(t, sesameJudge{stdout}, packets)
		ourRules = r.rules(t)
	})
	if len(stock) != len(packets) || len(ours) != len(packets) {
		t.Fatal("a daemon run did not judge every packet")
	}

	var granted []string
	for i, p := range packets {
		s, o := stock[i], ours[i]
		if s.outcome() != p.want {
			t.Errorf("%s: the stock daemon's verdict is %s, the case is meant to give %s (the case tests nothing):\n%s",
				p.name, s.outcome(), p.want, strings.Join(s.evidence, "\n"))
		}
		if !agree(s, o) {
			t.Errorf("%s: stock %s %v, sesame %s %v\nstock log:\n%s\nsesame log:\n%s",
				p.name, s.outcome(), s.grants, o.outcome(), o.grants, strings.Join(s.evidence, "\n"), strings.Join(o.evidence, "\n"))
		}
		granted = append(granted, s.grants...)
	}
	slices.Sort(granted)
	granted = slices.Compact(granted)
	if !slices.Equal(stockRules, granted) {
		t.Errorf("the stock daemon's firewall holds %q, its log granted %q", stockRules, granted)
	}
	if !slices.Equal(ourRules, stockRules) {
		t.Errorf("firewall rules differ:\nstock  %q\nsesame %q", stockRules, ourRules)
	}
	t.Logf("%d packets, same verdict from both daemons; %d rules in each firewall; %s in all",
		len(packets), len(stockRules), time.Since(start).Round(time.Millisecond))
}

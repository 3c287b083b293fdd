package difftest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// cycleStanza runs touch into dir for CMD_CYCLE_OPEN and CMD_CYCLE_CLOSE,
// naming the file with every variable (and an unknown one, $FOO), so the
// files each daemon makes show its substitutions.
func cycleStanza(k keyset, dir string) string {
	vars := "$IP_$SRC_$PKT_SRC_$DST_$PORT_$PROTO_$TIMEOUT_$CLIENT_TIMEOUT_$FOO"
	return fmt.Sprintf("SOURCE 198.51.100.0/25\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\n"+
		"CMD_CYCLE_OPEN /usr/bin/touch %s/open_%s\nCMD_CYCLE_CLOSE /usr/bin/touch %s/close_%s\nCMD_CYCLE_TIMER 1\n\n",
		k.rijndael, k.hmac, dir, vars, dir, vars)
}

// waitFiles waits up to 15 s for n files in dir and returns their names.
func waitFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	var names []string
	for range 300 {
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		names = names[:0]
		for _, e := range ents {
			names = append(names, e.Name())
		}
		if len(names) >= n {
			slices.Sort(names)
			return names
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%d of %d files in 15 s: %q", len(names), n, names)
	return nil
}

// TestStockCycleAgrees sends the same two packets to a CMD_CYCLE_OPEN
// stanza of each daemon, live: the open and close commands both run must
// be the same, byte for byte (all eight variables and an unknown one), the
// close once the timer (1 s) or the client's timeout (2 s) has passed.
func TestStockCycleAgrees(t *testing.T) {
	requireTools(t)
	k := newKeyset(t, spa.SHA256)
	fx := fixture{rcFile: filepath.Join(t.TempDir(), "fwknoprc")}
	rc := fmt.Sprintf("[k]\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\nUSE_HMAC Y\n", k.rijndael, k.hmac)
	if err := os.WriteFile(fx.rcFile, []byte(rc), 0o600); err != nil {
		t.Fatal(err)
	}
	packets := [][]byte{
		fx.build(t, "k", "-A", "udp/53,tcp/22", "-a", "198.51.100.50"),
		fx.build(t, "k", "-A", "tcp/2222", "-s", "--fw-timeout", "2"),
	}
	run := func(t *testing.T, bin, ready string, args ...string) (files []string, stdout <-chan string) {
		out := t.TempDir()
		r := newRun(t, cycleStanza(k, out), "")
		stderr, stdout := r.start(t, bin, append(r.args(), args...)...)
		waitLine(t, stderr, ready)
		for _, p := range packets {
			r.send(t, client, p)
		}
		return waitFiles(t, out, 2*len(packets)), stdout
	}
	var stock, ours []string
	t.Run("stock", func(t *testing.T) {
		stock, _ = run(t, "fwknopd", "Starting fwknopd main event loop", "-v", "-v")
	})
	t.Run("sesame", func(t *testing.T) {
		var stdout <-chan string
		ours, stdout = run(t, fwknopdBin, "serving", "--log-json")
		for range packets {
			var d map[string]any
			if err := json.Unmarshal([]byte(<-stdout), &d); err != nil || d["action"] != "cycle" || d["error"] != nil {
				t.Errorf("decision %v (%v), want an accepted cycle without error", d, err)
			}
		}
	})
	if len(stock) != 2*len(packets) || !slices.Equal(stock, ours) {
		t.Fatalf("commands run:\nstock  %q\nsesame %q", stock, ours)
	}
	t.Logf("same commands run: %s", strings.Join(stock, " "))
}

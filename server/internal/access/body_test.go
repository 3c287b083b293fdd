package access

import (
	"testing"
)

// TestDecideParsesMessageOnce: the message is parsed once per packet, by
// spa's Open, not again by each stanza tried. A packet that three stanzas
// sharing its key refuse (OPEN_PORTS) before the fourth accepts costs no
// more allocations than one accepted by a single stanza, but for the one
// slice of the other stanzas' refusals (Decision.Others, logged in the
// stock's words). (The authorizer used to split and parse the ports again
// for every stanza.)
func TestDecideParsesMessageOnce(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not exact under the race detector")
	}
	valid := sealA(t)
	allocs := func(conf string) float64 {
		j := judgeWith(t, conf, "", aging, forgetfulCache{})
		return testing.AllocsPerRun(200, func() {
			if d := j.Decide(valid, clientIP, serverIP, t0); !d.Accept {
				t.Fatalf("refused: %s %v", d.Reason, d.Err)
			}
		})
	}
	one, four := allocs("SOURCE ANY\n"+keysA), allocs(stanzas(keysA, keysA, keysA, keysA))
	if four > one+1 {
		t.Fatalf("%.0f allocations with four stanzas, %.0f with one: the later stanzas parse the message again", four, one)
	}
}

package store

import (
	"encoding/json"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Every mode a sesame1: line carries survives the store: the encryption
// field and the saved JSON keep it (an imported ctr profile stays ctr).
func TestStoreKeepsEveryMode(t *testing.T) {
	for _, m := range []spa.Mode{spa.CBC, spa.Legacy, spa.ECB, spa.CFB, spa.OFB, spa.CTR} {
		p := web1()
		p.Mode = m
		if m == spa.Legacy {
			p.HMAC = 0
		}
		if got := FieldValue(&p, "encryption"); got != m.String() && (m != spa.CBC || got != "") { // CBC: the default, not typed
			t.Errorf("%v: encryption field %q", m, got)
		}
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q Profile
		if err := json.Unmarshal(data, &q); err != nil || q.Mode != m {
			t.Errorf("%v: read back %v, %v\n%s", m, q.Mode, err, data)
		}
	}
}

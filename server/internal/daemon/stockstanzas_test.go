package daemon

import (
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestStockLinesOfEachStanzaTried: as the stock fwknopd logs every stanza
// it tries, the text log has a line for each stanza that refused a packet
// another stanza accepted, in the stock's words and before the accept
// (fwknop's suite, "dual usage access key": it greps "(stanza #1) One or
// more requested protocol/ports was denied"). --log-json keeps one object.
func TestStockLinesOfEachStanzaTried(t *testing.T) {
	conf := stanza(keyA, hmacA, "OPEN_PORTS tcp/22") + stanza(keyA, hmacA, "OPEN_PORTS tcp/80")
	e := newEnv(t, conf, nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/80", t0), clientIP)
	if m := e.decision(); m["decision"] != "accept" || m["stanza"] != float64(2) {
		t.Fatalf("decision %v, want an accept by stanza #2", m)
	}
	refused := e.human.next(t, "(stanza #1) One or more requested protocol/ports was denied per access.conf.")
	if !strings.Contains(refused, "stanza #1 refused 198.51.100.7: port_not_allowed") {
		t.Errorf("stanza #1's line without Sesame's fields: %s", refused)
	}
	e.human.next(t, "(stanza #2) SPA Packet from IP: 198.51.100.7 received with access source match, added with expire time of")
	for _, l := range e.json.snapshot() {
		if strings.Contains(l, "port_not_allowed") {
			t.Errorf("--log-json shows the other stanza's refusal: %s", l)
		}
	}
}

// TestStockDecodeLine: at -vv the decoded fields of a packet a stanza
// opened are logged in the stock's field-dump words (fwknop's suite,
// "spoof username": it greps "Username: testuser"), no key.
func TestStockDecodeLine(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0, func(m *spa.Message) { m.User = "testuser" }), clientIP)
	e.decision()
	line := e.human.next(t, "SPA Decode:")
	for _, want := range []string{"(stanza #1)", "Username: testuser,", "Message String: 198.51.100.7,tcp/22"} {
		if !strings.Contains(line, want) {
			t.Errorf("decode line %q lacks %q", line, want)
		}
	}
}

// TestStockSignerLine: a signer refused by GPG_FINGERPRINT_ID is logged
// with the stock's line naming the fingerprint (fwknop's suite, "invalid
// fingerprint", greps "not in the GPG_FINGERPRINT").
func TestStockSignerLine(t *testing.T) {
	err := &access.SignerError{List: "GPG_FINGERPRINT_ID", Signer: "0123456789ABCDEF0123456789ABCDEF6A3FAD56"}
	e := Event{Src: clientIP, Reason: string(access.GPGSignerNotAllowed), Stanza: 1, stockText: stockDetail(err)}
	got := string(e.appendText(nil))
	want := "[198.51.100.7] (stanza #1) Incoming SPA packet signed by: 0123456789ABCDEF0123456789ABCDEF6A3FAD56, but that fingerprint is not in the GPG_FINGERPRINT_ID list.; reject 198.51.100.7: gpg_signer_not_allowed (stanza #1)"
	if !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant ...%s", got, want)
	}
}

// TestGrantsStartWhenDecided: a decision that took time (a gpg child) has
// its grants last their whole timeout from when it was made, as the stock
// times a grant from when it adds the rule; a refusal is left alone.
func TestGrantsStartWhenDecided(t *testing.T) {
	exp := t0.Add(3 * time.Second)
	dec := access.Decision{Accept: true, Grants: []firewall.Grant{{Expires: exp}, {Expires: exp}}}
	startGrantsAt(&dec, t0, t0.Add(1500*time.Millisecond))
	for _, g := range dec.Grants {
		if want := t0.Add(4500 * time.Millisecond); !g.Expires.Equal(want) {
			t.Errorf("grant expires %v, want %v", g.Expires, want)
		}
	}
	rej := access.Decision{Grants: []firewall.Grant{{Expires: exp}}}
	startGrantsAt(&rej, t0, t0.Add(time.Second))
	if !rej.Grants[0].Expires.Equal(exp) {
		t.Errorf("a refusal's grants changed")
	}
}

package access

import (
	"errors"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/spa"
)

// refusals lists Decision.Others as (stanza number, reason) pairs.
func refusals(d Decision) []struct {
	num int
	r   Reason
} {
	var out []struct {
		num int
		r   Reason
	}
	for _, o := range d.Others {
		out = append(out, struct {
			num int
			r   Reason
		}{o.Stanza.Num, o.Reason})
	}
	return out
}

// TestOtherStanzasRefusals: the refusals of the stanzas tried besides the
// deciding one come with the Decision, in file order, for the daemon to log
// as the stock does stanza by stanza (fwknop's suite, "dual usage access
// key": stanza #1 refuses tcp/80, stanza #2 opens it).
func TestOtherStanzasRefusals(t *testing.T) {
	conf := "SOURCE ANY\n" + keysA + "OPEN_PORTS tcp/22\nSOURCE ANY\n" + keysB + "SOURCE ANY\n" + keysA + "OPEN_PORTS tcp/80\n"
	j, _ := judge(t, conf, "", aging)
	d := j.Decide(sealA(t, ports("tcp/80")), clientIP, serverIP, t0)
	if !d.Accept || d.Stanza.Num != 3 {
		t.Fatalf("accept=%v %q stanza %v, want an accept by #3", d.Accept, d.Reason, d.Stanza)
	}
	got := refusals(d)
	if len(got) != 2 || got[0].num != 1 || got[0].r != PortNotAllowed || got[1].num != 2 || got[1].r != BadHMAC {
		t.Errorf("others %v, want #1 port_not_allowed, #2 bad_hmac", got)
	}

	// All refuse: the furthest decides, the others are listed in file order.
	d = j.Decide(sealA(t, ports("udp/53")), clientIP, serverIP, t0)
	got = refusals(d)
	if d.Accept || d.Stanza.Num != 1 || len(got) != 2 || got[0].num != 2 || got[1].num != 3 || got[1].r != PortNotAllowed {
		t.Errorf("all refuse: %q by %v, others %v; want #1 deciding, #2 and #3 others", d.Reason, d.Stanza, got)
	}

	// One stanza: no others.
	j, _ = judge(t, "SOURCE ANY\n"+keysA, "", aging)
	if d := j.Decide(sealA(t), clientIP, serverIP, t0); !d.Accept || d.Others != nil {
		t.Errorf("one stanza: accept=%v others %v", d.Accept, d.Others)
	}
}

// TestSignerErrorNamesTheList: a signer outside GPG_FINGERPRINT_ID or
// GPG_REMOTE_ID is refused with a SignerError naming the list and the
// signer, whose StockText is the stock's line (fwknop's suite, "invalid
// fingerprint", greps "not in the GPG_FINGERPRINT").
func TestSignerErrorNamesTheList(t *testing.T) {
	const fpr = "0123456789ABCDEF0123456789ABCDEF6A3FAD56"
	m := &spa.Message{Signer: &spa.Signer{Fingerprint: fpr, KeyID: 0x0123456789ABCDEF}}
	tests := []struct {
		cfg  config.Stanza
		want string
	}{
		{config.Stanza{GPGRequireSig: true, GPGFingerprints: []string{"FFFF456789ABCDEF0123456789ABCDEF6A3FAD56"}},
			"Incoming SPA packet signed by: " + fpr + ", but that fingerprint is not in the GPG_FINGERPRINT_ID list."},
		{config.Stanza{GPGRequireSig: true, GPGRemoteIDs: []string{"11111111"}},
			"but that ID is not in the GPG_REMOTE_ID list."},
	}
	for _, tt := range tests {
		err := signer(&tt.cfg, true, m)
		var se *SignerError
		if !errors.As(err, &se) || !strings.Contains(se.StockText(), tt.want) {
			t.Errorf("signer: %v, want a SignerError saying %q", err, tt.want)
		}
	}
}

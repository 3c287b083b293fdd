package main

import (
	"encoding/binary"
	"testing"
)

func TestRuleChain(t *testing.T) {
	attr := func(typ uint16, val string) []byte {
		b := make([]byte, 4, 4+len(val)+4)
		b = append(b, val...)
		b = append(b, 0)
		binary.NativeEndian.PutUint16(b, uint16(len(b)))
		binary.NativeEndian.PutUint16(b[2:], typ)
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		return b
	}
	msg := append([]byte{2, 0, 0, 0}, attr(1, "filter")...)
	msg = append(msg, attr(nftaRuleChain, "FWKNOP_INPUT")...)
	if got := ruleChain(msg); got != "FWKNOP_INPUT" {
		t.Errorf("ruleChain = %q", got)
	}
	for _, bad := range [][]byte{nil, {2, 0, 0}, append([]byte{2, 0, 0, 0}, 0xff, 0, 1, 0)} {
		if got := ruleChain(bad); got != "" {
			t.Errorf("ruleChain(%x) = %q, want nothing", bad, got)
		}
	}
}

func TestDecisionsIn(t *testing.T) {
	sesame, stock := daemon{name: "sesame"}, daemon{name: "stock", stock: true}
	for _, c := range []struct {
		d      daemon
		line   string
		expect string
		want   int
	}{
		{sesame, `2026-11-25T09:23:50Z fwknopd[1]: accept 198.51.100.7 (stanza #1) user="bench" access=tcp/1 for 198.51.100.7`, "accept", 1},
		{sesame, `2026-11-25T09:23:50Z fwknopd[1]: reject 198.51.100.7: bad_hmac`, "bad_hmac", 1},
		{sesame, `2026-11-25T09:23:50Z fwknopd[1]: reject 198.51.100.7: replay`, "bad_hmac", 0},
		{sesame, `2026-11-25T09:23:51Z fwknopd[1]: 49800 more rejects in the second before 2026-11-25T09:23:51Z not logged one by one: bad_hmac=49799, replay=1`, "bad_hmac", 49799},
		{sesame, `2026-11-25T09:23:51Z fwknopd[1]: 3 more rejects in the second before 2026-11-25T09:23:51Z not logged one by one: replay=3`, "bad_hmac", 0},
		{stock, `[198.51.100.7] (stanza #1) Error creating fko context: Args contain invalid data: FKO_ERROR_INVALID_DATA_HMAC_COMPAREFAIL`, "bad_hmac", 1},
		{stock, `[198.51.100.7] (stanza #1) --test mode enabled, skipping firewall manipulation.`, "accept", 1},
		{stock, `Replay detected from source IP: 198.51.100.7, Destination proto/port: 17/62201`, "replay", 1},
		{stock, `(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match`, "accept", 0},
	} {
		if got := decisionsIn(c.d, c.line, c.expect); got != c.want {
			t.Errorf("%s %q as %s: %d, want %d", c.d.name, c.line, c.expect, got, c.want)
		}
	}
}

func TestCountAndParseInts(t *testing.T) {
	for n, want := range map[int]string{10000: "10k", 1000000: "1M", 1500: "1500", 250000: "250k"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	if got, err := parseInts("10000, 100000,1000000"); err != nil || len(got) != 3 || got[2] != 1000000 {
		t.Errorf("parseInts = %v, %v", got, err)
	}
	if _, err := parseInts("10k"); err == nil {
		t.Error("parseInts accepted 10k")
	}
}

package main

import (
	"encoding/binary"
	"slices"
	"testing"
	"time"
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
	if got := attrString(msg, nftaRuleChain); got != "FWKNOP_INPUT" {
		t.Errorf("attrString = %q", got)
	}
	if got := attrString(msg, 1); got != "filter" {
		t.Errorf("attrString(1) = %q", got)
	}
	for _, bad := range [][]byte{nil, {2, 0, 0}, append([]byte{2, 0, 0, 0}, 0xff, 0, 1, 0)} {
		if got := attrString(bad, nftaRuleChain); got != "" {
			t.Errorf("attrString(%x) = %q, want nothing", bad, got)
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
		{sesame, `2026-11-25T09:23:50Z fwknopd[1]: (stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; accept 198.51.100.7 (stanza #1)`, "accept", 1},
		{sesame, `2026-11-25T09:23:50Z fwknopd[1]: [198.51.100.7] (stanza #1) Error creating fko context: Args contain invalid data: FKO_ERROR_INVALID_DATA_HMAC_COMPAREFAIL; reject 198.51.100.7: bad_hmac (stanza #1)`, "bad_hmac", 1},
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

func TestLatencyRows(t *testing.T) {
	lat := func(ms ...int) []time.Duration {
		var out []time.Duration
		for _, m := range ms {
			out = append(out, time.Duration(m)*time.Millisecond)
		}
		return out
	}
	var tb table
	ours := lat(1, 1, 1, 1, 1, 2, 2, 2, 2, 3)
	tb.latency("iptables IPv4", ours, lat(10, 10, 10, 10, 10, 20, 20, 20, 20, 30), 5, 10)
	tb.latency("nftables IPv6", ours, nil, 1, 2)
	want := []row{
		{"knock-to-open median, iptables IPv4 (ms)", "2.00", "20.00", "10.0x", "< 5 ms met"},
		{"knock-to-open p90, iptables IPv4 (ms)", "3.00", "30.00", "10.0x", "< 10 ms met"},
		{"knock-to-open median, nftables IPv6 (ms)", "2.00", "n/a", "-", "< 1 ms MISSED"},
		{"knock-to-open p90, nftables IPv6 (ms)", "3.00", "n/a", "-", "< 2 ms MISSED"},
	}
	if !slices.Equal(tb.rows, want) {
		t.Errorf("rows:\n%v\nwant:\n%v", tb.rows, want)
	}
}

package replay

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRecordReadsAsStockLine: a record's first seven fields are the stock
// fwknopd's digest.cache line, "<digest> <proto> <src_ip> <src_port>
// <dst_ip> <dst_port> <time>" (arrival), which fwknop's suite checks every
// line of the file against ("digest cache structure") and the stock's
// reader takes; an unknown address is 0.0.0.0 0.
func TestRecordReadsAsStockLine(t *testing.T) {
	ipv4 := `(?:\d{1,3}\.){3}\d{1,3}`
	suite := regexp.MustCompile(`^\S+\s+\d+\s+` + ipv4 + `\s+\d+\s+` + ipv4 + `\s+\d+\s+\d+`)
	v4 := Meta{Proto: 17, Src: meta.Src, Dst: meta.Src}
	for _, r := range []record{
		{digest: dig(1), stamp: makeStamp(t0.Unix()+5, false), arrival: t0.Unix(), meta: v4},
		{digest: dig(2), stamp: makeStamp(t0.Unix(), true), arrival: t0.Unix()},
	} {
		line := bytes.TrimSuffix(appendRecord(nil, &r), []byte{'\n'})
		if !suite.Match(line) {
			t.Errorf("record %q does not match the suite's digest.cache line", line)
		}
		f := bytes.Fields(line)
		st, err := parseStockLine(bytes.Join(f[:7], []byte{' '}))
		if err != nil || st.digest != r.digest || st.arrival != r.arrival {
			t.Errorf("first seven fields of %q as a stock line: %+v, %v", line, st, err)
		}
		d, s, err := parseEntry(line)
		if err != nil || d != r.digest || s != r.stamp {
			t.Errorf("parseEntry(%q) = %v, %v, %v; want %v, %v", line, d, s, err, r.digest, r.stamp)
		}
	}
}

// TestOpenUpgradesV1: a file of the first format loads, its header turns
// to v2 in place (an older Sesame then refuses it rather than skip the new
// records), its records stay readable, and new records are v2.
func TestOpenUpgradesV1(t *testing.T) {
	e := newEnv(t)
	v1 := "# sesame replay cache v1\n" + "# <digest> <packet_time> <arrival_time> <proto> <src> <dst> <crc32c>\n"
	v1 += string(appendSum([]byte(dig(1).String()+" 1795563557 1795563558 17 198.51.100.7:40000 198.51.100.1:62201"), 0))
	v1 += string(appendSum([]byte(dig(2).String()+" - 1795563558 17 198.51.100.7:40000 [2001:db8::1]:62201"), 0))
	if err := os.WriteFile(e.path, []byte(v1), 0o600); err != nil {
		t.Fatal(err)
	}
	c := e.open()
	seen(t, c, true, dig(1), dig(2))
	mustAdd(t, c, dig(3), t0)
	c.Close()
	e.warn.only(t, nil)
	data, _ := os.ReadFile(e.path)
	if !strings.HasPrefix(string(data), header) || !strings.Contains(string(data), dig(3).String()+" 17 198.51.100.7 40000 ") {
		t.Errorf("file after an Add:\n%s\nwant the v2 header and a v2 record", data)
	}
	c = e.open()
	seen(t, c, true, dig(1), dig(2), dig(3))
	e.warn.only(t, nil)
}

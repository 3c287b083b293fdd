package stockfwknop

import (
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// Server describes a stock fwknopd run.
type Server struct {
	// AccessConf is the whole access.conf.
	AccessConf string
	// ConfExtra is appended to the base fwknopd.conf (PCAP_INTF lo;
	// ENABLE_DIGEST_PERSISTENCE Y).
	ConfExtra string
	// GPGKeys are armored keys imported into a fresh GnuPG home, which
	// replaces $GNUPGHOME in AccessConf.
	GPGKeys [][]byte
}

// Verdict is what the stock server did with one packet.
type Verdict struct {
	Accepted bool
	Fields   Fields   // the decoded fields it logged (accepted packets)
	Log      []string // its log lines for this packet
}

// Judge feeds packets to `fwknopd --test --pcap-file` running inside a
// fresh network namespace (so nothing it does can reach the host's
// firewall) and returns one verdict per packet. Packets from Datagram
// values without addresses come from 198.51.100.7 to 198.51.100.1.
func (s Server) Judge(t testing.TB, packets []Datagram) []Verdict {
	t.Helper()
	Require(t)
	ns := netnstest.New(t, "stock")
	dir := t.TempDir()
	access := s.AccessConf
	if len(s.GPGKeys) > 0 {
		access = strings.ReplaceAll(access, "$GNUPGHOME", gnupgHome(t, s.GPGKeys))
	}
	writeFile(t, filepath.Join(dir, "access.conf"), access)
	// A run directory of its own: parallel runs racing to create the
	// default /run/fwknop fail with EEXIST.
	writeFile(t, filepath.Join(dir, "fwknopd.conf"), "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\nFWKNOP_RUN_DIR "+dir+";\n"+s.ConfExtra+"\n")
	for i := range packets {
		if !packets[i].Src.IsValid() {
			packets[i].Src, packets[i].Dst = netnstest.ClientAddr4, netnstest.ServerAddr4
		}
	}
	pcapPath := filepath.Join(dir, "in.pcap")
	if err := WritePcap(pcapPath, time.Now(), packets); err != nil {
		t.Fatal(err)
	}
	cmd := ns.Command("fwknopd", "-f", "-t", "-v", "-v",
		"-c", filepath.Join(dir, "fwknopd.conf"), "-a", filepath.Join(dir, "access.conf"),
		"-d", filepath.Join(dir, "digest.cache"), "-p", filepath.Join(dir, "fwknopd.pid"),
		"--pcap-file", pcapPath, "-C", fmt.Sprint(len(packets)))
	out, err := runWithTimeout(cmd, 60*time.Second)
	if err != nil {
		t.Fatalf("fwknopd: %v\n%s", err, out)
	}
	return splitVerdicts(t, splitLines(out), len(packets))
}

// splitVerdicts cuts the log at each "SPA Packet from IP" / "Packet from
// IP" line and judges each piece. Packets the server drops without a word
// (too short, too long) get an empty verdict.
func splitVerdicts(t testing.TB, lines []string, n int) []Verdict {
	var out []Verdict
	var cur *Verdict
	for _, l := range lines {
		if strings.Contains(l, "SPA Packet from IP:") && strings.Contains(l, "stanza #1)") || strings.HasPrefix(l, "No access data found") {
			out = append(out, Verdict{})
			cur = &out[len(out)-1]
		}
		if cur == nil {
			continue
		}
		cur.Log = append(cur.Log, l)
		if strings.Contains(l, "--test mode enabled") && !cur.Accepted {
			cur.Accepted = true
			cur.Fields = parseDump(cur.Log)
		}
	}
	if len(out) > n {
		t.Fatalf("stock fwknopd logged %d packets, %d were sent", len(out), n)
	}
	return out
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// Addr is a shorthand for tests.
func Addr(s string) netip.Addr { return netip.MustParseAddr(s) }

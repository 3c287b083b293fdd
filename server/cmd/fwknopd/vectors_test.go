package main

import (
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// TestPcapFileVectors feeds every vector case to the built binary as a pcap
// file in test mode and compares each packet's JSON decision with the stock
// daemon's. Packet aging is off, as the stock daemon has it by default for a
// pcap file, since the vectors were judged at their own server_time: the
// two stale cases are then accepted; every other reason must match.
func TestPcapFileVectors(t *testing.T) {
	cases, err := spatest.Load()
	if err != nil {
		t.Fatal(err)
	}
	gnupg := t.TempDir()
	for name, key := range map[string][]byte{"server-secret.asc": spatest.ServerSecretKey, "client-public.asc": spatest.ClientPublicKey} {
		if err := os.WriteFile(filepath.Join(gnupg, name), key, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	server := netip.MustParseAddr("198.51.100.1")
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			serverConf := "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\nMAX_SPA_PACKET_AGE 120;\n" + c.FwknopdConfExtra
			dir, args := confDir(t, serverConf, strings.ReplaceAll(c.AccessConf, "$GNUPGHOME", gnupg))
			var ds []stockfwknop.Datagram
			for _, p := range c.Packets {
				ds = append(ds, stockfwknop.Datagram{Src: netip.MustParseAddr(p.Source), Dst: server,
					SrcPort: 40000, DstPort: 62201, Payload: []byte(p.Data)})
			}
			pcap := filepath.Join(dir, "spa.pcap")
			if err := stockfwknop.WritePcap(pcap, time.Unix(c.ServerTime, 0), ds); err != nil {
				t.Fatal(err)
			}
			r := fwknopd(t, append(args, "-t", "--pcap-file", pcap, "--log-json")...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			got := decisions(t, r.stdout)
			if len(got) != len(c.Packets) {
				t.Fatalf("%d decisions for %d packets:\n%s\n%s", len(got), len(c.Packets), r.stdout, r.stderr)
			}
			for i, p := range c.Packets {
				wantDecision, wantReason := p.Decision, p.Reason
				if wantReason == "stale_timestamp" {
					wantDecision, wantReason = "accept", ""
				}
				reason, _ := got[i]["reason"].(string)
				if got[i]["decision"] != wantDecision || reason != wantReason || got[i]["src"] != p.Source {
					t.Errorf("packet %d: %v, want %s %s from %s", i, got[i], wantDecision, wantReason, p.Source)
				}
				if wantDecision == "accept" && got[i]["test"] != true {
					t.Errorf("packet %d: accept not marked as test mode: %v", i, got[i])
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "digest.cache")); !os.IsNotExist(err) {
				t.Errorf("test mode created the live digest file (%v)", err)
			}
		})
	}
}

package config

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// vectorsPath is the in-repository copy of ../shared/fwknop/vectors (see
// shared/spa/spatest), so the tests run in any clone.
const vectorsPath = "../../../shared/spa/spatest/testdata"

type vectorCase struct {
	ID               string `json:"id"`
	AccessConf       string `json:"access_conf"`
	FwknopdConfExtra string `json:"fwknopd_conf_extra"`
}

// vectorBaseConf is the fwknopd.conf every vector case ran with (vectors/README.md).
const vectorBaseConf = "PCAP_INTF lo;\nENABLE_DIGEST_PERSISTENCE Y;\nENABLE_SPA_PACKET_AGING Y;\nMAX_SPA_PACKET_AGE 120;\n"

func loadVectors(t testing.TB) []vectorCase {
	t.Helper()
	f, err := os.Open(filepath.Join(vectorsPath, "vectors.jsonl"))
	if err != nil {
		t.Fatalf("reading the vectors: %v", err)
	}
	defer f.Close()
	var out []vectorCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c vectorCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil || len(out) == 0 {
		t.Fatalf("reading vectors: %v (%d cases)", err, len(out))
	}
	return out
}

// vectorAccess is a case's access.conf with $GNUPGHOME pointing at the
// vectors' own GPG folder.
func vectorAccess(t testing.TB, c vectorCase) string {
	gpg, err := filepath.Abs(filepath.Join(vectorsPath, "gpg"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(c.AccessConf, "$GNUPGHOME", gpg)
}

func TestVectorsLoad(t *testing.T) {
	for _, c := range loadVectors(t) {
		t.Run(c.ID, func(t *testing.T) {
			acc, warns, err := ParseAccess(strings.NewReader(vectorAccess(t, c)), c.ID+"/access.conf")
			if err != nil {
				t.Fatalf("access.conf: %v", err)
			}
			if len(acc.Stanzas) == 0 {
				t.Fatal("no stanzas")
			}
			for _, w := range warns {
				t.Logf("warning: %s", w)
			}
			srv, _, err := ParseServer(strings.NewReader(vectorBaseConf+c.FwknopdConfExtra), c.ID+"/fwknopd.conf")
			if err != nil {
				t.Fatalf("fwknopd.conf: %v", err)
			}
			if srv.PCAPIntf != "lo" || !srv.EnableDigestPersistence || !srv.PacketAging(true) {
				t.Errorf("base config not applied: %+v", srv)
			}
			if err := acc.Validate(srv); err != nil {
				t.Errorf("access.conf against fwknopd.conf: %v", err)
			}
		})
	}
}

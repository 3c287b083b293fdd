package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// A relative FWKNOP_RUN_DIR is refused at its file:line, as the stock
// refuses it.
func TestRelativeRunDirRefused(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "fwknopd.conf", "PCAP_INTF lo\nFWKNOP_RUN_DIR   non/full/path\n", 0o600)
	_, _, err := LoadServer(path)
	assertErr(t, err, path, 2, ErrValue)
	if err == nil || !strings.Contains(err.Error(), "is not absolute") {
		t.Errorf("err = %v, want 'is not absolute'", err)
	}
	ok := writeFile(t, dir, "ok.conf", "FWKNOP_RUN_DIR "+filepath.Join(dir, "run")+"\n", 0o600)
	if _, _, err := LoadServer(ok); err != nil {
		t.Errorf("absolute run dir: %v", err)
	}
}

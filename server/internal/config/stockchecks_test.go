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

// A chain target iptables does not know is refused at its file:line.
func TestUnknownChainTargetRefused(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "fwknopd.conf", "PCAP_INTF lo\nIPT_INPUT_ACCESS        AACCEPT, filter, INPUT, 1, FWKNOP_INPUT_TEST, 1;\n", 0o600)
	_, _, err := LoadServer(path)
	assertErr(t, err, path, 2, ErrValue)
	ok := writeFile(t, dir, "ok.conf", "IPT_INPUT_ACCESS DROP, filter, INPUT, 1, FWKNOP_INPUT, 1;\nIPT_DNAT_ACCESS DNAT, nat, PREROUTING, 1, FWKNOP_PREROUTING, 1;\n", 0o600)
	if _, _, err := LoadServer(ok); err != nil {
		t.Errorf("known targets: %v", err)
	}
}

// A file others may read is warned about in the stock's words.
func TestPermissionWarningWording(t *testing.T) {
	path := writeFile(t, t.TempDir(), "fwknopd.conf", "PCAP_INTF lo\n", 0o644)
	_, w, err := LoadServer(path)
	if err != nil || len(w) != 1 || !strings.Contains(w[0].Msg, "permissions should only be user read/write") {
		t.Errorf("warnings %v, err %v; want the stock's words", w, err)
	}
}

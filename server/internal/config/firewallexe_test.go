package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A FIREWALL_EXE the iptables backend could not run is refused at its
// file:line when the files are loaded, in the main file or an override.
func TestLoadServerFirewallExe(t *testing.T) {
	dir := t.TempDir()
	legacy := writeFile(t, dir, "iptables-legacy", "#!/bin/sh\n", 0o755)
	noExec := writeFile(t, dir, "iptables-noexec", "#!/bin/sh\n", 0o644)
	shell := writeFile(t, dir, "sh", "#!/bin/sh\n", 0o755)
	save := writeFile(t, dir, "iptables-legacy-save", "#!/bin/sh\n", 0o755)
	if err := os.Mkdir(filepath.Join(dir, "iptables-dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, exe, msg string
	}{
		{"relative", "iptables-legacy", "not an absolute path"},
		{"missing", filepath.Join(dir, "iptables-nope"), "does not exist"},
		{"directory", filepath.Join(dir, "iptables-dir"), "not a regular file"},
		{"not executable", noExec, "not executable"},
		{"not iptables", shell, "not an iptables program"},
		{"iptables-save", save, "not an iptables program but iptables-save"},
	} {
		conf := writeFile(t, dir, "fwknopd.conf", "PCAP_INTF lo;\n\nFIREWALL_EXE "+c.exe+";\n", 0o600)
		_, _, err := LoadServer(conf)
		assertErr(t, err, conf, 3, ErrValue)
		if err != nil && (!strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), "FIREWALL_EXE")) {
			t.Errorf("%s: %v; want FIREWALL_EXE and %q", c.name, err, c.msg)
		}
	}

	main := writeFile(t, dir, "fwknopd.conf", "FIREWALL_EXE "+legacy+";\n", 0o600)
	s, _, err := LoadServer(main)
	if err != nil || s.FirewallExe != legacy {
		t.Fatalf("good FIREWALL_EXE: %v, %q", err, s.FirewallExe)
	}
	override := writeFile(t, dir, "o.conf", "PCAP_INTF lo;\nFIREWALL_EXE "+shell+"\n", 0o600)
	_, _, err = LoadServer(main, override)
	assertErr(t, err, override, 2, ErrValue)

	// The nftables backend runs no iptables program: a warning at the place.
	nft := writeFile(t, dir, "nft.conf", "FIREWALL_EXE /nonexistent/iptables;\nFIREWALL_BACKEND nftables;\n", 0o600)
	_, ws, err := LoadServer(nft)
	if err != nil {
		t.Fatalf("FIREWALL_EXE with nftables: %v", err)
	}
	if len(ws) != 1 || ws[0].File != nft || ws[0].Line != 1 || !strings.Contains(ws[0].Msg, "not used with FIREWALL_BACKEND nftables") {
		t.Errorf("warnings %v; want one at %s:1 saying FIREWALL_EXE is not used", ws, nft)
	}

	// The default is not checked here (the daemon falls back to PATH).
	if _, _, err := LoadServer(writeFile(t, dir, "empty.conf", "PCAP_INTF lo;\n", 0o600)); err != nil {
		t.Errorf("no FIREWALL_EXE: %v", err)
	}
}

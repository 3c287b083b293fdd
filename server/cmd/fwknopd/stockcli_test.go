package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpServErrCodes: --dump-serv-err-codes lists the stock's codes and
// texts, exit 0, without reading the configuration.
func TestDumpServErrCodes(t *testing.T) {
	r := fwknopd(t, "-c", "/nonexistent/fwknopd.conf", "--dump-serv-err-codes")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) != 17 ||
		lines[0] != "err code: 4096, err string: 'Data is not a valid SPA message format'" ||
		lines[7] != "err code: 4103, err string: 'Detected SPA message replay'" ||
		lines[16] != "err code: 8194, err string: 'Unknown/unclassified firewall rule processing error'" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestDumpConfigWinsOverExitParse: "-D --exit-parse-config" dumps the
// configuration, as the stock's main checks -D first.
func TestDumpConfigWinsOverExitParse(t *testing.T) {
	_, args := confDir(t, "PCAP_INTF lo;\nLOCALE C;\n", goodAccess)
	for _, order := range [][]string{{"-D", "--exit-parse-config"}, {"--exit-parse-config", "-D"}} {
		r := fwknopd(t, append(args, order...)...)
		if r.code != 0 || !strings.Contains(r.stdout, "Current fwknopd access settings:") || !strings.Contains(r.stdout, "SOURCE (1):  ANY") ||
			!strings.Contains(r.stderr, "warning: ") || !strings.Contains(r.stderr, "LOCALE") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want the warnings too)", order, r.code, r.stdout, r.stderr)
		}
	}
}

// TestDirFlagsChecked: --access-folder and --gpg-home-dir are refused in
// the stock's words when they do not name a directory.
func TestDirFlagsChecked(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ flag, value, want string }{
		{"--access-folder", file, "Invalid access folder directory '" + file + "'"},
		{"--access-folder", "/nonexistent/a/", "Invalid access folder directory '/nonexistent/a'"},
		{"--access-folder", "", "Invalid access folder directory ''"},
		{"--access-folder", strings.Repeat("A", 1100), "Provided path is too long"},
		{"--gpg-home-dir", "/nonexistent/gnupg", "Invalid gpg home directory '/nonexistent/gnupg'"},
	} {
		r := fwknopd(t, c.flag, c.value, "--exit-parse-config")
		if r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s %.40q: exit %d, stderr %.300q; want %q", c.flag, c.value, r.code, r.stderr, c.want)
		}
	}
	dir := t.TempDir()
	if r := fwknopd(t, "--access-folder", dir+"/", "-c", "/nonexistent/fwknopd.conf", "--exit-parse-config"); strings.Contains(r.stderr, "Invalid access folder") {
		t.Errorf("a directory refused: %q", r.stderr)
	}
}

// TestCheckRunDir: a missing run directory is made as the stock makes it,
// a file in its place refused in the stock's words.
func TestCheckRunDir(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "sub1", "sub2")
	var errb bytes.Buffer
	if err := checkRunDir(dir, &errb); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
		t.Fatalf("run dir not made 0700: %v %v", fi, err)
	}
	if !strings.Contains(errb.String(), "does not exist. Attempting to create it.") {
		t.Errorf("stderr %q", errb.String())
	}
	file := filepath.Join(base, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := checkRunDir(file, &errb); err == nil || !strings.Contains(err.Error(), "is NOT a directory") {
		t.Errorf("file as run dir: %v", err)
	}
}

package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A relative %include is found from the working directory, as the stock
// daemon finds it (fwknop's test suite includes "conf/x.conf" from files
// in conf/), several in one file; a path with nothing there is still read
// from the including file's folder.
func TestIncludeFromWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "conf")
	if err := os.Mkdir(conf, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, conf, "a.conf", "SOURCE 198.51.100.1\nKEY keyofa1\n", 0o600)
	writeFile(t, conf, "b.conf", "SOURCE 198.51.100.2\nKEY keyofb1\n", 0o600)
	writeFile(t, conf, "c.conf", "SOURCE 198.51.100.3\nKEY keyofc1\n", 0o600)
	root := writeFile(t, conf, "multi.conf",
		"%include conf/a.conf\n%include conf/b.conf\n%include c.conf\nSOURCE ANY\nKEY rootkey\n", 0o600)
	t.Chdir(dir)
	a, _, err := LoadAccess(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Stanzas) != 4 {
		t.Fatalf("%d stanzas, want 4", len(a.Stanzas))
	}
}

// Files that include each other stop at the stock's depth, with its words.
func TestIncludeRecursionLimit(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "conf")
	if err := os.Mkdir(conf, 0o700); err != nil {
		t.Fatal(err)
	}
	r1 := writeFile(t, conf, "r1.conf", "%include conf/r2.conf\nSOURCE ANY\nKEY abcdef\n", 0o600)
	writeFile(t, conf, "r2.conf", "%include conf/r1.conf\nSOURCE ANY\nKEY abcdef\n", 0o600)
	t.Chdir(dir)
	_, _, err := LoadAccess(r1)
	if err == nil || !strings.Contains(err.Error(), "Refusing to go deeper than 3 levels") {
		t.Fatalf("err = %v, want the stock's recursion refusal", err)
	}
	assertErr(t, err, "conf/r1.conf", 1, ErrInclude)
}

package trayapp

import (
	"errors"
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// shortDir is a temporary folder with a short path: a socket's path is at
// most 108 bytes, and t.TempDir's can be longer.
func shortDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "st")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

func TestSocketDirModes(t *testing.T) {
	run := shortDir(t)
	t.Setenv("XDG_RUNTIME_DIR", run)
	if err := os.Mkdir(filepath.Join(run, "sesame"), 0o755); err != nil {
		t.Fatal(err)
	}
	path, err := SocketPath()
	if err != nil || path != filepath.Join(run, "sesame", SocketName) {
		t.Fatalf("SocketPath: %q, %v", path, err)
	}
	if fi, _ := os.Stat(filepath.Dir(path)); fi.Mode().Perm() != 0o700 {
		t.Errorf("socket folder mode %v, want 0700", fi.Mode().Perm())
	}
	ln, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("socket mode %v, want 0600", fi.Mode().Perm())
	}
	// Without XDG_RUNTIME_DIR: the cache folder.
	t.Setenv("XDG_RUNTIME_DIR", "")
	t.Setenv("XDG_CACHE_HOME", run)
	if p, err := SocketPath(); err != nil || p != filepath.Join(run, "sesame", SocketName) {
		t.Errorf("SocketPath without a runtime folder: %q, %v", p, err)
	}
}

// TestOneTray: a second Listen while the first tray answers is ErrRunning,
// and HandOver reaches the first with "show"; a socket left by a killed
// tray is taken over.
func TestOneTray(t *testing.T) {
	path := filepath.Join(shortDir(t), SocketName)
	ln, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan wire.Msg, 1)
	go func() {
		for { // the second Listen's look connects and says nothing
			c, err := ln.Accept()
			if err != nil {
				return
			}
			m, err := wire.NewReader(c).Next()
			c.Close()
			if err == nil {
				got <- m
				return
			}
		}
	}()
	if _, err := Listen(path); !errors.Is(err, ErrRunning) {
		t.Fatalf("second Listen: %v, want ErrRunning", err)
	}
	if err := HandOver(path); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		if m.Kind != wire.KindShow {
			t.Fatalf("the tray got %+v, want show", m)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the tray got nothing")
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close() // as a killed tray: the file stays
	if err := HandOver(path); err == nil {
		t.Fatal("HandOver to a stale socket succeeded")
	}
	ln, err = Listen(path)
	if err != nil {
		t.Fatalf("Listen over a stale socket: %v", err)
	}
	ln.Close()
}

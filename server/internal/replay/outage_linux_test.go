package replay

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// storeWarnings asserts that the warnings so far are the start of one
// outage of e's file, caused by cause, and, if recovered, its end after
// failed refused appends.
func storeWarnings(t *testing.T, e *env, cause error, recovered bool, failed int) {
	t.Helper()
	want := 1
	if recovered {
		want = 2
	}
	if len(e.warn.errs) != want {
		t.Fatalf("warnings %v, want %d", e.warn.errs, want)
	}
	var start *StoreError
	if !errors.As(e.warn.errs[0], &start) || start.Recovered || !errors.Is(start, ErrStore) || !errors.Is(start, cause) ||
		!strings.Contains(start.Error(), e.path) {
		t.Errorf("outage warning %v: want a *StoreError naming %s and %v", e.warn.errs[0], e.path, cause)
	}
	if !recovered {
		return
	}
	var end *StoreError
	if !errors.As(e.warn.errs[1], &end) || !end.Recovered || end.Failed != failed || !strings.Contains(end.Error(), e.path) {
		t.Errorf("recovery warning %v: want a recovered *StoreError naming %s after %d failures", e.warn.errs[1], e.path, failed)
	}
}

func requireRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
}

// TestImmutableFileOutage: with `chattr +i`, an append fails and so does
// cutting it back, which used to refuse every packet until a restart, with
// no word of why. Now the outage is reported once with the path and the
// cause, packets are refused while it lasts, and the first append a
// second after `chattr -i` repairs the file and works.
func TestImmutableFileOutage(t *testing.T) {
	requireRoot(t)
	e := newEnv(t)
	c := e.open()
	mustAdd(t, c, dig(1), t0)
	chattr := func(flag string) {
		t.Helper()
		if out, err := exec.Command("chattr", flag, e.path).CombinedOutput(); err != nil {
			t.Skipf("chattr %s: %v: %s", flag, err, out)
		}
	}
	chattr("+i")
	t.Cleanup(func() { exec.Command("chattr", "-i", e.path).Run() })
	for i := 2; i <= 4; i++ {
		if err := c.Add(dig(i), t0, meta); err == nil || errors.Is(err, ErrSeen) {
			t.Fatalf("Add to an immutable file = %v, want an error", err)
		}
	}
	storeWarnings(t, e, syscall.EPERM, false, 0)
	chattr("-i")
	if err := c.Add(dig(5), t0, meta); err == nil {
		t.Error("Add before the repair interval worked; want it refused without a retry")
	}
	e.clock.set(t0.Add(repairInterval))
	mustAdd(t, c, dig(6), t0)
	storeWarnings(t, e, syscall.EPERM, true, 4)
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	seen(t, c, true, dig(1), dig(6))
	seen(t, c, false, dig(2), dig(3), dig(4), dig(5))
}

const fullDiskEnv = "SESAME_REPLAY_TEST_TMPFS"

// TestFullDiskOutage fills a 64 KiB tmpfs, mounted in a private mount
// namespace (the test runs itself again in one), under the cache: appends
// fail with ENOSPC while it is full, the outage is reported once, and the
// first append after space is freed works and reports the recovery.
func TestFullDiskOutage(t *testing.T) {
	requireRoot(t)
	if os.Getenv(fullDiskEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFullDiskOutage$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), fullDiskEnv+"=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Unshareflags: syscall.CLONE_NEWNS} // and / made private
		out, err := cmd.CombinedOutput()
		switch {
		case strings.Contains(string(out), "--- SKIP"):
			t.Skipf("in a mount namespace:\n%s", out)
		case err != nil || !strings.Contains(string(out), "--- PASS: TestFullDiskOutage"):
			t.Fatalf("in a mount namespace: %v\n%s", err, out)
		}
		t.Logf("in a mount namespace:\n%s", out)
		return
	}
	e := newEnv(t)
	dir := filepath.Dir(e.path)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700"); err != nil {
		t.Skipf("mounting a tmpfs: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	c := e.open()
	filler := filepath.Join(dir, "filler")
	fillDisk(t, filler)
	added, failed := 0, 0
	for i := 0; i < 200 && failed < 4; i++ {
		err := c.Add(dig(i), t0, meta)
		switch {
		case err == nil && failed == 0:
			added++
		case errors.Is(err, syscall.ENOSPC):
			failed++
		default:
			t.Fatalf("Add %d on a full disk = %v", i, err)
		}
	}
	if failed != 4 {
		t.Fatalf("%d appends failed on a full disk, want 4", failed)
	}
	t.Logf("%d appends worked, then %d failed on the full tmpfs: %v", added, failed, e.warn.errs[0])
	storeWarnings(t, e, syscall.ENOSPC, false, 0)
	os.Remove(filler)
	mustAdd(t, c, dig(-1), t0)
	storeWarnings(t, e, syscall.ENOSPC, true, failed)
	t.Logf("after freeing space: %v", e.warn.errs[1])
	c.Close()
	c = e.open()
	e.warn.only(t, nil)
	for i := range added {
		seen(t, c, true, dig(i))
	}
	seen(t, c, true, dig(-1))
	seen(t, c, false, dig(added), dig(added+failed-1))
}

// fillDisk writes to path until the file system is full.
func fillDisk(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 512)
	for range 1 << 12 {
		if _, err := f.Write(block); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatal("the tmpfs never filled")
}

// TestOutageReportedOnce: an outage that lasts is reported once, however
// many packets it refuses and however long it lasts.
func TestOutageReportedOnce(t *testing.T) {
	e := newEnv(t)
	c := e.open()
	ro, err := os.Open(e.path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	rw := c.log.f
	c.log.f = ro
	for i := range 50 {
		e.clock.set(t0.Add(time.Duration(i) * repairInterval))
		if err := c.Add(dig(i), t0, meta); err == nil {
			t.Fatal("Add to a read-only descriptor worked")
		}
	}
	if len(e.warn.errs) != 1 {
		t.Errorf("warnings %v, want one for the whole outage", e.warn.errs)
	}
	c.log.f = rw
	e.clock.set(t0.Add(time.Hour))
	mustAdd(t, c, dig(-1), t0)
	if len(e.warn.errs) != 2 {
		t.Errorf("warnings %v, want the outage and its end", e.warn.errs)
	}
}

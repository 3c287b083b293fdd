package childcaps

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// The capabilities the shipped unit gives a daemon that runs commands as
// another user, as setpriv spells them.
const unitCaps = "+net_admin,+net_raw,+setuid,+setgid"

// unitSet is unitCaps as a Set.
const unitSet = Set(1<<12 | 1<<13 | 1<<7 | 1<<6)

// helperEnv marks the re-executed test binary that plays the daemon.
const helperEnv = "CHILDCAPS_TEST_HELPER"

// capsOf parses the Cap* lines of a /proc status file.
func capsOf(r io.Reader) (map[string]Set, error) {
	caps := map[string]Set{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || !strings.HasPrefix(k, "Cap") && k != "NoNewPrivs" {
			continue
		}
		n, err := strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		caps[k] = Set(n)
	}
	return caps, sc.Err()
}

// childCaps starts `cat /proc/self/status` with start and returns what the
// child saw.
func childCaps(t *testing.T, start func(*exec.Cmd) error, cred *syscall.Credential) map[string]Set {
	t.Helper()
	cmd := exec.Command("cat", "/proc/self/status")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := start(cmd); err != nil {
		t.Fatalf("start: %v", err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("cat /proc/self/status: %v", err)
	}
	caps, err := capsOf(&out)
	if err != nil {
		t.Fatal(err)
	}
	return caps
}

// wantCaps checks the four sets a child holds and its no_new_privs flag.
func wantCaps(t *testing.T, what string, got map[string]Set, want Set, nnp bool) {
	t.Helper()
	for _, k := range []string{"CapInh", "CapPrm", "CapEff", "CapAmb"} {
		if got[k] != want {
			t.Errorf("%s: %s = %#x, want %#x", what, k, uint64(got[k]), uint64(want))
		}
	}
	if (got["NoNewPrivs"] == 1) != nnp {
		t.Errorf("%s: NoNewPrivs = %d, want %v", what, got["NoNewPrivs"], nnp)
	}
}

func keepOnly(keep Set) func(*exec.Cmd) error {
	return func(c *exec.Cmd) error { return Start(c, keep) }
}

// TestStartLimitsChild runs this test binary again as uid 65534 with the
// unit's ambient capabilities (setpriv, as systemd's AmbientCapabilities
// does) and checks there, in TestHelperDaemon, what children get.
func TestStartLimitsChild(t *testing.T) {
	netnstest.RequireRoot(t)
	if _, err := exec.LookPath("setpriv"); err != nil {
		t.Skip("setpriv (util-linux) is not installed")
	}
	bin := copyTestBinary(t)
	cmd := exec.Command("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
		"--inh-caps="+unitCaps, "--ambient-caps="+unitCaps,
		bin, "-test.run=^TestHelperDaemon$", "-test.v")
	cmd.Dir = "/"
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	out, err := cmd.CombinedOutput()
	t.Logf("helper as uid 65534:\n%s", out)
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	if !strings.Contains(string(out), "--- PASS: TestHelperDaemon") {
		t.Fatal("helper did not run")
	}
}

// copyTestBinary copies the test binary where uid 65534 can run it (go
// test builds it in a directory private to root).
func copyTestBinary(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "childcaps-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "childcaps.test")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

// TestHelperDaemon plays the daemon under setpriv; it does nothing in a
// plain test run.
func TestHelperDaemon(t *testing.T) {
	if os.Getenv(helperEnv) == "" {
		t.Skip("run by TestStartLimitsChild")
	}
	own, err := readStatus("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	if own["CapAmb"] != unitSet || os.Geteuid() != 65534 {
		t.Fatalf("helper runs as uid %d with CapAmb %#x, want 65534 and %#x", os.Geteuid(), uint64(own["CapAmb"]), uint64(unitSet))
	}
	// What the old code did: a plain exec passes every ambient capability on.
	wantCaps(t, "plain os/exec", childCaps(t, (*exec.Cmd).Start, nil), unitSet, false)

	wantCaps(t, "command as the daemon's user", childCaps(t, keepOnly(None), nil), 0, true)
	other := &syscall.Credential{Uid: 1, Gid: 1, Groups: []uint32{}}
	wantCaps(t, "command as uid 1", childCaps(t, keepOnly(None), other), 0, true)
	wantCaps(t, "cycle command", childCaps(t, keepOnly(NetAdmin), nil), NetAdmin, true)
	// Keeping what the process does not hold gives nothing.
	wantCaps(t, "keep CAP_SYS_ADMIN", childCaps(t, keepOnly(1<<unix_CAP_SYS_ADMIN), nil), 0, true)

	// The process is untouched: no thread is left with the child's
	// settings, and a plain exec (the daemon's own iptables) still
	// passes the capabilities on.
	waitThreadsClean(t)
	wantCaps(t, "plain os/exec afterwards", childCaps(t, (*exec.Cmd).Start, nil), unitSet, false)
}

// unix_CAP_SYS_ADMIN is CAP_SYS_ADMIN (linux/capability.h).
const unix_CAP_SYS_ADMIN = 21

func readStatus(path string) (map[string]Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return capsOf(f)
}

// waitThreadsClean waits until every thread of this process has its
// capabilities as started and no_new_privs off: the threads that started
// children end once their goroutines have returned.
func waitThreadsClean(t *testing.T) {
	t.Helper()
	var bad []string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		bad = bad[:0]
		tasks, err := filepath.Glob("/proc/self/task/*/status")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range tasks {
			c, err := readStatus(p)
			if err != nil {
				continue // the thread has just ended
			}
			if c["NoNewPrivs"] != 0 || c["CapAmb"] != unitSet || c["CapInh"] != unitSet {
				bad = append(bad, fmt.Sprintf("%s: %v", p, c))
			}
		}
		if len(bad) == 0 {
			return
		}
	}
	t.Errorf("threads left limited after Start:\n%s", strings.Join(bad, "\n"))
}

// TestStartFromRoot: under a root process a child switched to another user
// holds nothing; a child left as root gets root's
// capabilities from the kernel, as the stock fwknopd's commands do.
func TestStartFromRoot(t *testing.T) {
	netnstest.RequireRoot(t)
	other := &syscall.Credential{Uid: 65534, Gid: 65534, Groups: []uint32{}}
	wantCaps(t, "command as uid 65534", childCaps(t, keepOnly(None), other), 0, true)
	own, err := readStatus("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	got := childCaps(t, keepOnly(None), nil)
	if got["CapEff"] != own["CapBnd"] || got["CapAmb"] != 0 || got["CapInh"] != 0 {
		t.Errorf("command as root: %v, want CapEff = the bounding set %#x, no ambient or inheritable", got, uint64(own["CapBnd"]))
	}
}

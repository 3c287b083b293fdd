package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/shared/spa"
)

// The shipped unit's capabilities (packaging/linux/fwknopd.service) with
// the CAP_SETUID/CAP_SETGID its comment adds for CMD_EXEC_USER, as setpriv
// spells them.
const unitCapsSetpriv = "+net_admin,+net_raw,+setuid,+setgid"

// Users of the test: the daemon runs as nobody, as the unit's fwknopd
// user would; "daemon" (uid 1 on Debian) is the other CMD_EXEC_USER.
const (
	daemonUID = 65534
	otherUser = "daemon"
)

// stanzaKeys is one stanza's key pair, base64.
type stanzaKeys struct{ key, hmac string }

func newStanzaKeys(t *testing.T) stanzaKeys {
	t.Helper()
	k, h := make([]byte, 32), make([]byte, 64)
	rand.Read(k)
	rand.Read(h)
	return stanzaKeys{base64.StdEncoding.EncodeToString(k), base64.StdEncoding.EncodeToString(h)}
}

func (k stanzaKeys) stanza(extra string) string {
	return "SOURCE ANY\nKEY_BASE64 " + k.key + "\nHMAC_KEY_BASE64 " + k.hmac + "\n" + extra + "\n"
}

// seal makes a packet of type typ with message msg under k.
func (k stanzaKeys) seal(t *testing.T, typ spa.MessageType, msg string) []byte {
	t.Helper()
	m := &spa.Message{User: "alice", Timestamp: time.Now().Unix(), Type: typ, Message: msg}
	var err error
	if m.Random, err = spa.RandomDigits(rand.Reader); err != nil {
		t.Fatal(err)
	}
	p, err := spa.Seal(m, &spa.Keys{Rijndael: mustB64(t, k.key), HMAC: mustB64(t, k.hmac)}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(p)
}

// procCaps reads the Cap* sets of a copy of /proc/self/status.
func procCaps(t *testing.T, path string) map[string]uint64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the command left no status: %v", err)
	}
	caps := map[string]uint64{}
	for l := range strings.Lines(string(b)) {
		k, v, ok := strings.Cut(l, ":")
		if ok && (strings.HasPrefix(k, "Cap") || k == "NoNewPrivs" || k == "Uid") {
			f := strings.Fields(v)
			base := 16
			if k == "Uid" || k == "NoNewPrivs" {
				base = 10
			}
			n, err := strconv.ParseUint(f[0], base, 64)
			if err != nil {
				t.Fatalf("%s %q: %v", k, v, err)
			}
			caps[k] = n
		}
	}
	return caps
}

// privateDir makes a directory under /tmp (t.TempDir's parent is private
// to root) owned by uid with mode perm.
func privateDir(t *testing.T, uid int, perm os.FileMode) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fwknopd-caps-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chown(dir, uid, uid); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, perm); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCommandCapabilitiesNamespace runs the built fwknopd as the shipped
// unit does (uid nobody, ambient CAP_NET_ADMIN, CAP_NET_RAW, CAP_SETUID and
// CAP_SETGID) in a namespace and has command messages and a CMD_CYCLE_OPEN
// command copy their own /proc/self/status: a command message, as the
// daemon's user or as another CMD_EXEC_USER, holds no capability at all,
// and a cycle command CAP_NET_ADMIN alone. The attacks of the review fail:
// a command cannot open the firewall nor become root.
func TestCommandCapabilitiesNamespace(t *testing.T) {
	server, client := netnstest.Pair(t)
	if _, err := exec.LookPath("setpriv"); err != nil {
		t.Skip("setpriv (util-linux) is not installed")
	}
	// The daemon's files, its binary where nobody can run it, and a
	// directory every command's user can write in.
	dir := privateDir(t, daemonUID, 0o755)
	out := privateDir(t, 0, 0o777)
	bin := filepath.Join(dir, "fwknopd")
	b, err := os.ReadFile(fwknopdBin)
	if err != nil {
		t.Fatal(err)
	}
	writeFileMode(t, bin, b, 0o755)
	self, other, cycle, grant := newStanzaKeys(t), newStanzaKeys(t), newStanzaKeys(t), newStanzaKeys(t)
	access := grant.stanza("FW_ACCESS_TIMEOUT 30") + self.stanza("ENABLE_CMD_EXEC Y") +
		other.stanza("ENABLE_CMD_EXEC Y\nCMD_EXEC_USER "+otherUser) +
		cycle.stanza("CMD_CYCLE_OPEN /bin/cp /proc/self/status "+out+"/cycle\nCMD_CYCLE_CLOSE NONE")
	writeFileMode(t, filepath.Join(dir, "fwknopd.conf"), []byte("PCAP_INTF lo;\n"), 0o600)
	writeFileMode(t, filepath.Join(dir, "access.conf"), []byte(access), 0o600)
	for _, f := range []string{"fwknopd.conf", "access.conf"} {
		if err := os.Chown(filepath.Join(dir, f), daemonUID, daemonUID); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"-c", filepath.Join(dir, "fwknopd.conf"), "-a", filepath.Join(dir, "access.conf"),
		"-p", filepath.Join(dir, "fwknopd.pid"), "-d", filepath.Join(dir, "digest.cache")}
	setpriv := []string{"setpriv", fmt.Sprintf("--reuid=%d", daemonUID), fmt.Sprintf("--regid=%d", daemonUID),
		"--clear-groups", "--inh-caps=" + unitCapsSetpriv, "--ambient-caps=" + unitCapsSetpriv}
	d := startDaemonVia(t, server, setpriv, bin, args)
	log := d.logText()
	if !strings.Contains(log, "holds [CAP_NET_ADMIN CAP_NET_RAW CAP_SETUID CAP_SETGID], lacks [] (uid 65534)") {
		t.Fatalf("the daemon does not run as the unit's model:\n%s", log)
	}
	if !strings.Contains(log, "CMD_CYCLE commands keep CAP_NET_ADMIN only") {
		t.Errorf("the start-up log does not say what children get:\n%s", log)
	}

	run := func(t *testing.T, k stanzaKeys, command string) map[string]any {
		t.Helper()
		sendUDP(t, client, k.seal(t, spa.CommandMsg, "198.51.100.7,"+command))
		got := d.waitDecision(t, "")
		wantDecision(t, got, "accept", "")
		return got
	}
	zero := func(t *testing.T, path string, uid uint64) {
		t.Helper()
		c := procCaps(t, path)
		if c["Uid"] != uid {
			t.Errorf("command ran as uid %d, want %d", c["Uid"], uid)
		}
		for _, k := range []string{"CapInh", "CapPrm", "CapEff", "CapAmb"} {
			if c[k] != 0 {
				t.Errorf("%s = %#x, want 0", k, c[k])
			}
		}
		if c["NoNewPrivs"] != 1 {
			t.Errorf("NoNewPrivs = %d, want 1", c["NoNewPrivs"])
		}
	}

	t.Run("command as the daemon's user holds nothing", func(t *testing.T) {
		got := run(t, self, "/bin/cp /proc/self/status "+out+"/self")
		if got["error"] != nil {
			t.Fatalf("command failed: %v", got)
		}
		zero(t, out+"/self", daemonUID)
	})
	t.Run("command as CMD_EXEC_USER holds nothing", func(t *testing.T) {
		got := run(t, other, "/bin/cp /proc/self/status "+out+"/other")
		if got["error"] != nil {
			t.Fatalf("command failed: %v", got)
		}
		zero(t, out+"/other", 1)
	})
	t.Run("a command cannot open the firewall or become root", func(t *testing.T) {
		before := server.Run(t, "iptables", "-S", "INPUT")
		got := run(t, self, "/usr/sbin/iptables -I INPUT -j ACCEPT")
		if after := server.Run(t, "iptables", "-S", "INPUT"); after != before || got["error"] == nil {
			t.Errorf("iptables from a command: decision %v; INPUT before:\n%s\nafter:\n%s", got, before, after)
		}
		got = run(t, other, "setpriv --reuid=0 --regid=0 --clear-groups /bin/cp /proc/self/status "+out+"/root")
		if _, err := os.Stat(out + "/root"); err == nil || got["error"] == nil {
			t.Errorf("setpriv --reuid=0 from a command: decision %v, status copied: %v", got, err == nil)
		}
	})
	t.Run("CMD_CYCLE_OPEN keeps CAP_NET_ADMIN alone", func(t *testing.T) {
		sendUDP(t, client, cycle.seal(t, spa.AccessMsg, fmt.Sprintf("198.51.100.7,tcp/%d", tcpPort)))
		got := d.waitDecision(t, fmt.Sprintf("tcp/%d", tcpPort))
		wantDecision(t, got, "accept", "")
		c := procCaps(t, out+"/cycle")
		const netAdmin = 1 << 12
		for _, k := range []string{"CapInh", "CapPrm", "CapEff", "CapAmb"} {
			if c[k] != netAdmin {
				t.Errorf("%s = %#x, want %#x (CAP_NET_ADMIN)", k, c[k], netAdmin)
			}
		}
		if c["Uid"] != daemonUID {
			t.Errorf("cycle command ran as uid %d, want %d", c["Uid"], daemonUID)
		}
	})
	// Only the threads that started children were limited, and they are
	// gone: the daemon itself and the iptables it runs keep their power.
	t.Run("the daemon keeps its capabilities and still opens ports", func(t *testing.T) {
		threadsUnlimited(t, d.cmd.Process.Pid)
		sendUDP(t, client, grant.seal(t, spa.AccessMsg, fmt.Sprintf("198.51.100.7,tcp/%d", tcpPort+1)))
		wantDecision(t, d.waitDecision(t, fmt.Sprintf("tcp/%d", tcpPort+1)), "accept", "")
		if !hasRule(t, server, tcpPort+1) {
			t.Fatalf("no grant after the commands:\n%s", rules(t, server))
		}
	})
}

// threadsUnlimited checks that every thread of process pid holds the unit's
// ambient capabilities and has no_new_privs off, waiting a little for the
// threads that started children to end.
func threadsUnlimited(t *testing.T, pid int) {
	t.Helper()
	const unitCaps = 1<<12 | 1<<13 | 1<<7 | 1<<6
	var bad []string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		bad = bad[:0]
		tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
		if err != nil || len(tasks) == 0 {
			t.Fatalf("threads of %d: %v", pid, err)
		}
		for _, p := range tasks {
			if _, err := os.Stat(p); err != nil {
				continue // the thread has just ended
			}
			if c := procCaps(t, p); c["CapAmb"] != unitCaps || c["CapEff"] != unitCaps || c["NoNewPrivs"] != 0 {
				bad = append(bad, fmt.Sprintf("%s: %v", p, c))
			}
		}
		if len(bad) == 0 {
			return
		}
	}
	t.Errorf("daemon threads left limited:\n%s", strings.Join(bad, "\n"))
}

func writeFileMode(t *testing.T, path string, b []byte, perm os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, b, perm); err != nil {
		t.Fatal(err)
	}
}

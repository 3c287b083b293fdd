package pkgtest

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// knockPort is the port behind the server namespace's DROP rule that a
// knock opens.
const knockPort = 2222

// unitFile is the shipped unit, the source of the daemon's privileges here.
var unitFile = filepath.Join(repo, "packaging/linux/fwknopd.service")

// parseService returns the [Service] settings of a systemd unit, each with
// its values in order (a setting given twice keeps both, as systemd's list
// settings do).
func parseService(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	svc := map[string][]string{}
	section := ""
	for n, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || l[0] == '#' || l[0] == ';':
		case l[0] == '[':
			section = l
		case section == "[Service]":
			k, v, ok := strings.Cut(l, "=")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %q is no setting", path, n+1, l)
			}
			svc[k] = append(svc[k], v)
		}
	}
	return svc, nil
}

// one is a setting that must be given once.
func one(svc map[string][]string, key string) (string, error) {
	if v := svc[key]; len(v) == 1 && v[0] != "" {
		return v[0], nil
	}
	return "", fmt.Errorf("the unit's %s= is %q: want one value", key, svc[key])
}

// capSet spells a unit's capability list (CAP_NET_ADMIN CAP_NET_RAW) as a
// setpriv set that holds those alone (-all,+net_admin,+net_raw).
func capSet(svc map[string][]string, key string) (string, error) {
	var names []string
	for _, v := range svc[key] {
		names = append(names, strings.Fields(v)...)
	}
	if len(names) == 0 {
		return "", fmt.Errorf("the unit has no %s=", key)
	}
	set := "-all"
	for _, n := range names {
		if !strings.HasPrefix(n, "CAP_") || strings.HasPrefix(n, "~") {
			return "", fmt.Errorf("the unit's %s= holds %q: only a list of CAP_ names is understood here", key, n)
		}
		set += ",+" + strings.ToLower(strings.TrimPrefix(n, "CAP_"))
	}
	return set, nil
}

// setprivArgs is the setpriv command line that gives a process what the
// unit gives the daemon: its User= and Group= with the user's groups, its
// AmbientCapabilities= (inheritable and ambient, so that they survive the
// exec and reach the iptables it runs), its CapabilityBoundingSet= and
// NoNewPrivileges=. SecureBits=keep-caps has no setpriv form: the kernel
// clears keep-caps at every exec, and systemd needs it only for its own
// switch of user, which setpriv makes the same way.
func setprivArgs(svc map[string][]string) ([]string, error) {
	user, err := one(svc, "User")
	if err != nil {
		return nil, err
	}
	group, err := one(svc, "Group")
	if err != nil {
		return nil, err
	}
	ambient, err := capSet(svc, "AmbientCapabilities")
	if err != nil {
		return nil, err
	}
	bounding, err := capSet(svc, "CapabilityBoundingSet")
	if err != nil {
		return nil, err
	}
	args := []string{"setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups",
		"--inh-caps=" + ambient, "--ambient-caps=" + ambient, "--bounding-set=" + bounding}
	if nnp, _ := one(svc, "NoNewPrivileges"); nnp == "yes" || nnp == "true" {
		args = append(args, "--no-new-privs")
	}
	return args, nil
}

// capBits is the kernel's mask of a setpriv set such as -all,+net_admin
// (the capabilities the unit may list: its own and those its comment adds).
func capBits(set string) (uint64, error) {
	numbers := map[string]uint{"setgid": 6, "setuid": 7, "net_admin": 12, "net_raw": 13}
	var m uint64
	for _, c := range strings.Split(set, ",")[1:] {
		n, ok := numbers[strings.TrimPrefix(c, "+")]
		if !ok {
			return 0, fmt.Errorf("capability %q: add its number to capBits", c)
		}
		m |= 1 << n
	}
	return m, nil
}

func TestSetprivArgsFromUnit(t *testing.T) {
	svc, err := parseService(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	got, err := setprivArgs(svc)
	if err != nil {
		t.Fatal(err)
	}
	want := "setpriv --reuid=fwknopd --regid=fwknopd --init-groups --inh-caps=-all,+net_admin,+net_raw " +
		"--ambient-caps=-all,+net_admin,+net_raw --bounding-set=-all,+net_admin,+net_raw --no-new-privs"
	if strings.Join(got, " ") != want {
		t.Errorf("setpriv from the unit:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	// A capability list the parser does not understand is an error, not
	// a test that quietly runs with other privileges.
	if _, err := setprivArgs(map[string][]string{"User": {"u"}, "Group": {"g"},
		"AmbientCapabilities": {"~CAP_SYS_ADMIN"}, "CapabilityBoundingSet": {"CAP_NET_RAW"}}); err == nil {
		t.Error("~CAP_SYS_ADMIN accepted")
	}
}

// serviceUser makes the unit's user known inside the daemon's mount
// namespace: when the host has no such user (the package's postinst makes
// it on a real install), it returns copies of /etc/passwd and /etc/group
// with a system user and group of that name added, for the daemon's
// wrapper to bind over the originals; the host's files stay as they are.
func serviceUser(t *testing.T, name string) (uid int, passwd, group string) {
	t.Helper()
	if out, err := exec.Command("getent", "passwd", name).Output(); err == nil {
		f := strings.Split(strings.TrimSpace(string(out)), ":")
		uid, _ = strconv.Atoi(f[2])
		return uid, "", ""
	}
	used := map[string]bool{}
	for _, db := range []string{"passwd", "group"} {
		out, _ := exec.Command("getent", db).Output()
		for l := range strings.Lines(string(out)) {
			if f := strings.Split(l, ":"); len(f) > 2 {
				used[f[2]] = true
			}
		}
	}
	for uid = 999; uid > 100 && used[strconv.Itoa(uid)]; uid-- {
	}
	dir := t.TempDir()
	passwd, group = filepath.Join(dir, "passwd"), filepath.Join(dir, "group")
	appendFile(t, "/etc/passwd", passwd, fmt.Sprintf("%s:x:%d:%d::/nonexistent:/usr/sbin/nologin\n", name, uid, uid))
	appendFile(t, "/etc/group", group, fmt.Sprintf("%s:x:%d:\n", name, uid))
	return uid, passwd, group
}

// appendFile writes src with line added to dst, mode 0644.
func appendFile(t *testing.T, src, dst, line string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, append(b, line...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// wrapper runs "$@" with the unit's user bound in (PASSWD, GROUP) and its
// UMask, in a mount namespace of its own; every step execs, so the
// daemon's process is the one the test started.
const wrapper = `set -e
if [ -n "$PASSWD" ]; then mount --bind "$PASSWD" /etc/passwd; mount --bind "$GROUP" /etc/group; fi
umask "$UMASK"
exec "$@"`

// extractDeb unpacks a .deb's files into a new directory.
func extractDeb(t *testing.T, debFile string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sesame-pkgtest-x-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, "dpkg-deb", "-x", debFile, dir)
	return dir
}

// serviceDirs makes the unit's StateDirectory= and RuntimeDirectory= (which
// systemd makes, owned by the user) under base, and returns how the unit's
// paths map onto them.
func serviceDirs(t *testing.T, svc map[string][]string, base string, uid int) *strings.Replacer {
	t.Helper()
	var pairs []string
	for _, d := range []struct{ key, root string }{{"StateDirectory", "/var/lib/"}, {"RuntimeDirectory", "/run/"}} {
		name, err := one(svc, d.key)
		if err != nil {
			t.Fatal(err)
		}
		mode, err := one(svc, d.key+"Mode")
		if err != nil {
			t.Fatal(err)
		}
		perm, err := strconv.ParseUint(mode, 8, 32)
		if err != nil {
			t.Fatalf("the unit's %sMode=%s: %v", d.key, mode, err)
		}
		dir := filepath.Join(base, d.key)
		if err := os.Mkdir(dir, os.FileMode(perm)); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(dir, uid, uid); err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, d.root+name+"/", dir+"/")
	}
	return strings.NewReplacer(pairs...)
}

// TestSetprivKnockNamespace runs the server package's fwknopd the way its
// unit runs it (ExecStart, the unit's user and group, only its ambient and
// bounding capabilities, no_new_privs, its umask, its state and runtime
// directories) in a server namespace behind a DROP rule, and knocks with
// the sesame-cli package's sesame from the client namespace: the port
// opens. It needs no network beyond the two namespaces.
func TestSetprivKnockNamespace(t *testing.T) {
	netnstest.RequireRoot(t)
	for _, p := range []string{"setpriv", "unshare", "iptables", "dpkg-deb"} {
		need(t, p)
	}
	svc, err := parseService(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	setpriv, err := setprivArgs(svc)
	if err != nil {
		t.Fatal(err)
	}
	exe, err := one(svc, "ExecStart")
	if err != nil {
		t.Fatal(err)
	}
	umask, err := one(svc, "UMask")
	if err != nil {
		t.Fatal(err)
	}
	srv := extractDeb(t, deb(t, "sesame-server"))
	cli := extractDeb(t, deb(t, "sesame-cli"))
	ambient, err := capSet(svc, "AmbientCapabilities")
	if err != nil {
		t.Fatal(err)
	}
	caps, err := capBits(ambient)
	if err != nil {
		t.Fatal(err)
	}
	user, _ := one(svc, "User")
	uid, passwd, group := serviceUser(t, user)

	// /etc/fwknop as the package installs it: the package's fwknopd.conf,
	// an access.conf with this test's keys, root:fwknopd 0640.
	key, hmacKey := randomB64(t, 32), randomB64(t, 64)
	etc := filepath.Join(srv, "etc/fwknop")
	writeOwned(t, filepath.Join(etc, "access.conf"), "SOURCE ANY\nKEY_BASE64 "+key+"\nHMAC_KEY_BASE64 "+hmacKey+"\nFW_ACCESS_TIMEOUT 30\n", uid)
	if err := os.Chown(filepath.Join(etc, "fwknopd.conf"), 0, uid); err != nil {
		t.Fatal(err)
	}
	paths := serviceDirs(t, svc, srv, uid)
	argv := strings.Fields(paths.Replace(exe + " "))
	if argv[0] != "/usr/sbin/fwknopd" {
		t.Fatalf("ExecStart runs %s, not the package's /usr/sbin/fwknopd", argv[0])
	}
	argv[0] = filepath.Join(srv, "usr/sbin/fwknopd")
	argv = append(argv, "-c", filepath.Join(etc, "fwknopd.conf"), "-a", filepath.Join(etc, "access.conf"), "-i", netnstest.Link)

	server, client := netnstest.Pair(t)
	server.ServeTCP(t, fmt.Sprintf("198.51.100.1:%d", knockPort))
	server.Run(t, "iptables", "-A", "INPUT", "-p", "tcp", "--dport", strconv.Itoa(knockPort), "-j", "DROP")
	if connects(client, 300*time.Millisecond) {
		t.Fatal("the port is open before the daemon starts")
	}

	cmd := server.Command("unshare", append(append([]string{"--mount", "--propagation", "private", "sh", "-c", wrapper, "sh"}, setpriv...), argv...)...)
	cmd.Env = append(os.Environ(), "PASSWD="+passwd, "GROUP="+group, "UMASK="+umask)
	d := startLogged(t, cmd)
	d.wait(t, "serving")
	checkPrivileges(t, cmd.Process.Pid, uid, caps)
	if !strings.Contains(d.text(), "holds [CAP_NET_ADMIN CAP_NET_RAW], lacks [") {
		t.Errorf("the daemon does not report the unit's capabilities:\n%s", d.text())
	}
	if _, err := os.Stat(paths.Replace("/run/fwknop/fwknopd.pid")); err != nil {
		t.Errorf("no pid file in the runtime directory: %v", err)
	}

	home := t.TempDir()
	rc := filepath.Join(home, ".fwknoprc")
	stanza := fmt.Sprintf("[pkg]\nSPA_SERVER 198.51.100.1\nACCESS tcp/%d\nALLOW_IP 198.51.100.7\nKEY_BASE64 %s\nHMAC_KEY_BASE64 %s\nUSE_HMAC Y\n", knockPort, key, hmacKey)
	if err := os.WriteFile(rc, []byte(stanza), 0o600); err != nil {
		t.Fatal(err)
	}
	knock := client.Command(filepath.Join(cli, "usr/bin/sesame"), "knock", "-n", "pkg", "--rc-file", rc, "--no-save-args")
	knock.Env = append(os.Environ(), "HOME="+home)
	if out, err := knock.CombinedOutput(); err != nil {
		t.Fatalf("sesame knock: %v\n%s", err, out)
	}
	for deadline := time.Now().Add(10 * time.Second); !connects(client, 300*time.Millisecond); {
		if time.Now().After(deadline) {
			t.Fatalf("the port stays closed after the knock\n%s\ndaemon log:\n%s",
				server.Run(t, "iptables", "-S"), d.text())
		}
	}
	if rules := server.Run(t, "iptables", "-S", "FWKNOP_INPUT"); !strings.Contains(rules, fmt.Sprintf("--dport %d ", knockPort)) {
		t.Errorf("no FWKNOP_INPUT rule for the port:\n%s", rules)
	}
}

func randomB64(t *testing.T, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// writeOwned writes a root:gid 0640 file, as the package's conffiles are.
func writeOwned(t *testing.T, path, text string, gid int) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(path, 0, gid); err != nil {
		t.Fatal(err)
	}
}

// connects reports whether a TCP connection from the client namespace to
// the knocked port gets through.
func connects(client *netnstest.NS, timeout time.Duration) bool {
	return client.Do(func() error {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("198.51.100.1:%d", knockPort), timeout)
		if err == nil {
			c.Close()
		}
		return err
	}) == nil
}

// checkPrivileges reads the daemon's /proc status: it runs as uid, holds
// exactly caps in its effective, permitted, ambient and bounding sets, and
// cannot gain more by exec (no_new_privs).
func checkPrivileges(t *testing.T, pid, uid int, caps uint64) {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for l := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(l, ":"); ok {
			status[k] = strings.TrimSpace(v)
		}
	}
	if f := strings.Fields(status["Uid"]); len(f) != 4 || f[0] != strconv.Itoa(uid) || f[1] != f[0] || f[2] != f[0] {
		t.Errorf("the daemon's Uid: %q, want %d (real, effective, saved)", status["Uid"], uid)
	}
	for _, k := range []string{"CapEff", "CapPrm", "CapAmb", "CapBnd"} {
		if got, err := strconv.ParseUint(status[k], 16, 64); err != nil || got != caps {
			t.Errorf("the daemon's %s: %s, want %016x", k, status[k], caps)
		}
	}
	if status["NoNewPrivs"] != "1" {
		t.Errorf("the daemon's NoNewPrivs: %q, want 1", status["NoNewPrivs"])
	}
}

// logged is a started daemon whose standard error the test reads.
type logged struct {
	mu    sync.Mutex
	lines []string
	ch    chan string
	done  chan struct{}
}

// startLogged starts cmd, collects its standard error and kills it when
// the test ends.
func startLogged(t *testing.T, cmd *exec.Cmd) *logged {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = cmd.Stderr
	d := &logged{ch: make(chan string, 1000), done: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			d.mu.Lock()
			d.lines = append(d.lines, sc.Text())
			d.mu.Unlock()
			select {
			case d.ch <- sc.Text():
			default:
			}
		}
		cmd.Wait()
		close(d.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-d.done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-d.done
		}
	})
	return d
}

func (d *logged) text() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.lines, "\n")
}

// wait waits up to 15 s for a log line containing sub.
func (d *logged) wait(t *testing.T, sub string) {
	t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case l := <-d.ch:
			if strings.Contains(l, sub) {
				return
			}
		case <-d.done:
			t.Fatalf("fwknopd exited while waiting for %q:\n%s", sub, d.text())
		case <-timeout:
			t.Fatalf("no log line with %q:\n%s", sub, d.text())
		}
	}
}

package pkgtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// baseRoot is a Debian root with the stock fwknop-server installed, made
// once (debootstrap, or a copy of scripts' fresh-machine cache) and copied
// for each test.
const baseRoot = "/var/tmp/sesame-pkgtest-root"

// adminAccess is the administrator's access.conf: a real stanza, so that
// fwknopd -D has something to print.
const adminAccess = `# changed by the administrator
SOURCE                  ANY
KEY_BASE64              wrsRc2nXJrjhH8ScWFpjtFgxb6tUo7fApYdJZGm9t0c=
HMAC_KEY_BASE64         mRuAshbAjOmWkbOpcW+3GbM/yl1VGxBZzs4H0VgJ0bPvBlaOG/aUJ8BiUAHOr/e8Z8hJsNS1WrYuJkHWhq4UHw==
FW_ACCESS_TIMEOUT       30
`

// ensureBase makes baseRoot when it is missing.
func ensureBase(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(baseRoot + "/usr/sbin/fwknopd"); err == nil {
		return
	}
	need(t, "debootstrap")
	script := `set -e
rm -rf "$R.tmp"
if [ -x /var/tmp/sesame-fresh-cache/bin/bash ]; then
  cp -a /var/tmp/sesame-fresh-cache "$R.tmp"
else
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
  [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
  debootstrap --variant=minbase bookworm "$R.tmp" "$mirror" >/dev/null
fi
cp /etc/resolv.conf "$R.tmp/etc/resolv.conf"
chroot "$R.tmp" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fwknop-server >/dev/null'
mv "$R.tmp" "$R"`
	cmd := exec.Command("bash", "-c", script)
	cmd.Env = append(os.Environ(), "R="+baseRoot)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making %s: %v\n%s", baseRoot, err, out)
	}
}

// throwaway copies baseRoot for one test and removes it afterwards.
func throwaway(t *testing.T) string { return throwawayOf(t, baseRoot) }

// throwawayOf copies the root base for one test and removes it afterwards.
func throwawayOf(t *testing.T, base string) string {
	t.Helper()
	root, err := os.MkdirTemp("/var/tmp", "sesame-pkgtest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { exec.Command("rm", "-rf", "--one-file-system", root).Run() })
	run(t, "cp", "-a", base+"/.", root)
	return root
}

// in runs a shell command in root.
func in(t *testing.T, root, script string) string {
	t.Helper()
	cmd := exec.Command("chroot", root, "/bin/sh", "-c", script)
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND=noninteractive", "LC_ALL=C"}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("in the root: %s: %v\n%s", script, err, out)
	}
	return string(out)
}

func TestServerInstallsOverStock(t *testing.T) {
	netnstest.RequireRoot(t)
	need(t, "chroot")
	d := deb(t, "sesame-server")
	ensureBase(t)
	root := throwaway(t)
	if err := os.WriteFile(root+"/etc/fwknop/access.conf", []byte(adminAccess), 0o600); err != nil {
		t.Fatal(err)
	}
	run(t, "cp", d, root+"/tmp/sesame-server.deb")

	install := "dpkg -i --force-confold /tmp/sesame-server.deb"
	in(t, root, install)
	checkInstalled(t, root)
	// An upgrade (the same package again) keeps everything.
	in(t, root, install)
	checkInstalled(t, root)

	// Going back: remove Sesame's package, reinstall the stock one (the
	// README's commands; apt's cache in the root holds the stock .deb).
	in(t, root, "dpkg -r sesame-server && dpkg -i --force-confold /var/cache/apt/archives/fwknop-server_*.deb")
	if got, _ := os.ReadFile(filepath.Join(root, "etc/fwknop/access.conf")); string(got) != adminAccess {
		t.Errorf("access.conf after going back to fwknop-server: %q", got)
	}
	if v := in(t, root, "fwknopd --version"); strings.Contains(v, "Sesame") {
		t.Errorf("after going back, fwknopd is still Sesame's: %s", v)
	}
	in(t, root, install)
	checkInstalled(t, root)

	in(t, root, "dpkg --purge sesame-server")
	if st := in(t, root, "dpkg-query -W -f='${Status}' sesame-server 2>&1 || true"); strings.Contains(st, " installed") {
		t.Errorf("sesame-server after purge: %s", st)
	}
	// The stock package was only removed (state config-files): its own
	// conffiles and init links stay, as policy wants, until it is purged
	// too. After that nothing of either may be left.
	in(t, root, "dpkg --purge fwknop-server")
	left := in(t, root, "find / -xdev \\( -path /var/lib/dpkg -o -path /var/log -o -path /var/cache/apt \\) -prune -o -name '*fwknop*' -print")
	if left != "" {
		t.Errorf("left after purge:\n%s", left)
	}
	in(t, root, "getent passwd fwknopd >/dev/null") // policy: system users stay
}

// checkInstalled checks an installed sesame-server in root.
func checkInstalled(t *testing.T, root string) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(root, "etc/fwknop/access.conf"))
	if err != nil || string(got) != adminAccess {
		t.Errorf("access.conf after install: %q, %v; want the administrator's", got, err)
	}
	if st := in(t, root, "stat -c '%U:%G %a' /etc/fwknop/access.conf /etc/fwknop/fwknopd.conf"); st != "root:fwknopd 640\nroot:fwknopd 640\n" {
		t.Errorf("conffiles' owner and mode:\n%s", st)
	}
	if st := in(t, root, "stat -c '%U:%G %a' /var/lib/fwknop"); st != "fwknopd:fwknopd 750\n" {
		t.Errorf("state directory: %s", st)
	}
	if v := in(t, root, "fwknopd --version"); !strings.Contains(v, "Sesame") {
		t.Errorf("installed fwknopd is not Sesame's: %s", v)
	}
	if st := in(t, root, "dpkg-query -W -f='${Status}' fwknop-server || true"); strings.Contains(st, " installed") {
		t.Errorf("the stock fwknop-server is still installed: %s", st)
	}
	dump := in(t, root, "fwknopd -D")
	for _, s := range []string{"SOURCE", "FW_ACCESS_TIMEOUT"} {
		if !strings.Contains(dump, s) {
			t.Errorf("fwknopd -D lacks %s:\n%s", s, dump)
		}
	}
	if strings.Contains(dump, "wrsRc2nXJ") {
		t.Errorf("fwknopd -D prints the key:\n%s", dump)
	}
}

package pkgtest

import (
	"archive/tar"
	"compress/gzip"
	"debug/macho"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// repo is the repository root, two levels up from this package.
var repo, _ = filepath.Abs("../..")

var (
	buildOnce sync.Once
	distDir   string
	buildErr  string
)

// dist builds the packages once (scripts/package.sh into a temporary
// dist/) and returns the directory.
func dist(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sesame-dist-")
		if err != nil {
			buildErr = err.Error()
			return
		}
		distDir = dir
		cmd := exec.Command("scripts/package.sh", "server", "cli", "macos")
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "DIST="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = "scripts/package.sh: " + err.Error() + "\n" + string(out)
		}
	})
	if buildErr != "" {
		t.Fatal(buildErr)
	}
	return distDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if distDir != "" {
		os.RemoveAll(distDir)
	}
	if winDir != "" { // windows_test.go
		os.RemoveAll(winDir)
	}
	os.Exit(code)
}

// need skips (or, in CI, fails) when a program is missing.
func need(t *testing.T, prog string) {
	t.Helper()
	if _, err := exec.LookPath(prog); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing (scripts/install-deps.sh installs it)", prog)
		}
		t.Skipf("%s missing: run scripts/install-deps.sh", prog)
	}
}

func run(t *testing.T, name string, arg ...string) string {
	t.Helper()
	out, err := exec.Command(name, arg...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(arg, " "), err, out)
	}
	return string(out)
}

func deb(t *testing.T, name string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dist(t), name+"_*.deb"))
	if len(m) != 1 {
		t.Fatalf("%s_*.deb in dist: %v", name, m)
	}
	return m[0]
}

// field is one control field of a .deb.
func field(t *testing.T, debFile, name string) string {
	return strings.TrimSpace(run(t, "dpkg-deb", "-f", debFile, name))
}

// files maps each path in a .deb's data to "mode owner/group".
func files(t *testing.T, debFile string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(run(t, "dpkg-deb", "-c", debFile), "\n") {
		f := strings.Fields(l)
		if len(f) < 6 || strings.HasSuffix(f[5], "/") {
			continue
		}
		m[strings.TrimPrefix(f[5], ".")] = f[0] + " " + f[1]
	}
	return m
}

func TestServerDeb(t *testing.T) {
	need(t, "dpkg-deb")
	d := deb(t, "sesame-server")
	for name, want := range map[string]string{
		"Package": "sesame-server", "Provides": "fwknop-server",
		"Conflicts": "fwknop-server", "Replaces": "fwknop-server",
	} {
		if got := field(t, d, name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	want := map[string]string{
		"/usr/sbin/fwknopd":                         "-rwxr-xr-x root/root",
		"/usr/lib/systemd/system/fwknopd.service":   "-rw-r--r-- root/root",
		"/etc/fwknop/fwknopd.conf":                  "-rw-r----- root/root",
		"/etc/fwknop/access.conf":                   "-rw-r----- root/root",
		"/usr/share/man/man8/fwknopd.8.gz":          "-rw-r--r-- root/root",
		"/usr/share/doc/sesame-server/copyright":    "-rw-r--r-- root/root",
		"/usr/share/doc/sesame-server/changelog.gz": "-rw-r--r-- root/root",
	}
	if got := files(t, d); !mapsEqual(got, want) {
		t.Errorf("files:\n%v\nwant\n%v", got, want)
	}
	ctl := t.TempDir()
	run(t, "dpkg-deb", "-e", d, ctl)
	conf, _ := os.ReadFile(filepath.Join(ctl, "conffiles"))
	if got := strings.Fields(string(conf)); !slices.Equal(got, []string{"/etc/fwknop/access.conf", "/etc/fwknop/fwknopd.conf"}) {
		t.Errorf("conffiles: %q", got)
	}
	post, _ := os.ReadFile(filepath.Join(ctl, "postinst"))
	for _, s := range []string{"groupadd --system fwknopd", "useradd --system", "chown root:fwknopd", "chmod 0640", "/var/lib/fwknop"} {
		if !strings.Contains(string(post), s) {
			t.Errorf("postinst lacks %q", s)
		}
	}
	if postrm, _ := os.ReadFile(filepath.Join(ctl, "postrm")); !strings.Contains(string(postrm), "rm -rf /var/lib/fwknop") {
		t.Error("postrm does not purge /var/lib/fwknop")
	}
	man := run(t, "sh", "-c", "dpkg-deb --fsys-tarfile "+d+" | tar -xO ./usr/share/man/man8/fwknopd.8.gz | zcat")
	for _, flag := range []string{"--dump-config", "--foreground", "--new-client", ".TH FWKNOPD 8"} {
		if !strings.Contains(man, flag) {
			t.Errorf("fwknopd(8) lacks %q", flag)
		}
	}
}

func TestCLIDeb(t *testing.T) {
	need(t, "dpkg-deb")
	d := deb(t, "sesame-cli")
	want := map[string]string{
		"/usr/bin/sesame":                         "-rwxr-xr-x root/root",
		"/usr/share/man/man1/sesame.1.gz":         "-rw-r--r-- root/root",
		"/usr/share/doc/sesame-cli/copyright":     "-rw-r--r-- root/root",
		"/usr/share/doc/sesame-cli/changelog.gz":  "-rw-r--r-- root/root",
		"/usr/share/lintian/overrides/sesame-cli": "-rw-r--r-- root/root",
	}
	if got := files(t, d); !mapsEqual(got, want) {
		t.Errorf("files:\n%v\nwant\n%v", got, want)
	}
	if dep := field(t, d, "Depends"); dep != "" {
		t.Errorf("the static client depends on %q", dep)
	}
	for _, f := range []string{"Conflicts", "Replaces"} {
		if got := field(t, d, f); got != "sesame" {
			t.Errorf("%s: %q, want sesame (both ship /usr/bin/sesame)", f, got)
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestLintian(t *testing.T) {
	need(t, "lintian")
	out, _ := exec.Command("lintian", "--tag-display-limit", "0",
		deb(t, "sesame-server"), deb(t, "sesame-cli")).CombinedOutput()
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "E: ") {
			t.Error(l)
		}
	}
	t.Logf("lintian:\n%s", out)
}

func TestUnitVerifies(t *testing.T) {
	need(t, "systemd-analyze")
	unit := filepath.Join(repo, "packaging/linux/fwknopd.service")
	run(t, "systemd-analyze", "verify", unit)
	b, _ := os.ReadFile(unit)
	for _, s := range []string{"User=fwknopd", "AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW\n",
		"CapabilityBoundingSet=CAP_NET_ADMIN CAP_NET_RAW\n", "NoNewPrivileges=yes", "ProtectSystem=strict"} {
		if !strings.Contains(string(b), s) {
			t.Errorf("unit lacks %q", s)
		}
	}
}

func TestMacOSMachO(t *testing.T) {
	for arch, cpu := range map[string]macho.Cpu{"amd64": macho.CpuAmd64, "arm64": macho.CpuArm64} {
		m, _ := filepath.Glob(filepath.Join(dist(t), "sesame_*_darwin_"+arch+".tar.gz"))
		if len(m) != 1 {
			t.Fatalf("darwin %s tarball: %v", arch, m)
		}
		bin := filepath.Join(t.TempDir(), "sesame")
		untar(t, m[0], "sesame", bin)
		f, err := macho.Open(bin)
		if err != nil {
			t.Fatalf("%s: %v", m[0], err)
		}
		if f.Cpu != cpu || f.Type != macho.TypeExec {
			t.Errorf("%s: cpu %v type %v, want %v executable", m[0], f.Cpu, f.Type, cpu)
		}
		f.Close()
	}
}

// untar writes the member name of a .tar.gz to dst.
func untar(t *testing.T, tgz, name, dst string) {
	t.Helper()
	f, err := os.Open(tgz)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("%s: no %s (%v)", tgz, name, err)
		}
		if h.Name == name {
			out, err := os.Create(dst)
			if err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			if _, err := io.Copy(out, tr); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
}

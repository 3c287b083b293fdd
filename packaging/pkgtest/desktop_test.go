package pkgtest

import (
	"debug/elf"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
)

// hicolorSizes are the sizes of the hicolor theme's apps/ directories, at
// each of which the desktop package ships the app icon.
var hicolorSizes = []int{16, 22, 24, 32, 36, 48, 64, 72, 96, 128, 192, 256, 512}

// desktopFile is the menu entry's path, named by FyneApp.toml's app ID.
const desktopFile = "/usr/share/applications/dev.sesame.Sesame.desktop"

var (
	desktopOnce sync.Once
	desktopErr  string
)

// desktopDeb builds the desktop package once (package.sh desktop-deb, into
// the same temporary dist/ as the others; it reuses a fresh bin/sesame-gui
// and builds it otherwise) and returns its path.
func desktopDeb(t *testing.T) string {
	t.Helper()
	dir := dist(t)
	desktopOnce.Do(func() {
		cmd := exec.Command("scripts/package.sh", "desktop-deb")
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "DIST="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			desktopErr = "scripts/package.sh desktop-deb: " + err.Error() + "\n" + string(out)
		}
	})
	if desktopErr != "" {
		t.Fatal(desktopErr)
	}
	return deb(t, "sesame")
}

// extracted unpacks the desktop package once per test.
func extracted(t *testing.T) string {
	t.Helper()
	return extractDeb(t, desktopDeb(t))
}

func TestDesktopDeb(t *testing.T) {
	need(t, "dpkg-deb")
	d := desktopDeb(t)
	for name, want := range map[string]string{
		"Package": "sesame", "Provides": "sesame-cli", "Conflicts": "sesame-cli", "Replaces": "sesame-cli",
	} {
		if got := field(t, d, name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	want := map[string]string{
		"/usr/bin/sesame":                                   "-rwxr-xr-x root/root",
		desktopFile:                                         "-rw-r--r-- root/root",
		"/usr/share/man/man1/sesame.1.gz":                   "-rw-r--r-- root/root",
		"/usr/share/doc/sesame/copyright":                   "-rw-r--r-- root/root",
		"/usr/share/doc/sesame/changelog.gz":                "-rw-r--r-- root/root",
		"/usr/share/icons/hicolor/scalable/apps/sesame.svg": "-rw-r--r-- root/root",
	}
	for _, n := range hicolorSizes {
		want[fmt.Sprintf("/usr/share/icons/hicolor/%dx%d/apps/sesame.png", n, n)] = "-rw-r--r-- root/root"
	}
	if got := files(t, d); !mapsEqual(got, want) {
		t.Errorf("files:\n%v\nwant\n%v", got, want)
	}
	man := run(t, "sh", "-c", "dpkg-deb --fsys-tarfile "+d+" | tar -xO ./usr/share/man/man1/sesame.1.gz | zcat")
	for _, s := range []string{".TH SESAME 1", "desktop app", ".SH SESAME KNOCK", "--access", ".SH SESAME PROFILE", "--generate-keys", ".SH SESAME KEYGEN", "~/.config/sesame/profiles.json"} {
		if !strings.Contains(man, s) {
			t.Errorf("sesame(1) lacks %q", s)
		}
	}
	if strings.Contains(man, "/root/") {
		t.Error("sesame(1) names the builder's home directory")
	}
}

// TestDesktopDepends: Depends names the package of every shared library
// the GUI binary needs (its DT_NEEDED entries, found with dpkg -S on this
// machine, where the package was built).
func TestDesktopDepends(t *testing.T) {
	need(t, "dpkg-deb")
	d := desktopDeb(t)
	depends := field(t, d, "Depends")
	names := dependNames(depends)
	for _, p := range []string{"libc6", "libgl1", "libx11-6"} {
		if !slices.Contains(names, p) {
			t.Errorf("Depends %q lacks %s", depends, p)
		}
	}
	f, err := elf.Open(filepath.Join(extracted(t), "usr/bin/sesame"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	libs, err := f.ImportedLibraries()
	if err != nil || len(libs) == 0 {
		t.Fatalf("the GUI sesame needs no shared library (%v): not the GUI build", err)
	}
	for _, lib := range libs {
		pkg, err := libPackage(lib)
		if err != nil {
			t.Error(err)
		} else if !slices.Contains(names, pkg) {
			t.Errorf("%s comes from %s, which Depends %q lacks", lib, pkg, depends)
		}
	}
	t.Logf("NEEDED %v\nDepends: %s", libs, depends)
}

// libPackage is the package that holds the shared library soname here:
// ldconfig finds the file, dpkg -S its owner, under /lib or /usr/lib
// (merged /usr: dpkg knows each file by the path its package ships).
func libPackage(soname string) (string, error) {
	out, err := exec.Command("ldconfig", "-p").Output()
	if err != nil {
		return "", fmt.Errorf("ldconfig -p: %v", err)
	}
	for l := range strings.Lines(string(out)) {
		f := strings.Fields(l)
		if len(f) < 2 || f[0] != soname {
			continue
		}
		path := f[len(f)-1]
		for _, p := range []string{path, "/usr" + path, strings.TrimPrefix(path, "/usr")} {
			if out, err := exec.Command("dpkg", "-S", p).Output(); err == nil {
				pkg, _, _ := strings.Cut(strings.TrimSpace(string(out)), ":")
				return pkg, nil
			}
		}
		return "", fmt.Errorf("%s (%s): no package owns it here", soname, path)
	}
	return "", fmt.Errorf("%s: ldconfig does not know it", soname)
}

// dependNames is the package names of a Depends field (first alternative,
// no version).
func dependNames(depends string) []string {
	var names []string
	for _, d := range strings.Split(depends, ",") {
		d, _, _ = strings.Cut(d, "|")
		d, _, _ = strings.Cut(d, "(")
		if d = strings.TrimSpace(d); d != "" {
			names = append(names, d)
		}
	}
	return names
}

func TestDesktopIcons(t *testing.T) {
	need(t, "dpkg-deb")
	root := extracted(t)
	pngs, _ := filepath.Glob(filepath.Join(root, "usr/share/icons/hicolor/*/apps/*.png"))
	if len(pngs) != len(hicolorSizes) {
		t.Errorf("%d PNG icons, want %d", len(pngs), len(hicolorSizes))
	}
	sized := regexp.MustCompile(`/(\d+)x(\d+)/apps/`)
	for _, p := range pngs {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		rel, _ := filepath.Rel(root, p)
		if err != nil {
			t.Errorf("%s: not a PNG: %v", rel, err)
			continue
		}
		m := sized.FindStringSubmatch(p)
		if m == nil || fmt.Sprint(cfg.Width) != m[1] || fmt.Sprint(cfg.Height) != m[2] {
			t.Errorf("%s is %dx%d", rel, cfg.Width, cfg.Height)
		}
	}
	svg, err := os.ReadFile(filepath.Join(root, "usr/share/icons/hicolor/scalable/apps/sesame.svg"))
	if err != nil || !strings.Contains(string(svg), "<svg") {
		t.Errorf("scalable icon: %v, not an SVG", err)
	}
}

func TestDesktopEntry(t *testing.T) {
	need(t, "dpkg-deb")
	need(t, "desktop-file-validate")
	entry := filepath.Join(extracted(t), desktopFile)
	out, err := exec.Command("desktop-file-validate", entry).CombinedOutput()
	if err != nil || strings.Contains(string(out), "error:") {
		t.Errorf("desktop-file-validate: %v\n%s", err, out)
	}
	b, _ := os.ReadFile(entry)
	for _, s := range []string{"\nExec=sesame\n", "\nIcon=sesame\n", "\nName=Sesame\n", "\nTerminal=false\n"} {
		if !strings.Contains(string(b), s) {
			t.Errorf("%s lacks %q", desktopFile, strings.TrimSpace(s))
		}
	}
}

func TestDesktopLintian(t *testing.T) {
	need(t, "lintian")
	out, _ := exec.Command("lintian", "--tag-display-limit", "0", desktopDeb(t)).CombinedOutput()
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "E: ") {
			t.Error(l)
		}
	}
	t.Logf("lintian:\n%s", out)
}

// desktopRoot is baseRoot with the desktop package's Depends installed,
// made once (the one step that needs a Debian mirror) and copied for each
// test; .sesame-depends in it says for which Depends.
const desktopRoot = "/var/tmp/sesame-pkgtest-desktop-root"

func ensureDesktopBase(t *testing.T, depends string) {
	t.Helper()
	if b, err := os.ReadFile(desktopRoot + "/.sesame-depends"); err == nil && string(b) == depends {
		return
	}
	ensureBase(t)
	script := `set -e
rm -rf "$R.tmp"
cp -a "$BASE" "$R.tmp"
cp /etc/resolv.conf "$R.tmp/etc/resolv.conf"
chroot "$R.tmp" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PKGS >/dev/null && apt-get clean"
printf %s "$DEPENDS" > "$R.tmp/.sesame-depends"
rm -rf "$R"
mv "$R.tmp" "$R"`
	cmd := exec.Command("bash", "-c", script)
	cmd.Env = append(os.Environ(), "R="+desktopRoot, "BASE="+baseRoot, "DEPENDS="+depends,
		"PKGS="+strings.Join(dependNames(depends), " "))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making %s: %v\n%s", desktopRoot, err, out)
	}
}

// TestDesktopInstalls installs sesame-cli into a throwaway Debian root,
// then the desktop package over it: dpkg replaces sesame-cli, and the
// installed /usr/bin/sesame is the GUI build, runs its headless commands
// (--help) and says why it opens no window without a display; then
// sesame-cli back over it in one step. Purging leaves none of their files.
func TestDesktopInstalls(t *testing.T) {
	netnstest.RequireRoot(t)
	need(t, "chroot")
	d, cli := desktopDeb(t), deb(t, "sesame-cli")
	ensureDesktopBase(t, field(t, d, "Depends"))
	root := throwawayOf(t, desktopRoot)
	run(t, "cp", d, root+"/tmp/sesame.deb")
	run(t, "cp", cli, root+"/tmp/sesame-cli.deb")

	in(t, root, "dpkg -i /tmp/sesame-cli.deb")
	in(t, root, "dpkg -i /tmp/sesame.deb")
	if st := in(t, root, "dpkg-query -W -f='${Status}' sesame-cli 2>&1 || true"); strings.Contains(st, " installed") {
		t.Errorf("sesame-cli is still installed beside sesame: %s", st)
	}
	if st := in(t, root, "dpkg-query -W -f='${Status}' sesame"); st != "install ok installed" {
		t.Errorf("sesame: %s", st)
	}
	if help := in(t, root, "sesame --help"); !strings.Contains(help, "usage: sesame COMMAND") {
		t.Errorf("sesame --help:\n%s", help)
	}
	// Only the GUI build knows it could open a window.
	if out := in(t, root, "sesame 2>&1; echo status $?"); !strings.Contains(out, "no graphical display") || !strings.HasSuffix(out, "status 2\n") {
		t.Errorf("sesame without a display:\n%s", out)
	}
	in(t, root, "test -f "+desktopFile+" && test -f /usr/share/icons/hicolor/48x48/apps/sesame.png")

	// And back: the headless package replaces the desktop one in one step.
	in(t, root, "dpkg -i /tmp/sesame-cli.deb")
	if st := in(t, root, "dpkg-query -W -f='${Status}' sesame 2>&1 || true"); strings.Contains(st, " installed") {
		t.Errorf("sesame is still installed beside sesame-cli: %s", st)
	}
	if help := in(t, root, "sesame --help"); !strings.Contains(help, "usage: sesame COMMAND") {
		t.Errorf("headless sesame --help:\n%s", help)
	}

	in(t, root, "dpkg --purge sesame sesame-cli")
	left := in(t, root, "find / -xdev \\( -path /var/lib/dpkg -o -path /var/log -o -path /tmp -o -path /.sesame-depends \\) -prune -o -name '*sesame*' -print")
	if left != "" {
		t.Errorf("left after purge:\n%s", left)
	}
}

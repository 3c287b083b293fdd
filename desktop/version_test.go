package desktop_test

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"
)

// versionLine is what `sesame --version` prints: name, version, which
// build, Go release, platform.
func versionLine(version, build string) *regexp.Regexp {
	return regexp.MustCompile(`^sesame ` + version + ` \(` + build + `, go1\.\S+ ` +
		runtime.GOOS + `/` + runtime.GOARCH + `\)\n$`)
}

// The GUI build answers --version (and version, -V) with no display:
// the test's environment names none.
func TestVersion(t *testing.T) {
	want := versionLine(`\S+`, "desktop")
	for _, arg := range []string{"--version", "version", "-V"} {
		r := sesame(t, nil, arg)
		if r.status != 0 || r.stderr != "" || !want.MatchString(r.stdout) {
			t.Errorf("sesame %s: %+v, want stdout matching %s", arg, r, want)
		}
	}
}

// The version set at link time (as scripts/package.sh sets it from git
// describe) is the one printed, by the headless build too.
func TestVersionFromLinker(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "sesame")
	build := exec.Command("go", "build", "-tags", "nogui", "-o", bin,
		"-ldflags", "-X github.com/sesame-spa/sesame/desktop.version=v9.8.7-3-gabc1234",
		"github.com/sesame-spa/sesame")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if want := versionLine(`v9\.8\.7-3-gabc1234`, "headless"); err != nil || !want.MatchString(string(out)) {
		t.Fatalf("sesame --version: %v %q, want %s", err, out, want)
	}
}

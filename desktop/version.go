package desktop

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is the release, set at link time by scripts/package.sh from
// `git describe`:
//
//	go build -ldflags "-X github.com/sesame-spa/sesame/desktop.version=v0.1.0-3-gabcdef" .
//
// Left empty, versionString falls back on what the Go toolchain stamped
// into the binary (a pseudo-version from the checkout's commit, when it
// builds with -buildvcs), and on "devel" when there is none.
var version string

// versionString is the version `sesame --version` reports.
func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// printVersion writes `sesame --version`: one line with the program,
// its version, the Go release it was built with, the platform, and
// whether the desktop app is linked in (the headless -tags nogui build
// has only the commands). It needs no display, so scripts and installers
// can ask any build.
func printVersion(w io.Writer) int {
	build := "desktop"
	if runGUI == nil {
		build = "headless"
	}
	fmt.Fprintf(w, "sesame %s (%s, %s %s/%s)\n", versionString(), build, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

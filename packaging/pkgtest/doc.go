// Package pkgtest checks what `make package` (scripts/package.sh) builds:
// the server and sesame-cli Debian packages (control fields, file lists,
// conffiles, maintainer scripts, lintian), the unit (systemd-analyze
// verify), the macOS binaries (Mach-O for amd64 and arm64), and, as root,
// that the server package installs with dpkg into a throwaway Debian root
// over the stock fwknop-server, keeps a changed access.conf, upgrades, and
// purges clean.
//
// The packages are built once per run (a few minutes from a cold cache);
// the throwaway root is a copy of a cached debootstrap root with
// fwknop-server installed (/var/tmp/sesame-pkgtest-root, made on first use).
// Missing tools skip a test outside CI and fail it in CI (CI=true).
//
// windows_test.go builds the Windows zip (scripts/package.sh windows, once
// per run: the mingw-w64 cross build of the desktop app) and checks its
// files, that both programs are amd64 PE files (the desktop app for the
// GUI subsystem) with an icon, manifest and version resource, and that
// both print their version under wine with no display.
package pkgtest

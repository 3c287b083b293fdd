// Package pkgtest checks what `make package` (scripts/package.sh) builds:
// the server, sesame-cli and desktop (sesame) Debian packages (control
// fields, file lists, conffiles, maintainer scripts, lintian; the desktop
// package's Depends against its binary's shared libraries, its menu entry
// with desktop-file-validate, its icons' sizes), the unit (systemd-analyze
// verify), the macOS binaries (Mach-O for amd64 and arm64), and, as root,
// that the server package installs with dpkg into a throwaway Debian root
// over the stock fwknop-server, keeps a changed access.conf, upgrades, and
// purges clean; that the desktop package installs over sesame-cli there
// and runs; and that the server package's fwknopd, run under setpriv with
// the settings parsed from its unit (user, capabilities, no_new_privs),
// opens a port for a real sesame knock between two network namespaces.
//
// The packages are built once per run (a few minutes from a cold cache;
// the desktop package reuses a fresh bin/sesame-gui); the throwaway roots
// are copies of a cached debootstrap root with fwknop-server installed
// (/var/tmp/sesame-pkgtest-root, made on first use) and of that root with
// the desktop package's Depends added (/var/tmp/sesame-pkgtest-desktop-root).
// Missing tools skip a test outside CI and fail it in CI (CI=true).
//
// windows_test.go builds the Windows zip (scripts/package.sh windows, once
// per run: the mingw-w64 cross build of the desktop app) and checks its
// files, that both programs are amd64 PE files (the desktop app for the
// GUI subsystem) with an icon, manifest and version resource, and that
// both print their version under wine with no display.
package pkgtest

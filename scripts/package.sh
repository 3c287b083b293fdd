#!/usr/bin/env bash
# make package: the Linux desktop bundle bin/sesame-linux.tar.xz (the app, its
# .desktop file and icon, and a Makefile that installs them) made by
# fyne.io/tools' `fyne package` from FyneApp.toml and bin/sesame-gui.
# The first run fetches the fyne tool through the Go module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
fyne=$(go env GOPATH)/bin/fyne
if [ ! -x "$fyne" ]; then
  go install fyne.io/tools/cmd/fyne@v1.7.4
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# fyne package rewrites the FyneApp.toml it reads (it bumps Build and drops
# the comments), so it gets a copy.
# Installed, the GUI build is the `sesame` command: without arguments it
# opens the app, with one it runs the headless command.
cp -r FyneApp.toml icons "$work/"
cp bin/sesame-gui "$work/sesame"
(cd "$work" && "$fyne" package --os linux --exe sesame --release)
mv "$work"/*.tar.xz bin/sesame-linux.tar.xz
echo "bin/sesame-linux.tar.xz (install: tar -xJf it, then make -C sesame install):"
tar -tvJf bin/sesame-linux.tar.xz | grep -v '/$'
tar -xJOf bin/sesame-linux.tar.xz sesame/usr/local/share/applications/dev.sesame.Sesame.desktop

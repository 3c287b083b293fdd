#!/usr/bin/env bash
# make package: installable packages in dist/, built with nfpm
# (github.com/goreleaser/nfpm, a tool of the nested module packaging/tools,
# vendored there so that packages build offline and the main module's
# dependencies stay as they are):
#   sesame-server_V_ARCH.deb  fwknopd, its hardened unit, conffiles, fwknopd(8)
#   sesame-cli_V_ARCH.deb     the static headless sesame and sesame(1)
#   sesame-cli_V_linux_ARCH.tar.gz, sesame_V_darwin_{amd64,arm64}.tar.gz
#                             the headless sesame alone (no cgo)
#   sesame_V_ARCH.deb         the desktop app: GUI sesame, menu entry, icons,
#                             sesame(1) (replaces sesame-cli)
#   sesame_V_windows_amd64.zip  sesame.exe (desktop app), sesame-cli.exe,
#                             README.txt (stage windows, needs mingw-w64)
# usage: scripts/package.sh [STAGE...]
#   stages: server cli macos desktop-deb windows desktop
# (default: server cli macos desktop-deb windows). `desktop` is the Fyne
# bundle of bin/sesame-gui (make package-desktop builds it first).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
export VERSION=${VERSION:-$(awk -F'"' '/^Version/ {print $2}' FyneApp.toml)}
export DEB_ARCH=${DEB_ARCH:-$(dpkg --print-architecture 2>/dev/null || go env GOARCH)}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export BUILD; BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
mkdir -p "$DIST" "$BUILD/doc"
stages=("$@"); [ ${#stages[@]} -gt 0 ] || stages=(server cli macos desktop-deb windows)

# nfpm is built once per run from packaging/tools/vendor (the version is
# that module's go.mod; the build cache makes later runs quick).
nfpm() {
  if [ ! -x "$BUILD/nfpm" ]; then
    (cd packaging/tools && GOFLAGS=-mod=vendor go build -o "$BUILD/nfpm" github.com/goreleaser/nfpm/v2/cmd/nfpm)
  fi
  "$BUILD/nfpm" "$@"
}

# deb RECIPE: nfpm expands ${VERSION} and ${DEB_ARCH} itself, but not the
# contents' paths, so the recipe gets the build directory written in.
deb() {
  sed "s|\${BUILD}|$BUILD|g" "packaging/nfpm/$1.yaml" > "$BUILD/$1.yaml"
  nfpm package --config "$BUILD/$1.yaml" --packager deb --target "$DIST/"
}

# What Debian wants in every package's /usr/share/doc.
docs() {
  cat > "$BUILD/doc/copyright" <<TXT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: sesame
Source: https://github.com/sesame-spa/sesame

Files: *
Copyright: Sesame developers
License: Proprietary
 No licence has been chosen yet; all rights reserved by the authors.
TXT
  printf '%s\n' "sesame ($VERSION) unstable; urgency=medium" "" \
    "  * Built from $(git rev-parse --short HEAD 2>/dev/null || echo source)." "" \
    " -- Sesame developers <sesame@example.org>  $(date -u -R -d "@$SOURCE_DATE_EPOCH")" \
    | gzip -9n > "$BUILD/doc/changelog.gz"
}

# man PROGRAM SECTION SUMMARY CMD... : the page from the program's own help.
man() {
  local prog=$1 sec=$2 summary=$3; shift 3
  local i=0 files=()
  for cmd in "$@"; do
    i=$((i + 1)); $cmd > "$BUILD/help$i" 2>&1 || true; files+=("$BUILD/help$i")
  done
  scripts/manpage.sh "$prog" "$sec" "$summary" "${files[@]}" | gzip -9n > "$BUILD/$prog.$sec.gz"
}

headless() { # GOOS GOARCH OUT
  CGO_ENABLED=0 GOOS=$1 GOARCH=$2 go build -tags nogui -trimpath -ldflags='-s -w' -o "$3" .
}

stage_server() {
  go build -trimpath -ldflags='-s -w' -o "$BUILD/fwknopd" ./server/cmd/fwknopd
  man fwknopd 8 "Single Packet Authorization server" "$BUILD/fwknopd --help"
  deb server
}

stage_cli() {
  headless linux "$(go env GOARCH)" "$BUILD/sesame"
  man sesame 1 "Single Packet Authorization client" "$BUILD/sesame help" "$BUILD/sesame knock -h"
  deb cli
  tar -C "$BUILD" --owner=0 --group=0 --mtime="@$SOURCE_DATE_EPOCH" \
    -czf "$DIST/sesame-cli_${VERSION}_linux_$(go env GOARCH).tar.gz" sesame sesame.1.gz
}

stage_macos() {
  local arch
  for arch in amd64 arm64; do
    mkdir -p "$BUILD/darwin-$arch"
    headless darwin "$arch" "$BUILD/darwin-$arch/sesame"
    tar -C "$BUILD/darwin-$arch" --owner=0 --group=0 --mtime="@$SOURCE_DATE_EPOCH" \
      -czf "$DIST/sesame_${VERSION}_darwin_$arch.tar.gz" sesame
  done
}

# The Fyne desktop bundle (binary, .desktop file, icon) from FyneApp.toml and
# bin/sesame-gui, made by fyne.io/tools' `fyne package`.
stage_desktop() {
  local fyne; fyne=$(go env GOPATH)/bin/fyne
  [ -x "$fyne" ] || go install fyne.io/tools/cmd/fyne@v1.7.4
  # fyne package rewrites the FyneApp.toml it reads, so it gets a copy.
  cp -r FyneApp.toml icons "$BUILD/"
  cp bin/sesame-gui "$BUILD/sesame"
  (cd "$BUILD" && "$fyne" package --os linux --exe sesame --release)
  mv "$BUILD"/*.tar.xz "$DIST/sesame-linux.tar.xz"
}

# gui_binary: bin/sesame-gui, built as the Makefile's `build` does unless
# it is newer than every source it is made of (the GUI build takes minutes
# from a cold cache, so a fresh one is reused).
gui_binary() {
  local gui=bin/sesame-gui
  if [ -x "$gui" ] && [ -z "$(find . \( -path ./.git -o -path ./packaging/tools -o -path ./bin -o -path ./dist \) -prune \
      -o -newer "$gui" ! -name '*_test.go' \( -name '*.go' -o -name go.mod -o -name go.sum -o -name modules.txt \
      -o -name '*.[chm]' -o -name '*.png' -o -name '*.ttf' \) -print -quit)" ]; then
    return
  fi
  go build -tags no_emoji -trimpath -ldflags='-s -w' -o "$gui" .
}

# shlibs_depends BINARY: the Depends its shared libraries need, from
# dpkg-shlibdeps (dpkg-dev), which wants a debian/control to read and the
# binary where debhelper would have installed it.
shlibs_depends() {
  local dir="$BUILD/shlibs"
  mkdir -p "$dir/debian/sesame/usr/bin" "$dir/debian/sesame/DEBIAN"
  printf 'Source: sesame\n\nPackage: sesame\nArchitecture: any\n' > "$dir/debian/control"
  cp -l "$1" "$dir/debian/sesame/usr/bin/sesame"
  (cd "$dir" && dpkg-shlibdeps -O debian/sesame/usr/bin/sesame) | sed -n 's/^shlibs:Depends=//p'
}

# hicolor DIR: the app icon as DIR/NxN/apps/sesame.png for each size rendered
# in icons/png and generated in packaging/desktop/icons (iconsizes), and the
# SVG as scalable/apps/sesame.svg.
hicolor() {
  local png size
  for png in icons/png/sesame-*.png packaging/desktop/icons/sesame-*.png; do
    size=${png##*-}; size=${size%.png}
    install -D -m 0644 "$png" "$1/${size}x$size/apps/sesame.png"
  done
  install -D -m 0644 icons/svg/sesame.svg "$1/scalable/apps/sesame.svg"
}

stage_desktop-deb() {
  gui_binary
  mkdir -p "$BUILD/gui"
  cp bin/sesame-gui "$BUILD/gui/sesame"
  hicolor "$BUILD/gui/hicolor"
  scripts/manpage.sh --client "$BUILD/gui/sesame" | gzip -9n > "$BUILD/gui/sesame.1.gz"
  SHLIBS_DEPENDS=$(shlibs_depends "$BUILD/gui/sesame")
  [ -n "$SHLIBS_DEPENDS" ] || { echo "package.sh: dpkg-shlibdeps found no libraries for the GUI sesame" >&2; exit 1; }
  export SHLIBS_DEPENDS
  deb desktop
}

# Windows (amd64): sesame.exe, the desktop app cross-compiled with Debian's
# mingw-w64 and linked -H windowsgui (no console window behind the tray
# app; its commands attach to the console they were started from, see
# desktop/console_windows.go), and sesame-cli.exe, the headless console
# build for scripts. Each carries the icon, an application manifest and a
# version resource (windres, from packaging/windows/sesame.rc), and the
# version from `git describe`. Zipped with packaging/windows/README.txt.
stage_windows() {
  local w=$BUILD/windows describe fv zipf main=packaging/windows/sesame
  describe=$(git describe --tags --always --dirty 2>/dev/null || echo devel)
  fv=$(echo "$VERSION" | awk -F. '{printf "%d,%d,%d,0", $1, $2, $3}')
  mkdir -p "$w/zip"
  go run ./packaging/windows/mkico "$w/sesame.ico" icons/png/sesame-{16,24,32,48,64,128,256}.png
  cp packaging/windows/sesame.manifest "$w/"
  winres sesame "Sesame desktop app" "$w"
  winres sesame-cli "Sesame command-line client" "$w"
  # The .syso must lie beside main.go while it links: one build at a time.
  exec {lock}> "$main/.syso.lock"
  flock "$lock"
  trap 'rm -f "'"$main"'/rsrc_windows_amd64.syso"; rm -rf "$BUILD"' EXIT
  cp "$w/sesame.syso" "$main/rsrc_windows_amd64.syso"
  CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 go build -tags no_emoji -trimpath \
    -ldflags="-s -w -H windowsgui -X github.com/sesame-spa/sesame/desktop.version=$describe" -o "$w/zip/sesame.exe" "./$main"
  cp "$w/sesame-cli.syso" "$main/rsrc_windows_amd64.syso"
  CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -tags nogui -trimpath \
    -ldflags="-s -w -X github.com/sesame-spa/sesame/desktop.version=$describe" -o "$w/zip/sesame-cli.exe" "./$main"
  rm -f "$main/rsrc_windows_amd64.syso"
  exec {lock}>&-
  sed -e "s|@VERSION@|$VERSION|" -e "s|@DESCRIBE@|$describe|" packaging/windows/README.txt \
    | sed 's/$/\r/' > "$w/zip/README.txt"
  touch -d "@$SOURCE_DATE_EPOCH" "$w"/zip/*
  zipf=$(realpath "$DIST")/sesame_${VERSION}_windows_amd64.zip
  rm -f "$zipf"
  (cd "$w/zip" && zip -q -X "$zipf" README.txt sesame.exe sesame-cli.exe)
}

# winres NAME DESCRIPTION DIR: DIR/NAME.syso, the resources of NAME.exe.
winres() {
  sed -e "s|@NAME@|$1|g" -e "s|@DESCRIPTION@|$2|" -e "s|@VERSION@|$VERSION|" \
    -e "s|@DESCRIBE@|$describe|" -e "s|@FILEVERSION@|$fv|" packaging/windows/sesame.rc > "$3/$1.rc"
  (cd "$3" && x86_64-w64-mingw32-windres -O coff -i "$1.rc" -o "$1.syso")
}

docs
for s in "${stages[@]}"; do
  declare -F "stage_$s" >/dev/null || { echo "package.sh: unknown stage $s" >&2; exit 2; }
  "stage_$s"
done
ls -l "$DIST"

#!/usr/bin/env bash
# Installs the Debian packages the build, the tests and the demo need, when
# they are missing. Idempotent; needs root (or sudo) only when something is
# missing. Usage: scripts/install-deps.sh [--demo] [extra packages...]
# --demo installs only what `make demo` needs (no GUI toolkit, no test tools).
set -euo pipefail

demo=(
  libpcap-dev     # gopacket's pcap package (cgo) for fwknopd's capture
  iptables        # the firewall the daemon drives
  iproute2        # `ip netns` for the namespace tests and the demo
  python3         # the demo's TCP listener
)
if [ "${1:-}" = --demo ]; then
  shift
  packages=("${demo[@]}" "$@")
else
  packages=("${demo[@]}"
  fwknop-client   # the stock client: interop oracle and benchmark baseline
  fwknop-server   # the stock daemon: interop oracle and benchmark baseline
  gnupg           # GnuPG home for the stock daemon's GPG interop tests
  nftables        # `nft` for the nftables backend's tests (the administrator's ruleset)
  time            # GNU time: peak RSS of each daemon in scripts/bench-server.sh
  libgl1-mesa-dev xorg-dev libxkbcommon-dev  # cgo headers of Fyne's OpenGL/GLFW driver (bin/sesame-gui)
  xvfb dbus-x11 x11-utils imagemagick       # the desktop app's tests (xwininfo) and screenshots (import) under Xvfb
  dbus            # a private session bus for the keyring tests (dbus-run-session)
  gnome-keyring   # a real Secret Service for the desktop store tests
  libsecret-1-0   # the Secret Service client library gnome-keyring uses
  openssh-client  # ssh -G checks the generated ~/.ssh/config block
  redis-server    # the shared replay cache of the fleet tests (server/internal/fleetcache)
  lintian         # packaging/pkgtest: no lintian errors in the .debs
  debootstrap     # packaging/pkgtest: the throwaway Debian root the server .deb installs into
  systemd         # packaging/pkgtest: systemd-analyze verify of the unit
  desktop-file-utils  # packaging/pkgtest: desktop-file-validate of the desktop package's menu entry
  dpkg-dev        # dpkg-shlibdeps: the desktop package's Depends (scripts/package.sh)
  gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64  # the Windows cross build (cgo) and windres (scripts/package.sh windows)
  zip             # the Windows zip
  wine wine64     # packaging/pkgtest: sesame.exe --version under wine
  "$@"
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# Refresh the index only when it is missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
  $sudo apt-get update -qq
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Renders the hand-drawn SVGs in svg/ to the PNGs in png/ (committed, so a
# build needs no renderer). Needs rsvg-convert (Debian: librsvg2-bin).
# Usage: icons/render.sh
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 2; }
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" svg/sesame.svg -o "png/sesame-$size.png"
done
for svg in svg/tray-*.svg; do
  name=$(basename "$svg" .svg)
  for size in 16 22 24 32 48; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "png/$name-$size.png"
  done
done

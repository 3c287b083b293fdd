#!/usr/bin/env bash
# Writes a man page (roff) to standard output from a program's own help
# text, so the page lists exactly the flags the program's table accepts:
#   manpage.sh NAME SECTION "one-line summary" HELP-FILE [HELP-FILE...]
#   manpage.sh --client SESAME-BINARY
# Each help file becomes a preformatted block (the help is already laid out
# in columns); roff's control characters are escaped. --client makes
# sesame(1) from the client's command table: `sesame help` and each
# command's -h, one section per command, and the desktop app's start.
set -euo pipefail
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)

# header NAME SECTION SUMMARY
header() {
  local upper
  upper=$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')
  cat <<ROFF
.TH $upper $2 "$date" "Sesame" "Sesame"
.SH NAME
$1 \\- $3
.SH SYNOPSIS
.B $1
[\\fIoptions\\fR]
ROFF
}

# block: standard input as a preformatted block, backslashes escaped first,
# then lines that roff would read as requests.
block() {
  echo ".nf"
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
  echo ".fi"
}

footer() {
  cat <<ROFF
.SH SEE ALSO
The project's README: https://github.com/sesame-spa/sesame
ROFF
}

# help BINARY ARGS...: the program's help; a usage exit status is expected.
# It runs with a neutral environment so that the page shows ~ rather than
# the builder's home directory.
help() {
  local bin=$1; shift
  env -i PATH=/usr/bin:/bin HOME='~' LC_ALL=C "$bin" "$@" 2>&1 || true
}

client() {
  local bin=$1 cmd
  header sesame 1 "Single Packet Authorization client and desktop app"
  cat <<'ROFF'
.SH DESCRIPTION
Run without a command in a graphical session (DISPLAY or WAYLAND_DISPLAY
set), the desktop build of
.B sesame
opens the desktop app: saved profiles, knocks and ssh from the tray.
With a command it runs headless, as the sesame-cli package's static build
does; without a display it prints the command list below.
.SH COMMANDS
ROFF
  help "$bin" help | block
  for cmd in knock profile keygen; do
    printf '.SH %s\n' "$(printf 'sesame %s' "$cmd" | tr '[:lower:]' '[:upper:]')"
    help "$bin" "$cmd" -h | block
  done
  cat <<'ROFF'
.SH FILES
.TP
.I ~/.fwknoprc
the stock fwknop client's stanzas, read by sesame knock -n
.TP
.I ~/.config/sesame/profiles.json
saved profiles (SESAME_CONFIG_DIR overrides the directory)
ROFF
  footer
}

if [ "${1:-}" = --client ]; then
  [ $# -eq 2 ] && [ -x "$2" ] || { echo "usage: manpage.sh --client SESAME-BINARY (an executable)" >&2; exit 2; }
  client "$2"
  exit 0
fi

name=$1 section=$2 summary=$3
shift 3
header "$name" "$section" "$summary"
echo ".SH DESCRIPTION"
for f in "$@"; do
  block < "$f"
done
footer

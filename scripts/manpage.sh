#!/usr/bin/env bash
# Writes a man page (roff) to standard output from a program's own help
# text, so the page lists exactly the flags the program's table accepts:
#   manpage.sh NAME SECTION "one-line summary" HELP-FILE [HELP-FILE...]
# Each help file becomes a preformatted block (the help is already laid out
# in columns); roff's control characters are escaped.
set -euo pipefail
name=$1 section=$2 summary=$3
shift 3
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)
upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
cat <<ROFF
.TH $upper $section "$date" "Sesame" "Sesame"
.SH NAME
$name \\- $summary
.SH SYNOPSIS
.B $name
[\\fIoptions\\fR]
.SH DESCRIPTION
ROFF
for f in "$@"; do
  echo ".nf"
  # backslashes first, then lines that roff would read as requests
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" "$f"
  echo ".fi"
done
cat <<ROFF
.SH SEE ALSO
The project's README: https://github.com/sesame-spa/sesame
ROFF

#!/usr/bin/env bash
# Runs every fuzz target of the module for a short while (FUZZTIME, default
# 8s each): a smoke pass for CI, not a fuzzing campaign. Fails on the first
# crash; the failing input is left under the package's testdata/fuzz.
set -euo pipefail
fuzztime=${FUZZTIME:-8s}
cd "$(dirname "$0")/.."
n=0
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
    echo "fuzz $pkg $target ($fuzztime)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg" >/tmp/sesame-fuzz.log 2>&1 \
      || { cat /tmp/sesame-fuzz.log; echo "FAIL: fuzz target $target in $pkg"; exit 1; }
    n=$((n + 1))
  done
done
echo "fuzz: $n targets passed"

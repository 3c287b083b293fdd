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
    # A short minimization budget: when the run's time ends while a new input
    # is being minimized, go test reports "context deadline exceeded" as a
    # failure, which slow, file-backed targets hit in a pass this short.
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 2s "$pkg" >/tmp/sesame-fuzz.log 2>&1 \
      || { cat /tmp/sesame-fuzz.log; echo "FAIL: fuzz target $target in $pkg"; exit 1; }
    n=$((n + 1))
  done
done
echo "fuzz: $n targets passed"

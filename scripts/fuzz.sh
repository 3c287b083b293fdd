#!/usr/bin/env bash
# Runs every fuzz target of the module for a short while (FUZZTIME, default
# 8s each): a smoke pass for CI, not a fuzzing campaign. Fails on the first
# crash; the failing input is left under the package's testdata/fuzz.
set -euo pipefail
fuzztime=${FUZZTIME:-8s}
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# fuzz_once PKG TARGET: one run, its output in $log.
fuzz_once() {
  # A short minimization budget: when the run's time ends while a new input
  # is being minimized, go test reports "context deadline exceeded" too.
  go test -run '^$' -fuzz "^$2\$" -fuzztime "$fuzztime" -fuzzminimizetime 2s "$1" >"$log" 2>&1
}

# deadline_race: the run failed only by Go's own fuzz coordinator racing its
# -fuzztime deadline (golang/go#75804, fixed in Go 1.27): the bare
# "context deadline exceeded", with no input written and no panic or test
# failure. Anything else is a real failure.
deadline_race() {
  grep -q 'context deadline exceeded' "$log" &&
    ! grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log"
}

n=0
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
    echo "fuzz $pkg $target ($fuzztime)"
    if ! fuzz_once "$pkg" "$target"; then
      if deadline_race; then
        echo "  (Go's fuzz deadline race, golang/go#75804: running it again)"
        fuzz_once "$pkg" "$target" || { cat "$log"; echo "FAIL: fuzz target $target in $pkg"; exit 1; }
      else
        cat "$log"; echo "FAIL: fuzz target $target in $pkg"; exit 1
      fi
    fi
    n=$((n + 1))
  done
done
echo "fuzz: $n targets passed"

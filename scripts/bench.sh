#!/usr/bin/env bash
# make bench: Sesame's benchmarks, and Sesame beside the stock fwknop tools
# on the same input, with the ratio. Slow by design: not part of make test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-300}

echo "== shared/spa: Seal and Open (one core)"
go test -run '^$' -bench . -benchmem -cpu 1 ./shared/spa/ | grep -E '^(Benchmark|ok)'

# per_run_us CMD...: mean wall time of one run in microseconds, over $runs runs.
per_run_us() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000 ))
}

echo
echo "== building one access packet (--test, nothing sent), mean of $runs runs, process start included"
keys=$(bin/sesame keygen)
key=$(echo "$keys" | awk '/^KEY_BASE64:/ {print $2}')
hmac=$(echo "$keys" | awk '/^HMAC_KEY_BASE64:/ {print $2}')
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
args=(-A tcp/22 -a 198.51.100.7 -D 127.0.0.1 --use-hmac --test)
export SESAME_KEY_BASE64_RIJNDAEL=$key SESAME_KEY_BASE64_HMAC=$hmac
ours=$(HOME=$home per_run_us bin/sesame knock "${args[@]}")
stock=$(HOME=$home per_run_us fwknop "${args[@]}" --no-save-args --key-base64-rijndael "$key" --key-base64-hmac "$hmac")
printf '%-32s %8s us\n' "sesame knock --test" "$ours" "fwknop --test (stock 2.6.10)" "$stock"
awk -v a="$ours" -v b="$stock" 'BEGIN { printf "ratio sesame/stock: %.2f\n", a / b }'

if [ -x scripts/bench-server.sh ]; then
  echo
  scripts/bench-server.sh
fi

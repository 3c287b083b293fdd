#!/usr/bin/env bash
# Sesame's fwknopd beside the stock fwknopd 2.6 on the same generated input,
# with the ratio for each measure (called by scripts/bench.sh, `make bench`).
# Needs root: every daemon runs inside network namespaces this creates, even
# in test mode. Installs nothing (make bench depends on build, which does).
# Prints the table on standard output; everything created is removed on exit.
#
# How each measure is taken (server/internal/benchtool does the work):
# - per-packet cost: `fwknopd -f -t --pcap-file F` under `taskset -c 0` in a
#   namespace, wall time of the whole process, best of BENCH_RUNS runs, over
#   a large file minus over a one-packet file with the same start-up, divided
#   by the packets in between. The stock daemon gets PCAP_LOOP_SLEEP 1 and a
#   PCAP_DISPATCH_COUNT above the file's size, so its loop sleep is not
#   measured. Replayed packets and the cached rows run against digest files
#   prefilled in each daemon's own format. Peak RSS comes from GNU time.
# - knock-to-open: each daemon live (real iptables, the stock one with its
#   default PCAP_LOOP_SLEEP) in a server namespace; a knock goes out over a
#   veth from a client namespace, and the time runs from just before the send
#   to the kernel's netlink notice (NFNLGRP_NFTABLES, NEWRULE) that a rule was
#   added to FWKNOP_INPUT: the rule appearing, observed without polling.
#   Sesame is timed over IPv4 and IPv6, with the iptables backend and again
#   with FIREWALL_BACKEND nftables, where the notice is NEWSETELEM in its
#   grant set (the stock daemon has neither IPv6 nor nftables).
# - flood: junk at BENCH_FLOOD_RATE a second (paced by a 1 ms ticker) while
#   BENCH_FLOOD_KNOCKS valid knocks go out, one every 100 ms; a knock counts
#   as granted when its rule is in FWKNOP_INPUT two seconds after the flood.
# - stanzas: the per-junk-packet cost as above with 1, 100, 1000 SOURCE ANY
#   stanzas of distinct keys (BENCH_STANZAS): no key id on the wire, so each
#   distinct key costs an HMAC. BENCH_STANZA_JUNK packets; the stock daemon
#   reads fewer of them (-C) as stanzas grow (about 2 s of its work).
# - flood from one prefix: both daemons live with BENCH_FLOOD_STANZAS (1000)
#   SOURCE ANY stanzas, the knocks' key last; junk from 198.51.100.7 as fast
#   as one unpaced sender goes for BENCH_FLOOD_FOR (10s) while
#   BENCH_FLOOD_PREFIX_KNOCKS (20) knocks go out from 203.0.113.7, evenly
#   spread; how many open within BENCH_FLOOD_WAIT (10s) after the flood, and
#   how late (send to the rule's netlink notice; median, max).
# - fleet (REPLAY_REDIS_URL): Sesame's knock-to-open as above, 100 knocks with
#   the local replay cache alone and again with a redis-server across the
#   veth (the added time per valid knock, median and p99); then 50 simulated
#   gateways (fleetcache clients, one connection and one SET NX PX at a time
#   each) against one redis-server on loopback for 5 s: records a second,
#   beside one in-memory local cache's Adds a second. Skipped without
#   redis-server.
#
# Knobs (environment): BENCH_JUNK, BENCH_VALID (packets in the junk and the
# valid/replayed files), BENCH_CACHED (valid packets run against a prefilled
# cache), BENCH_STOCK_CACHED (how many of those the stock daemon reads),
# BENCH_DIGESTS (prefilled cache sizes, comma-separated), BENCH_RUNS (runs of
# each file, the fastest counts), BENCH_KNOCKS (knocks timed),
# BENCH_FLOOD_RATE, BENCH_FLOOD_KNOCKS, BENCH_STANZAS, BENCH_STANZA_JUNK,
# BENCH_FLOOD_STANZAS, BENCH_FLOOD_PREFIX_KNOCKS, BENCH_FLOOD_FOR,
# BENCH_FLOOD_WAIT (Go durations), BENCH_ROWS (which groups of rows:
# file,stanzas,live,stanza-flood,fleet; all by default), BENCH_VERBOSE=1 (progress
# on stderr). A quick look at the flood rows only:
#   BENCH_ROWS=stanzas,stanza-flood BENCH_RUNS=2 BENCH_STANZA_JUNK=1000 \
#   BENCH_FLOOD_FOR=3s BENCH_FLOOD_WAIT=3s scripts/bench-server.sh
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" -eq 0 ] || { echo "bench-server.sh: needs root (network namespaces, iptables)" >&2; exit 2; }
for p in fwknopd taskset iptables ip /usr/bin/time; do
  command -v "$p" >/dev/null || { echo "bench-server.sh: $p missing: run make build (scripts/install-deps.sh)" >&2; exit 2; }
done
[ -x bin/fwknopd ] || { echo "bench-server.sh: bin/fwknopd missing: run make build" >&2; exit 2; }

work=$(mktemp -d /tmp/sesame-bench-server.XXXXXX)
prefix=spabench-$$
tool=
cleanup() {
  # benchtool removes what it creates; this catches a benchtool that was killed.
  if [ -n "$tool" ] && kill "$tool" 2>/dev/null; then wait "$tool" 2>/dev/null || true; fi
  for ns in $(ip netns list | awk -v p="$prefix-" 'index($1, p) == 1 {print $1}'); do ip netns del "$ns" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

go build -o "$work/benchtool" ./server/internal/benchtool
verbose=()
[ "${BENCH_VERBOSE:-0}" = 1 ] && verbose=(-v)
"$work/benchtool" -fwknopd bin/fwknopd -stock "$(command -v fwknopd)" -prefix "$prefix" \
  -junk "${BENCH_JUNK:-50000}" -valid "${BENCH_VALID:-10000}" \
  -cached "${BENCH_CACHED:-20000}" -stock-cached "${BENCH_STOCK_CACHED:-200}" \
  -digests "${BENCH_DIGESTS:-10000,100000,1000000}" -runs "${BENCH_RUNS:-5}" \
  -knocks "${BENCH_KNOCKS:-30}" -flood-rate "${BENCH_FLOOD_RATE:-5000}" -flood-knocks "${BENCH_FLOOD_KNOCKS:-50}" \
  -stanzas "${BENCH_STANZAS:-1,100,1000}" -stanza-junk "${BENCH_STANZA_JUNK:-5000}" \
  -flood-stanzas "${BENCH_FLOOD_STANZAS:-1000}" -flood-prefix-knocks "${BENCH_FLOOD_PREFIX_KNOCKS:-20}" \
  -flood-for "${BENCH_FLOOD_FOR:-10s}" -flood-wait "${BENCH_FLOOD_WAIT:-10s}" -rows "${BENCH_ROWS:-file,stanzas,live,stanza-flood,fleet}" \
  "${verbose[@]}" &
tool=$!
wait "$tool"

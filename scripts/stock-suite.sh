#!/usr/bin/env bash
# stock-suite.sh: run fwknop's own test suite (test/test-fwknop.pl of an
# fwknop source tree) against the stock binaries and against Sesame's, and
# print the pass counts side by side and Sesame's failures by category.
#
#   make stock-suite FWKNOP_SRC=/path/to/fwknop [SUITE_MODES="stock sesame-daemon"]
#
# Downloads nothing: FWKNOP_SRC is a checkout of github.com/mrash/fwknop
# (the suite's files stay out of this repository). The stock binaries are
# Debian's fwknop-client/fwknop-server (/usr/bin/fwknop, /usr/sbin/fwknopd),
# run with --lib-dir an empty folder; Sesame's are bin/fwknopd and
# `bin/sesame knock` (make build-headless). Needs root: each run is in its
# own PID, mount and network namespace (unshare), with loopback up, because
# the suite kills fwknopd processes by name and changes the firewall.
#
# Modes (SUITE_MODES, default all four):
#   stock          stock client, stock daemon (the reference)
#   sesame-daemon  stock client, Sesame's fwknopd
#   sesame-client  `sesame knock`, stock daemon
#   sesame         both of Sesame's
# Not a CI step (CI has no fwknop source tree); what it finds becomes
# ordinary tests in the repository.
set -euo pipefail

FWKNOP_SRC=${FWKNOP_SRC:?FWKNOP_SRC=/path/to/an/fwknop/source/tree is required}
SUITE_MODES=${SUITE_MODES:-stock sesame-daemon sesame-client sesame}
SUITE_OUT=${SUITE_OUT:-/tmp/sesame-stock-suite}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STOCK_CLIENT=${STOCK_CLIENT:-/usr/bin/fwknop}
STOCK_DAEMON=${STOCK_DAEMON:-/usr/sbin/fwknopd}

# The categories the comparison covers (the suite's --include regexes,
# matched against "[category] [subcategory] detail"); replay and NAT tests
# sit inside the Rijndael ones and are counted apart below.
# SUITE_INCLUDE narrows a run to some of them (the suite's regexes).
INCLUDE=${SUITE_INCLUDE:-'^\[basic operations\],^\[Rijndael,^\[GPG'}

# Excluded: categories that test the C build itself, never the programs'
# behaviour. Most are outside INCLUDE already; named here so that the
# exclusion is explicit.
#   build security, readelf   - ELF hardening flags of the C binaries
#   code structure            - the C source's layout
#   configure args            - ./configure options
#   valgrind                  - memory checks of the C binaries
#   libfko, perl FKO module, python fko extension, fko-wrapper, Cunit
#                             - libfko's language bindings and unit tests
#   fault injection, ASAN, AFL - instrumented C builds
#   Look for crashes          - core dumps of the C binaries
EXCLUDE='readelf,build security,code structure,configure args,valgrind,\[libfko\],perl FKO module,python fko extension,fko-wrapper,Cunit,fault injection,ASAN,AFL,Look for crashes'

die() { echo "stock-suite: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (namespaces, iptables)"
[ -f "$FWKNOP_SRC/test/test-fwknop.pl" ] || die "$FWKNOP_SRC/test/test-fwknop.pl not found: FWKNOP_SRC must be an fwknop source tree"
for p in perl unshare ip iptables; do
	command -v "$p" >/dev/null || die "$p not found (scripts/install-deps.sh)"
done
for p in "$STOCK_CLIENT" "$STOCK_DAEMON"; do
	[ -x "$p" ] || die "$p not found: apt-get install fwknop-client fwknop-server"
done
for p in "$ROOT/bin/fwknopd" "$ROOT/bin/sesame"; do
	[ -x "$p" ] || die "$p not found: make build-headless"
done

rm -rf "$SUITE_OUT"
mkdir -p "$SUITE_OUT/emptylib"
# `sesame knock` takes fwknop's client flags; the suite runs one program.
printf '#!/bin/sh\nexec %q knock "$@"\n' "$ROOT/bin/sesame" >"$SUITE_OUT/sesame-fwknop"
chmod 755 "$SUITE_OUT/sesame-fwknop"

# With the stock client and Sesame's daemon, the client-only tests run
# exactly as in the stock mode; SUITE_SKIP_CLIENT_ONLY=1 leaves them out of
# that mode (the run takes half the time) and counts the stock's results.
CLIENT_ONLY='\] \[client\] ,\[client save rc file\],\[client rc file\]'

run_mode() {
	local mode=$1 client=$STOCK_CLIENT daemon=$STOCK_DAEMON exclude=$EXCLUDE
	case $mode in
	stock) ;;
	sesame-daemon)
		daemon=$ROOT/bin/fwknopd
		[ "${SUITE_SKIP_CLIENT_ONLY:-0}" = 1 ] && exclude="$exclude,$CLIENT_ONLY"
		;;
	sesame-client) client=$SUITE_OUT/sesame-fwknop ;;
	sesame) client=$SUITE_OUT/sesame-fwknop daemon=$ROOT/bin/fwknopd ;;
	*) die "unknown mode $mode" ;;
	esac
	# A copy of the tree per mode: the suite writes into test/.
	local tree=$SUITE_OUT/$mode
	mkdir -p "$tree"
	cp -a "$FWKNOP_SRC/." "$tree/"
	# A failed 'fatal' test ends the suite's run; for a comparison every
	# test should run, in every mode alike.
	sed -i "s/'fatal' *=> *\$YES/'fatal' => \$NO/" "$tree"/test/tests/*.pl
	# The suite runs its GPG tests only when ldd shows libgpgme in the
	# client, the daemon and $lib_dir/libfko.so; Sesame drives the gpg
	# program instead, and --lib-dir is empty. With gpg installed, every
	# mode runs them (the suite's own keys, test/conf/gpg_dirs.tar.gz).
	if command -v gpg >/dev/null; then
		sed -i 's/unless (\$have_gpgme == 3) {/unless (1) {/' "$tree/test/test-fwknop.pl"
		grep -q 'unless (1) {' "$tree/test/test-fwknop.pl" || die "cannot enable the GPG tests in $tree/test/test-fwknop.pl"
	fi
	echo "stock-suite: $mode (client $client, daemon $daemon) in $tree/test" >&2
	unshare --pid --fork --mount-proc --net --mount bash -c '
		ip link set lo up
		cd "$1/test"
		perl test-fwknop.pl --fwknop-path "$2" --fwknopd-path "$3" --lib-dir "$4" \
			--include "$5" --exclude "$6"
	' _ "$tree" "$client" "$daemon" "$SUITE_OUT/emptylib" "$INCLUDE" "$exclude" \
		>"$SUITE_OUT/$mode.out" 2>&1 || true
	results "$SUITE_OUT/$mode.out" >"$SUITE_OUT/$mode.results"
}

# results prints "bucket<TAB>pass|fail<TAB>test" for each test of a run.
results() {
	sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '
		/^\[/ && /(pass|fail) \([0-9]+\)$/ {
			verdict = ($0 ~ /pass \([0-9]+\)$/) ? "pass" : "fail"
			name = $0; sub(/ *\.*(pass|fail) \([0-9]+\)$/, "", name)
			cat = name; sub(/^\[/, "", cat); sub(/\].*/, "", cat)
			b = cat
			if (name ~ /[Rr]eplay/) b = "replay"
			else if (name ~ /(^|[^A-Z_])(S|D)?NAT([^A-Z]|$)|FORCE_NAT|MASQ/) b = "NAT"
			else if (cat ~ /^GPG/) b = "GPG"
			printf "%s\t%s\t%s\n", b, verdict, name
		}'
}

for m in $SUITE_MODES; do
	run_mode "$m"
done

buckets=("basic operations" Rijndael Rijndael+HMAC replay NAT GPG)
printf '\n%-18s' "category"
for m in $SUITE_MODES; do printf '%16s' "$m"; done
printf '\n'
for b in "${buckets[@]}"; do
	printf '%-18s' "$b"
	for m in $SUITE_MODES; do
		f=$SUITE_OUT/$m.results
		p=$(awk -F'\t' -v b="$b" '$1==b && $2=="pass"' "$f" | wc -l)
		t=$(awk -F'\t' -v b="$b" '$1==b' "$f" | wc -l)
		printf '%16s' "$p/$t"
	done
	printf '\n'
done

# Sesame's failures that the stock binaries pass, by category.
for m in $SUITE_MODES; do
	[ "$m" = stock ] && continue
	[ -f "$SUITE_OUT/stock.results" ] || break
	printf '\n%s: failures the stock binaries pass\n' "$m"
	awk -F'\t' 'NR==FNR { if ($2=="pass") ok[$3]=1; next } $2=="fail" && ok[$3] { print "  [" $1 "] " $3 }' \
		"$SUITE_OUT/stock.results" "$SUITE_OUT/$m.results" | sort
done
echo
echo "logs: $SUITE_OUT/<mode>.out, per-test output in $SUITE_OUT/<mode>/test/output/"

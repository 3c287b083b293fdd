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

# The desktop app: bin/sesame is the headless build (-tags nogui); bin/sesame-gui
# links Fyne, whose package inits run even for a headless command.
if [ -x bin/sesame-gui ]; then
  gui=$(HOME=$home per_run_us bin/sesame-gui knock "${args[@]}")
  printf '%-32s %8s us\n' "sesame-gui knock --test" "$gui"
  echo
  echo "== desktop app: click to packet on the wire (keys in an in-memory keyring, loopback UDP)"
  go test -run '^$' -bench ClickToPacket -benchtime 300x ./desktop/internal/ui/live/ | grep -E '^Benchmark'
  if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    echo
    echo "== desktop app (demo data, Xvfb, no tray): start to a mapped window, idle RSS after 5 s; 5 runs"
    echo "   (Xvfb has no GPU: Mesa's software OpenGL maps libLLVM and swrast, and X shared memory;"
    echo "    'app' is the RSS without those mappings, which a desktop with a GPU driver does not have)"
    exec 3< <(Xvfb -displayfd 4 -screen 0 1280x800x24 -nolisten tcp 4>&1 2>/dev/null)
    xvfb_pid=$!
    read -r -t 10 dpy <&3
    for i in 1 2 3 4 5; do
      t0=$(date +%s%N)
      DISPLAY=:$dpy DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent SESAME_DEMO=1 HOME=$home bin/sesame-gui 2>"$home/gui.log" &
      app=$!
      for _ in $(seq 2000); do
        xwininfo -display :$dpy -root -tree 2>/dev/null | grep -q '"Sesame"' && break
        kill -0 $app 2>/dev/null || break
        sleep 0.002
      done
      t1=$(date +%s%N)
      sleep 5
      if ! rss=$(awk '/^[0-9a-f]+-[0-9a-f]+ / {soft = ($6 ~ /libLLVM|_dri\.so|^\/SYSV/)}
                      /^Rss:/ {all += $2; if (!soft) own += $2}
                      END {if (NR == 0) exit 1; print all, own}' /proc/$app/smaps 2>/dev/null); then
        wait $app && status=0 || status=$?
        echo "run $i: the app exited early (status $status):"; tail -3 "$home/gui.log"; continue
      fi
      kill -TERM $app; wait $app || true
      set -- $rss
      printf 'run %d: window after %4d ms, idle RSS %6d KiB (app %6d KiB)\n' "$i" $(( (t1 - t0) / 1000000 )) "$1" "$2"
    done
    kill $xvfb_pid 2>/dev/null || true
  fi
  if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null && command -v dbus-daemon >/dev/null; then
    echo
    echo "== desktop app at rest (demo data, Xvfb, a stand-in tray host): window open, then closed to the tray"
    echo "   (each state sampled 20 s after 5 s to settle; CPU and wake-ups count all threads and children;"
    echo "    'before' is the build before the idle work: IDLE_BEFORE=binary, else built from IDLE_BEFORE_REV)"
    before=${IDLE_BEFORE:-}
    rev=${IDLE_BEFORE_REV:-11ccce4648686ea1648d2499fc56a0a0f15dfa9c}
    if [ -z "$before" ] && git rev-parse -q --verify "$rev^{commit}" >/dev/null; then
      mkdir "$home/before-src"
      git archive "$rev" | tar -x -C "$home/before-src"
      (cd "$home/before-src" && go build -tags no_emoji -trimpath -ldflags='-s -w' -o "$home/before-gui" .)
      before=$home/before-gui
    fi
    go run ./scripts/idlebench ${before:+before=$before} now=bin/sesame-gui
  fi
fi

if [ -x scripts/bench-server.sh ]; then
  echo
  scripts/bench-server.sh
fi

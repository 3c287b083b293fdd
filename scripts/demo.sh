#!/usr/bin/env bash
# The Sesame demo: two network namespaces joined by a veth link, a server
# whose firewall drops tcp/22 with a listener behind it, an SPA daemon, and
# `sesame knock` from the client. Prints each step: closed before the knock,
# open after it (with the knock-to-open time), closed again after the grant
# times out. Everything it creates is removed on exit.
#
# usage: scripts/demo.sh [sesame|stock]   (the daemon to run; default sesame
#        when bin/fwknopd exists, else the stock fwknopd)
set -euo pipefail
cd "$(dirname "$0")/.."

daemon=${1:-}
if [ -z "$daemon" ]; then daemon=stock; [ -x bin/fwknopd ] && daemon=sesame; fi
case "$daemon" in
  sesame) fwknopd=$PWD/bin/fwknopd ;;
  stock) fwknopd=$(command -v fwknopd) ;;
  *) echo "usage: $0 [sesame|stock]" >&2; exit 2 ;;
esac
sesame=$PWD/bin/sesame
[ -x "$sesame" ] || { echo "build first: make build" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "the demo creates network namespaces: run it as root" >&2; exit 2; }

srv=sesame-demo-srv-$$ cli=sesame-demo-cli-$$
server_ip=198.51.100.1 client_ip=198.51.100.7 port=22 timeout=5
work=$(mktemp -d /tmp/sesame-demo.XXXXXX)
pids=()

cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  ip netns del "$srv" 2>/dev/null || true
  ip netns del "$cli" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

step() { printf '\n==> %s\n' "$*"; }
in_srv() { ip netns exec "$srv" "$@"; }
in_cli() { ip netns exec "$cli" "$@"; }
# probe prints "open" or "closed" for a TCP connect from the client.
probe() { if in_cli timeout 1 bash -c "</dev/tcp/$server_ip/$port" 2>/dev/null; then echo open; else echo closed; fi; }

step "creating namespaces $srv (server, $server_ip) and $cli (client, $client_ip)"
ip netns add "$srv"; ip netns add "$cli"
ip link add sesame-s type veth peer name sesame-c
ip link set sesame-s netns "$srv"; ip link set sesame-c netns "$cli"
in_srv ip addr add $server_ip/24 dev sesame-s; in_srv ip link set sesame-s up; in_srv ip link set lo up
in_cli ip addr add $client_ip/24 dev sesame-c; in_cli ip link set sesame-c up; in_cli ip link set lo up

step "server: a listener on tcp/$port behind a firewall that drops it"
in_srv python3 -c "
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', $port)); s.listen(16)
while True:
    c, _ = s.accept(); c.close()
" & pids+=($!)
in_srv iptables -A INPUT -i lo -j ACCEPT
in_srv iptables -A INPUT -p tcp --dport $port -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
in_srv iptables -A INPUT -p tcp --dport $port -j DROP
echo "  iptables -A INPUT -p tcp --dport $port -j DROP"

step "keys: sesame keygen"
keys=$("$sesame" keygen)
key=$(echo "$keys" | awk '/^KEY_BASE64:/ {print $2}')
hmac=$(echo "$keys" | awk '/^HMAC_KEY_BASE64:/ {print $2}')
echo "  a fresh Rijndael key and HMAC key (not shown)"

step "server: $daemon fwknopd on sesame-s, grants last ${timeout}s"
cat >"$work/fwknopd.conf" <<CONF
PCAP_INTF sesame-s;
PCAP_FILTER udp port 62201;
ENABLE_DIGEST_PERSISTENCE Y;
CONF
cat >"$work/access.conf" <<CONF
SOURCE ANY
KEY_BASE64 $key
HMAC_KEY_BASE64 $hmac
OPEN_PORTS tcp/$port
FW_ACCESS_TIMEOUT $timeout
CONF
chmod 600 "$work"/*.conf
in_srv "$fwknopd" -f -c "$work/fwknopd.conf" -a "$work/access.conf" -d "$work/digest.cache" \
  -p "$work/fwknopd.pid" >"$work/fwknopd.log" 2>&1 & pids+=($!)
for _ in $(seq 50); do in_srv iptables -S FWKNOP_INPUT >/dev/null 2>&1 && break; sleep 0.1; done
in_srv iptables -S FWKNOP_INPUT >/dev/null 2>&1 || { cat "$work/fwknopd.log"; echo "fwknopd did not start"; exit 1; }
sleep 0.3 # let libpcap attach

step "before the knock: tcp/$port is $(probe)"
[ "$(probe)" = closed ] || { echo "expected closed"; exit 1; }

step "client: sesame knock -A tcp/$port -a $client_ip -D $server_ip (keys from the environment)"
# Python times the knock and polls with short connect timeouts, so the
# number is the knock-to-open latency rather than the polling step.
result=$(SESAME_KEY_BASE64_RIJNDAEL=$key SESAME_KEY_BASE64_HMAC=$hmac in_cli python3 -c "
import socket, subprocess, sys, time
t0 = time.monotonic()
subprocess.run(['$sesame', 'knock', '--no-rc-file', '-A', 'tcp/$port', '-a', '$client_ip', '-D', '$server_ip', '--use-hmac'], check=True)
while time.monotonic() - t0 < 5:
    try:
        socket.create_connection(('$server_ip', $port), timeout=0.01).close()
        print('open %.1f' % ((time.monotonic() - t0) * 1000)); sys.exit(0)
    except OSError:
        pass
print('closed -')
")
state=${result% *} ms=${result#* }
step "after the knock: tcp/$port is $state (knock to open: ${ms} ms)"
[ "$state" = open ] || { cat "$work/fwknopd.log"; exit 1; }
in_srv iptables -S FWKNOP_INPUT | grep -- '-j ACCEPT' | sed 's/^/  /'

step "waiting for the ${timeout}s grant to expire"
for _ in $(seq 30); do
  sleep 1
  in_srv iptables -S FWKNOP_INPUT 2>/dev/null | grep -q -- "-s $client_ip" || break
done
step "after the timeout: tcp/$port is $(probe)"
[ "$(probe)" = closed ] || { echo "expected closed"; exit 1; }
echo
echo "demo ok: closed -> open in ${ms} ms -> closed"

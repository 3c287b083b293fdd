// Package daemon is fwknopd's engine: it wires a packet source, the access
// Judge, the replay cache and the firewall into one pipeline, and runs it
// with expiry, signals and logging.
//
// # Pipeline
//
//	capture ──> fair queue (per source prefix) ──> N deciding workers ──> firewall worker
//	                                                     ├──> command runner
//	                                                     └──> cycle worker
//
// The capture goroutine only copies each payload into a pooled buffer,
// with its addresses, ports and protocol (they go into the replay record),
// and queues it. Workers (GOMAXPROCS of them) call Judge.DecideDatagram,
// which refuses junk by HMAC before decrypting anything. fwknop's packets
// carry no key id, so that is one HMAC per distinct key among the stanzas
// the source matches: 3–5 µs with one key, 250–290 µs with 1000 SOURCE ANY
// stanzas, on one core (make bench; the stock daemon: 8–10 µs and 7–8 ms). A
// flood can then keep every worker busy, and the queue is what keeps it
// from delaying everyone's knocks.
//
// The queue is fair between source prefixes (IPv4 /24, IPv6 /64;
// fairQueue), before any HMAC: one FIFO per prefix with packets waiting,
// served round-robin, so a knock waits for at most one packet of each busy
// prefix, not for a flood's backlog. It holds at most QueueLen packets in
// all and PrefixQueueLen from one prefix; a live capture drops a packet
// that finds no room (logged as queue_full, folded like any reject) rather
// than stall. What this bounds: a flood from one prefix, or a few, neither
// fills the queue nor delays knocks from other prefixes beyond the packets
// being decided; a flood from the knock's own prefix, or spoofed from
// thousands of prefixes, still can. Capture itself must keep up, or the
// kernel drops knocks with the junk before the queue sees them: a live run
// has one P more than workers (reserveCaptureP), so the capture goroutine
// never waits for a busy worker, workers yield every yieldEvery, and the
// kernel's capture buffer is 8 MiB (capture.OpenLive). A pcap file is one
// FIFO, decided by one worker, with capture waiting for room: nothing is
// lost and decisions keep the file's order.
//
// Accepted grants go to a single firewall worker, the only goroutine that
// changes the firewall; it also removes grants at their expiry, with one
// timer set to the earliest expiry Firewall.Expire reports, and every
// CheckInterval asks the nftables backend to put back what an
// administrator's ruleset reload removed.
//
// # Firewall
//
// FIREWALL_BACKEND picks iptables or nftables (NFT_TABLE, NFT_CHAIN); when
// it is absent firewall.Detect chooses, and -D and the start-up log say
// which and why (ChooseBackend). The iptables backend, detection, --lockdown
// and --fw-list-all run FIREWALL_EXE and its ip6tables counterpart
// (IPTablesExe; unset, /usr/sbin/iptables or else iptables in PATH), and -D
// and the start-up log name them (FirewallPrograms). Both families are
// served at once: IPv6 grants go to ip6tables or the nftables IPv6 set. GRANT_PREFIX_V4/V6
// widen a grant to the allow address's network (Grant.SourcePrefix).
// At -v -v the iptables backend's commands and, after each grant, the
// listings of the chains it changed are logged at debug level, as the
// stock's debug output has them (firewall.Config.Trace); --fw-list-all
// prints the stock's heading and `iptables -t TABLE -v -n -L
// --line-numbers` for each table in use. NAT host names resolve to IPv4
// (ENABLE_NAT_DNS; resolveNATHost), each look-up bounded.
//
// # Promises
//
//   - Grants outlive the process: at start the firewall's live grants are
//     read back and scheduled (or removed if already due), and at exit they
//     are left in place unless FLUSH_IPT_AT_EXIT is Y. With the replay
//     digest on disk before any grant (replay.Cache.Add), a kill -9 loses
//     neither a grant nor a digest.
//   - Reload (SIGHUP) swaps configuration and Judge atomically; a
//     configuration that does not load is logged with file:line and the old
//     one keeps serving; the firewall is not touched.
//   - Test mode (-t) decides exactly as a live run, replays included, and
//     changes nothing: no firewall call, no command, and the digest file is
//     read from a copy.
//   - The log never holds a key or a packet's plaintext beyond its decoded
//     fields. Rejects beyond DefaultRejectsPerSecond a second are folded
//     into one summary per second; accepts are always logged.
//   - Each text log line of an event the stock fwknopd also logs (start-up,
//     a packet accepted, each reject reason, a replay, a grant's removal)
//     starts with the stock daemon's wording, then "; " and Sesame's own
//     fields (stocktext.go): fwknop's test suite and log watchers grep for
//     them. --log-json is unchanged. Opening a capture, it also says the
//     stock's "Sniffing interface: IF" (or "Reading pcap file: F") and
//     "PCAP filter is: 'FILTER'" (stockcapture.go).
//   - With libpcap on a named interface and EXIT_AT_INTF_DOWN Y (the
//     default), the daemon exits with an error when the interface goes down
//     or away, as the stock's does (intfwatch.go). The pid file is left at
//     exit, as the stock leaves it; its lock says whether a daemon runs.
//   - A --pcap-file run (not -t) keeps running after the file until the
//     grants it made have expired, as the stock's (pcaplinger.go).
//   - Command messages run without a shell (SplitCommand), as
//     CMD_EXEC_USER, with a timeout, and with none of the daemon's
//     capabilities: childcaps.Start clears their ambient and inheritable
//     sets and sets no_new_privs, so under a non-root daemon CapEff,
//     CapPrm, CapInh and CapAmb are all zero whatever the user, and no
//     setuid program (sudo) gives a command more. A root daemon runs a
//     command without CMD_EXEC_USER as root, as the stock daemon does.
//   - A stanza with CMD_CYCLE_OPEN runs that command (its variables
//     substituted by access.ExpandCycle) instead of opening the firewall,
//     and its CMD_CYCLE_CLOSE when the client's timeout or CMD_CYCLE_TIMER
//     has passed, one command at a time on the cycle worker, as the stock
//     daemon does: without a shell, as the daemon's own user, each within
//     CMD_EXEC_TIMEOUT (the stock waits for ever). They keep CAP_NET_ADMIN
//     alone of the daemon's capabilities, on purpose: the administrator
//     wrote them and they usually run iptables (never CAP_NET_RAW,
//     CAP_SETUID or CAP_SETGID; no_new_privs too; the start-up log says
//     so). Close commands still
//     pending at exit are logged and not run, as the stock drops them;
//     in test mode no cycle command runs (the stock runs them even there).
//
// # TCP and HTTP
//
// With ENABLE_TCP_SERVER the TCP server (capture.TCPServer) runs beside the
// live source: with libpcap it only accepts, and the capture judges the
// packet; beside the UDP server it reads the packet of each connection and
// queues it like a datagram. Its connections that bring no packet are
// logged as rejects (tcp_busy, tcp_no_data, tcp_timeout). With
// ENABLE_SPA_OVER_HTTP a worker takes the packet out of a payload that
// starts with "GET /", whichever way it came (httpspa), before judging it;
// a refused request is logged as http_user_agent or http_too_short.
//
// # Fleet
//
// With REPLAY_REDIS_URL the replay store is a fleetcache.Cache: the local
// cache in front, a Redis shared by the fleet behind it (withFleet). A
// replay refused by either is logged with its scope (Event.Scope, "scope"
// in --log-json: local or fleet); -D shows the shared cache and its policy
// (FleetDump), never the password; the start-up log says whether it
// answered a PING. Test mode consults the local cache alone. Changes to
// REPLAY_REDIS_* take effect at the next start.
//
// A Daemon's Run is called once; Reload and Config are safe to call
// concurrently with it.
package daemon

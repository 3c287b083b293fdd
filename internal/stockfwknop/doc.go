// Package stockfwknop runs the stock fwknop 2.6 programs (Debian's
// fwknop-client and fwknop-server) as oracles for tests: it builds packets
// with `fwknop --test`, judges packets with `fwknopd --test --pcap-file`
// inside a private network namespace, and writes the pcap files that feed
// it. It is test support: nothing in a production binary imports it.
//
// Require skips a test when the programs are missing, except under CI
// (CI set in the environment), where their absence is a failure: CI
// installs them, and a silently skipped interop test proves nothing.
package stockfwknop

// Package difftest holds the differential test of Sesame's fwknopd against
// the stock fwknopd 2.6 (Debian's fwknop-server), and nothing else: it has
// no non-test code.
//
// The test builds a fresh list of packets with the stock fwknop client at
// test time (accepted, tampered, replayed, stale, future, forbidden by the
// access stanzas, wrong keys, multi-stanza fall-through), then runs each
// daemon live (never -t) with real iptables in network namespaces it
// creates, feeds it the same list over a veth link as real UDP datagrams,
// and requires that every decision agree: accept or reject, the reject's
// reason (the stock one derived from its log text, as the shared vectors
// were), and the firewall rules each accept added. It needs root, the
// stock programs and iproute2/iptables, and skips clearly without them
// (except under CI, where a missing stock program fails it). A second test
// sends packets to a CMD_CYCLE_OPEN stanza of each daemon and requires the
// same open and close commands to run.
package difftest

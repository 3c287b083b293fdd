// Package knock holds the stages of a knock as the stock fwknop client
// defines them: its options (Options, with the parsers of its flags),
// the keys (Keys, GnuPG's among them), the SPA message (Message), the
// server's address (ResolveFamily, and HTTPResolver for -R) and the
// sending (Send, HTTPRequest, and through -H's proxy ParseProxy and
// ProxyRequest), with the stock client's delivery settings (Delivery: -S,
// -r, -G key files read by KeyFromFile, -w's WgetResolver). It runs none of them in order: the client
// pipeline (package client) does, for the flags, the saved profiles and
// the GUI alike. FromProfile and (*Options).Profile turn a typed profile
// (shared/profile) into options and back, so that a saved profile knocks
// as the flags do and an rc stanza can be kept as a profile.
//
// Bad input is refused in the stock client's words first, where fwknop's
// own test suite and users' scripts grep them (a NAT knock's -A and -N:
// natwords.go; GPG paths and keys in libfko's words: gpgwords.go), then
// Sesame's explanation.
package knock

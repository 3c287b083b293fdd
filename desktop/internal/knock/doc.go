// Package knock holds the stages of a knock as the stock fwknop client
// defines them: its options (Options, with the parsers of its flags),
// the keys (Keys, GnuPG's among them), the SPA message (Message), the
// server's address (ResolveFamily, and HTTPResolver for -R) and the
// sending (Send, HTTPRequest). It runs none of them in order: the client
// pipeline (package client) does, for the flags, the saved profiles and
// the GUI alike.
package knock

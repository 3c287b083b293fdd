// Package config reads the stock fwknopd 2.6 configuration files:
// fwknopd.conf (with -O override files) into a typed Server, and access.conf
// (with %include, %include_folder and %include_keys) into an Access list of
// typed Stanzas.
//
// It promises that a file which loads is fully validated: every value is
// typed and range-checked, and anything malformed is an *Error naming
// file:line that wraps one of the Err* sentinels, so the daemon refuses to
// start rather than guess (the stock daemon silently takes a default for a
// malformed value). A refusal the stock also makes is worded with the
// stock's words after file:line ("No keys found", "KEY value is not
// properly set", "var NAME value ... not in the range", "Invalid access
// file entry", "Could not open access file", ...), so scripts and fwknop's
// own test suite that grep for them keep working; where the stock only
// drops a stanza (a bad %include_keys file), Sesame refuses in those words.
// Variables the stock daemon knows but Sesame does not
// implement, and unknown names, are returned as Warnings, never silently
// dropped. Key material (KEY, KEY_BASE64, HMAC_KEY, HMAC_KEY_BASE64,
// GPG_DECRYPT_PW) never appears in an error, a warning or a Dump. Where the
// stock refuses a value Sesame refuses it too: a SOURCE or DESTINATION
// network with a CIDR mask of /0 (IPv4 or IPv6) is an ErrValue, ANY being
// the way to say every address.
//
// Read for a known fwknopd.conf (LoadAccessFor, ParseAccessFor, as the
// daemon reads), FORCE_NAT and FORCE_SNAT are refused at their line, before
// their value, when neither ENABLE_IPT_FORWARDING nor ENABLE_IPT_LOCAL_NAT
// is on, as the stock refuses them; LoadAccess leaves that to Validate.
//
// Differences from the stock daemon, on purpose: FLUSH_IPT_AT_INIT and
// FLUSH_IPT_AT_EXIT default to N (Sesame recovers live grants at start);
// a relative %include path is looked up from the working directory, as the
// stock does, and when nothing is there from the including file's folder;
// %include_folder reads its files in name order; files readable by the owner's group (0640) are not warned about
// (Sesame's daemon runs unprivileged and reads its config through its group).
// FIREWALL_EXE, when set, is checked as files load (LoadServer): a relative
// path, a missing file, a directory, a file without execute permission or a
// name not starting with "iptables" is an *Error at its file:line; with
// FIREWALL_BACKEND nftables it is not used, and a Warning says so.
//
// Sesame additions: FIREWALL_BACKEND, NFT_TABLE and NFT_CHAIN in
// fwknopd.conf; GRANT_PREFIX_V4, GRANT_PREFIX_V6 and SESAME_CLIENT in
// access.conf. SESAME_CLIENT NAME names a stanza for `fwknopd --new-client /
// --rotate-client / --revoke-client NAME` (Access.ByName); the stock daemon
// logs and ignores it, so a file stays usable by stock fwknopd.
//
// The loaded values are plain data: safe for concurrent reads, not for
// concurrent modification.
package config

// Package access is fwknopd's decision engine: it takes one SPA packet, the
// addresses it came from and went to, and the time, and returns a Decision —
// accept with the firewall grants (or the command) to carry out, or reject
// with a typed Reason.
//
// # Order of checks
//
// Decide follows the stock fwknopd 2.6 order (server/incoming_spa.c) so that
// every decision and reason matches, with the cheapest rejection first:
//
//  1. spa.Check: length and alphabet (too_short, too_long, bad_base64);
//  2. the stanzas whose SOURCE and DESTINATION match; none: no_matching_stanza;
//  3. the HMAC of those stanzas, computed at most once per packet for each
//     distinct HMAC key and type, however many stanzas share it;
//  4. the replay lookup, made when some matching stanza authenticates the
//     packet (or has no HMAC): a replay is refused before any stanza is
//     tried, whatever address sent it (replay);
//  5. each matching stanza in file order: ACCESS_EXPIRE (access_expired),
//     HMAC (bad_hmac), decryption (decrypt_failed) and decoding (malformed),
//     the GPG signature's presence and validity (gpg_signature_missing,
//     gpg_bad_signature), recording the replay digest (replay_store_failed;
//     a packet stamped at or before the cache's watermark is a replay, or
//     stale_timestamp when aging refuses it anyway),
//     the GPG signer (gpg_signer_not_allowed), the timeout, packet age
//     (stale_timestamp), the allow IP (a malformed one ends the whole
//     packet: malformed), 0.0.0.0 with REQUIRE_SOURCE_ADDRESS
//     (source_required), REQUIRE_USERNAME (user_mismatch), NAT types without
//     ENABLE_IPT_FORWARDING / ENABLE_IPT_LOCAL_NAT (nat_not_enabled); then
//     a stanza with CMD_CYCLE_OPEN builds its commands from the first
//     proto/port asked (cycle_not_built: none, or too long; ExpandCycle)
//     and checks nothing more; otherwise command messages without
//     ENABLE_CMD_EXEC (command_not_allowed), OPEN_PORTS and
//     RESTRICT_PORTS (port_not_allowed). The first stanza that passes every
//     check accepts. When all fail, the Decision is that of the stanza that
//     got furthest through the list above (the first of those on a tie).
//     The other stanzas' refusals come with it (Decision.Others), for the
//     daemon's text log to show each as the stock daemon does.
//
// The message and nat_access fields are parsed once per packet, by spa's
// decoder: the checks after decryption read the typed spa.Message.Body
// (allow IP, ports, command, NAT target) and never split the text again.
//
// Differences from the stock daemon, on purpose: replays are always looked up
// and every decrypted packet's digest is recorded (replay.Cache.Add, on disk
// before any grant), in test mode too and whatever ENABLE_DIGEST_PERSISTENCE
// says; IPv6 sources and allow addresses work like IPv4 ones; a test-mode run
// decides exactly as a live one.
//
// # GPG keys
//
// A GPG stanza's GPG_HOME_DIR (or the server's) is read one of two ways:
//
//   - exported key files: every *.asc file there, read in-process (the
//     OpenPGP library cannot read GnuPG's own keyrings). Export them once with
//
//     gpg --homedir DIR --export-secret-keys --armor SERVER_KEY > DIR/server-secret.asc
//     gpg --homedir DIR --export --armor CLIENT_KEY > DIR/client-public.asc
//
//     The decryption keys are the secret keys there whose key id (short or
//     long) or fingerprint matches GPG_DECRYPT_ID (all secret keys when it
//     is unset), unlocked with GPG_DECRYPT_PW unless GPG_ALLOW_NO_PW.
//     Signatures are checked against every key in the folder.
//   - a GnuPG home as `gpg --import` leaves it (pubring.kbx or pubring.gpg,
//     no *.asc): each GPG packet is decrypted by the gpg program (GPG_EXE)
//     there, as the stock daemon does through GPGME (shared/gnupg): the
//     packet through a pipe, GPG_DECRYPT_PW through a pipe of its own,
//     never argv; with GPG_ALLOW_NO_PW gpg asks nobody (the key has no
//     passphrase or the agent holds it). GPG_DECRYPT_ID (an id, or several
//     separated by commas) must name a secret key of the home (checked by
//     New) and the packet must be encrypted to one of those it names. A signature is good only when gpg finds it good and the signing
//     key valid (owner trust or a certification at least marginal), as
//     libfko judges GPGME's result. At most 4 gpg children run at once per
//     home; each is bounded by a timeout.
//
// Either way, GPG_FINGERPRINT_ID is compared with the signing key's
// fingerprint and GPG_REMOTE_ID with the tail of its key id.

// # Use
//
// A Judge is built once from the parsed configuration and is safe for
// concurrent use; Decide never panics, whatever the packet, does no I/O but
// through the ReplayCache it was given (and Options.Resolve for NAT host
// names, and a gpg child for a GnuPG home's GPG packets), never logs, and never puts key material in a Decision or an error.
// To reload, build a new Judge from the new configuration while the old one
// keeps serving, then swap them (an atomic.Pointer): Judges share nothing but
// the replay cache.
//
// The Judge only decides: the daemon changes the firewall and runs commands.
package access

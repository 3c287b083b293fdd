// Package replay is fwknopd's persistent replay-digest cache: it remembers
// the SHA-256 digest of every SPA packet the daemon has accepted for
// decryption, so that the same packet is never acted on twice, across
// restarts and crashes.
//
// # Promises
//
//   - Lookups are O(1): an open-addressing table (linear probing) whose
//     one-byte tags stay in the CPU caches, so a miss (a new packet) reads
//     no more than the tags and a hit (a replay) reads one 40-byte slot: the
//     digest's 32 raw bytes plus 8 bytes of time. A digest costs 55 to 66
//     bytes of memory. The table is keyed by a per-process secret hash seed,
//     so no one can pick packets whose digests collide on purpose.
//   - Add writes the digest's record to an append-only file and flushes it to
//     disk (fdatasync) before it returns, so a grant made after Add survives a
//     crash of the daemon or the machine (Options.NoSync, for test mode's
//     private copy, instead batches the writes and skips the flush). Add is
//     itself the atomic check-and-add: of two concurrent Adds of one digest,
//     exactly one succeeds and the other gets ErrSeen.
//   - A digest is kept until its packet's own timestamp plus MaxAge has
//     passed: only then can no clock reading make the packet fresh again, so a
//     packet stamped in the future is never pruned early. Entries imported
//     from the stock daemon's digest.cache, which records only when a packet
//     arrived, are kept until that arrival plus twice MaxAge (the packet may
//     have been stamped up to MaxAge after it arrived). Expiry is computed
//     from the policy in force, never stored, so raising MAX_SPA_PACKET_AGE
//     cannot expose an old packet. With aging off nothing is pruned.
//   - Times are whole seconds, as in the packet; an entry is pruned only once
//     the clock's whole second is past the expiry, so truncation never opens
//     a window.
//
// A Cache is safe for concurrent use. Lookups never wait for a disk write or
// a compaction; the table is split into 256 shards so pruning and growth
// hold each lock only briefly: growing one shard, which copies it, takes
// about 50 µs at 1M digests and 0.3 ms at 4M, and holds up only lookups in
// that shard.
//
// # File format
//
// The file is UTF-8 text, one record a line, each line ending in '\n':
//
//	# sesame replay cache v1
//	# <digest> <packet_time> <arrival_time> <proto> <src> <dst> <crc32c>
//	A0MV+0yGJtR1xtDE/SWrA5f6BE89FBWzZ+/UM8rvV38 1795563557 1795563558 17 198.51.100.7:40000 198.51.100.1:62201 495ae26f
//
// The first line is the header and names the version; any other line starting
// with '#' is a comment. Fields are separated by one space:
//
//   - digest: the unpadded standard base64 of the SHA-256 of the packet as
//     received (43 characters), as the stock daemon writes it;
//   - packet_time: the packet's own timestamp in Unix seconds, or "-" for an
//     entry imported from the stock daemon, whose packet time is unknown;
//   - arrival_time: when the daemon recorded the packet, Unix seconds;
//   - proto: the IP protocol of the datagram (17 for UDP), 0 if unknown;
//   - src, dst: the datagram's addresses as address:port ([v6]:port for IPv6),
//     or "-" if unknown;
//   - crc32c: the CRC-32C (Castagnoli) of everything before the space that
//     precedes it, as 8 lowercase hex digits.
//
// Records are only ever appended. A last line without its '\n' is a record
// torn by a crash before its Add returned (so no grant depended on it): Open
// reports it through Options.Warn, keeps everything before it and truncates
// the file so later appends are clean. A damaged record elsewhere (bad field
// or checksum) is reported with its line number and byte offset and skipped;
// the daemon keeps running rather than staying closed to everyone, at the
// price of possibly accepting that one packet again within its age window.
// Loading reads only the digest and the time that sets its expiry; the
// checksum covers the other fields, which are there for people.
// When more than half of the file's records have expired, the file is
// rewritten with only the live ones into a temporary file in the same
// directory, which then replaces it by rename (file and directory fsynced);
// records appended meanwhile are carried over and lookups go on throughout.
//
// # The stock daemon's file
//
// Import reads the stock fwknopd digest.cache (lines "<digest> <proto> <src_ip>
// <src_port> <dst_ip> <dst_port> <time>"). Open recognises a stock file at its
// path (as when Sesame's fwknopd replaces the stock one with the same
// DIGEST_FILE) and converts it in place, atomically, keeping every entry.
package replay

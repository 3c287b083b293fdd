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
//     have been stamped up to MaxAge after it arrived). With aging off
//     nothing is pruned.
//   - Pruning never makes an old packet acceptable: raising
//     MAX_SPA_PACKET_AGE or turning aging off, by a reload (SetPolicy) or at
//     the next start, cannot expose an old packet. The cache keeps a
//     watermark, the latest time a dropped digest's packet can have been
//     stamped (its own time; an imported entry's arrival plus MaxAge), and
//     Add refuses every packet stamped at or before it with a *MarkError,
//     which matches ErrSeen: a replay, whatever the age settings. The
//     watermark rises whenever a digest is dropped (Prune, an expired record
//     left out by Open or Import, a compaction) and is written into the file
//     before the records it stands for leave it. The price: with aging off,
//     a new packet from a client whose clock lags behind the watermark is
//     refused too (with aging on it is stale anyway, and reported so).
//   - A lost cache is said loudly and starts safely. Sesame always writes a
//     header, so a file that exists but is empty or holds only part of its
//     header lost its digests; one whose first line is damaged (a flipped
//     bit, zeros after a crash) is renamed to <path>.damaged-<unixtime>,
//     kept for inspection, so that the daemon still starts (no endless
//     restarts under systemd's Restart=on-failure). Either way Options.Warn
//     gets a *LostError naming the files, and a new cache starts with the
//     watermark at the clock: every packet stamped up to the start is
//     refused as a possible replay. With aging on, those packets are stale
//     once MaxAge has passed anyway; with aging off the rule is the same and
//     lasts, and only clients whose clocks lag behind the start feel it. Not
//     covered: a packet accepted before the loss but stamped after the start
//     (a client clock ahead of the server's, by at most MaxAge with aging
//     on). A missing file is a fresh install: created quietly, no watermark.
//     Options.Floor starts the watermark at a given time, as the daemon does
//     after --rotate-digest-cache moves the old file away.
//     A file that is neither (no Sesame or stock header, none of Sesame's
//     lines: DIGEST_FILE naming the wrong file) or of another Sesame version
//     is left alone and Open fails.
//   - An append that fails (a full disk, chattr +i) refuses its packet, and
//     the first failure of an outage is reported once through Options.Warn
//     (*StoreError, with the path and the cause), as is its end. While the
//     cause lasts every Add fails (the daemon refuses the packet as
//     replay_store_failed); each Add tries again, so the cache recovers by
//     itself. If a failed append could not be cut back off the file, Adds
//     are refused without touching it until, at most once a second, an Add
//     cuts the file back to its last complete record, checks its length, and
//     goes ahead.
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
//	# sesame replay cache v2
//	# <digest> <proto> <src_ip> <src_port> <dst_ip> <dst_port> <arrival_time> <packet_time> <crc32c>
//	# watermark 1795563437 5960e22c
//	A0MV+0yGJtR1xtDE/SWrA5f6BE89FBWzZ+/UM8rvV38 17 198.51.100.7 40000 198.51.100.1 62201 1795563558 1795563557 3d053024
//
// The first line is the header and names the version; any other line starting
// with '#' is a comment. A watermark record, "# watermark <unix_seconds>
// <crc32c>", the checksum covering what precedes its space, says that
// packets stamped at or before that second are refused; of several, the
// latest holds. One is written after the header of a cache started after a
// loss, at the end of a compacted file, and after the records of an Import
// that left expired entries out. A damaged one is reported and the file's
// modification time, which no watermark in the file can be later than,
// stands in for it. An older Sesame that predates it reads it as a comment.
// Fields of a digest record are separated by one space; the first seven
// are the stock daemon's digest.cache line, so what reads the stock's file
// (fwknop's test suite, the stock daemon itself) reads Sesame's records:
//
//   - digest: the unpadded standard base64 of the SHA-256 of the packet as
//     received (43 characters), as the stock daemon writes it;
//   - proto: the IP protocol of the datagram (17 for UDP), 0 if unknown;
//   - src_ip, src_port, dst_ip, dst_port: the datagram's addresses and
//     ports, "0.0.0.0 0" if unknown;
//   - arrival_time: when the daemon recorded the packet, Unix seconds (the
//     stock's time field);
//   - packet_time: the packet's own timestamp in Unix seconds, or "-" for an
//     entry imported from the stock daemon, whose packet time is unknown;
//   - crc32c: the CRC-32C (Castagnoli) of everything before the space that
//     precedes it, as 8 lowercase hex digits.
//
// A v1 file (Sesame before v2: records "<digest> <packet_time>
// <arrival_time> <proto> <src> <dst> <crc32c>", addresses as address:port)
// is read as it is; Open turns its header into v2 in place (one byte,
// flushed) before appending v2 records after the v1 ones, so an older
// Sesame refuses the file rather than skip the new records.
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
// rewritten with only the live ones and the watermark into a temporary file
// in the same directory, which then replaces it by rename (file and
// directory fsynced); records appended meanwhile are carried over and
// lookups go on throughout.
//
// # The stock daemon's file
//
// Import reads the stock fwknopd digest.cache (lines "<digest> <proto> <src_ip>
// <src_port> <dst_ip> <dst_port> <time>"). Open recognises a stock file at its
// path (as when Sesame's fwknopd replaces the stock one with the same
// DIGEST_FILE) and converts it in place, atomically, keeping every entry.
package replay

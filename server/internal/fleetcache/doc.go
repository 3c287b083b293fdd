// Package fleetcache shares fwknopd's replay cache between the daemons of a
// fleet through Redis (or Valkey), so that a packet captured on its way to
// one server cannot be replayed at another: an SPA packet names no server,
// and daemons that share client keys would otherwise each accept it once.
//
// # Promises
//
//   - The local cache (replay.Cache) stays in front: Check asks it alone,
//     and Add records there first, so a local replay never costs a round
//     trip. Only packets that passed an HMAC reach Add (the access Judge
//     calls it after decryption), so junk never reaches Redis.
//   - Add records each new digest with one atomic `SET prefix+digest 1 NX
//     PX ttl` before the grant; a digest already there is a *ReplayError
//     (matches replay.ErrSeen; the log's scope: fleet).
//   - The window: a daemon accepts, through the shared cache, only packets
//     stamped within its MAX_SPA_PACKET_AGE of the clock, either way,
//     whatever ENABLE_SPA_PACKET_AGING says (*WindowError otherwise, which
//     matches ErrSeen and unwraps to a *replay.MarkError so a stale packet
//     is still reported as stale); a key lives until its packet's time plus
//     the fleet's widest window plus 2 s for the clocks. The fleet's widest
//     window is kept under prefix+"window" (raised, never lowered, by each
//     daemon at start, at a reload and once a minute). No setting change
//     makes an old packet acceptable again: a daemon whose window grows (a
//     reload, or joining a fleet with a narrower one) keeps accepting only
//     the old window until the keys written under it are gone (twice the
//     old window plus two minutes). Clocks of the fleet are assumed in step
//     (NTP) to within those 2 s.
//   - A Redis that cannot answer within Options.Timeout (25 ms by default;
//     one try, no retry) costs a knock at most that, and never touches junk
//     handling. Under PolicyLocal the knock is decided on the local cache
//     alone; under PolicyClosed it is refused (*UnavailableError, logged as
//     replay_store_failed). Either way the outage is logged once when it
//     starts and once when it ends (with its length and the knocks it
//     touched); every knock, and the once-a-minute check, tries again, so
//     it recovers by itself.
//   - The password (REPLAY_REDIS_PASSWORD_FILE) never appears in a log
//     line, an error, -D or a child's argv; a URL that holds one is refused.
package fleetcache

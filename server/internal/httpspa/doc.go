// Package httpspa finds the SPA packet in an HTTP request, as fwknopd 2.6
// does with ENABLE_SPA_OVER_HTTP (incoming_spa.c) for the stock client's
// -P http: "GET /<packet> HTTP/1.1" with the packet's base64 made URL-safe
// ('+' sent as '-', '/' as '_').
//
// The rules are the stock daemon's, so that what it accepts Sesame accepts
// and the rest is refused:
//
//   - a payload is an HTTP request when it starts with "GET /" in any
//     letter case; anything else is not this package's business (the
//     daemon judges it as a plain packet);
//   - unless ALLOW_ANY_USER_AGENT is Y, the request must contain
//     "User-Agent: Fwknop" (letter case as written, anywhere before a NUL
//     byte, as the stock's strstr), else ErrUserAgent;
//   - the packet is what follows "GET /" up to the first blank (space, tab,
//     CR, LF, VT or FF) or the end of the payload, with '-' turned back
//     into '+' and '_' into '/'; shorter than spa.MinPacketLen, it is
//     ErrTooShort. Its alphabet and everything else are checked by the
//     judge, as for any packet. Percent-escapes are not decoded (the stock
//     does not either: base64url needs none).
//
// Packet works in place and allocates nothing, so that a flood of requests
// costs no more than a flood of plain packets; it never reads beyond the
// request it is given.
package httpspa

// Package profile reads and writes the Sesame profile line, the one-line
// text that carries everything a client needs to knock one server: where the
// server listens, which ports to ask for, the algorithms, and the keys. The
// server's onboarding (fwknopd --new-client) prints it, the desktop app
// imports it, and it fits in a QR code. The package also reads and writes the
// key text of an Fwknop2 (Android) QR code. A Profile's other formats live
// beside it, used by both ends: shared/fwknoprc (ProfileStanza, the stock
// client's ~/.fwknoprc stanza), shared/accessconf (the server's access.conf
// stanza) and shared/qrcode (the QR code of a line or key text).
//
// The line is a compatibility contract: lines written by one Sesame must be
// read the same way by every later one. Parse is strict: it refuses anything
// the grammar below does not allow, with a *ParseError that names the field
// and the reason and wraps one of the Err values for errors.Is. No error
// string ever holds key material. The line has no field for a command, a
// command line, a URL or a file name: importing a profile can make a client
// knock, and nothing else.
//
// # Grammar
//
// In ABNF (RFC 5234; quoted strings are case-sensitive here):
//
//	line      = "sesame1:" field *( "," field )
//	field     = fname "=" value
//	fname     = %x61-7A *31( %x61-7A / DIGIT / "-" )   ; a-z first, then a-z 0-9 -
//	value     = 1*vchar                                ; split at the first "="
//	vchar     = ALPHA / DIGIT / "-" / "_" / "." / ":" / "/" / "+" / "=" / "[" / "]" / "%"
//
// A line is at most 2048 bytes. It holds no space and no control character;
// Parse ignores spaces, tabs and line ends around it (pasted text), nothing
// else. Every field may appear once, in any order; Line writes them in the
// order of the table below. Values need no escaping: every field's own
// syntax stays inside vchar. "%" is reserved so that a later field needing
// other characters can percent-escape them.
//
//	field      value                                            if absent
//	name       1..64 of A-Z a-z 0-9 . _ - , first a letter/digit  no name
//	host       DNS name, IPv4 or IPv6 address (no brackets)       required
//	port       1..65535, decimal, no leading zero                 62201
//	transport  udp | tcp | http                                   udp
//	access     proto/port *( "+" proto/port ), proto tcp | udp    required
//	allow      source | resolve | IPv4 | IPv6 address             source
//	digest     md5 | sha1 | sha256 | sha384 | sha512 |            sha256
//	           sha3_256 | sha3_512
//	hmac       one of the digest names | none                     sha256
//	enc        cbc | legacy | ecb | cfb | ofb | ctr               cbc
//	timeout    1..65536 seconds (fwknop's client timeout)         none
//	nat        host:port, IPv6 as [address]:port                  none
//	nat-local  port                                               none
//	key        Rijndael key, standard base64 with "=" padding,    required
//	           1..32 bytes
//	hmac-key   HMAC key, standard base64 with "=" padding,        required unless
//	           1..128 bytes                                       hmac=none
//	x-...      anything in vchar: kept, written back, not used    -
//
// The meaning of each field follows fwknop's client (~/.fwknoprc): host and
// port are SPA_SERVER and SPA_SERVER_PORT; transport is SPA_SERVER_PROTO;
// access is ACCESS with "+" in place of fwknop's ","; allow is ALLOW_IP, where
// source asks the server to use the packet's source address (0.0.0.0 in the
// packet), resolve asks the client to find its own external address, and an
// address is sent as given; digest, hmac and enc are DIGEST_TYPE,
// HMAC_DIGEST_TYPE and ENCRYPTION_MODE; key and hmac-key are exactly the
// KEY_BASE64 and HMAC_KEY_BASE64 text of fwknop --key-gen and access.conf;
// timeout is FW_TIMEOUT. nat (fwknop -N host:port) asks the server to forward
// the access port to an internal host; nat-local (fwknop --nat-local) asks it
// to forward the access port to its own port nat-local. Either needs exactly
// one access entry, as fwknop forwards only one.
//
// Further rules: a host or nat name has labels of letters, digits and "-",
// none starting or ending with "-", and a last label that is not all digits;
// an address is written the way Go's netip writes it (lower case, shortest
// form), with no zone and not IPv4-mapped; the NAT host is at most 64 bytes
// (fwknop's MAX_HOSTNAME_LEN); the access list holds no entry twice and its
// text is at most 152 bytes, so that the SPA message fits whatever the allow
// address; names of algorithms are written exactly as above. enc=legacy
// cannot be combined with an HMAC (the fwknop client refuses it), so it needs
// hmac=none. enc carries every Rijndael mode the fwknop client sends (-M);
// pcbc, which fwknop names but does not implement, is refused with that
// reason. A Sesame older than these modes refuses enc=ecb, cfb, ofb and ctr
// (it never misreads them). GPG is not carried by the line: enc=gpg and
// enc=asymmetric are refused.
//
// # Versions and unknown fields
//
// The number after "sesame" is the format version. A version above 1 is
// refused with ErrVersion, "made by a newer Sesame". Within version 1, new
// fields may be defined later; such a field is only written when it is used,
// so lines without it stay readable by older versions. A field name this
// version does not know is refused with ErrUnknownField, because ignoring it
// could mean knocking differently from what the line asks. The exception is
// a name starting with "x-": such extension fields are kept in
// Profile.Extensions and written back unchanged by Line, but never
// interpreted. A change that older readers must not misread needs version 2.
//
// An example line (keys shortened):
//
//	sesame1:name=web1,host=spa.example.com,port=62201,transport=udp,access=tcp/22,allow=source,digest=sha256,hmac=sha256,enc=cbc,key=q83v...Eg=,hmac-key=AAEC...Pw==
//
// # Fwknop2 QR text
//
// FormatFwknop2 and ParseFwknop2 handle the text that fwknop --key-gen prints
// and the Android client Fwknop2 reads from a QR code:
// "KEY_BASE64:<base64> HMAC_KEY_BASE64:<base64>". See ParseFwknop2.
//
// Everything in this package is safe for concurrent use; a Profile is a
// plain value that callers must not modify while another goroutine reads it.
package profile

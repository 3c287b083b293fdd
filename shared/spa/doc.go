// Package spa implements the fwknop 2.6 Single Packet Authorization wire
// format: the colon-separated plaintext, its digest, Rijndael (AES-256 with
// OpenSSL's salted key derivation, in CBC or any other Mode fwknop
// implements: ECB, CFB, OFB, CTR, legacy CBC) or OpenPGP encryption, the
// appended HMAC, and the unpadded base64 text that goes into one UDP
// datagram. The mode is not on the wire: both ends must be told it.
//
// Seal turns a Message into a wire packet and Open turns a wire packet back
// into a Message; they are exact inverses. Open parses the message and
// nat_access text once, into the typed Message.Body (allow IP, ports,
// command, NAT target), and keeps the text as received, so Seal reproduces
// the packet byte for byte; a client may give Seal the Body alone (or call
// SetBody), and spa writes the text. The Parse functions apply the same
// rules to text from elsewhere; their errors wrap ErrBadArgument. Open is strict: it refuses every
// packet the stock fwknopd would refuse for a wire-format reason, and a few
// the stock decoder lets through by accident, each with an error that
// errors.Is matches against one of the Err values below. Checks run cheapest
// first; the HMAC is compared in constant time before anything is decrypted.
//
// The package does no I/O, keeps no global mutable state, and never reads the
// clock or a random source of its own: randomness is an io.Reader argument
// and time is a field of Message. All functions are safe for concurrent use;
// a Keys value may be shared between goroutines once built.
package spa

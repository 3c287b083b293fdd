package spa

import (
	"fmt"
	"strconv"
	"strings"
)

// MessageType is the SPA message type, the fifth field of the plaintext.
type MessageType int

// The message types of fwknop 2.6 (lib/fko_message.h).
const (
	CommandMsg                     MessageType = 0
	AccessMsg                      MessageType = 1
	NATAccessMsg                   MessageType = 2
	ClientTimeoutAccessMsg         MessageType = 3
	ClientTimeoutNATAccessMsg      MessageType = 4
	LocalNATAccessMsg              MessageType = 5
	ClientTimeoutLocalNATAccessMsg MessageType = 6
)

var messageTypeNames = [...]string{
	CommandMsg:                     "command",
	AccessMsg:                      "access",
	NATAccessMsg:                   "nat_access",
	ClientTimeoutAccessMsg:         "client_timeout_access",
	ClientTimeoutNATAccessMsg:      "client_timeout_nat_access",
	LocalNATAccessMsg:              "local_nat_access",
	ClientTimeoutLocalNATAccessMsg: "client_timeout_local_nat_access",
}

// Valid reports whether t is one of the seven known types.
func (t MessageType) Valid() bool { return t >= CommandMsg && t <= ClientTimeoutLocalNATAccessMsg }

func (t MessageType) String() string {
	if !t.Valid() {
		return fmt.Sprintf("MessageType(%d)", int(t))
	}
	return messageTypeNames[t]
}

// HasNAT reports whether messages of type t carry a nat_access field.
func (t MessageType) HasNAT() bool {
	switch t {
	case NATAccessMsg, ClientTimeoutNATAccessMsg, LocalNATAccessMsg, ClientTimeoutLocalNATAccessMsg:
		return true
	}
	return false
}

// HasClientTimeout reports whether messages of type t end with a client timeout.
func (t MessageType) HasClientTimeout() bool {
	switch t {
	case ClientTimeoutAccessMsg, ClientTimeoutNATAccessMsg, ClientTimeoutLocalNATAccessMsg:
		return true
	}
	return false
}

// IsLocalNAT reports whether t is one of the local NAT types (5, 6).
func (t MessageType) IsLocalNAT() bool {
	return t == LocalNATAccessMsg || t == ClientTimeoutLocalNATAccessMsg
}

// WithClientTimeout returns the client-timeout variant of t (t itself for a
// command message, which has none, or when t already is one).
func (t MessageType) WithClientTimeout() MessageType {
	switch t {
	case AccessMsg:
		return ClientTimeoutAccessMsg
	case NATAccessMsg:
		return ClientTimeoutNATAccessMsg
	case LocalNATAccessMsg:
		return ClientTimeoutLocalNATAccessMsg
	}
	return t
}

// Hash names a digest algorithm, used both for the SPA digest and the HMAC.
type Hash int

// The seven digest algorithms of fwknop 2.6. The zero value is invalid so
// that a forgotten field is an error, not a silent default.
const (
	MD5 Hash = iota + 1
	SHA1
	SHA256
	SHA384
	SHA512
	SHA3_256
	SHA3_512
)

var hashNames = [...]string{
	MD5: "md5", SHA1: "sha1", SHA256: "sha256", SHA384: "sha384",
	SHA512: "sha512", SHA3_256: "sha3_256", SHA3_512: "sha3_512",
}

// Hashes lists every Hash in fwknop's order.
var Hashes = []Hash{MD5, SHA1, SHA256, SHA384, SHA512, SHA3_256, SHA3_512}

// Valid reports whether h is one of the seven known algorithms.
func (h Hash) Valid() bool { return h >= MD5 && h <= SHA3_512 }

// String returns fwknop's lower-case name ("sha256", "sha3_256").
func (h Hash) String() string {
	if !h.Valid() {
		return fmt.Sprintf("Hash(%d)", int(h))
	}
	return hashNames[h]
}

// ParseHash reads a digest name the way fwknop's -m and HMAC_DIGEST_TYPE do:
// case-insensitive, with "sha3_256" also accepted as "sha3-256".
func ParseHash(name string) (Hash, error) {
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "-", "_")
	for _, h := range Hashes {
		if hashNames[h] == n {
			return h, nil
		}
	}
	return 0, badArg("digest type", "unknown "+strconv.Quote(name)+" (want md5, sha1, sha256, sha384, sha512, sha3_256 or sha3_512)")
}

// B64Len is the length of the unpadded base64 text of one digest of type h.
func (h Hash) B64Len() int { return b64Len(h.Size()) }

package spa

// Limits of fwknop 2.6 (lib/fko_limits.h, server/fwknopd_common.h).
const (
	// MinPacketLen and MaxPacketLen bound the wire payload the server looks at.
	MinPacketLen = 140
	MaxPacketLen = 1500
	// MinGPGPacketLen: a payload this long or longer is taken for GPG by its
	// length alone, so a Rijndael packet must stay shorter.
	MinGPGPacketLen = 400

	// Version is the protocol version every fwknop 2.x client sends.
	Version = "3.0.0"

	randomLen        = 16
	maxUserB64       = 64
	maxMessageB64    = 256
	maxTimestampLen  = 12
	maxVersionLen    = 8
	minEncodedLen    = 36
	maxEncodedLen    = 1500
	maxClientTimeout = 2 << 15
)

// Message holds the fields of one SPA plaintext, decoded.
type Message struct {
	// Random is 16 decimal digits; see RandomDigits.
	Random string
	// User is the client's user name (base64 on the wire).
	User string
	// Timestamp is the client's clock in Unix seconds.
	Timestamp int64
	// Version is the protocol version; Seal writes Version when it is empty.
	Version string
	// Type is the message type.
	Type MessageType
	// Message is "ALLOW_IP,proto/port[,...]" for access types and
	// "ALLOW_IP,command" for a command, as on the wire; see ParseAccess.
	Message string
	// NATAccess is "host,port", present exactly for the NAT types.
	NATAccess string
	// Body is Message and NATAccess, typed. Open fills it from the text,
	// which it keeps as received. Seal writes the text when it is set and
	// Body otherwise; given both, they must agree. SetBody sets both.
	Body Body
	// ServerAuth is the optional server_auth field ("" when absent).
	ServerAuth string
	// ClientTimeout is the client's requested timeout in seconds, present
	// exactly for the client-timeout types.
	ClientTimeout int
	// DigestType is the SPA digest algorithm; Seal uses SHA256 when it is zero.
	DigestType Hash
	// Digest is the unpadded base64 digest of the encoded fields. Open and
	// Encode fill it in; Seal ignores it.
	Digest string
	// Signer describes the OpenPGP signature of a GPG packet. Open fills it
	// in; Seal ignores it.
	Signer *Signer
}

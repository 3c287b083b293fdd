package access

// Reason is the stable snake_case code of a rejection, as logged and in
// --log-json. The codes of the stock daemon's cases are those of the fwknop
// test vectors (../shared/fwknop/vectors/README.md).
type Reason string

// Reasons from the stock daemon's cases.
const (
	TooShort            Reason = "too_short"
	TooLong             Reason = "too_long"
	BadBase64           Reason = "bad_base64"
	BadHMAC             Reason = "bad_hmac"
	DecryptFailed       Reason = "decrypt_failed"
	Replay              Reason = "replay"
	StaleTimestamp      Reason = "stale_timestamp"
	NoMatchingStanza    Reason = "no_matching_stanza"
	PortNotAllowed      Reason = "port_not_allowed"
	SourceRequired      Reason = "source_required"
	UserMismatch        Reason = "user_mismatch"
	CommandNotAllowed   Reason = "command_not_allowed"
	NATNotEnabled       Reason = "nat_not_enabled"
	GPGSignatureMissing Reason = "gpg_signature_missing"
	GPGSignerNotAllowed Reason = "gpg_signer_not_allowed"
)

// Reasons Sesame adds where the vectors name no code.
const (
	// AccessExpired: the stanza's ACCESS_EXPIRE has passed.
	AccessExpired Reason = "access_expired"
	// Malformed: the packet decrypted but a field is invalid (bad digest,
	// unknown type, bad allow IP, bad NAT access, an unresolvable NAT host).
	Malformed Reason = "malformed"
	// GPGBadSignature: the GPG signature does not verify (unknown key, bad
	// signature) and GPG_IGNORE_SIG_VERIFY_ERROR is not set.
	GPGBadSignature Reason = "gpg_bad_signature"
	// ReplayStoreFailed: the digest could not be recorded (or looked up), so
	// the packet is refused rather than risk accepting it twice.
	ReplayStoreFailed Reason = "replay_store_failed"
	// CycleNotBuilt: the stanza has CMD_CYCLE_OPEN but its commands could
	// not be built for the packet (ErrCycleCommand); the stock daemon logs
	// "Could not build CMD_CYCLE_OPEN command" and tries the next stanza.
	CycleNotBuilt Reason = "cycle_not_built"
)

// Reasons lists every Reason Decide can return.
var Reasons = []Reason{
	TooShort, TooLong, BadBase64, BadHMAC, DecryptFailed, Replay, StaleTimestamp,
	NoMatchingStanza, PortNotAllowed, SourceRequired, UserMismatch, CommandNotAllowed,
	NATNotEnabled, GPGSignatureMissing, GPGSignerNotAllowed,
	AccessExpired, Malformed, GPGBadSignature, ReplayStoreFailed, CycleNotBuilt,
}

// stage numbers the per-stanza checks in the order Decide makes them; the
// furthest stage reached decides which stanza's reason a rejection reports.
type stage int

const (
	stageExpire stage = iota
	stageHMAC
	stageDecrypt
	stageDecode
	stageSignature
	stageRecord
	stageSigner
	stageAge
	stageAllowIP
	stageSource
	stageUser
	stageNAT
	stageCommand
	stagePorts
	stageGrant
)

package ui

import (
	"context"
	"errors"
	"time"
)

// Field names one editable value of a profile.
type Field string

// The profile fields the editor shows, named as the store names them
// (store.Fields), which are also `sesame profile`'s long options.
const (
	FieldName         Field = "name"
	FieldHost         Field = "host"
	FieldSPAPort      Field = "port"
	FieldTransport    Field = "transport"
	FieldAccess       Field = "access"
	FieldAllow        Field = "allow"
	FieldNAT          Field = "nat"
	FieldNATLocal     Field = "nat-local"
	FieldTimeout      Field = "timeout"
	FieldDigest       Field = "digest"
	FieldHMACDigest   Field = "hmac"
	FieldEncryption   Field = "encryption"
	FieldGPGRecipient Field = "gpg-recipient"
	FieldGPGSigner    Field = "gpg-signer"
	FieldGPGHome      Field = "gpg-home"
	FieldSSHUser      Field = "ssh-user"
	FieldSSHPort      Field = "ssh-port"
	FieldSSHIdentity  Field = "ssh-identity"
	FieldSSHArgs      Field = "ssh-args"
	FieldResolvers    Field = "resolvers"
	FieldKeySource    Field = "key-source"
)

// Profile is a profile as the window shows and edits it: every field as
// text, the way the user types it. It holds no secret.
type Profile struct {
	Values   map[Field]string
	KeepOpen bool
}

// Name is the profile's name.
func (p Profile) Name() string { return p.Values[FieldName] }

// Clone returns a copy of p that shares nothing with it.
func (p Profile) Clone() Profile {
	c := Profile{Values: make(map[Field]string, len(p.Values)), KeepOpen: p.KeepOpen}
	for k, v := range p.Values {
		c.Values[k] = v
	}
	return c
}

// Secrets are a profile's keys. A key is base64 text or a passphrase.
type Secrets struct {
	Key, HMACKey             string
	KeyBase64, HMACKeyBase64 bool
}

// ProfileStore keeps profiles (without their keys). Calls may block on disk
// or a keyring: the window makes them off the UI goroutine.
type ProfileStore interface {
	List(ctx context.Context) ([]Profile, error)
	// Save stores p, renaming the profile formerly called previous (empty
	// for a new profile), and keys, when not nil, where p says. When the
	// keys cannot be stored nothing is saved; an error matching
	// ErrKeyringUnavailable says the OS keyring could not take them.
	Save(ctx context.Context, previous string, p Profile, keys *Secrets) error
	Delete(ctx context.Context, name string) error
	// Duplicate saves p as a new profile with a copy of the keys of the
	// profile from: keys in the keyring are copied, a key file or variable
	// is shared (it names one place). Nothing is left of a failed copy.
	Duplicate(ctx context.Context, from string, p Profile) error
	// KeyFile is where the passphrase-protected key file of the profile
	// name goes when the user asks for one: an absolute path.
	KeyFile(name string) string
	// Validate checks field f of p (some fields depend on others) and
	// returns why it is refused, or nil. It must be fast: it runs on each
	// keystroke.
	Validate(f Field, p Profile) error
}

// KeyStore reads the keys of each profile from where the profile keeps
// them (ProfileStore.Save stores them), and makes new ones.
type KeyStore interface {
	Keys(ctx context.Context, name string) (Secrets, error)
	Generate() (Secrets, error)
}

// ErrKeyringUnavailable: the OS keyring cannot take or give keys: there
// is none, it is locked or does not answer, or it refuses their size.
var ErrKeyringUnavailable = errors.New("the OS keyring is not available")

// ImportKind is a format the window imports.
type ImportKind string

// The import formats.
const (
	ImportLine     ImportKind = "sesame1"  // the one-line profile of fwknopd --new-client
	ImportQRImage  ImportKind = "qr"       // an image file holding a profile line or Fwknop2 text
	ImportFwknoprc ImportKind = "fwknoprc" // the stanzas of ~/.fwknoprc
	ImportFwknop2  ImportKind = "fwknop2"  // Fwknop2's KEY_BASE64:... HMAC_KEY_BASE64:... text
)

// ExportKind is a format the window exports a profile to.
type ExportKind string

// The export formats.
const (
	ExportPhoneQR ExportKind = "phone-qr" // PNG of the Fwknop2 key text, for phones
	ExportLine    ExportKind = "sesame1"  // the one-line profile
	ExportStanza  ExportKind = "stanza"   // an access.conf stanza for the server
)

// Imported is one profile read from an import, with its keys; or keys
// alone (an Fwknop2 text), which the editor then offers for a new profile.
type Imported struct {
	Profile  Profile
	Secrets  Secrets
	KeysOnly bool
}

// Porter moves profiles in and out.
type Porter interface {
	Import(ctx context.Context, kind ImportKind, data []byte) ([]Imported, error)
	Export(ctx context.Context, name string, kind ExportKind) ([]byte, error)
}

// Record is one knock: what was sent and what came of it.
type Record struct {
	Profile   string
	At        time.Time
	Opened    bool
	After     time.Duration // from the packet leaving to the port answering
	Until     time.Time     // when the grant the server was asked for ends
	Address   string        // the address the server was asked to allow, and how it was learnt
	Diagnosis string        // why the port did not open, when it did not
	Fields    [][2]string   // the decoded packet fields, in order

	// AlreadyOpen: the port answered before the knock, so the knock (sent
	// all the same) is unchecked; Until is then the end of the profile's
	// last known grant, zero when none is known.
	AlreadyOpen bool
	// AskedUntil is when the grant this knock asked for ends (Until but
	// for AlreadyOpen): a keep-open renewal's new end.
	AskedUntil time.Time

	// Renewals, when above 0, is how many successive keep-open renewals
	// this history row stands for (the newest's record), the oldest sent
	// at FirstRenewal. Set by the Controller.
	Renewals     int
	FirstRenewal time.Time
}

// Knocker knocks, checks the port and opens ssh. Knock and OpenSSH block
// until the outcome is known; the window calls them off the UI goroutine.
type Knocker interface {
	Knock(ctx context.Context, name string) (Record, error)
	OpenSSH(ctx context.Context, name string) (Record, error)
	// KeepOpen starts or stops re-knocking name before its grant ends and
	// when the external address changes; report is called (on any
	// goroutine) with each re-knock.
	KeepOpen(name string, on bool, report func(Record))
	History() []Record
}

// Prompter asks the user for a passphrase (of keys kept in an age: file).
// It is called off the UI goroutine and blocks until the user answers,
// cancels (ErrCancelled) or ctx ends; confirm asks twice, for a new file.
// It keeps nothing of the answer.
type Prompter interface {
	Passphrase(ctx context.Context, prompt string, confirm bool) ([]byte, error)
}

// ErrCancelled: the user cancelled a question the app asked.
var ErrCancelled = errors.New("cancelled")

// Services are what the window works with.
type Services struct {
	Profiles ProfileStore
	Keys     KeyStore
	Porter   Porter
	Knocker  Knocker
	// UsePrompter, when set, is given the window's passphrase dialog by
	// NewWindow, before the window makes any call to the services.
	UsePrompter func(Prompter)
	// NoKeyring, when set, says why there is no OS keyring to use (no
	// D-Bus session): keys the editor would keep there go to a
	// passphrase-protected file instead, and the editor says so.
	NoKeyring string
}

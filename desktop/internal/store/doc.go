// Package store keeps Sesame's knock profiles and their keys: the profiles,
// without any secret, in a readable, versioned JSON file in the user's
// config folder, and the keys in the OS keyring (or, only when the profile
// says so, in a passphrase-encrypted age file, a 0600 key file or an
// environment variable).
//
// A saved profile is the shared typed model of a knock (shared/profile)
// without its keys: Typed joins a profile and its keys into that model,
// from which every format is written (shared/profile for the sesame1:
// line and Fwknop2 text, shared/fwknoprc, shared/accessconf,
// shared/qrcode), and FromTyped splits a model read from any format back
// into a profile and keys. The store itself converts no format but its
// own file: a Profile is written as the text the user typed (format
// version 1, unchanged since profiles were all strings; see MarshalJSON),
// so that a file is read and written back byte for byte.
//
// Promises:
//   - A key is never written to the profiles file, an error string, a log
//     line or a temporary file; the only plain-text key file is one the user
//     names explicitly (key source "file:PATH").
//   - The profiles file is replaced atomically (write, sync, rename). A file
//     that cannot be read (syntax error, unknown newer version, invalid
//     profile) is reported with its place and is never overwritten.
//   - Every keyring call has a deadline, so a locked or hung keyring gives
//     ErrKeyringTimeout instead of a hang; a missing one gives ErrNoKeyring.
//     NoKeyring stands for a keyring the app must not even try (no D-Bus
//     session: trying would launch a bus that outlives the app).
//   - Nothing prompts unless Store.Passphrase is set: without a terminal a
//     missing secret is one error line that says what to set.
//   - Storing one profile's keys never changes another's. Keys are written
//     to the keyring entry of the profile's name or to the file its key
//     source names; keys that would go where another profile keeps its own
//     (the same file, by any path) are refused with ErrKeysShared naming
//     that profile, before anything is asked or written. A copy gets a
//     keyring entry of its own; a copy of a profile with a key file or
//     variable reads the same one, and cannot write it.
//   - Add, AddAll and Save write all or nothing: everything is checked
//     first, and keys written before a later step fails are put back.
//
// Every field of a profile can be set and checked as text (SetField,
// ValidateField), so an editor can show the reason next to the field as it
// is typed. A Store is safe for concurrent use by the goroutines of one
// process; two processes editing at the same moment may lose one edit, never
// corrupt the file.
package store

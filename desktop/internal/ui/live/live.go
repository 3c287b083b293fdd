// Package live connects the window (package ui) to the rest of Sesame: the
// profile store and its keyring (package store), the knocker with its port
// check and history (package client), and the terminal running ssh
// (package sshlaunch). It only translates: profiles travel as the store's
// field texts, so the editor shows the store's own validation; the store
// asks the passphrases of age: key files in the window's dialog; keyring
// failures are marked ui.ErrKeyringUnavailable, for the window to offer a
// key file instead. Safe for concurrent use.
package live

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/sesame-spa/sesame/desktop/internal/client"
	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/qr"
	"github.com/sesame-spa/sesame/desktop/internal/sessionbus"
	"github.com/sesame-spa/sesame/desktop/internal/sshlaunch"
	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/shared/accessconf"
	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/qrcode"
	"github.com/sesame-spa/sesame/shared/spa"
)

// HistoryFile is the knock history's file in the store's folder.
const HistoryFile = "history.json"

// importName names a profile whose import carries no name.
const importName = "imported"

// Services are the window's services over a Store and a Knocker.
type Services struct {
	Store   *store.Store
	Knocker *client.Knocker
	Log     *client.History // the knock history; nil: none kept

	mu   sync.Mutex
	keep map[string]context.CancelFunc
}

// Open returns the services over the user's store (DefaultDir) and the OS
// keyring. An unreadable history file is returned as an error alongside
// working services (the history then starts empty and is not saved).
func Open() (*Services, error) {
	dir, err := store.DefaultDir()
	if err != nil {
		return nil, err
	}
	st := &store.Store{Dir: dir, Secrets: osKeyring()}
	h, herr := client.OpenHistory(filepath.Join(dir, HistoryFile), 0)
	return New(st, h), herr
}

// NoKeyringWhy says, in plain words, why there is no OS keyring.
const NoKeyringWhy = "no desktop keyring (no D-Bus session)"

// osKeyring is the OS keyring, or store.NoKeyring where it would be reached
// over a D-Bus session bus that is not there: asking for it would launch a
// bus that outlives the app (see package sessionbus).
func osKeyring() store.Secrets {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return store.NewKeyring()
	}
	if _, err := sessionbus.Settle(); err != nil {
		return store.NoKeyring{Why: NoKeyringWhy}
	}
	return store.NewKeyring()
}

// noKeyring is why the store has no keyring, or "".
func (s *Services) noKeyring() string {
	if n, ok := s.Store.Secrets.(store.NoKeyring); ok {
		return n.Why
	}
	return ""
}

// New returns services over st, keeping knocks in h.
func New(st *store.Store, h *client.History) *Services {
	return &Services{Store: st, Log: h, Knocker: &client.Knocker{Profiles: st, History: h},
		keep: map[string]context.CancelFunc{}}
}

// Services returns s as the window's Services.
func (s *Services) Services() ui.Services {
	return ui.Services{Profiles: s, Keys: s, Porter: s, Knocker: s, UsePrompter: s.UsePrompter, NoKeyring: s.noKeyring()}
}

// UsePrompter makes the store ask p for the passphrases of age: key files,
// at the time of each call, remembering none. Call it before the store's
// first use (ui.NewWindow does): the store's fields are not locked.
func (s *Services) UsePrompter(p ui.Prompter) { s.Store.Passphrase = p.Passphrase }

// Reason strips the field's name from a store error: the editor shows the
// reason beside the field.
func Reason(err error) error {
	var fe *store.FieldError
	if errors.As(err, &fe) {
		return errors.New(fe.Reason)
	}
	return err
}

// shownDefaults are the values the editor shows for fields the store
// leaves empty to mean their default (a profile line omits them).
var shownDefaults = map[ui.Field]string{
	ui.FieldSPAPort: strconv.Itoa(store.DefaultPort), ui.FieldTransport: store.DefaultTransport,
	ui.FieldAllow: store.DefaultAllow, ui.FieldDigest: store.DefaultDigest,
	ui.FieldHMACDigest: store.DefaultHMAC, ui.FieldEncryption: store.DefaultMode,
}

func toUI(p store.Profile) ui.Profile {
	u := ui.Profile{Values: map[ui.Field]string{}, KeepOpen: p.KeepOpen}
	for _, f := range store.Fields() {
		v := store.FieldValue(&p, f)
		if v == "" {
			v = shownDefaults[ui.Field(f)]
		}
		u.Values[ui.Field(f)] = v
	}
	return u
}

func fromUI(u ui.Profile) (store.Profile, error) {
	var p store.Profile
	for _, f := range store.Fields() {
		v := u.Values[ui.Field(f)]
		if f == "keep-open" {
			v = map[bool]string{true: "yes", false: "no"}[u.KeepOpen]
		}
		if err := store.SetField(&p, f, v); err != nil {
			return p, err
		}
	}
	return p, p.Validate()
}

// List returns the profiles.
func (s *Services) List(context.Context) ([]ui.Profile, error) {
	ps, err := s.Store.List()
	out := make([]ui.Profile, 0, len(ps))
	for _, p := range ps {
		out = append(out, toUI(p))
	}
	return out, err
}

// Save adds p (previous empty) or replaces the profile previous with it,
// and stores sec, when not nil, where p says. The keys are stored first, so
// that keys that cannot be stored leave everything as it was.
func (s *Services) Save(ctx context.Context, previous string, u ui.Profile, sec *ui.Secrets) error {
	p, err := fromUI(u)
	if err != nil {
		return err
	}
	var keys *store.Keys
	if sec != nil {
		k, err := storeKeys(*sec)
		if err != nil {
			return err
		}
		keys = &k
	}
	return markKeyring(s.Store.Save(ctx, previous, p, keys))
}

// keyringError is a store error saying the OS keyring cannot take or give
// keys, marked as ui.ErrKeyringUnavailable for the window; its text is the
// store's.
type keyringError struct{ error }

func (e keyringError) Is(target error) bool { return target == ui.ErrKeyringUnavailable }
func (e keyringError) Unwrap() error        { return e.error }

// markKeyring marks err as a keyring failure when it is one.
func markKeyring(err error) error {
	for _, k := range []error{store.ErrNoKeyring, store.ErrKeyringTimeout, store.ErrSecretTooBig} {
		if errors.Is(err, k) {
			return keyringError{err}
		}
	}
	return err
}

// KeyFile is the passphrase-protected key file of the profile name:
// keys/NAME.age in the store's folder, beside the profiles file.
func (s *Services) KeyFile(name string) string {
	return filepath.Join(s.Store.Dir, "keys", name+".age")
}

// Duplicate saves p as a new profile with a copy of the keys of from (the
// store's Duplicate), then the fields edited in the copy. A copy that names
// another key source than the keyring keeps no keyring entry.
func (s *Services) Duplicate(ctx context.Context, from string, u ui.Profile) error {
	return markKeyring(s.duplicate(ctx, from, u))
}

func (s *Services) duplicate(ctx context.Context, from string, u ui.Profile) error {
	p, err := fromUI(u)
	if err != nil {
		return err
	}
	orig, err := s.Store.Get(from)
	if err != nil {
		return err
	}
	if err := s.Store.Duplicate(ctx, from, p.Name); err != nil {
		return err
	}
	if err := s.Store.Update(ctx, p.Name, p); err != nil {
		s.Store.Remove(ctx, p.Name) // no half-made copy; the error that counts is Update's
		return err
	}
	if orig.Keys.Kind == store.SourceKeyring && p.Keys.Kind != store.SourceKeyring {
		return s.Store.Secrets.Delete(ctx, p.Name)
	}
	return nil
}

// Delete removes the profile and its keyring entry.
func (s *Services) Delete(ctx context.Context, name string) error {
	return markKeyring(s.Store.Remove(ctx, name))
}

// Validate is the store's check of field f as typed.
func (s *Services) Validate(f ui.Field, p ui.Profile) error {
	return Reason(store.ValidateField(string(f), p.Values[f]))
}

// Keys reads the profile's keys, as base64.
func (s *Services) Keys(ctx context.Context, name string) (ui.Secrets, error) {
	p, err := s.Store.Get(name)
	if err != nil {
		return ui.Secrets{}, err
	}
	k, err := s.Store.Keys(ctx, p)
	if err != nil {
		return ui.Secrets{}, markKeyring(err)
	}
	return secretsOf(k), nil
}

func secretsOf(k store.Keys) ui.Secrets {
	return ui.Secrets{
		Key: base64.StdEncoding.EncodeToString(k.Rijndael), KeyBase64: true,
		HMACKey: base64.StdEncoding.EncodeToString(k.HMAC), HMACKeyBase64: true,
	}
}

// storeKeys reads the keys as typed.
func storeKeys(sec ui.Secrets) (k store.Keys, err error) {
	if k.Rijndael, err = keyBytes("encryption key", sec.Key, sec.KeyBase64); err != nil {
		return k, err
	}
	k.HMAC, err = keyBytes("HMAC key", sec.HMACKey, sec.HMACKeyBase64)
	return k, err
}

// keyBytes reads a typed key; the error names the key, never its text.
func keyBytes(what, text string, b64 bool) ([]byte, error) {
	if !b64 {
		return []byte(text), nil
	}
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(text))
	if err != nil {
		return nil, fmt.Errorf("%s: not valid base64", what)
	}
	return b, nil
}

// Generate returns new random keys (HMAC sized for SHA-256, the default).
func (s *Services) Generate() (ui.Secrets, error) {
	k, err := store.GenerateKeys(spa.SHA256)
	return secretsOf(k), err
}

// Import reads profiles (or keys alone) from data.
func (s *Services) Import(_ context.Context, kind ui.ImportKind, data []byte) ([]ui.Imported, error) {
	if kind == ui.ImportFwknoprc {
		return fromRC(data)
	}
	text := string(data)
	var err error
	if kind == ui.ImportQRImage {
		text, err = qr.Decode(bytes.NewReader(data))
	}
	var im store.Imported
	if err == nil {
		im, err = store.ImportText(text, importName)
	}
	if err != nil {
		return nil, err
	}
	out := ui.Imported{Secrets: secretsOf(im.Keys), KeysOnly: im.Profile == nil}
	if im.Profile != nil {
		out.Profile = toUI(*im.Profile)
	}
	return []ui.Imported{out}, nil
}

func fromRC(data []byte) ([]ui.Imported, error) {
	f, err := fwknoprc.Parse(bytes.NewReader(data), "~/.fwknoprc")
	if err != nil {
		return nil, err
	}
	var out []ui.Imported
	for _, name := range f.Names() {
		if name == fwknoprc.DefaultStanza {
			continue
		}
		lp, pw, err := f.Profile(name)
		var p store.Profile
		var k store.Keys
		if err == nil {
			p, k, err = store.FromTyped(lp, []byte(pw))
		}
		if err != nil {
			return out, err
		}
		out = append(out, ui.Imported{Profile: toUI(p), Secrets: secretsOf(k)})
	}
	return out, nil
}

// Export writes the profile name in the format kind.
func (s *Services) Export(ctx context.Context, name string, kind ui.ExportKind) ([]byte, error) {
	p, err := s.Store.Get(name)
	if err != nil {
		return nil, err
	}
	k, err := s.Store.Keys(ctx, p)
	if err != nil {
		return nil, markKeyring(err)
	}
	var b bytes.Buffer
	switch lp := p.Typed(k); kind {
	case ui.ExportPhoneQR:
		err = qrcode.PNG(&b, profile.FormatFwknop2(k.Rijndael, k.HMAC), 8)
	case ui.ExportLine:
		var line string
		line, err = lp.ValidLine()
		b.WriteString(line)
	default:
		err = accessconf.Write(&b, accessconf.FromProfile(lp))
	}
	return b.Bytes(), err
}

func record(r client.Record) ui.Record {
	addr := r.Allow
	if r.AllowFrom != "" {
		addr += " (" + r.AllowFrom + ")"
	}
	u := ui.Record{Profile: r.Profile, At: r.At, Opened: r.Opened, After: r.After, Until: r.Until,
		Address: addr, Diagnosis: r.Diagnosis, Fields: r.Fields(), AskedUntil: r.Until}
	if r.Reason == client.AlreadyOpen {
		// The countdown is that of the grant known to hold the port open,
		// not of the one this unchecked knock asked for.
		u.AlreadyOpen, u.Until = true, r.OpenUntil
	}
	return u
}

// Knock knocks with the profile and checks its port.
func (s *Services) Knock(ctx context.Context, name string) (ui.Record, error) {
	return record(s.Knocker.Knock(ctx, name)), nil
}

// OpenSSH knocks, and when the port opened, starts the user's terminal
// running ssh with the profile's settings (no key on its command line).
func (s *Services) OpenSSH(ctx context.Context, name string) (ui.Record, error) {
	r := record(s.Knocker.Knock(ctx, name))
	if !r.Opened {
		return r, nil
	}
	p, err := s.Store.Get(name)
	if err != nil {
		return r, err
	}
	cmd, err := sshlaunch.Terminal(append([]string{"ssh"}, sshlaunch.Args(p.SSH, p.Host, nil)...))
	if err != nil {
		return r, err
	}
	if err := cmd.Start(); err != nil {
		return r, err
	}
	go cmd.Wait() // the terminal outlives the knock; reap it when it ends
	return r, nil
}

// KeepOpen starts or stops re-knocking name.
func (s *Services) KeepOpen(name string, on bool, report func(ui.Record)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if stop, ok := s.keep[name]; ok {
		stop()
		delete(s.keep, name)
	}
	if !on {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.keep[name] = cancel
	go s.Knocker.KeepOpen(ctx, name, func(r client.Record) { report(record(r)) })
}

// History returns the knocks, oldest first.
func (s *Services) History() []ui.Record {
	if s.Log == nil {
		return nil
	}
	var out []ui.Record
	for _, r := range s.Log.List() {
		out = append(out, record(r))
	}
	return out
}

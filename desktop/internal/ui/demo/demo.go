// Package demo is an in-memory stand-in for Sesame's store and knocker,
// with sample profiles and fixed outcomes: the window's widget tests, the
// screenshots and `SESAME_DEMO=1 sesame` use it, so what they show does not
// depend on the machine's keyring, network or clock. Field validation is
// the real store's. Safe for concurrent use.
package demo

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/live"
)

// Epoch is the time every demo knock happens at.
var Epoch = time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)

// Failing is the sample profile whose knock does not open: its demo
// server has another key.
const Failing = "lab"

// Errors, for errors.Is.
var (
	// ErrNoProfile: the demo has no profile of that name.
	ErrNoProfile = errors.New("no such profile")
	// ErrExists: a profile of that name exists already.
	ErrExists = errors.New("profile exists")
)

// Services is the demo's store and knocker in one.
type Services struct {
	mu       sync.Mutex
	profiles map[string]ui.Profile
	keys     map[string]ui.Secrets
	history  []ui.Record
	keepOpen map[string]bool
	calls    []string // knocks made, "knock NAME" or "ssh NAME", for tests
	now      func() time.Time
}

// New returns demo services holding three sample profiles; an open grant
// lasts five minutes from now().
func New(now func() time.Time) *Services {
	d := &Services{profiles: map[string]ui.Profile{}, keys: map[string]ui.Secrets{}, keepOpen: map[string]bool{}, now: now}
	for _, p := range []map[ui.Field]string{
		{ui.FieldName: "web", ui.FieldHost: "spa.example.org", ui.FieldAccess: "tcp/22", ui.FieldSSHUser: "alice", ui.FieldTimeout: "300"},
		{ui.FieldName: "db-v6", ui.FieldHost: "2001:db8::7", ui.FieldAccess: "tcp/5432", ui.FieldAllow: "source"},
		{ui.FieldName: Failing, ui.FieldHost: "203.0.113.9", ui.FieldAccess: "tcp/22,udp/53", ui.FieldTransport: "tcp"},
	} {
		prof := ui.NewProfile()
		for k, v := range p {
			prof.Values[k] = v
		}
		d.profiles[prof.Name()] = prof
		d.keys[prof.Name()] = ui.Secrets{Key: "c2VzYW1lIGRlbW8ga2V5IDAxMjM0NTY3ODlhYmNkZWY=", HMACKey: "aG1hYy1kZW1v", KeyBase64: true, HMACKeyBase64: true}
	}
	return d
}

// Services returns d as the window's Services.
func (d *Services) Services() ui.Services {
	return ui.Services{Profiles: d, Keys: d, Porter: d, Knocker: d}
}

// List returns the profiles.
func (d *Services) List(context.Context) ([]ui.Profile, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]ui.Profile, 0, len(d.profiles))
	for _, p := range d.profiles {
		out = append(out, p.Clone())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// Save stores p, renaming previous, and keys when not nil.
func (d *Services) Save(_ context.Context, previous string, p ui.Profile, keys *ui.Secrets) error {
	if err := d.validate(p); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if previous != "" && previous != p.Name() {
		delete(d.profiles, previous)
		d.keys[p.Name()] = d.keys[previous]
		delete(d.keys, previous)
	}
	d.profiles[p.Name()] = p.Clone()
	if keys != nil {
		d.keys[p.Name()] = *keys
	}
	return nil
}

// KeyFile names a key file in the system's temporary folder: the demo
// writes no file.
func (d *Services) KeyFile(name string) string {
	return filepath.Join(os.TempDir(), "sesame-demo", "keys", name+".age")
}

// Duplicate saves p as a new profile with the keys of from.
func (d *Services) Duplicate(_ context.Context, from string, p ui.Profile) error {
	if err := d.validate(p); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.profiles[from]; !ok {
		return ErrNoProfile
	}
	if _, ok := d.profiles[p.Name()]; ok {
		return fmt.Errorf("%w: %q", ErrExists, p.Name())
	}
	d.profiles[p.Name()] = p.Clone()
	if keys, ok := d.keys[from]; ok {
		d.keys[p.Name()] = keys
	}
	return nil
}

// Delete removes name.
func (d *Services) Delete(_ context.Context, name string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.profiles[name]; !ok {
		return ErrNoProfile
	}
	delete(d.profiles, name)
	delete(d.keys, name)
	return nil
}

// validate checks every field of p.
func (d *Services) validate(p ui.Profile) error {
	for f := range p.Values {
		if err := d.Validate(f, p); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	return nil
}

// Validate is the store's check of one field, its reason without the
// field's name (the editor shows it beside the field).
func (d *Services) Validate(f ui.Field, p ui.Profile) error {
	return live.Reason(store.ValidateField(string(f), p.Values[f]))
}

// Keys returns the keys of name.
func (d *Services) Keys(_ context.Context, name string) (ui.Secrets, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	s, ok := d.keys[name]
	if !ok {
		return ui.Secrets{}, ErrNoProfile
	}
	return s, nil
}

// Generate returns fixed "new" keys.
func (d *Services) Generate() (ui.Secrets, error) {
	k := base64.StdEncoding.EncodeToString([]byte("generated demo key, 32 bytes...."))
	h := base64.StdEncoding.EncodeToString([]byte("generated demo hmac key"))
	return ui.Secrets{Key: k, HMACKey: h, KeyBase64: true, HMACKeyBase64: true}, nil
}

// Import reads what the app reads (profile lines, Fwknop2 key text,
// .fwknoprc stanzas, QR code images) with the app's own parsers, which
// touch no store: what is created is saved in memory by Save.
func (d *Services) Import(ctx context.Context, kind ui.ImportKind, data []byte) ([]ui.Imported, error) {
	return new(live.Services).Import(ctx, kind, data)
}

// Export returns a short text naming the profile and the format.
func (d *Services) Export(_ context.Context, name string, kind ui.ExportKind) ([]byte, error) {
	return []byte(fmt.Sprintf("%s export of %s", kind, name)), nil
}

// Knock opens every profile but Failing after 42 ms.
func (d *Services) Knock(_ context.Context, name string) (ui.Record, error) {
	return d.knock("knock", name)
}

// OpenSSH knocks as Knock does.
func (d *Services) OpenSSH(_ context.Context, name string) (ui.Record, error) {
	return d.knock("ssh", name)
}

func (d *Services) knock(how, name string) (ui.Record, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls = append(d.calls, how+" "+name)
	p, ok := d.profiles[name]
	if !ok {
		return ui.Record{}, ErrNoProfile
	}
	r := ui.Record{Profile: name, At: Epoch, Address: "198.51.100.7 (from the local interface)", Fields: fields(p)}
	if name == Failing {
		r.Diagnosis = "no answer from tcp/22 after 5 s: wrong key, the server's clock is off, or the port is blocked on the way"
	} else {
		r.Opened, r.After, r.Until = true, 42*time.Millisecond, d.now().Add(5*time.Minute)
	}
	d.history = append(d.history, r)
	return r, nil
}

func fields(p ui.Profile) [][2]string {
	return [][2]string{
		{"Random Value", "6082934117520543"},
		{"Username", "alice"},
		{"Timestamp", fmt.Sprint(Epoch.Unix())},
		{"FKO Version", "3.0.0"},
		{"Message Type", "1 (Access msg)"},
		{"Message String", "198.51.100.7," + p.Values[ui.FieldAccess]},
		{"Nat Access", "<NULL>"},
		{"Client Timeout", p.Values[ui.FieldTimeout]},
		{"Digest Type", "3 (SHA256)"},
		{"HMAC Type", "3 (SHA256)"},
		{"Encryption Mode", "2 (CBC)"},
		{"SPA Data Digest", "mK2o0Pz6hM1mE8HnRZ7bJ2x6QkWm0q1zj7x9u0yQf1E"},
	}
}

// KeepOpen records the choice.
func (d *Services) KeepOpen(name string, on bool, _ func(ui.Record)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.keepOpen[name] = on
}

// KeptOpen reports whether KeepOpen is on for name.
func (d *Services) KeptOpen(name string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.keepOpen[name]
}

// History returns the knocks made.
func (d *Services) History() []ui.Record {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]ui.Record(nil), d.history...)
}

// Calls returns the knocks asked for, "knock NAME" or "ssh NAME".
func (d *Services) Calls() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.calls, "; ")
}

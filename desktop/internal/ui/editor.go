package ui

import (
	"encoding/base64"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/sesame-spa/sesame/shared/profile"
)

// fieldSpec says how the editor shows one field: an entry, or a choice
// when options are given.
type fieldSpec struct {
	field       Field
	label       string
	placeholder string
	options     []string
}

// The editor's fields, grouped as the form shows them: the settings most
// profiles need first, the rare ones (crypto modes, GPG, NAT, resolvers)
// under Advanced, closed by default, so the everyday form fits a screen.
// Fields with options are entries with a drop-down of the usual values:
// the store's validator, not the widget, says what is allowed.
var fieldGroups = []struct {
	title    string
	advanced bool
	fields   []fieldSpec
}{
	{"Server", false, []fieldSpec{
		{field: FieldName, label: "Name", placeholder: "web"},
		{field: FieldHost, label: "Server host", placeholder: "spa.example.org, 203.0.113.7 or 2001:db8::7"},
		{field: FieldSPAPort, label: "SPA port", placeholder: "62201"},
		{field: FieldTransport, label: "Transport", options: []string{"udp", "tcp", "http"}},
		{field: FieldAccess, label: "Ports to open", placeholder: "tcp/22"},
		{field: FieldAllow, label: "Allow address", options: []string{"resolve", "source"}, placeholder: "resolve, source or an address"},
		{field: FieldTimeout, label: "Open for (s)", placeholder: "0: the server's default"},
	}},
	{"SSH", false, []fieldSpec{
		{field: FieldSSHUser, label: "User", placeholder: "ssh's default"},
		{field: FieldSSHPort, label: "Port", placeholder: "22"},
		{field: FieldSSHIdentity, label: "Identity file", placeholder: "~/.ssh/id_ed25519"},
		{field: FieldSSHArgs, label: "Extra arguments", placeholder: "-o ServerAliveInterval=30"},
	}},
	{"Crypto", true, []fieldSpec{
		{field: FieldEncryption, label: "Encryption", options: encryptionChoices()},
		{field: FieldDigest, label: "Digest", options: []string{"sha256", "sha384", "sha512", "sha3_256", "sha3_512", "sha1", "md5"}},
		{field: FieldHMACDigest, label: "HMAC", options: append([]string{"sha256", "sha384", "sha512", "sha3_256", "sha3_512", "sha1", "md5"}, "none")},
		{field: FieldGPGRecipient, label: "GPG server key", placeholder: "key id (GPG only)"},
		{field: FieldGPGSigner, label: "GPG signing key", placeholder: "key id (GPG only, optional)"},
		{field: FieldGPGHome, label: "GPG folder", placeholder: "~/.gnupg"},
	}},
	{"Network", true, []fieldSpec{
		{field: FieldNAT, label: "NAT to", placeholder: "internal-host:port (optional)"},
		{field: FieldNATLocal, label: "NAT local port", placeholder: "optional"},
		{field: FieldResolvers, label: "Address resolvers", placeholder: "HTTPS URLs, comma-separated (optional)"},
	}},
}

// keySourceSpec is the one field shown in the Keys card, above the keys.
var keySourceSpec = fieldSpec{field: FieldKeySource, label: "Keys kept in", options: []string{"keyring"},
	placeholder: "keyring, age:FILE, file:FILE or env:VARIABLE"}

// EditorFields lists the fields the editor shows, in order.
func EditorFields() []Field {
	var out []Field
	for _, s := range allFieldSpecs() {
		out = append(out, s.field)
	}
	return out
}

// allFieldSpecs lists every field the editor shows: the groups', then the
// key source of the Keys card.
func allFieldSpecs() []fieldSpec {
	var out []fieldSpec
	for _, g := range fieldGroups {
		out = append(out, g.fields...)
	}
	return append(out, keySourceSpec)
}

// Editor is the profile form: each field is checked with the store's
// validator as it is typed, the reason shown under it; the keys are in
// password entries, shown only when asked.
type Editor struct {
	ctl      *Controller
	win      fyne.Window
	previous string // the name the profile had when loaded; "" for a new one
	copyOf   string // for a new profile made by Duplicate, the original's name
	profile  Profile

	setters  map[Field]func(string) // put a value in the field's widget
	entries  map[Field]*widget.Entry
	reasons  map[Field]*widget.Label // each field's reserved reason line
	keepOpen *widget.Check

	key, hmacKey             *widget.Entry
	keyBase64, hmacKeyBase64 *widget.Check
	keyReason, hmacKeyReason *widget.Label
	keysTouched              bool

	save     *widget.Button
	message  *widget.Label
	scroll   *container.Scroll
	advanced *widget.Accordion
	content  fyne.CanvasObject
}

// NewEditor returns an empty editor; Load puts a profile in it.
func NewEditor(ctl *Controller, win fyne.Window) *Editor {
	e := &Editor{ctl: ctl, win: win, setters: map[Field]func(string){},
		entries: map[Field]*widget.Entry{}, reasons: map[Field]*widget.Label{}}
	e.content = e.build()
	e.Load("", NewProfile())
	return e
}

// NewProfile returns the defaults of a new profile.
func NewProfile() Profile {
	return Profile{Values: map[Field]string{
		FieldSPAPort: "62201", FieldTransport: "udp", FieldAccess: "tcp/22",
		FieldAllow: "resolve", FieldEncryption: "cbc", FieldKeySource: "keyring",
		FieldDigest: "sha256", FieldHMACDigest: "sha256",
	}}
}

// Content is the editor's widget tree.
func (e *Editor) Content() fyne.CanvasObject { return e.content }

func (e *Editor) build() fyne.CanvasObject {
	var everyday, advanced []fyne.CanvasObject
	for _, g := range fieldGroups {
		card := widget.NewCard("", g.title, e.fieldForm(g.fields...))
		if g.advanced {
			advanced = append(advanced, card)
		} else {
			everyday = append(everyday, card)
		}
	}
	e.keepOpen = widget.NewCheck("Keep open: knock again before the grant ends and when my address changes", func(on bool) {
		e.profile.KeepOpen = on
	})
	e.advanced = widget.NewAccordion(widget.NewAccordionItem(advancedTitle, container.NewVBox(advanced...)))
	everyday = append(everyday, e.keepOpen, widget.NewCard("", "Keys", e.keysForm()), e.advanced)

	e.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), e.Save)
	e.save.Importance = widget.HighImportance
	e.message = widget.NewLabel("")
	e.message.Wrapping = fyne.TextWrapWord
	bar := container.NewBorder(nil, nil, nil, e.save, e.message)
	e.scroll = container.NewVScroll(container.NewVBox(everyday...))
	return container.NewBorder(nil, bar, nil, nil, wheelEverywhere(e.scroll))
}

// fieldForm lays out specs as label–entry rows, each entry with its
// reserved reason line under it.
func (e *Editor) fieldForm(specs ...fieldSpec) *fyne.Container {
	form := container.New(layout.NewFormLayout())
	for _, s := range specs {
		form.Add(widget.NewLabelWithStyle(s.label, fyne.TextAlignTrailing, fyne.TextStyle{}))
		form.Add(e.fieldWidget(s))
	}
	return form
}

func (e *Editor) fieldWidget(s fieldSpec) fyne.CanvasObject {
	reason := reasonLabel()
	e.reasons[s.field] = reason
	onChange := func(v string) {
		e.profile.Values[s.field] = v
		e.validate()
	}
	entry := widget.NewEntry()
	var w fyne.CanvasObject = entry
	if s.options != nil {
		sel := widget.NewSelectEntry(s.options)
		entry, w = &sel.Entry, sel
	}
	entry.SetPlaceHolder(s.placeholder)
	entry.OnChanged = onChange
	e.setters[s.field] = entry.SetText
	e.entries[s.field] = entry
	return container.NewVBox(w, reason)
}

func (e *Editor) keysForm() fyne.CanvasObject {
	e.key = widget.NewPasswordEntry()
	e.hmacKey = widget.NewPasswordEntry()
	e.keyReason, e.hmacKeyReason = reasonLabel(), reasonLabel()
	touched := func(string) { e.keysTouched = true; e.validate() }
	e.key.OnChanged, e.hmacKey.OnChanged = touched, touched
	e.keyBase64 = widget.NewCheck("base64 (else a passphrase)", func(bool) { e.keysTouched = true; e.validate() })
	e.hmacKeyBase64 = widget.NewCheck("base64 (else a passphrase)", func(bool) { e.keysTouched = true; e.validate() })

	generate := widget.NewButtonWithIcon("Generate keys", theme.ViewRefreshIcon(), e.GenerateKeys)
	show := widget.NewButtonWithIcon("Load keys", theme.VisibilityIcon(), e.LoadKeys)
	form := e.fieldForm(keySourceSpec)
	form.Add(widget.NewLabelWithStyle("Encryption key", fyne.TextAlignTrailing, fyne.TextStyle{}))
	form.Add(container.NewVBox(container.NewBorder(nil, nil, nil, e.keyBase64, e.key), e.keyReason))
	form.Add(widget.NewLabelWithStyle("HMAC key", fyne.TextAlignTrailing, fyne.TextStyle{}))
	form.Add(container.NewVBox(container.NewBorder(nil, nil, nil, e.hmacKeyBase64, e.hmacKey), e.hmacKeyReason))
	return container.NewVBox(form, container.NewHBox(generate, show))
}

// Load shows p, saved under the name previous ("" for a new profile).
func (e *Editor) Load(previous string, p Profile) {
	e.previous = previous
	e.copyOf = ""
	e.profile = p.Clone()
	for _, s := range allFieldSpecs() {
		e.setters[s.field](p.Values[s.field])
	}
	e.keepOpen.SetChecked(p.KeepOpen)
	e.setKeys(Secrets{KeyBase64: true, HMACKeyBase64: true})
	e.keysTouched = false
	e.message.SetText("")
	e.keyPlaceholders()
	e.validate()
}

// keyPlaceholders say what empty key fields mean: for a saved profile (or
// a copy) the keys it has stay; a new one has none to keep.
func (e *Editor) keyPlaceholders() {
	text := "unchanged: the key stays where it is kept"
	if e.previous == "" && e.copyOf == "" {
		text = "type a key or use Generate keys"
	}
	e.key.SetPlaceHolder(text)
	e.hmacKey.SetPlaceHolder(text)
}

// KeyPlaceholder returns what the empty encryption key field says.
func (e *Editor) KeyPlaceholder() string { return e.key.PlaceHolder }

// reasonLabel is the line under a field that says why its text is
// refused. The line is always there, empty while the text is fine, and
// one caption-sized line at most (cut with "…"): a reason coming or going
// must not move the fields under it while the user types or clicks.
func reasonLabel() *widget.Label {
	reason := widget.NewLabel("")
	reason.Importance = widget.DangerImportance
	reason.SizeName = theme.SizeNameCaptionText
	reason.Truncation = fyne.TextTruncateEllipsis
	return reason
}

// keyValid shows under a key entry why its text is not a key, and says
// whether it is one: a base64 key must decode.
func keyValid(entry *widget.Entry, isBase64 bool, reason *widget.Label) bool {
	if entry.Text != "" && isBase64 {
		if _, err := base64.StdEncoding.DecodeString(entry.Text); err != nil {
			reason.SetText("not valid base64: untick base64 for a passphrase")
			return false
		}
	}
	reason.SetText("")
	return true
}

// LoadCopy shows p, a new profile copied from the profile from: saving it
// stores a copy of from's keys with it.
func (e *Editor) LoadCopy(from string, p Profile) {
	e.Load("", p)
	e.copyOf = from
	e.keyPlaceholders()
	e.message.SetText("A copy of " + from + ": saving it copies its keys too.")
}

func (e *Editor) setKeys(s Secrets) {
	e.key.SetText(s.Key)
	e.hmacKey.SetText(s.HMACKey)
	e.keyBase64.SetChecked(s.KeyBase64)
	e.hmacKeyBase64.SetChecked(s.HMACKeyBase64)
}

// validate checks every field (a change to one may settle another, as the
// allow mode does for the fixed address) and enables Save when all pass.
func (e *Editor) validate() bool {
	ok := true
	for f, reason := range e.reasons {
		err := e.ctl.svc.Profiles.Validate(f, e.profile)
		if err == nil {
			reason.SetText("")
			continue
		}
		ok = false
		reason.SetText(err.Error())
	}
	if e.keyReason != nil {
		keyOK := keyValid(e.key, e.keyBase64.Checked, e.keyReason)
		hmacOK := keyValid(e.hmacKey, e.hmacKeyBase64.Checked, e.hmacKeyReason)
		ok = ok && keyOK && hmacOK
	}
	if ok {
		e.save.Enable()
	} else {
		e.save.Disable()
	}
	return ok
}

// Message returns the line under the form: the outcome of the latest
// save, load or generation.
func (e *Editor) Message() string { return e.message.Text }

// Profile returns the profile as the editor holds it, keys aside.
func (e *Editor) Profile() Profile { return e.profile.Clone() }

// Reason returns the reason shown for field f, or "" when it is valid.
func (e *Editor) Reason(f Field) string {
	return e.reasons[f].Text
}

// Set types v into field f, as the user would.
func (e *Editor) Set(f Field, v string) { e.setters[f](v) }

// GenerateKeys puts new keys in the editor, as its button does.
func (e *Editor) GenerateKeys() {
	s, err := e.ctl.svc.Keys.Generate()
	if err != nil {
		e.message.SetText(err.Error())
		return
	}
	e.setKeys(s)
	e.keysTouched = true
	e.message.SetText("New keys generated: they are saved with the profile. Give them to the server (Export → access.conf stanza).")
}

// LoadKeys reads the profile's keys (the original's, for an unsaved copy)
// from where they are kept into the (masked) entries, off the UI goroutine:
// a locked keyring or an age: file may ask for a password. Its button does
// this.
func (e *Editor) LoadKeys() {
	name := e.previous
	if name == "" {
		name = e.copyOf
	}
	if name == "" {
		return
	}
	e.message.SetText("Reading the keys…")
	e.ctl.background(func() {
		ctx, cancel := askingContext()
		defer cancel()
		s, err := e.ctl.svc.Keys.Keys(ctx, name)
		fyne.Do(func() {
			if err != nil {
				e.message.SetText(err.Error())
				return
			}
			e.setKeys(s)
			e.keysTouched = false
			e.message.SetText("Keys loaded (hidden: use the eye to show them).")
		})
	})
}

// errInvalid is shown when Save is pressed on a form with a refused field.
var errInvalid = errors.New("some fields need fixing first")

// Save stores the profile, and the keys when they were typed, generated or
// loaded and changed; an unsaved copy with untouched keys gets a copy of
// the original's keys.
func (e *Editor) Save() {
	if !e.validate() {
		e.message.SetText(errInvalid.Error())
		return
	}
	var keys *Secrets
	if e.keysTouched {
		keys = &Secrets{Key: e.key.Text, HMACKey: e.hmacKey.Text,
			KeyBase64: e.keyBase64.Checked, HMACKeyBase64: e.hmacKeyBase64.Checked}
	}
	p, notes, ok := e.checkKeys(e.profile.Clone(), keys)
	if !ok {
		return
	}
	e.save.Disable()
	e.message.SetText("Saving…")
	done := func(err error) {
		e.save.Enable()
		if err != nil {
			e.message.SetText(err.Error())
			if keys != nil && keptInKeyring(p) && errors.Is(err, ErrKeyringUnavailable) {
				e.offerKeyFile(p.Name(), err)
			}
			return
		}
		e.previous, e.copyOf = p.Name(), ""
		e.keysTouched = false
		e.message.SetText("Saved.")
		e.savedNotes(notes)
	}
	if e.previous == "" && e.copyOf != "" && keys == nil {
		e.ctl.SaveCopy(e.copyOf, p, done)
		return
	}
	e.ctl.Save(e.previous, p, keys, done)
}

// offerKeyFile offers, when the OS keyring could not take the keys of the
// profile name, to keep them in a passphrase-protected file instead: taken,
// the editor's key source names the file and the profile is saved again
// (the passphrase is asked then). Cancelled, the editor keeps everything.
func (e *Editor) offerKeyFile(name string, cause error) {
	path := e.ctl.svc.Profiles.KeyFile(name)
	offerKeyFile(e.win, []string{name}, cause, []string{path}, func() {
		e.Set(FieldKeySource, ageSource(path))
		e.Save()
	})
}

// KeyReason returns the reason shown under the encryption key, or "".
func (e *Editor) KeyReason() string {
	return e.keyReason.Text
}

// SetKey types k into the encryption key entry, as the user would.
func (e *Editor) SetKey(k string) { e.key.SetText(k) }

// encryptionChoices are the Encryption field's choices: every mode a
// profile line carries (an imported ctr profile shows its own mode among
// them), then gpg.
func encryptionChoices() []string {
	var out []string
	for _, m := range profile.LineModes() {
		out = append(out, m.String())
	}
	return append(out, "gpg")
}

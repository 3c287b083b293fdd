package store

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/sesame-spa/sesame/desktop/internal/sshlaunch"
)

// profileJSON is a profile as the profiles file (format version 1) holds
// it: every field as the user typed it, zero values for the defaults. It
// is the file format; Profile is the typed model it is read into.
type profileJSON struct {
	Name         string             `json:"name"`
	Host         string             `json:"host"`                    // SPA server: DNS name, IPv4 or IPv6
	Port         uint16             `json:"port,omitempty"`          // SPA port; 0: 62201
	Transport    string             `json:"transport,omitempty"`     // udp, tcp, http; "": udp
	Access       string             `json:"access"`                  // ports to open: tcp/22,udp/53
	Allow        string             `json:"allow,omitempty"`         // resolve, source or an address; "": resolve
	NAT          string             `json:"nat,omitempty"`           // forward to internal host:port
	NATLocal     uint16             `json:"nat_local,omitempty"`     // forward to this port on the server
	Timeout      int                `json:"timeout,omitempty"`       // requested grant, seconds; 0: the server's
	Digest       string             `json:"digest,omitempty"`        // SPA digest; "": sha256
	HMAC         string             `json:"hmac,omitempty"`          // HMAC type or none; "": sha256
	Encryption   string             `json:"encryption,omitempty"`    // cbc, legacy, ecb, cfb, ofb, ctr or gpg; "": cbc
	GPGRecipient string             `json:"gpg_recipient,omitempty"` // server's key: id, fingerprint, user id or file
	GPGSigner    string             `json:"gpg_signer,omitempty"`    // own signing key, optional
	GPGHome      string             `json:"gpg_home,omitempty"`      // folder of exported key files
	SSH          sshlaunch.Settings `json:"ssh,omitzero"`
	KeepOpen     bool               `json:"keep_open,omitempty"` // re-knock before the grant ends
	Resolvers    []string           `json:"resolvers,omitempty"` // HTTPS URLs answering the external address
	Keys         KeySource          `json:"keys,omitzero"`       // where the keys live; zero: the OS keyring
}

// textFields are the fields of profileJSON read and written as the
// editor's text (SetField, FieldValue), in the order they are set: the
// encryption before the GPG keys it allows.
func (j *profileJSON) textFields() []struct {
	name string
	v    *string
} {
	return []struct {
		name string
		v    *string
	}{
		{"name", &j.Name}, {"host", &j.Host}, {"transport", &j.Transport}, {"access", &j.Access},
		{"allow", &j.Allow}, {"nat", &j.NAT}, {"digest", &j.Digest}, {"hmac", &j.HMAC},
		{"encryption", &j.Encryption}, {"gpg-recipient", &j.GPGRecipient}, {"gpg-signer", &j.GPGSigner},
		{"gpg-home", &j.GPGHome},
	}
}

// toJSON returns p in the file's form: what FieldValue shows for each
// field, so that a default the user left empty stays out of the file.
func (p *Profile) toJSON() profileJSON {
	j := profileJSON{SSH: p.SSH, KeepOpen: p.KeepOpen, Resolvers: p.Resolvers, Keys: p.Keys, Timeout: p.Timeout}
	for _, f := range j.textFields() {
		*f.v = FieldValue(p, f.name)
	}
	j.Port = parsedPort(FieldValue(p, "port"))
	j.NATLocal = parsedPort(FieldValue(p, "nat-local"))
	return j
}

func parsedPort(text string) uint16 {
	n, _ := strconv.ParseUint(text, 10, 16)
	return uint16(n)
}

// profile reads j as SetField reads the editor's text, so that the file
// and the editor accept the same values; errors are *FieldError values.
func (j *profileJSON) profile() (Profile, error) {
	p := NewProfile()
	p.SSH, p.KeepOpen, p.Keys, p.Resolvers = j.SSH, j.KeepOpen, j.Keys, j.Resolvers
	set := func(name, text string) error { return SetField(&p, name, text) }
	for _, f := range j.textFields() {
		if err := set(f.name, *f.v); err != nil {
			return Profile{}, err
		}
	}
	for name, text := range map[string]string{"port": portText(j.Port), "nat-local": portText(j.NATLocal), "timeout": strconv.Itoa(j.Timeout)} {
		if err := set(name, text); err != nil {
			return Profile{}, err
		}
	}
	return p, nil
}

// MarshalJSON writes p as the profiles file holds it (format version 1):
// the fields as text, a default the user did not type left out. Keys are
// never written.
func (p Profile) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.toJSON())
}

// UnmarshalJSON reads a profile of the profiles file (format version 1),
// refusing unknown fields and values SetField refuses.
func (p *Profile) UnmarshalJSON(data []byte) error {
	var j profileJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	q, err := j.profile()
	if err != nil {
		return err
	}
	*p = q
	return nil
}

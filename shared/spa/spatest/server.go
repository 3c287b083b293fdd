package spatest

import (
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// StanzaKeys returns the keys of each stanza of the case's access.conf, in
// file order. It reads only the key variables (KEY, KEY_BASE64, HMAC_KEY,
// HMAC_KEY_BASE64, HMAC_DIGEST_TYPE, ENCRYPTION_MODE, GPG_DECRYPT_ID) and
// is meant for tests of the wire format, not as a config parser.
func (c *Case) StanzaKeys() ([]*spa.Keys, error) {
	var out []*spa.Keys
	var k *spa.Keys
	for _, line := range strings.Split(c.AccessConf, "\n") {
		name, val, _ := strings.Cut(strings.TrimSpace(line), " ")
		val = strings.TrimSpace(val)
		if name == "SOURCE" {
			k = &spa.Keys{AllowNoHMAC: true}
			out = append(out, k)
			continue
		}
		if k == nil {
			continue
		}
		if err := setStanzaKey(c, k, name, val); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func setStanzaKey(c *Case, k *spa.Keys, name, val string) error {
	var err error
	switch name {
	case "KEY":
		k.Rijndael = []byte(val)
	case "KEY_BASE64":
		k.Rijndael, err = keyBytes(val, "")
	case "HMAC_KEY":
		k.HMAC = []byte(val)
	case "HMAC_KEY_BASE64":
		k.HMAC, err = keyBytes(val, "")
	case "HMAC_DIGEST_TYPE":
		k.HMACType, err = spa.ParseHash(val)
	case "ENCRYPTION_MODE":
		k.Mode, err = spa.ParseMode(val)
	case "GPG_DECRYPT_ID":
		k.GPG, err = c.gpgKeys(false)
	}
	return err
}

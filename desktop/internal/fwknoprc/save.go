package fwknoprc

import (
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// Value is the text of the rc variable name for the options o, as the
// stock client's --save-rc-stanza writes it (add_single_var_to_rc):
// digests and modes in upper case, booleans Y or N. ok is false for a
// variable Sesame does not write. The value of a key variable is the key:
// it goes into the 0600 rc file and nowhere else.
func Value(name string, o *knock.Options) (v string, ok bool) {
	if f, ok := values[name]; ok {
		return f(o), true
	}
	return "", false
}

func yn(b bool) string {
	if b {
		return "Y"
	}
	return "N"
}

func itoa[T ~int | ~int64 | ~uint16](n T) string { return strconv.FormatInt(int64(n), 10) }

var values = map[string]func(o *knock.Options) string{
	"DIGEST_TYPE":      func(o *knock.Options) string { return strings.ToUpper(o.Digest.String()) },
	"HMAC_DIGEST_TYPE": func(o *knock.Options) string { return strings.ToUpper(o.HMACDigest.String()) },
	"SPA_SERVER_PROTO": func(o *knock.Options) string { return o.Transport.String() },
	"SPA_SERVER_PORT":  func(o *knock.Options) string { return itoa(o.ServerPort) },
	"SPA_SOURCE_PORT":  func(o *knock.Options) string { return itoa(o.SourcePort) },
	"FW_TIMEOUT":       func(o *knock.Options) string { return itoa(max(o.FWTimeout, 0)) },
	"ALLOW_IP":         func(o *knock.Options) string { return o.AllowIP },
	"TIME_OFFSET": func(o *knock.Options) string {
		if o.OffsetMinus != 0 {
			return "-" + itoa(o.OffsetMinus)
		}
		return itoa(o.OffsetPlus)
	},
	"ENCRYPTION_MODE":     func(o *knock.Options) string { return o.Mode.FKOName() }, // CBC, CTR, legacy, as the stock's enc_mode_inttostr
	"USE_GPG":             func(o *knock.Options) string { return yn(o.UseGPG) },
	"GPG_RECIPIENT":       func(o *knock.Options) string { return o.GPGRecipient },
	"GPG_SIGNER":          func(o *knock.Options) string { return o.GPGSigner },
	"GPG_HOMEDIR":         func(o *knock.Options) string { return o.GPGHome },
	"SPOOF_USER":          func(o *knock.Options) string { return o.SpoofUser },
	"ACCESS":              func(o *knock.Options) string { return o.Access },
	"SPA_SERVER":          func(o *knock.Options) string { return o.Destination },
	"RAND_PORT":           func(o *knock.Options) string { return yn(o.RandPort) },
	"KEY_FILE":            func(o *knock.Options) string { return o.KeyFile },
	"HMAC_KEY_FILE":       func(o *knock.Options) string { return o.HMACKeyFile },
	"KEY":                 func(o *knock.Options) string { return string(o.Key) },
	"KEY_BASE64":          func(o *knock.Options) string { return string(o.KeyBase64) },
	"HMAC_KEY":            func(o *knock.Options) string { return string(o.HMACKey) },
	"HMAC_KEY_BASE64":     func(o *knock.Options) string { return string(o.HMACKeyBase64) },
	"USE_HMAC":            func(o *knock.Options) string { return yn(o.UseHMAC) },
	"NAT_ACCESS":          func(o *knock.Options) string { return o.NATAccess },
	"HTTP_USER_AGENT":     func(o *knock.Options) string { return o.UserAgent },
	"RESOLVE_URL":         func(o *knock.Options) string { return o.ResolveURL },
	"SERVER_RESOLVE_IPV4": func(o *knock.Options) string { return yn(o.ServerIPv4) },
	"NAT_LOCAL":           func(o *knock.Options) string { return yn(o.NATLocal) },
	"NAT_RAND_PORT":       func(o *knock.Options) string { return yn(o.NATRandPort) },
	"NAT_PORT":            func(o *knock.Options) string { return itoa(o.NATPort) },
	"VERBOSE":             func(o *knock.Options) string { return yn(o.Verbose) },
	"RESOLVE_IP_HTTPS":    resolving,
	"RESOLVE_IP_HTTP":     resolving,
	"RESOLVE_HTTP_ONLY":   func(o *knock.Options) string { return yn(o.ResolveHTTPOnly) },
	"USE_WGET_USER_AGENT": func(o *knock.Options) string { return yn(o.WgetUserAgent) },
	"WGET_CMD":            func(o *knock.Options) string { return o.WgetCmd },
	"NO_SAVE_ARGS":        func(o *knock.Options) string { return yn(o.NoSaveArgs) },
	// The raw transports' source and the GnuPG home's options.
	"SPOOF_SOURCE_IP": func(o *knock.Options) string {
		if o.SpoofSource.IsValid() {
			return o.SpoofSource.String()
		}
		return ""
	},
	"USE_GPG_AGENT":     func(o *knock.Options) string { return yn(o.GPGAgent) },
	"GPG_EXE":           func(o *knock.Options) string { return o.GPGExe },
	"GPG_NO_SIGNING_PW": func(o *knock.Options) string { return yn(o.GPGNoSigningPW) },
}

// resolving is whether -R is in effect: an allow address given wins over
// it, as the stock client resets its flag then.
func resolving(o *knock.Options) string { return yn(o.ResolveIP && o.AllowIP == "") }

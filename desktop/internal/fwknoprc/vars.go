package fwknoprc

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// setter applies one variable's value to o.
type setter func(o *knock.Options, v string) error

// vars maps every variable of fwknop 2.6's client rc file to what it does
// here. Variables about fwknop's own machinery (gpg binary, wget, saved
// arguments, verbosity) change nothing that is sent and are accepted as is;
// those that would change the packet in a way sesame does not support are
// refused rather than silently dropped.
var vars = map[string]setter{
	"SPA_SERVER":       func(o *knock.Options, v string) error { o.Destination = v; return nil },
	"SPA_SERVER_PORT":  port(func(o *knock.Options, p uint16) { o.ServerPort = p }),
	"SPA_SERVER_PROTO": setTransport,
	"ACCESS":           func(o *knock.Options, v string) error { o.Access = v; return nil },
	"ALLOW_IP":         setAllowIP,
	"DIGEST_TYPE":      digest(func(o *knock.Options, h spa.Hash) { o.Digest = h }),
	"HMAC_DIGEST_TYPE": digest(func(o *knock.Options, h spa.Hash) { o.HMACDigest = h }),
	"ENCRYPTION_MODE":  setMode,
	"FW_TIMEOUT":       setFWTimeout,
	"TIME_OFFSET":      setTimeOffset,
	"SPOOF_USER":       func(o *knock.Options, v string) error { o.SetSpoofUser(v); return nil },
	"NAT_ACCESS":       func(o *knock.Options, v string) error { o.NATAccess = v; return nil },
	"NAT_LOCAL":        yes(func(o *knock.Options) { o.NATLocal = true }),
	"NAT_RAND_PORT":    yes(func(o *knock.Options) { o.NATRandPort = true }),
	"NAT_PORT":         port(func(o *knock.Options, p uint16) { o.NATPort = int(p) }),
	"KEY":              func(o *knock.Options, v string) error { o.SetKey(v); return nil },
	"KEY_BASE64":       b64(func(o *knock.Options, v string) { o.SetKeyBase64(v) }),
	"HMAC_KEY":         func(o *knock.Options, v string) error { o.SetHMACKey(v); return nil },
	"HMAC_KEY_BASE64":  b64(func(o *knock.Options, v string) { o.SetHMACKeyBase64(v) }),
	"USE_HMAC":         yes(func(o *knock.Options) { o.UseHMAC = true }),
	"USE_GPG":          yes(func(o *knock.Options) { o.UseGPG = true }),
	"GPG_RECIPIENT":    func(o *knock.Options, v string) error { o.GPGRecipient = v; return nil },
	"GPG_SIGNER":       func(o *knock.Options, v string) error { o.GPGSigner = v; return nil },
	"GPG_HOMEDIR":      func(o *knock.Options, v string) error { o.GPGHome = strings.TrimRight(v, "/"); return nil },
	"GPG_SIGNING_PW":   func(o *knock.Options, v string) error { o.GPGSigningPW = knock.Secret(v); return nil },
	"GPG_SIGNING_PW_BASE64": func(o *knock.Options, v string) error {
		pw, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			return badValue("not base64")
		}
		o.GPGSigningPW = knock.Secret(pw)
		return nil
	},
	"RESOLVE_URL":         func(o *knock.Options, v string) error { o.ResolveURL = v; return nil },
	"RESOLVE_IP_HTTPS":    yes(func(o *knock.Options) { o.ResolveIP = true }),
	"RESOLVE_IP_HTTP":     yes(func(o *knock.Options) { o.ResolveIP = true }),
	"HTTP_USER_AGENT":     func(o *knock.Options, v string) error { o.UserAgent = v; return nil },
	"SERVER_RESOLVE_IPV4": yes(func(o *knock.Options) { o.ServerIPv4 = true }),
	"SPOOF_SOURCE_IP":     setSpoofSource,
	"USE_GPG_AGENT":       yes(func(o *knock.Options) { o.GPGAgent = true }),
	"GPG_NO_SIGNING_PW":   yes(func(o *knock.Options) { o.GPGNoSigningPW = true }),
	"GPG_EXE":             func(o *knock.Options, v string) error { o.GPGExe = v; return nil },
	// The stock client's delivery settings (knock.Delivery).
	"RAND_PORT":           yes(func(o *knock.Options) { o.RandPort = true }),
	"SPA_SOURCE_PORT":     port(func(o *knock.Options, p uint16) { o.SourcePort = p }),
	"KEY_FILE":            func(o *knock.Options, v string) error { o.KeyFile = v; return nil },
	"HMAC_KEY_FILE":       setHMACKeyFile,
	"RESOLVE_HTTP_ONLY":   yes(func(o *knock.Options) { o.ResolveHTTPOnly = true }), // does not turn -R on, as in the stock client
	"USE_WGET_USER_AGENT": yes(func(o *knock.Options) { o.WgetUserAgent = true }),
	"WGET_CMD":            func(o *knock.Options, v string) error { o.WgetCmd = v; return nil },
	"NO_SAVE_ARGS":        yes(func(o *knock.Options) { o.NoSaveArgs = true }),
	"VERBOSE":             setVerbose,
}

// setSpoofSource keeps SPOOF_SOURCE_IP for CheckRaw, which refuses a bad
// one after the command line, as the stock client does.
func setSpoofSource(o *knock.Options, v string) error { o.SetSpoofSource(v); return nil }

// setHMACKeyFile names the HMAC key file; as the stock client's
// HMAC_KEY_FILE it turns no HMAC on, so the file is read only when one is
// asked for (USE_HMAC, --use-hmac...).
func setHMACKeyFile(o *knock.Options, v string) error { o.HMACKeyFile = v; return nil }

func applySetting(o *knock.Options, s Setting) error {
	set, ok := vars[s.Name]
	switch {
	case !ok && vars[strings.ToUpper(s.Name)] != nil:
		// The stock client matches names case-sensitively, and stops.
		return &Error{Reason: "variable names are upper case (" + strings.ToUpper(s.Name) + ")", Err: ErrUnknownVar}
	case !ok:
		return &Error{Reason: "not an fwknop client variable", Err: ErrUnknownVar}
	}
	return set(o, s.Value)
}

func badValue(format string, a ...any) error {
	return &Error{Reason: fmt.Sprintf(format, a...), Err: ErrBadValue}
}

func ignore(*knock.Options, string) error { return nil }

func refuse(what string) setter {
	return func(*knock.Options, string) error {
		return &Error{Reason: "sesame does not support " + what, Err: ErrUnsupported}
	}
}

// yes reads fwknop's booleans as its is_yes_str does: "Y" in either case
// turns the setting on; any other value ("N", but also "yes") leaves it
// as it is. So "USE_HMAC N" does not turn off the HMAC that an HMAC key
// set, and "NAT_LOCAL yes" asks for no local NAT, as with the stock
// client.
func yes(set func(*knock.Options)) setter {
	return func(o *knock.Options, v string) error {
		if strings.EqualFold(v, "Y") {
			set(o)
		}
		return nil
	}
}

// setVerbose reads VERBOSE: Y or a level 0..6, as the stock client.
func setVerbose(o *knock.Options, v string) error {
	if strings.EqualFold(v, "Y") {
		o.Verbose = true
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 6 {
		return badValue("want Y or a level 0..6, got %q", v)
	}
	o.Verbose = n > 0
	return nil
}

func port(set func(*knock.Options, uint16)) setter {
	return func(o *knock.Options, v string) error {
		p, err := knock.ParsePort("port", v)
		if err != nil {
			return badValue("want a port number 1..65535, got %q", v)
		}
		set(o, p)
		return nil
	}
}

func digest(set func(*knock.Options, spa.Hash)) setter {
	return func(o *knock.Options, v string) error {
		h, err := knock.ParseDigest("digest", v)
		if err != nil {
			return badValue("unknown digest %q: must be one of md5, sha1, sha256, sha384, sha512, sha3_256 or sha3_512", v)
		}
		set(o, h)
		return nil
	}
}

// b64 checks the alphabet the way fwknop does, without echoing the key.
func b64(set func(*knock.Options, string)) setter {
	return func(o *knock.Options, v string) error {
		if strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != "" {
			return badValue("argument doesn't look like base64-encoded data (the key is not shown)")
		}
		set(o, v)
		return nil
	}
}

func setTransport(o *knock.Options, v string) error {
	t, err := knock.ParseTransport(v)
	if err != nil {
		return err
	}
	o.Transport = t
	return nil
}

// setAllowIP reads ALLOW_IP: "source" (the server uses the packet's
// source), "resolve" (ask the resolve URL), or an address.
func setAllowIP(o *knock.Options, v string) error {
	switch strings.ToLower(v) {
	case "source":
		o.AllowIP, o.ResolveIP = "0.0.0.0", false
		return nil
	case "resolve":
		o.AllowIP, o.ResolveIP = "", true
		return nil
	}
	a, err := knock.ParseAllowIP(v)
	if err != nil {
		return badValue("want source, resolve or an IP address, got %q", v)
	}
	o.AllowIP, o.ResolveIP = a, false
	return nil
}

func setMode(o *knock.Options, v string) error {
	m, err := knock.ParseMode(v)
	if err != nil {
		return err
	}
	o.Mode = m
	return nil
}

func setFWTimeout(o *knock.Options, v string) error {
	n, err := knock.ParseFWTimeout(v)
	if err != nil {
		return err
	}
	o.FWTimeout = n
	return nil
}

// setTimeOffset reads TIME_OFFSET: a leading '-' moves the clock back.
func setTimeOffset(o *knock.Options, v string) error {
	neg := strings.HasPrefix(v, "-")
	n, err := knock.ParseTimeOffset(strings.TrimPrefix(v, "-"))
	if err != nil {
		return err
	}
	if neg {
		o.OffsetMinus, o.OffsetPlus = n, 0
	} else {
		o.OffsetPlus, o.OffsetMinus = n, 0
	}
	return nil
}

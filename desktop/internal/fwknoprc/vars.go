package fwknoprc

import (
	"encoding/base64"
	"fmt"
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
	"SPOOF_USER":       func(o *knock.Options, v string) error { o.SpoofUser = v; return nil },
	"NAT_ACCESS":       func(o *knock.Options, v string) error { o.NATAccess = v; return nil },
	"NAT_LOCAL":        yesNo(func(o *knock.Options, b bool) { o.NATLocal = b }),
	"NAT_RAND_PORT":    yesNo(func(o *knock.Options, b bool) { o.NATRandPort = b }),
	"NAT_PORT":         port(func(o *knock.Options, p uint16) { o.NATPort = int(p) }),
	"KEY":              func(o *knock.Options, v string) error { o.SetKey(v); return nil },
	"KEY_BASE64":       b64(func(o *knock.Options, v string) { o.SetKeyBase64(v) }),
	"HMAC_KEY":         func(o *knock.Options, v string) error { o.SetHMACKey(v); return nil },
	"HMAC_KEY_BASE64":  b64(func(o *knock.Options, v string) { o.SetHMACKeyBase64(v) }),
	"USE_HMAC":         yesNo(func(o *knock.Options, b bool) { o.UseHMAC = b }),
	"USE_GPG":          yesNo(func(o *knock.Options, b bool) { o.UseGPG = b }),
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
	"RESOLVE_IP_HTTPS":    yesNo(func(o *knock.Options, b bool) { o.ResolveIP = b }),
	"RESOLVE_IP_HTTP":     yesNo(func(o *knock.Options, b bool) { o.ResolveIP = b }),
	"HTTP_USER_AGENT":     func(o *knock.Options, v string) error { o.UserAgent = v; return nil },
	"SERVER_RESOLVE_IPV4": yesNo(func(o *knock.Options, b bool) { o.ServerIPv4 = b }),
	"RAND_PORT":           refuseYes("random destination ports"),
	"SPA_SOURCE_PORT":     refuse("a fixed source port"),
	"SPOOF_SOURCE_IP":     refuse("spoofed source addresses (raw sockets)"),
	"KEY_FILE":            refuse("fwknop key files; use --key-rijndael-file or SESAME_KEY_* variables"),
	"HMAC_KEY_FILE":       refuse("fwknop key files; use --key-hmac-file or SESAME_KEY_* variables"),
	"RESOLVE_HTTP_ONLY":   ignore,
	"USE_GPG_AGENT":       yesNo(func(o *knock.Options, b bool) { o.GPGAgent = b }),
	"GPG_NO_SIGNING_PW":   yesNo(func(o *knock.Options, b bool) { o.GPGNoSigningPW = b }),
	"GPG_EXE":             func(o *knock.Options, v string) error { o.GPGExe = v; return nil },
	"USE_WGET_USER_AGENT": ignore,
	"WGET_CMD":            ignore,
	"NO_SAVE_ARGS":        ignore,
	"VERBOSE":             ignore,
}

func applySetting(o *knock.Options, s Setting) error {
	set, ok := vars[s.Name]
	if !ok {
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

func refuseYes(what string) setter {
	return yesNoErr(func(_ *knock.Options, b bool) error {
		if b {
			return refuse(what)(nil, "")
		}
		return nil
	})
}

// yesNo reads fwknop's booleans: Y or N, in either case.
func yesNo(set func(*knock.Options, bool)) setter {
	return yesNoErr(func(o *knock.Options, b bool) error { set(o, b); return nil })
}

func yesNoErr(set func(*knock.Options, bool) error) setter {
	return func(o *knock.Options, v string) error {
		switch strings.ToUpper(v) {
		case "Y":
			return set(o, true)
		case "N":
			return set(o, false)
		}
		return badValue("want Y or N, got %q", v)
	}
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
			return badValue("unknown digest %q (want md5, sha1, sha256, sha384, sha512, sha3_256 or sha3_512)", v)
		}
		set(o, h)
		return nil
	}
}

// b64 checks the alphabet the way fwknop does, without echoing the key.
func b64(set func(*knock.Options, string)) setter {
	return func(o *knock.Options, v string) error {
		if strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != "" {
			return badValue("not base64 (the key is not shown)")
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

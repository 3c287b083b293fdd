package fwknoprc

import (
	"errors"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

const sample = `# .fwknoprc
[default]
DIGEST_TYPE         sha512
SPA_SERVER_PORT     62201
#FW_TIMEOUT         30
  ; indented comment
USE_HMAC:           Y

[myssh]
SPA_SERVER          203.0.113.5
ACCESS              tcp/22   # ssh only
ALLOW_IP            resolve
KEY_BASE64          HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=
HMAC_KEY_BASE64     S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotI=
HMAC_DIGEST_TYPE    sha3_256

[mynatreq]
SPA_SERVER          192.0.2.20
ACCESS              tcp/8088
ALLOW_IP            198.51.100.6
NAT_ACCESS          192.0.2.55,88
FW_TIMEOUT          60
TIME_OFFSET         -5m
SPA_SERVER_PROTO    tcp
KEY                 passphrase;trailing

[broken]
ACCESS              tcp/22
NOT_A_VARIABLE      1
`

func mustParse(t *testing.T, text string) *File {
	t.Helper()
	f, err := Parse(strings.NewReader(text), "rc")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestApply(t *testing.T) {
	f := mustParse(t, sample)
	if got, want := strings.Join(f.Names(), " "), "myssh mynatreq broken"; got != want {
		t.Errorf("Names = %q, want %q", got, want)
	}
	tests := []struct {
		stanza string
		check  func(o *knock.Options) bool
	}{
		{"", func(o *knock.Options) bool {
			return o.Digest == spa.SHA512 && o.UseHMAC && o.FWTimeout == -1 && o.Destination == ""
		}},
		{"myssh", func(o *knock.Options) bool {
			return o.Destination == "203.0.113.5" && o.Access == "tcp/22" && o.ResolveIP && o.AllowIP == "" &&
				o.KeyBase64 == "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84=" && o.Key == "" &&
				o.HMACKeyBase64 != "" && o.HMACDigest == spa.SHA3_256 && o.Digest == spa.SHA512
		}},
		{"MyNatReq", func(o *knock.Options) bool {
			return o.AllowIP == "198.51.100.6" && !o.ResolveIP && o.NATAccess == "192.0.2.55,88" &&
				o.FWTimeout == 60 && o.OffsetMinus == 300 && o.OffsetPlus == 0 &&
				o.Transport == knock.TCP && o.Key == "passphrase" && o.ServerPort == 62201
		}},
	}
	for _, tt := range tests {
		o := knock.NewOptions()
		if err := f.Apply(o, tt.stanza); err != nil {
			t.Errorf("Apply(%q): %v", tt.stanza, err)
			continue
		}
		if !tt.check(o) {
			t.Errorf("Apply(%q) gave %+v", tt.stanza, *o)
		}
	}
}

func TestApplyErrors(t *testing.T) {
	tests := []struct {
		name, text, stanza string
		want               error
		msg                string
	}{
		{"missing stanza", sample, "nope", ErrNoStanza, "rc: no stanza [nope]"},
		{"unknown variable", sample, "broken", ErrUnknownVar, "rc:29: NOT_A_VARIABLE: not an fwknop client variable"},
		{"bad digest", "[default]\nDIGEST_TYPE sha999\n", "", ErrBadValue, "rc:2: DIGEST_TYPE: unknown digest"},
		{"bad port", "[default]\nSPA_SERVER_PORT 70000\n", "", ErrBadValue, "rc:2: SPA_SERVER_PORT: want a port"},
		{"bad allow ip", "[x]\nALLOW_IP 1.2.3\n", "x", ErrBadValue, "rc:2: ALLOW_IP: want source, resolve"},
		{"lower case", "[default]\nuse_hmac Y\n", "", ErrUnknownVar, "rc:2: use_hmac: variable names are upper case (USE_HMAC)"},
		{"bad verbose", "[default]\nVERBOSE 9\n", "", ErrBadValue, "rc:2: VERBOSE: want Y or a level"},
		{"bad proto", "[default]\nSPA_SERVER_PROTO icmpraw\n", "", ErrBadValue, "rc:2: SPA_SERVER_PROTO: Unrecognized protocol: unknown transport \"icmpraw\""},
		{"bad mode", "[default]\nENCRYPTION_MODE pcbc\n", "", ErrBadValue, "rc:2: ENCRYPTION_MODE: Invalid encryption mode: pcbc: encryption-mode: pcbc is not implemented"},
		{"bad offset", "[default]\nTIME_OFFSET 5y\n", "", ErrBadValue, "rc:2: TIME_OFFSET: time offset"},
		{"bad timeout", "[default]\nFW_TIMEOUT -1\n", "", ErrBadValue, "rc:2: FW_TIMEOUT: fw-timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := mustParse(t, tt.text).Apply(knock.NewOptions(), tt.stanza)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) {
				t.Errorf("message %q does not start with %q", err, tt.msg)
			}
		})
	}
}

// A key that is not base64 is named, never shown.
func TestBadKeyNotShown(t *testing.T) {
	const secret = "sekrit!passphrase"
	err := mustParse(t, "[default]\nHMAC_KEY_BASE64 "+secret+"\n").Apply(knock.NewOptions(), "")
	if !errors.Is(err, ErrBadValue) || strings.Contains(err.Error(), "sekrit") {
		t.Fatalf("err = %v", err)
	}
}

// Later settings win, and setting one form of a key clears the other.
func TestOverrideOrder(t *testing.T) {
	f := mustParse(t, "[default]\nKEY pass\nALLOW_IP 198.51.100.1\n[s]\nKEY_BASE64 YWJj\nALLOW_IP source\n[default]\nSPA_SERVER_PORT 1000\n")
	o := knock.NewOptions()
	if err := f.Apply(o, "s"); err != nil {
		t.Fatal(err)
	}
	if o.Key != "" || o.KeyBase64 != "YWJj" || o.AllowIP != "0.0.0.0" || o.ServerPort != 1000 {
		t.Fatalf("got %+v", *o)
	}
}

// FuzzApply: applying any stanza of a file that parses fails only with an
// error that names its line. (shared/fwknoprc fuzzes the syntax.)
func FuzzApply(f *testing.F) {
	f.Add(sample)
	f.Add("[default]\nKEY_BASE64: abc=\n[x]\nALLOW_IP source ; c\n")
	f.Add("\r\n[a]b\n  [c]\nTIME_OFFSET -1h\n")
	f.Fuzz(func(t *testing.T, text string) {
		file, err := Parse(strings.NewReader(text), "rc")
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, name := range append(file.Names(), "") {
			o := knock.NewOptions()
			if err := file.Apply(o, name); err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Line == 0 && !errors.Is(err, ErrNoStanza) {
					t.Fatalf("error without a line: %v", err)
				}
			}
		}
	})
}

// The stock client's booleans (is_yes_str): Y turns a setting on, any
// other value leaves it as it was. So USE_HMAC N does not undo the HMAC
// an HMAC key asks for, and NAT_LOCAL yes is no local NAT. The delivery
// variables are read.
func TestStockVariables(t *testing.T) {
	tests := []struct {
		text  string
		check func(o *knock.Options) bool
	}{
		{"HMAC_KEY secret2\nUSE_HMAC N\n", func(o *knock.Options) bool { return o.UseHMAC }},
		{"USE_HMAC y\n", func(o *knock.Options) bool { return o.UseHMAC }},
		{"NAT_LOCAL yes\n", func(o *knock.Options) bool { return !o.NATLocal }},
		{"NAT_LOCAL Y\n", func(o *knock.Options) bool { return o.NATLocal }},
		{"RAND_PORT Y\nSPA_SOURCE_PORT 40000\n", func(o *knock.Options) bool { return o.RandPort && o.SourcePort == 40000 }},
		{"KEY_FILE /k\n", func(o *knock.Options) bool { return o.KeyFile == "/k" && !o.UseHMAC }},
		{"HMAC_KEY_FILE /h\n", func(o *knock.Options) bool { return o.HMACKeyFile == "/h" && !o.UseHMAC }},
		{"HMAC_KEY_FILE /h\nUSE_HMAC Y\n", func(o *knock.Options) bool { return o.HMACKeyFile == "/h" && o.UseHMAC }},
		// The stock client checks SPOOF_SOURCE_IP after the command line.
		{"SPOOF_SOURCE_IP 2001:db8::1\n", func(o *knock.Options) bool {
			err := o.CheckRaw()
			return err != nil && strings.Contains(err.Error(), `Invalid spoof IP: spoof-source: "2001:db8::1" is not an IPv4`)
		}},
		{"VERBOSE 3\n", func(o *knock.Options) bool { return o.Verbose }},
		{"VERBOSE 0\n", func(o *knock.Options) bool { return !o.Verbose }},
	}
	for _, tt := range tests {
		o := knock.NewOptions()
		if err := mustParse(t, "[default]\n"+tt.text).Apply(o, ""); err != nil {
			t.Errorf("%q: %v", tt.text, err)
		} else if !tt.check(o) {
			t.Errorf("%q gave %+v", tt.text, *o)
		}
	}
}

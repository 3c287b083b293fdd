package spa_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

// TestParseErrorsWrapSentinel: every Parse function refuses bad input with
// a *FieldError that errors.Is ErrBadArgument, naming the part refused and
// quoting what was wrong (errors.go's promise).
func TestParseErrorsWrapSentinel(t *testing.T) {
	parsers := map[string]func(string) error{
		"ParseProtoPort":  func(s string) error { _, err := spa.ParseProtoPort(s); return err },
		"ParseProtoPorts": func(s string) error { _, err := spa.ParseProtoPorts(s); return err },
		"ParseAllowIP":    func(s string) error { _, err := spa.ParseAllowIP(s); return err },
		"ParseAccess":     func(s string) error { _, err := spa.ParseAccess(s); return err },
		"ParseCommand":    func(s string) error { _, _, err := spa.ParseCommand(s); return err },
		"ParseNATAccess":  func(s string) error { _, _, err := spa.ParseNATAccess(s); return err },
		"ParseHash":       func(s string) error { _, err := spa.ParseHash(s); return err },
		"ParseMode":       func(s string) error { _, err := spa.ParseMode(s); return err },
		"ParseBody(access)": func(s string) error {
			_, err := spa.ParseBody(spa.AccessMsg, s, "")
			return err
		},
		"ParseBody(nat)": func(s string) error {
			_, err := spa.ParseBody(spa.NATAccessMsg, "198.51.100.7,tcp/22", s)
			return err
		},
		"ParseBody(command)": func(s string) error {
			_, err := spa.ParseBody(spa.CommandMsg, s, "")
			return err
		},
	}
	for _, tc := range []struct {
		parser, in string
		field, say string // the FieldError's field, and a piece of its text
	}{
		{"ParseProtoPort", "tcp22", "access", `"tcp22"`},
		{"ParseProtoPort", "icmp/1", "protocol", `"icmp"`},
		{"ParseProtoPort", "tcp/0", "port", `"0"`},
		{"ParseProtoPort", "udp/65536", "port", "1..65535"},
		{"ParseProtoPort", "tcp/x", "port", `"x"`},
		{"ParseProtoPorts", "", "access", "empty"},
		{"ParseProtoPorts", "tcp/0", "port", `in "tcp/0"`},
		{"ParseProtoPorts", "tcp/22,", "access", `got ""`},
		{"ParseProtoPorts", "tcp/22,udp/0", "port", `"udp/0"`},
		{"ParseAllowIP", "x", "allow IP", `"x"`},
		{"ParseAllowIP", "", "allow IP", "not an IPv4 or IPv6"},
		{"ParseAllowIP", "fe80::1%eth0", "allow IP", "zone"},
		{"ParseAllowIP", "::ffff:1.2.3.4", "allow IP", "IPv4-mapped"},
		{"ParseAccess", "1.2.3.4", "message", `"1.2.3.4"`},
		{"ParseAccess", "", "message", "ALLOW_IP"},
		{"ParseAccess", "1.2.3,tcp/22", "allow IP", `"1.2.3"`},
		{"ParseAccess", "1.2.3.4,tcp/0", "port", `"0"`},
		{"ParseCommand", "1.2.3.4", "message", "ALLOW_IP,command"},
		{"ParseCommand", "1.2.3.4,", "message", "ALLOW_IP,command"},
		{"ParseCommand", "x,ls", "allow IP", `"x"`},
		{"ParseCommand", "1.2.3.4," + strings.Repeat("c", 1400), "command", "longer than"},
		{"ParseNATAccess", "h", "nat_access", `"h"`},
		{"ParseNATAccess", "h,1,2", "nat_access", "host,port"},
		{"ParseNATAccess", ",22", "nat_access", "host"},
		{"ParseNATAccess", "a/b,22", "nat_access", `"a/b"`},
		{"ParseNATAccess", "h,0", "port", `"0"`},
		{"ParseHash", "sha224", "digest type", `"sha224"`},
		{"ParseMode", "xts", "encryption mode", `"xts"`},
		{"ParseMode", "pcbc", "encryption mode", "not implemented by fwknop"},
		{"ParseBody(access)", "1.2.3.4,icmp/1", "message", "protocol"},
		{"ParseBody(nat)", "h", "nat_access", `"h"`},
		{"ParseBody(nat)", "h,99999", "nat_access", "port"},
		{"ParseBody(command)", "1.2.3.4", "message", "ALLOW_IP,command"},
	} {
		err := parsers[tc.parser](tc.in)
		if !errors.Is(err, spa.ErrBadArgument) {
			t.Errorf("%s(%.40q) = %v, want an error wrapping ErrBadArgument", tc.parser, tc.in, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.say) {
			t.Errorf("%s(%.40q) = %q, want it to say %s", tc.parser, tc.in, err, tc.say)
		}
		var fe *spa.FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s(%.40q) = %#v, want a FieldError on %q", tc.parser, tc.in, err, tc.field)
		}
	}
}

// TestParseBodyRefusesWrongType: a nat_access on a type without one, and
// an unknown type, are argument errors too.
func TestParseBodyRefusesWrongType(t *testing.T) {
	if _, err := spa.ParseBody(spa.AccessMsg, "198.51.100.7,tcp/22", "h,22"); !errors.Is(err, spa.ErrBadArgument) {
		t.Errorf("nat_access on an access message: %v", err)
	}
	if _, err := spa.ParseBody(7, "198.51.100.7,tcp/22", ""); !errors.Is(err, spa.ErrBadArgument) {
		t.Errorf("type 7: %v", err)
	}
}

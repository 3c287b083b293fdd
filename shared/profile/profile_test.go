package profile

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/netip"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

func TestRoundTrip(t *testing.T) {
	g := newGen(1)
	for i := range 5000 {
		p := g.profile()
		if err := p.Validate(); err != nil {
			t.Fatalf("profile %d: generated profile invalid: %v\n%#v", i, err, *p)
		}
		line := p.Line()
		if len(line) > MaxLineLen {
			t.Fatalf("profile %d: line is %d bytes", i, len(line))
		}
		q, err := Parse(line)
		if err != nil {
			t.Fatalf("profile %d: Parse(Line()) = %v\n%s", i, err, line)
		}
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("profile %d: round trip changed the profile\n got %#v\nwant %#v", i, *q, *p)
		}
		if again := q.Line(); again != line {
			t.Fatalf("profile %d: Line not stable:\n%s\n%s", i, line, again)
		}
	}
}

// TestGolden pins the written form: changing it breaks every printed profile.
func TestGolden(t *testing.T) {
	p := &Profile{
		Name: "web1", Host: "spa.example.com", Port: DefaultPort,
		Access: []spa.ProtoPort{{Proto: "tcp", Port: 22}},
		Digest: spa.SHA256, HMAC: spa.SHA256, Key: testKey, HMACKey: testHMACKey,
	}
	if got := p.Line(); got != baseLine {
		t.Errorf("Line() =\n%s\nwant\n%s", got, baseLine)
	}
	full := &Profile{
		Name: "db.prod-2", Host: "2001:db8::1", Port: 4000, Transport: HTTP,
		Access: []spa.ProtoPort{{Proto: "udp", Port: 5432}}, Allow: AllowFixed,
		AllowIP: netip.MustParseAddr("198.51.100.7"), Digest: spa.SHA3_512, Mode: spa.Legacy,
		Key: []byte("pass"), Timeout: 60, NAT: &NAT{Host: "2001:db8::9", Port: 5432},
		Extensions: []Extension{{Name: "x-color", Value: "blue"}},
	}
	want := "sesame1:name=db.prod-2,host=2001:db8::1,port=4000,transport=http,access=udp/5432," +
		"allow=198.51.100.7,digest=sha3_512,hmac=none,enc=legacy,timeout=60,nat=[2001:db8::9]:5432," +
		"key=cGFzcw==,x-color=blue"
	if got := full.Line(); got != want {
		t.Errorf("Line() =\n%s\nwant\n%s", got, want)
	}
	q, err := Parse(want)
	if err != nil || !reflect.DeepEqual(q, full) {
		t.Errorf("Parse(%s) = %#v, %v", want, q, err)
	}
}

func TestDefaults(t *testing.T) {
	p, err := Parse("sesame1:host=198.51.100.1,access=tcp/22+udp/53,key=" + testKeyB64 + ",hmac-key=" + testHMACB64)
	if err != nil {
		t.Fatal(err)
	}
	want := &Profile{
		Host: "198.51.100.1", Port: 62201, Transport: UDP,
		Access: []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}},
		Allow:  AllowSource, Digest: spa.SHA256, HMAC: spa.SHA256, Mode: spa.CBC,
		Key: testKey, HMACKey: testHMACKey,
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("got %#v\nwant %#v", *p, *want)
	}
}

func TestAcceptedForms(t *testing.T) {
	for _, line := range []string{
		"  " + baseLine + "\r\n", // pasted
		"\t" + baseLine + "\n",
		reorder(baseLine),
		with("x-future", "a%20b=c[1]:2/3+4"),
		with("allow", "resolve"),
		with("allow", "2001:db8::7"),
		with("host", "SPA-1.Example.COM"),
		with("host", "::1"),
		with("host", "localhost"),
		with("host", "123.example"),
		with("access", "tcp/22+tcp/443+udp/53"),
		with("name", "a"),
		with("name", strings.Repeat("n", 64)),
		with("timeout", "65536"),
		with("nat", "198.51.100.9:22"),
		with("nat", "intranet-host:22"),
		with("nat-local", "2222"),
		with("key", "AA=="),
		with("hmac-key", base64.StdEncoding.EncodeToString(make([]byte, 128))),
		strings.Replace(with("hmac", "none"), ",hmac-key="+testHMACB64, "", 1),
		strings.Replace(with("enc", "legacy"), "hmac=sha256,enc=legacy,key="+testKeyB64+",hmac-key="+testHMACB64,
			"hmac=none,enc=legacy,key="+testKeyB64, 1),
	} {
		if _, err := Parse(line); err != nil {
			t.Errorf("Parse(%q) = %v", line, err)
		}
	}
}

// reorder reverses the fields of a line.
func reorder(line string) string {
	f := strings.Split(strings.TrimPrefix(line, prefix), ",")
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return prefix + strings.Join(f, ",")
}

func TestReorderedEqual(t *testing.T) {
	a, err1 := Parse(baseLine)
	b, err2 := Parse(reorder(baseLine))
	if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
		t.Fatalf("reordered line differs: %v %v", err1, err2)
	}
}

func TestRefusals(t *testing.T) {
	noHMAC := strings.Replace(with("hmac", "none"), ",hmac-key="+testHMACB64, "", 1)
	tests := []struct {
		name, line string
		err        error
		field      string
		reason     string // a part of the reason
	}{
		{"empty", "", ErrVersion, "", "not a Sesame profile line"},
		{"other text", "KEY_BASE64:" + testKeyB64, ErrVersion, "", "not a Sesame profile line"},
		{"upper-case prefix", "SESAME1:" + strings.TrimPrefix(baseLine, prefix), ErrVersion, "", "starts with sesame1:"},
		{"no version", "sesame:host=a", ErrVersion, "", "not a Sesame"},
		{"version 0", "sesame0:host=a", ErrVersion, "", "not a Sesame"},
		{"leading zero version", "sesame01:host=a", ErrVersion, "", "not a Sesame"},
		{"newer", "sesame2:host=a,whatever=new", ErrVersion, "", "made by a newer Sesame (format version 2"},
		{"much newer", "sesame12345678901234:x", ErrVersion, "", "made by a newer Sesame (format version 123456..."},
		{"too long", with("x-pad", strings.Repeat("a", MaxLineLen)), ErrSyntax, "", "at most 2048"},
		{"no fields", "sesame1:", ErrSyntax, "", "field 1 is empty"},
		{"trailing comma", baseLine + ",", ErrSyntax, "", "field 12 is empty"},
		{"space", strings.Replace(baseLine, ",port", ", port", 1), ErrSyntax, "", "space or control character at byte 39"},
		{"line break", strings.Replace(baseLine, ",hmac-key", "\nhmac-key", 1), ErrSyntax, "", "one line"},
		{"no equals", baseLine + ",c2VjcmV0", ErrSyntax, "", "field 12 has no '='"},
		{"upper-case name", with("Host", "a"), ErrSyntax, "", "field 12: a field name"},
		{"name starts with digit", with("1x", "a"), ErrSyntax, "", "a field name"},
		{"duplicate", baseLine + ",host=other.example", ErrSyntax, "host", "given twice"},
		{"duplicate key", baseLine + ",key=" + testKeyB64, ErrSyntax, "key", "given twice"},
		{"empty value", with("host", ""), ErrField, "host", "empty value"},
		{"bad value byte", with("name", "a;reboot"), ErrSyntax, "name", "byte 1 of the value"},
		{"shell in host", with("host", "$(reboot)"), ErrSyntax, "host", "byte 0 of the value"},
		{"unknown field", with("command", "reboot"), ErrUnknownField, "command", "only x- fields"},
		{"unknown url", with("resolve-url", "http:/x"), ErrUnknownField, "resolve-url", "newer Sesame"},
		{"missing host", with("host", "-"), ErrMissing, "host", "required"},
		{"missing access", with("access", "-"), ErrMissing, "access", "required"},
		{"missing key", with("key", "-"), ErrMissing, "key", "required"},
		{"missing hmac-key", with("hmac-key", "-"), ErrMissing, "hmac-key", "required unless hmac=none"},
		{"hmac-key with none", with("hmac", "none"), ErrField, "hmac-key", "given with hmac=none"},
		{"name starts with dash", with("name", "-web"), ErrField, "name", "starting with a letter or digit"},
		{"name starts with dot", with("name", ".web"), ErrField, "name", "starting with"},
		{"name bad char", with("name", "a/b"), ErrField, "name", "A-Z a-z 0-9"},
		{"name too long", with("name", strings.Repeat("n", 65)), ErrField, "name", "1..64"},
		{"host option", with("host", "-oProxyCommand=x"), ErrField, "host", "starts or ends with '-'"},
		{"host brackets", with("host", "[2001:db8::1]"), ErrField, "host", "without brackets"},
		{"host bad ipv6", with("host", "2001:db8:::1"), ErrField, "host", "not a valid IPv6"},
		{"host upper ipv6", with("host", "2001:DB8::1"), ErrField, "host", "write the address as 2001:db8::1"},
		{"host zone", with("host", "fe80::1%eth0"), ErrField, "host", "zone"},
		{"host unspecified", with("host", "0.0.0.0"), ErrField, "host", "unspecified"},
		{"host v6 unspecified", with("host", "::"), ErrField, "host", "unspecified"},
		{"host mapped", with("host", "::ffff:198.51.100.1"), ErrField, "host", "IPv4-mapped"},
		{"host digits", with("host", "1.2.3"), ErrField, "host", "last label is all digits"},
		{"host leading zero", with("host", "198.051.100.1"), ErrField, "host", "not a valid IPv4"},
		{"host empty label", with("host", "a..example"), ErrField, "host", "1..63"},
		{"host trailing dot", with("host", "spa.example."), ErrField, "host", "1..63"},
		{"host underscore", with("host", "a_b.example"), ErrField, "host", "only letters, digits"},
		{"host long label", with("host", strings.Repeat("a", 64)+".example"), ErrField, "host", "1..63"},
		{"host too long", with("host", strings.Repeat("abcdefghi.", 26)+"com"), ErrField, "host", "253"},
		{"port zero", with("port", "0"), ErrField, "port", "1..65535"},
		{"port big", with("port", "65536"), ErrField, "port", "1..65535"},
		{"port leading zero", with("port", "062201"), ErrField, "port", "leading zeros"},
		{"port word", with("port", "ssh"), ErrField, "port", `got "ssh"`},
		{"transport icmp", with("transport", "icmp"), ErrField, "transport", "udp, tcp or http"},
		{"transport upper", with("transport", "UDP"), ErrField, "transport", "udp, tcp or http"},
		{"access comma", with("access", "tcp/22,udp/53"), ErrSyntax, "", "field 6 has no '='"},
		{"access icmp", with("access", "icmp/0"), ErrField, "access", "tcp or udp"},
		{"access port 0", with("access", "tcp/0"), ErrField, "access", "1..65535"},
		{"access leading zero", with("access", "tcp/022"), ErrField, "access", "write it as tcp/22"},
		{"access no slash", with("access", "tcp22"), ErrField, "access", "proto/port"},
		{"access empty item", with("access", "tcp/22+"), ErrField, "access", "proto/port"},
		{"access twice", with("access", "tcp/22+udp/53+tcp/22"), ErrField, "access", "tcp/22 is listed twice"},
		{"access too long", with("access", manyPorts(16)), ErrField, "access", "at most 152"},
		{"allow unspecified", with("allow", "0.0.0.0"), ErrField, "allow", "allow=source"},
		{"allow word", with("allow", "any"), ErrField, "allow", `source, resolve or an IP address, got "any"`},
		{"allow mapped", with("allow", "::ffff:198.51.100.1"), ErrField, "allow", "source, resolve"},
		{"allow upper v6", with("allow", "2001:DB8::7"), ErrField, "allow", "write the address as 2001:db8::7"},
		{"digest upper", with("digest", "SHA256"), ErrField, "digest", `got "SHA256"`},
		{"digest dash", with("digest", "sha3-256"), ErrField, "digest", "sha3_256"},
		{"digest unknown", with("digest", "crc32"), ErrField, "digest", "md5, sha1, sha256"},
		{"hmac unknown", with("hmac", "sha2"), ErrField, "hmac", "or none"},
		{"enc gpg", with("enc", "gpg"), ErrField, "enc", "GPG is not carried by a profile line"},
		{"enc upper", with("enc", "CBC"), ErrField, "enc", `want cbc, legacy, ecb, cfb, ofb, ctr, got "CBC"`},
		{"enc upper ctr", with("enc", "CTR"), ErrField, "enc", `got "CTR"`},
		{"enc asymmetric", with("enc", "asymmetric"), ErrField, "enc", "GPG is not carried by a profile line"},
		{"enc pcbc", with("enc", "pcbc"), ErrField, "enc", "pcbc is not implemented by fwknop 2.6"},
		{"legacy with hmac", with("enc", "legacy"), ErrField, "enc", "legacy cannot be combined with an HMAC"},
		{"key not base64", with("key", "abc"), ErrField, "key", "not valid base64"},
		{"key base64url", with("key", "-_-_"), ErrField, "key", "not valid base64"},
		{"key unpadded", with("key", strings.TrimRight(testKeyB64, "=")), ErrField, "key", "not valid base64"},
		{"key trailing bits", with("key", "AB=="), ErrField, "key", "not valid base64"},
		{"key too long", with("key", base64.StdEncoding.EncodeToString(make([]byte, 33))), ErrField, "key", "33 bytes long, at most 32"},
		{"hmac-key too long", with("hmac-key", base64.StdEncoding.EncodeToString(make([]byte, 129))), ErrField, "hmac-key", "129 bytes long, at most 128"},
		{"hmac-key bad", with("hmac-key", testHMACB64[:40]+"!"), ErrSyntax, "hmac-key", "byte 40 of the value"},
		{"timeout zero", with("timeout", "0"), ErrField, "timeout", "1..65536"},
		{"timeout big", with("timeout", "65537"), ErrField, "timeout", "1..65536"},
		{"timeout negative", with("timeout", "-5"), ErrField, "timeout", "1..65536"},
		{"nat no port", with("nat", "198.51.100.9"), ErrField, "nat", "host:port"},
		{"nat bare ipv6", with("nat", "2001:db8::9:22"), ErrField, "nat", "IPv6 address in brackets"},
		{"nat bracketed ipv4", with("nat", "[198.51.100.9]:22"), ErrField, "nat", "brackets only around an IPv6"},
		{"nat unclosed", with("nat", "[2001:db8::9:22"), ErrField, "nat", "brackets only"},
		{"nat port zero", with("nat", "[2001:db8::9]:0"), ErrField, "nat", "port: want a number 1..65535"},
		{"nat bad host", with("nat", "host_x:22"), ErrField, "nat", "host: not a DNS name"},
		{"nat empty host", with("nat", ":22"), ErrField, "nat", "host: missing"},
		{"nat long host", with("nat", strings.Repeat("a", 30)+"."+strings.Repeat("b", 34)+":22"), ErrField, "nat", "longer than 64"},
		{"nat two ports", strings.Replace(with("nat", "198.51.100.9:22"), "access=tcp/22", "access=tcp/22+tcp/80", 1), ErrField, "nat", "exactly one access entry"},
		{"nat and local", with("nat", "198.51.100.9:22") + ",nat-local=22", ErrField, "nat-local", "cannot be combined with nat"},
		{"nat-local zero", with("nat-local", "0"), ErrField, "nat-local", "1..65535"},
		{"x duplicate", with("x-a", "1") + ",x-a=2", ErrSyntax, "x-a", "given twice"},
		{"no hmac legacy with key", strings.Replace(noHMAC, "enc=cbc", "enc=legacy", 1) + ",hmac-key=" + testHMACB64, ErrField, "hmac-key", "given with hmac=none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.line)
			if err == nil {
				t.Fatalf("Parse(%q) accepted: %v", tt.line, p)
			}
			checkParseError(t, err, tt.err, tt.field, tt.reason)
			for _, k := range []string{testKeyB64, testHMACB64} {
				if strings.Contains(err.Error(), k) {
					t.Errorf("error %q holds a key", err)
				}
			}
		})
	}
}

func manyPorts(n int) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("tcp/%d", 10000+i)
	}
	return strings.Join(items, "+")
}

func checkParseError(t *testing.T, err, want error, field, reason string) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not a *ParseError", err, err)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %q: errors.Is(%v) false", err, want)
	}
	if pe.Field != field {
		t.Errorf("error %q: Field = %q, want %q", err, pe.Field, field)
	}
	if !strings.Contains(pe.Reason, reason) {
		t.Errorf("error %q: reason lacks %q", err, reason)
	}
}

// TestValidate covers what only a Profile built in Go can get wrong.
func TestValidate(t *testing.T) {
	valid := func() *Profile {
		p, err := Parse(baseLine)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name   string
		modify func(*Profile)
		err    error
		field  string
		reason string
	}{
		{"port zero", func(p *Profile) { p.Port = 0 }, ErrField, "port", "1..65535"},
		{"bad transport", func(p *Profile) { p.Transport = 7 }, ErrField, "transport", "udp, tcp or http"},
		{"bad proto", func(p *Profile) { p.Access = []spa.ProtoPort{{Proto: "icmp", Port: 1}} }, ErrField, "access", "tcp/PORT"},
		{"empty access", func(p *Profile) { p.Access = nil }, ErrMissing, "access", "at least one"},
		{"allow ip with source", func(p *Profile) { p.AllowIP = netip.MustParseAddr("198.51.100.1") }, ErrField, "allow", "mode is source"},
		{"fixed without ip", func(p *Profile) { p.Allow = AllowFixed }, ErrField, "allow", "not an IP address"},
		{"bad allow mode", func(p *Profile) { p.Allow = 9 }, ErrField, "allow", "source, resolve"},
		{"zero digest", func(p *Profile) { p.Digest = 0 }, ErrField, "digest", "sha256"},
		{"bad hmac", func(p *Profile) { p.HMAC = 99 }, ErrField, "hmac", "or none"},
		{"bad mode", func(p *Profile) { p.Mode = 99 }, ErrField, "enc", "want cbc, legacy, ecb, cfb, ofb, ctr"},
		{"gpg mode without gpg", func(p *Profile) { p.Mode = spa.Asymmetric }, ErrField, "enc", "want cbc, legacy"},
		{"negative timeout", func(p *Profile) { p.Timeout = -1 }, ErrField, "timeout", "1..65536"},
		{"local nat with host", func(p *Profile) { p.NAT = &NAT{Local: true, Host: "a", Port: 1} }, ErrField, "nat-local", "no host"},
		{"nat port zero", func(p *Profile) { p.NAT = &NAT{Host: "a"} }, ErrField, "nat", "port"},
		{"empty key", func(p *Profile) { p.Key = []byte{} }, ErrMissing, "key", "required"},
		{"empty hmac key", func(p *Profile) { p.HMACKey = nil }, ErrMissing, "hmac-key", "required unless"},
		{"gpg without recipient", func(p *Profile) { p.Key, p.GPG = nil, &GPG{Signer: "A"} }, ErrMissing, "gpg-recipient", "required"},
		{"gpg with key", func(p *Profile) { p.GPG = &GPG{Recipient: "A"} }, ErrField, "key", "given with GPG"},
		{"bad extension name", func(p *Profile) { p.Extensions = []Extension{{Name: "color", Value: "a"}} }, ErrField, "x-", "start with x-"},
		{"empty extension value", func(p *Profile) { p.Extensions = []Extension{{Name: "x-a"}} }, ErrField, "x-a", "value must be"},
		{"extension value space", func(p *Profile) { p.Extensions = []Extension{{Name: "x-a", Value: "a b"}} }, ErrField, "x-a", "value must be"},
		{"extension twice", func(p *Profile) { p.Extensions = []Extension{{"x-a", "1"}, {"x-a", "2"}} }, ErrSyntax, "x-a", "given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid()
			tt.modify(p)
			err := p.Validate()
			if err == nil {
				t.Fatal("Validate accepted")
			}
			checkParseError(t, err, tt.err, tt.field, tt.reason)
		})
	}
}

// TestValidateGPG: a GPG profile needs a recipient and no Rijndael key.
func TestValidateGPG(t *testing.T) {
	p, err := Parse(baseLine)
	if err != nil {
		t.Fatal(err)
	}
	p.Key, p.GPG = nil, &GPG{Recipient: "0x1234ABCD", Signer: "0xABCD1234", Home: "/keys"}
	if err := p.Validate(); err != nil {
		t.Fatalf("Validate refused a GPG profile: %v", err)
	}
}

func TestStringRedactsKeys(t *testing.T) {
	p, err := Parse(baseLine)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		fmt.Sprint(p), fmt.Sprint(*p), fmt.Sprintf("%+v", *p), fmt.Sprintf("%#v", p), fmt.Sprintf("%#v", *p),
		fmt.Sprintf("%s", p), p.String(),
	} {
		if strings.Contains(s, testKeyB64) || strings.Contains(s, testHMACB64) || !strings.Contains(s, "key="+redactedMarker) {
			t.Errorf("printed profile not redacted: %s", s)
		}
	}
	if _, err := Parse(p.String()); !errors.Is(err, ErrSyntax) {
		t.Errorf("Parse(String()) = %v, want ErrSyntax: a redacted line must not import", err)
	}
}

// TestErrorsNeverHoldKeys breaks one thing at a time in many generated lines
// and checks that no error quotes a key.
func TestErrorsNeverHoldKeys(t *testing.T) {
	g := newGen(2)
	breakers := []func(string) string{
		func(s string) string { return s + ",key=" + base64.StdEncoding.EncodeToString(g.bytes(40, 60)) },
		func(s string) string { return strings.Replace(s, "=", "", 1) },
		func(s string) string { return strings.Replace(s, "key=", "key=*", 1) },
		func(s string) string { return strings.Replace(s, "key=", "kee=", 1) },
		func(s string) string { return strings.Replace(s, ",key=", ",", 1) },
		func(s string) string { return strings.Replace(s, ",hmac-key=", ",", 1) },
		func(s string) string { return strings.Replace(s, "hmac=", "hmac=x", 1) },
		func(s string) string { return strings.Replace(s, "host=", "host=-", 1) },
		func(s string) string { return strings.Replace(s, "sesame1", "sesame2", 1) },
		func(s string) string { return s[:len(s)-1] + "@" },
		func(s string) string { return s[:len(s)-2] },
	}
	for i := range 500 {
		line := g.profile().Line()
		for j, brk := range breakers {
			bad := brk(line)
			_, err := Parse(bad)
			if err == nil {
				continue // some breaks leave a valid line (a key shortened to another valid length)
			}
			if leak := keyLeak(bad, err); leak != "" {
				t.Fatalf("line %d breaker %d: error %q holds key text %q", i, j, err, leak)
			}
		}
	}
}

var keyReason = regexp.MustCompile(`^(not valid base64 \(.*\)|\d+ bytes long, at most \d+|required|required unless hmac=none|given with hmac=none|given twice|empty value|byte \d+ of the value is outside .*)$`)

// keyLeak returns a key value of line that err quotes, or "". A key's
// error has a fixed reason; any other error must not hold the text of a key
// unless that text also appears in the line outside the key fields.
func keyLeak(line string, err error) string {
	var pe *ParseError
	if errors.As(err, &pe) && (pe.Field == "key" || pe.Field == "hmac-key") && !keyReason.MatchString(pe.Reason) {
		return pe.Reason
	}
	_, body, _ := strings.Cut(strings.TrimSpace(line), ":")
	var keys, rest []string
	for _, f := range strings.Split(body, ",") {
		name, value, _ := strings.Cut(f, "=")
		if name == "key" || name == "hmac-key" {
			keys = append(keys, value)
		} else {
			rest = append(rest, f)
		}
	}
	others := strings.Join(rest, ",")
	for _, k := range keys {
		if len(k) >= 16 && strings.Contains(err.Error(), k) && !strings.Contains(others, k) {
			return k
		}
	}
	return ""
}

package accessconf

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// The exact text, for a stanza with most fields; the server's round trip
// (server/internal/config) checks what the text means.
func TestWrite(t *testing.T) {
	s := &Stanza{
		Comments:  []string{"Sesame profile web1"},
		Source:    []netip.Prefix{netip.MustParsePrefix("2001:db8::/32")},
		Name:      "web1",
		OpenPorts: []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}},
		Key:       []byte("0123456789abcdef"), HMACKey: []byte("hmac"), HMACType: spa.SHA384,
		MaxFWTimeout: 90 * time.Second,
	}
	want := `# Sesame profile web1
SOURCE                 2001:db8::/32
SESAME_CLIENT          web1
OPEN_PORTS             tcp/22, udp/53
MAX_FW_TIMEOUT         90
KEY_BASE64             MDEyMzQ1Njc4OWFiY2RlZg==
HMAC_KEY_BASE64        aG1hYw==
HMAC_DIGEST_TYPE       SHA384
`
	if got := s.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestWriteRefuses(t *testing.T) {
	for name, s := range map[string]*Stanza{
		"key with ;":          {Key: []byte("sekrit;x"), KeyAsText: true},
		"key with line end":   {Key: []byte("sekrit\nSOURCE ANY"), KeyAsText: true},
		"hmac key blank end":  {HMACKey: []byte("sekrit "), HMACKeyAsText: true},
		"gpg pw control char": {GPGDecryptPW: "sekrit\x00"},
		"name with line end":  {Name: "a\nKEY x"},
		"comment line end":    {Comments: []string{"a\nSOURCE ANY"}},
		"remote id not hex":   {GPGRemoteIDs: []string{"alice@example.org"}},
		"fraction of second":  {FWAccessTimeout: 1500 * time.Millisecond},
		"negative timeout":    {MaxFWTimeout: -time.Second},
		"source /0":           {Source: []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0")}},
		"source ::/0":         {Source: []netip.Prefix{netip.MustParsePrefix("::/0")}},
		"legacy key over 16":  {Key: []byte("sekrit-0123456789"), KeyAsText: true, Mode: spa.Legacy},
	} {
		var b strings.Builder
		err := Write(&b, s)
		if !errors.Is(err, ErrUnwritable) || strings.Contains(err.Error(), "sekrit") || b.Len() != 0 {
			t.Errorf("%s: err %v, wrote %q", name, err, b.String())
		}
		if s.String() != "" {
			t.Errorf("%s: String gave text", name)
		}
	}
}

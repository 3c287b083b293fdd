package fwknoprc

import (
	"net/netip"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// TestApplyRawAndModes: the raw transports, the spoofed source and the
// encryption modes are read from a stanza as the stock client reads them.
func TestApplyRawAndModes(t *testing.T) {
	f := mustParse(t, "[raw]\nSPA_SERVER_PROTO tcpraw\nSPOOF_SOURCE_IP 198.51.100.77\nENCRYPTION_MODE ctr\n")
	o := knock.NewOptions()
	if err := f.Apply(o, "raw"); err != nil {
		t.Fatal(err)
	}
	if o.Transport != knock.TCPRaw || o.SpoofSource != netip.MustParseAddr("198.51.100.77") || o.Mode != spa.CTR {
		t.Errorf("got transport %s, spoof %s, mode %s", o.Transport, o.SpoofSource, o.Mode)
	}
}

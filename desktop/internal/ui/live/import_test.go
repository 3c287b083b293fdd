package live

import (
	"bytes"
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/shared/qrcode"
)

// TestImportProfileLineQRImage draws the QR code of a profile line as a PNG
// and imports it as the window's "Read a QR code image" does: the profile
// saved through the real store has every field of the line and its keys are
// in the keyring.
func TestImportProfileLineQRImage(t *testing.T) {
	test.NewTempApp(t)
	// The fields a profile line carries, none at its default.
	lineFields := map[ui.Field]string{
		ui.FieldName: "web1", ui.FieldHost: "2001:db8::7", ui.FieldSPAPort: "40001", ui.FieldTransport: "tcp",
		ui.FieldAccess: "tcp/22,udp/53", ui.FieldAllow: "198.51.100.7", ui.FieldTimeout: "120",
		ui.FieldDigest: "sha512", ui.FieldHMACDigest: "sha384",
	}
	p := ui.NewProfile()
	for f, v := range lineFields {
		p.Values[f] = v
	}
	sp, err := fromUI(p)
	if err != nil {
		t.Fatal(err)
	}
	// Fixed keys: the QR reader misses about one random code in sixty,
	// which would make this test flaky.
	keys := store.Keys{Rijndael: []byte("0123456789abcdef0123456789abcdef"), HMAC: []byte("an HMAC key for sha384, 48 bytes long..........")}
	line, err := sp.Typed(keys).ValidLine()
	if err != nil {
		t.Fatal(err)
	}
	var png bytes.Buffer
	if err := qrcode.PNG(&png, line, 4); err != nil {
		t.Fatal(err)
	}

	s := New(&store.Store{Dir: t.TempDir(), Secrets: &keyring{m: map[string]string{}}}, nil)
	ctl := ui.NewController(s.Services(), time.Now, func(run func()) { run() }, func(string, string) {})
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	ui.NewWindow(ctl, w, nil, func() {}).Import(ui.ImportQRImage, png.Bytes())

	got, ok := ctl.Profile("web1")
	if !ok {
		t.Fatalf("no profile web1 after the import (profiles %v, error %v)", ctl.Profiles(), ctl.Err())
	}
	for f, v := range lineFields {
		if got.Values[f] != v {
			t.Errorf("%s: %q, want %q", f, got.Values[f], v)
		}
	}
	// A line leaves the encryption mode out when it is the default; the
	// editor shows the default.
	if got.Values[ui.FieldEncryption] != "cbc" {
		t.Errorf("encryption %q after the import, want the default cbc", got.Values[ui.FieldEncryption])
	}
	gotKeys, err := s.Keys(context.Background(), "web1")
	if err != nil || gotKeys != secretsOf(keys) {
		t.Fatalf("keys after the import differ (err %v)", err)
	}
}

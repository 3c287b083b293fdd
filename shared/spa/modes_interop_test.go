package spa_test

import (
	"crypto/rand"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/internal/stockfwknop"
	"github.com/sesame-spa/sesame/shared/spa"
)

// blockModes are the modes beyond CBC and legacy, which keyForms covers.
var blockModes = []spa.Mode{spa.ECB, spa.CFB, spa.OFB, spa.CTR}

// modeKeys are the interop keys in mode m, with an HMAC.
func modeKeys(m spa.Mode) *spa.Keys {
	return &spa.Keys{Rijndael: decode(interopKey), HMAC: decode(interopHMAC), Mode: m}
}

// TestInteropModesStockServer: the stock fwknopd, its stanza saying
// ENCRYPTION_MODE, accepts what Seal makes in each mode.
func TestInteropModesStockServer(t *testing.T) {
	stockfwknop.Require(t)
	for _, mode := range blockModes {
		t.Run(mode.String(), func(t *testing.T) {
			t.Parallel()
			var sent []*spa.Message
			var dgs []stockfwknop.Datagram
			for _, m := range interopMessages(time.Now().Unix())[:4] {
				p, err := spa.Seal(m, modeKeys(mode), rand.Reader)
				if err != nil {
					t.Fatal(err)
				}
				sent = append(sent, m)
				dgs = append(dgs, stockfwknop.Datagram{Payload: []byte(p)})
			}
			srv := stockfwknop.Server{
				AccessConf: "SOURCE ANY\nKEY_BASE64 " + interopKey + "\nHMAC_KEY_BASE64 " + interopHMAC +
					"\nENCRYPTION_MODE " + strings.ToUpper(mode.String()) + "\nENABLE_CMD_EXEC Y\n",
				ConfExtra: serverConf,
			}
			assertAccepted(t, sent, srv.Judge(t, dgs))
		})
	}
}

// TestInteropModesStockClient: what `fwknop -M mode` sends opens with Open
// in that mode, to the fields the client printed, and in no other.
func TestInteropModesStockClient(t *testing.T) {
	stockfwknop.Require(t)
	for _, mode := range blockModes {
		t.Run(mode.String(), func(t *testing.T) {
			t.Parallel()
			packet, fields := stockfwknop.Build(t, "--key-base64-rijndael", interopKey, "--key-base64-hmac", interopHMAC,
				"--use-hmac", "-M", mode.String(), "-A", "tcp/22", "-a", "198.51.100.7")
			if got := fields["Encryption Mode"]; !strings.Contains(got, mode.FKOName()) {
				t.Errorf("stock client printed mode %q, want %s", got, mode.FKOName())
			}
			m, err := spa.Open([]byte(packet), modeKeys(mode))
			if err != nil {
				t.Fatalf("Open(stock -M %s packet): %v", mode, err)
			}
			assertStockFields(t, fields, m)
			if _, err := spa.Open([]byte(packet), modeKeys(spa.CBC)); err == nil {
				t.Errorf("a -M %s packet opened in CBC mode", mode)
			}
		})
	}
}

package knock

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/sesame-spa/sesame/shared/spa"
)

var msgTypeNames = map[spa.MessageType]string{
	spa.CommandMsg:                     "Command msg",
	spa.AccessMsg:                      "Access msg",
	spa.NATAccessMsg:                   "NAT access msg",
	spa.ClientTimeoutAccessMsg:         "Client timeout access msg",
	spa.ClientTimeoutNATAccessMsg:      "Client timeout NAT access msg",
	spa.LocalNATAccessMsg:              "Local NAT access msg",
	spa.ClientTimeoutLocalNATAccessMsg: "Client timeout local NAT access msg",
}

// Dump writes the packet's fields in the layout of the stock client's
// -v / --test output (dump_ctx_to_buffer in common/fko_util.c). It prints
// no key material: only the packet and what is inside it.
func Dump(w io.Writer, m *spa.Message, k *spa.Keys, packet string) error {
	mm := *m
	plain, err := mm.Encode()
	if err != nil {
		return err
	}
	i := strings.LastIndexByte(plain, ':')
	encoded, digest := plain[:i], plain[i+1:]
	hmacType, hmacName, hmac := 0, "None", "<NULL>"
	if !k.Weak() {
		h := k.HMACType
		if h == 0 {
			h = spa.SHA256
		}
		hmacType, hmacName, hmac = int(h), upper(h), packet[len(packet)-h.B64Len():]
	}
	encType, encName, mode := 1, "Rijndael", k.Mode
	if k.GPG != nil {
		encType, encName, mode = 2, "GPG", spa.Asymmetric
	}
	digestType := mm.DigestType
	if digestType == 0 {
		digestType = spa.SHA256
	}
	var b strings.Builder
	b.WriteString("SPA Field Values:\n=================\n")
	line := func(label, format string, a ...any) {
		fmt.Fprintf(&b, "%15s: "+format+"\n", append([]any{label}, a...)...)
	}
	line("Random Value", "%s", mm.Random)
	line("Username", "%s", mm.User)
	line("Timestamp", "%d", mm.Timestamp)
	line("FKO Version", "%s", spa.Version)
	line("Message Type", "%d (%s)", int(mm.Type), msgTypeNames[mm.Type])
	line("Message String", "%s", mm.Message)
	line("Nat Access", "%s", orNull(mm.NATAccess))
	line("Server Auth", "%s", orNull(mm.ServerAuth))
	line("Client Timeout", "%d", mm.ClientTimeout)
	line("Digest Type", "%d (%s)", int(digestType), upper(digestType))
	line("HMAC Type", "%d (%s)", hmacType, hmacName)
	line("Encryption Type", "%d (%s)", encType, encName)
	line("Encryption Mode", "%d (%s)", mode.FKONumber(), mode.FKOName())
	if k.GPG != nil {
		signer, rcpt := gpgFingerprints(k.GPG)
		line("GPG signer", "%s", signer)
		line("GPG recipient", "%s", rcpt)
		for _, f := range gpgContext(k.GPG) {
			line(f[0], "%s", f[1])
		}
	}
	line("Encoded Data", "%s", encoded)
	line("SPA Data Digest", "%s", digest)
	line("HMAC", "%s", hmac)
	line("Final SPA Data", "%s", packet)
	_, err = io.WriteString(w, b.String())
	return err
}

func upper(h spa.Hash) string { return strings.ToUpper(h.String()) }

func orNull(s string) string {
	if s == "" {
		return "<NULL>"
	}
	return s
}

func fingerprintOf(e *openpgp.Entity) string {
	if e == nil {
		return "<NULL>"
	}
	return strings.ToUpper(hex.EncodeToString(e.PrimaryKey.Fingerprint))
}

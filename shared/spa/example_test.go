package spa_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// A client seals an access request; the server opens it with the same keys.
func Example() {
	keys := &spa.Keys{
		Rijndael: []byte("correct horse battery staple"),
		HMAC:     []byte("an independent HMAC passphrase"),
	}
	m := &spa.Message{
		Random:    "1234567890123456", // spa.RandomDigits(rand.Reader) in real use
		User:      "alice",
		Timestamp: 1795563495, // time.Now().Unix() in real use
		Type:      spa.AccessMsg,
		Message:   "198.51.100.7,tcp/22",
	}
	salt := bytes.NewReader(make([]byte, 8)) // crypto/rand.Reader in real use
	packet, err := spa.Seal(m, keys, salt)
	if err != nil {
		panic(err)
	}
	got, err := spa.Open([]byte(packet), keys)
	if err != nil {
		panic(err)
	}
	fmt.Println(got.User, got.Type, got.Message, got.DigestType)
	fmt.Println(strings.ContainsAny(packet, "=:\n"), len(packet) < spa.MinGPGPacketLen)
	// Output:
	// alice access 198.51.100.7,tcp/22 sha256
	// false true
}

// Errors say why a packet was refused; callers test them with errors.Is.
func ExampleOpen_reasons() {
	keys := &spa.Keys{Rijndael: []byte("k"), HMAC: []byte("h")}
	for _, p := range []string{"short", strings.Repeat("A", 200), strings.Repeat("A", 199) + "!"} {
		_, err := spa.Open([]byte(p), keys)
		fmt.Println(err)
	}
	// Output:
	// spa: packet too short
	// spa: HMAC mismatch
	// spa: not base64 SPA data
}

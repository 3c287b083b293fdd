package spa

import "testing"

// TestLegacyUnpaddedAndroidPacket: fwknop's Android app 4.1.2 sealed in
// legacy mode a plaintext that fills its last block without PKCS#7
// padding; the stock daemon opens it (fwknop's suite, "[Android
// compatibility] v4.1.2"), and so does Sesame, in legacy mode only.
func TestLegacyUnpaddedAndroidPacket(t *testing.T) {
	const pkt = "+59hIQhS1RlmqYLXNM/hPxtBAQTB5y3UKZq13O+r6qmg+APdQ+HQOI7d4QCsp14s8KJpW8qBzZ/n0aZCFCFdZnvdZeJJVboQu4joQFKZ8mmKwR/5DIO7k3qrXYGxYP0bnHYsih0HIE6CzSHlBGSfDJR92YhjYtL4Q"
	o, err := NewOpener(&Keys{Rijndael: []byte("asdfasdf"), Mode: Legacy, AllowNoHMAC: true})
	if err != nil {
		t.Fatal(err)
	}
	m, err := o.Decrypt([]byte(pkt))
	if err != nil {
		t.Fatalf("legacy: %v", err)
	}
	if m.Timestamp != 1353030926 || m.Message != "0.0.0.0,tcp/22" || m.ClientTimeout != 3 {
		t.Errorf("decoded %+v", m)
	}
	// In CBC mode an unpadded plaintext is still refused.
	o, err = NewOpener(&Keys{Rijndael: []byte("asdfasdf"), Mode: CBC, AllowNoHMAC: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := o.Decrypt([]byte(pkt)); err == nil {
		t.Error("CBC mode opened an unpadded packet")
	}
}

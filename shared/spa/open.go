package spa

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"hash"
	"sync"
)

// Check applies the checks that need no key, cheapest first: the length,
// the base64 alphabet (no '=' either: the client strips all padding), and
// a re-added Salted__ or hQ prefix, which would give one packet a second
// replay digest.
func Check(packet []byte) error {
	switch {
	case len(packet) < MinPacketLen:
		return ErrTooShort
	case len(packet) > MaxPacketLen:
		return ErrTooLong
	}
	for _, c := range packet {
		if !b64Alphabet[c] {
			return ErrBadBase64
		}
	}
	// fwknopd refuses the hQ prefix only above 400 characters (incoming_spa.c).
	if bytes.HasPrefix(packet, rijndaelPrefix) || (len(packet) > MinGPGPacketLen && bytes.HasPrefix(packet, gpgPrefix)) {
		return ErrBadBase64
	}
	return nil
}

// Opener opens packets with one Keys value. It validates the keys once
// and keeps HMAC states keyed in advance, which makes rejecting junk cheap.
// An Opener is safe for concurrent use.
type Opener struct {
	k    Keys
	macs sync.Pool // of *macState
	bufs sync.Pool // of *[bufSize]byte, for the base64 text and the ciphertext
}

// bufSize holds the longest packet's text and its decoded bytes.
const bufSize = 2 * (MaxPacketLen + 16)

// macState is a keyed HMAC ready for Reset, with a buffer for its sum: the
// sum written through the hash.Hash interface would escape to the heap.
type macState struct {
	h   hash.Hash
	sum [64]byte
}

// NewOpener validates k and prepares to open packets with it. Later changes
// to *k do not affect the Opener.
func NewOpener(k *Keys) (*Opener, error) {
	if err := k.validate(); err != nil {
		return nil, err
	}
	o := &Opener{k: *k}
	o.macs.New = func() any { return &macState{h: hmac.New(o.k.hmacType().New, o.k.HMAC)} }
	o.bufs.New = func() any { return new([bufSize]byte) }
	return o, nil
}

// Keys returns the keys the Opener was made with.
func (o *Opener) Keys() *Keys { return &o.k }

// VerifyHMAC checks the HMAC appended to packet in constant time and
// returns the packet without it. With no HMAC key (and AllowNoHMAC) the
// whole packet is the body. packet must have passed Check.
func (o *Opener) VerifyHMAC(packet []byte) ([]byte, error) {
	if o.k.Weak() {
		return packet, nil
	}
	n := o.k.hmacType().B64Len()
	if len(packet)-n < minEncodedLen {
		return nil, ErrBadHMAC
	}
	body, tag := packet[:len(packet)-n], packet[len(packet)-n:]
	var want [64]byte
	if _, err := b64.Decode(want[:], tag); err != nil {
		return nil, ErrBadHMAC
	}
	m := o.macs.Get().(*macState)
	m.h.Reset()
	m.h.Write(prefixFor(len(packet)))
	m.h.Write(body)
	ok := hmac.Equal(m.h.Sum(m.sum[:0]), want[:o.k.hmacType().Size()])
	o.macs.Put(m)
	if !ok {
		return nil, ErrBadHMAC
	}
	return body, nil
}

// Decrypt decrypts and decodes a packet body returned by VerifyHMAC.
func (o *Opener) Decrypt(body []byte) (*Message, error) {
	if o.k.GPG != nil {
		return gpgOpen(body, o.k.GPG)
	}
	buf := o.bufs.Get().(*[bufSize]byte)
	defer o.bufs.Put(buf)
	raw, err := decodeWithPrefix(buf[:0], rijndaelPrefix, body)
	if err != nil {
		return nil, err
	}
	plain, err := rijndaelDecrypt(raw, o.k.Rijndael, o.k.Mode)
	if err != nil {
		return nil, err
	}
	// A wrong key yields noise: fwknop calls it a decryption failure when
	// the plaintext does not start with the 16-digit random field.
	if len(plain) <= randomLen || !isDigits(string(plain[:randomLen])) || plain[randomLen] != ':' {
		return nil, ErrDecrypt
	}
	return decodePlaintext(string(plain))
}

// Open checks, authenticates, decrypts and decodes a wire packet.
func (o *Opener) Open(packet []byte) (*Message, error) {
	if err := Check(packet); err != nil {
		return nil, err
	}
	body, err := o.VerifyHMAC(packet)
	if err != nil {
		return nil, err
	}
	return o.Decrypt(body)
}

// Open opens one packet with k. To open many, make an Opener once.
func Open(packet []byte, k *Keys) (*Message, error) {
	o, err := NewOpener(k)
	if err != nil {
		return nil, err
	}
	return o.Open(packet)
}

// decodeWithPrefix base64-decodes prefix‖body into buf's spare capacity
// (a new buffer when it is too small). Check has vetted the alphabet: a
// text that does not decode has a length no cipher produces, which fwknop
// counts as a decryption failure.
func decodeWithPrefix(buf, prefix, body []byte) ([]byte, error) {
	if need := len(prefix) + len(body) + b64.DecodedLen(len(prefix)+len(body)); cap(buf) < need {
		buf = make([]byte, need)
	}
	buf = buf[:cap(buf)]
	text := append(append(buf[:0], prefix...), body...)
	n, err := b64.Decode(buf[len(text):], text)
	if err != nil {
		return nil, ErrDecrypt
	}
	return buf[len(text) : len(text)+n], nil
}

// ReplayDigest is the key of the server's replay cache: the unpadded base64
// SHA-256 of the payload exactly as received.
func ReplayDigest(packet []byte) string {
	d := sha256.Sum256(packet)
	return b64.EncodeToString(d[:])
}

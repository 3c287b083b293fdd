package profile_test

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/sesame-spa/sesame/shared/profile"
	"github.com/sesame-spa/sesame/shared/spa"
)

func Example() {
	p := &profile.Profile{
		Name:    "web1",
		Host:    "spa.example.com",
		Port:    profile.DefaultPort,
		Access:  []spa.ProtoPort{{Proto: "tcp", Port: 22}},
		Allow:   profile.AllowSource,
		Digest:  spa.SHA256,
		HMAC:    spa.SHA256,
		Key:     bytes.Repeat([]byte{0xab}, 32), // from spa.GenerateKeys in real use
		HMACKey: bytes.Repeat([]byte{0xcd}, 64),
	}
	if err := p.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	line := p.Line()
	fmt.Println(line)

	q, err := profile.Parse(line)
	fmt.Println(q.Host, q.Port, q.Access, len(q.Key), len(q.HMACKey), err)

	_, err = profile.Parse("sesame2:host=spa.example.com")
	fmt.Println(err, errors.Is(err, profile.ErrVersion))
	// Output:
	// sesame1:name=web1,host=spa.example.com,port=62201,transport=udp,access=tcp/22,allow=source,digest=sha256,hmac=sha256,enc=cbc,key=q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=,hmac-key=zc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3NzQ==
	// spa.example.com 62201 [tcp/22] 32 64 <nil>
	// profile line: made by a newer Sesame (format version 2, this Sesame reads version 1): update Sesame true
}

func ExampleParseFwknop2() {
	k, err := profile.ParseFwknop2("KEY_BASE64:q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s= HMAC_KEY:passphrase")
	fmt.Println(len(k.Key), k.KeyPassphrase, string(k.HMACKey), k.HMACKeyPassphrase, err)

	_, err = profile.ParseFwknop2("KEY_BASE64:not*base64")
	fmt.Println(err)
	// Output:
	// 32 false passphrase true <nil>
	// Fwknop2 text: KEY_BASE64: not valid base64
}

func ExampleFormatFwknop2() {
	fmt.Println(profile.FormatFwknop2([]byte("0123456789abcdef0123456789abcdef"), []byte("hmac key")))
	// Output:
	// KEY_BASE64:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= HMAC_KEY_BASE64:aG1hYyBrZXk=
}

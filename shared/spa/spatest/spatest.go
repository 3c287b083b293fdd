// Package spatest loads the fwknop test vectors: real packets made by the
// stock fwknop 2.6.10 client, each with the verdict of the stock fwknopd
// that received it. The files in testdata are an unmodified copy of
// ../shared/fwknop/vectors (see testdata/README.md for the fields); any
// package's tests may use them.
package spatest

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/sesame-spa/sesame/shared/spa"
)

//go:embed testdata/vectors.jsonl
var vectorsJSONL []byte

// GPG key files of the vectors, armored.
var (
	//go:embed testdata/gpg/server-secret.asc
	ServerSecretKey []byte
	//go:embed testdata/gpg/server-public.asc
	ServerPublicKey []byte
	//go:embed testdata/gpg/client-secret.asc
	ClientSecretKey []byte
	//go:embed testdata/gpg/client-public.asc
	ClientPublicKey []byte
)

// Case is one line of vectors.jsonl.
type Case struct {
	ID          string   `json:"id"`
	Description string   `json:"description"`
	ClientArgs  []string `json:"client_args"`
	Keys        struct {
		RijndaelBase64     string `json:"rijndael_base64"`
		HMACBase64         string `json:"hmac_base64"`
		RijndaelPassphrase string `json:"rijndael_passphrase"`
		HMACPassphrase     string `json:"hmac_passphrase"`
		GPGRecipient       string `json:"gpg_recipient"`
		GPGSigner          string `json:"gpg_signer"`
	} `json:"keys"`
	AccessConf       string   `json:"access_conf"`
	FwknopdConfExtra string   `json:"fwknopd_conf_extra"`
	ServerTime       int64    `json:"server_time"`
	Built            Built    `json:"built"`
	Packets          []Packet `json:"packets"`
}

// Built is what the client reported about the packet it made.
type Built struct {
	Random         string  `json:"random"`
	User           string  `json:"user"`
	Timestamp      int64   `json:"timestamp"`
	Version        string  `json:"version"`
	MessageType    int     `json:"message_type"`
	Message        string  `json:"message"`
	NATAccess      *string `json:"nat_access"`
	ServerAuth     *string `json:"server_auth"`
	ClientTimeout  int     `json:"client_timeout"`
	DigestType     string  `json:"digest_type"`
	Digest         string  `json:"digest"`
	HMACType       string  `json:"hmac_type"`
	HMAC           string  `json:"hmac"`
	Encryption     string  `json:"encryption"`
	EncryptionMode string  `json:"encryption_mode"`
	Encoded        string  `json:"encoded"`
}

// Packet is one datagram sent to the server and its verdict.
type Packet struct {
	Source    string   `json:"source"`
	Data      string   `json:"data"`
	Decision  string   `json:"decision"`
	Reason    string   `json:"reason"`
	ServerLog []string `json:"server_log"`
}

// Load parses every case.
func Load() ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(bytes.NewReader(vectorsJSONL))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("vectors.jsonl:%d: %v", line, err)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// Message is the spa.Message the case's client built, Body included.
func (c *Case) Message() (*spa.Message, error) {
	b := &c.Built
	dt, err := spa.ParseHash(b.DigestType)
	if err != nil {
		return nil, err
	}
	m := &spa.Message{
		Random: b.Random, User: b.User, Timestamp: b.Timestamp, Version: b.Version,
		Type: spa.MessageType(b.MessageType), Message: b.Message,
		ClientTimeout: b.ClientTimeout, DigestType: dt, Digest: b.Digest,
	}
	if b.NATAccess != nil {
		m.NATAccess = *b.NATAccess
	}
	if b.ServerAuth != nil {
		m.ServerAuth = *b.ServerAuth
	}
	// The typed body Open fills, when the text is one the server can read.
	if body, err := spa.ParseBody(m.Type, m.Message, m.NATAccess); err == nil {
		m.Body = body
	}
	return m, nil
}

// IsGPG reports whether the case uses GPG encryption.
func (c *Case) IsGPG() bool { return c.Built.Encryption == "gpg" || c.Keys.GPGRecipient != "" }

// SpaKeys returns the keys the case's client used, for opening its packets
// (GPG: the server's secret key and the client's public key) or, with
// forSeal, for sealing (GPG: the server's public key and the client's
// secret key as signer when the client signed).
func (c *Case) SpaKeys(forSeal bool) (*spa.Keys, error) {
	k := &spa.Keys{AllowNoHMAC: true}
	var err error
	if k.HMACType, err = spa.ParseHash(c.Built.HMACType); err != nil && c.Built.HMACType != "" {
		return nil, err
	}
	if c.Built.EncryptionMode == "legacy" {
		k.Mode = spa.Legacy
	}
	if k.Rijndael, err = keyBytes(c.Keys.RijndaelBase64, c.Keys.RijndaelPassphrase); err != nil {
		return nil, err
	}
	if k.HMAC, err = keyBytes(c.Keys.HMACBase64, c.Keys.HMACPassphrase); err != nil {
		return nil, err
	}
	if !c.IsGPG() {
		return k, nil
	}
	k.GPG, err = c.gpgKeys(forSeal)
	return k, err
}

func (c *Case) gpgKeys(forSeal bool) (*spa.GPG, error) {
	g := &spa.GPG{}
	var err error
	if forSeal {
		if g.Recipient, err = ReadKey(ServerPublicKey); err != nil {
			return nil, err
		}
		if c.Signed() {
			g.Signer, err = ReadKey(ClientSecretKey)
		}
		return g, err
	}
	sk, err := ReadKey(ServerSecretKey)
	if err != nil {
		return nil, err
	}
	pk, err := ReadKey(ClientPublicKey)
	if err != nil {
		return nil, err
	}
	g.Decrypt, g.Verify = openpgp.EntityList{sk}, openpgp.EntityList{pk}
	return g, nil
}

// Signed reports whether the client signed its GPG packet.
func (c *Case) Signed() bool {
	for _, a := range c.ClientArgs {
		if a == "--gpg-signer-key" {
			return true
		}
	}
	return false
}

// ReadKey reads one armored OpenPGP key.
func ReadKey(armored []byte) (*openpgp.Entity, error) {
	el, err := openpgp.ReadArmoredKeyRing(bytes.NewReader(armored))
	if err != nil {
		return nil, err
	}
	if len(el) != 1 {
		return nil, fmt.Errorf("want one key, got %d", len(el))
	}
	return el[0], nil
}

func keyBytes(b64, pass string) ([]byte, error) {
	if b64 != "" {
		return base64.StdEncoding.DecodeString(strings.TrimSpace(b64))
	}
	if pass != "" {
		return []byte(pass), nil
	}
	return nil, nil
}

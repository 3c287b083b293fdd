package cli

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// The stock client's bounds for --key-len and --hmac-key-len
// (RIJNDAEL_MAX_KEYSIZE and SHA512_BLOCK_LEN in fko_key_gen).
const (
	maxGenKeyLen  = 32
	maxGenHMACLen = 128
)

// keyLen reads --key-len or --hmac-key-len: 1..max bytes.
func keyLen(opt string, max int, set func(c *knockCmd, n int)) func(*knockCmd, string) error {
	return func(c *knockCmd, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > max {
			return usageErr("Invalid %s '%s', must be in [1-%d] (--%s, bytes)", strings.ReplaceAll(strings.TrimSuffix(opt, "-len"), "-", " ")+" length", v, max, opt)
		}
		set(c, n)
		return nil
	}
}

// genKeys is -k and -K as the stock client: a Rijndael key and an HMAC
// key, of --key-len and --hmac-key-len bytes when given (else 32 and the
// HMAC digest's block size), printed as KEY_BASE64 and HMAC_KEY_BASE64
// lines, or written to the -K file: mode 0600 there (the stock client
// leaves it to the umask), as it holds keys.
func (c *knockCmd) genKeys(sys *System) error {
	key, hmacKey, err := c.newKeys()
	if err != nil {
		return err
	}
	text := fmt.Sprintf("KEY_BASE64: %s\nHMAC_KEY_BASE64: %s\n", key, hmacKey)
	if c.keyGenFile == "" {
		_, err := io.WriteString(sys.Stdout, text)
		return err
	}
	if err := writePrivate(c.keyGenFile, text); err != nil {
		return fmt.Errorf("%w: unable to create key gen file: %v", errUsage, err)
	}
	_, err = fmt.Fprintf(sys.Stdout, "[+] Wrote Rijndael and HMAC keys to: %s\n", c.keyGenFile)
	return err
}

// newKeys are -k's keys, base64.
func (c *knockCmd) newKeys() (key, hmacKey string, err error) {
	h := c.o.HMACDigest
	if h == 0 {
		h = spa.SHA256
	}
	k, hk, err := spa.GenerateKeys(rand.Reader, h)
	if err != nil {
		return "", "", err
	}
	if k, err = resize(k, c.keyLen); err == nil {
		hk, err = resize(hk, c.hmacKeyLen)
	}
	if err != nil {
		return "", "", err
	}
	return base64.StdEncoding.EncodeToString(k), base64.StdEncoding.EncodeToString(hk), nil
}

// resize gives n random bytes in place of key when n is set.
func resize(key []byte, n int) ([]byte, error) {
	if n == 0 {
		return key, nil
	}
	out := make([]byte, n)
	_, err := io.ReadFull(rand.Reader, out)
	return out, err
}

// writePrivate writes text to path, mode 0600, replacing what was there.
func writePrivate(path, text string) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := fh.Chmod(0o600); err != nil {
		fh.Close()
		return err
	}
	_, err = io.WriteString(fh, text)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}

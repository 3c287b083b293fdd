package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/sesame-spa/sesame/shared/spa"
)

// The stock fwknopd's flags Sesame took on later (fwknop's own test suite
// and administrators' scripts use them): --key-gen and its lengths,
// --exit-parse-digest-cache, and flags that change nothing in Sesame but
// must not make a stock command line fail (--no-ipt-check-support,
// --syslog-enable, -l/--locale).

// Actions of the flags below.
const (
	keyGen action = iota + 100
	parseDigestCache
)

// Key lengths in bytes as the stock --key-gen makes them (libfko's
// fko_key_gen): a 32-byte Rijndael key, a SHA256-block (64-byte) HMAC
// key; --key-len and --hmac-key-len are bounded as the stock bounds them.
const (
	defaultKeyLen     = 32
	defaultHMACKeyLen = 64
	maxRijndaelKeyLen = 32
	maxHMACKeyLen     = 128
)

// keyGenOpts is what --key-gen prints.
type keyGenOpts struct {
	keyLen, hmacKeyLen int
	hmacType           spa.Hash // --hmac-digest-type: sets the HMAC key's default length
	file               string   // --key-gen-file: written there instead
}

func keyLength(name string, max int, set func(*cmdline, int)) func(*cmdline, string) error {
	return func(c *cmdline, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > max {
			return fmt.Errorf("Invalid %s '%s', must be in [1-%d]", name, v, max) // the stock's capitalised words
		}
		set(c, n)
		return nil
	}
}

// hmacKeyLenFor is the HMAC key length --key-gen makes for h, as libfko's
// fko_key_gen: the digest size for MD5 and SHA1, the hash's block size
// otherwise (SHA256's by default).
func hmacKeyLenFor(h spa.Hash) int {
	switch h {
	case spa.MD5, spa.SHA1:
		return h.Size()
	case spa.SHA384, spa.SHA512:
		return maxHMACKeyLen
	}
	return defaultHMACKeyLen
}

func setHMACType(c *cmdline, v string) error {
	h, err := spa.ParseHash(v)
	if err != nil {
		return fmt.Errorf("* Invalid hmac digest type: %s, use {md5,sha1,sha256,sha384,sha512,sha3_256,sha3_512}", v)
	}
	c.keyGen.hmacType = h
	return nil
}

// ignored accepts a stock flag that Sesame has no use for.
func ignored(*cmdline, string) error { return nil }

// generateKeys prints (or writes to --key-gen-file) a fresh key pair as
// the stock fwknopd --key-gen does.
func generateKeys(k keyGenOpts, stdout io.Writer) error {
	keyLen, hmacLen := k.keyLen, k.hmacKeyLen
	if keyLen == 0 {
		keyLen = defaultKeyLen
	}
	if hmacLen == 0 {
		hmacLen = hmacKeyLenFor(k.hmacType)
	}
	buf := make([]byte, keyLen+hmacLen)
	if _, err := io.ReadFull(rand.Reader, buf); err != nil {
		return err
	}
	text := fmt.Sprintf("KEY_BASE64: %s\nHMAC_KEY_BASE64: %s\n",
		base64.StdEncoding.EncodeToString(buf[:keyLen]), base64.StdEncoding.EncodeToString(buf[keyLen:]))
	clear(buf)
	if k.file == "" {
		_, err := io.WriteString(stdout, text)
		return err
	}
	if err := os.WriteFile(k.file, []byte(text), 0o600); err != nil {
		return fmt.Errorf("unable to create key gen file: %w", err)
	}
	_, err := fmt.Fprintf(stdout, "[+] Wrote Rijndael and HMAC keys to: %s\n", k.file)
	return err
}

// checkExclusive refuses -D, -K, -R and -S given together, as the stock
// does: the last one would otherwise win silently, and "-K -R" meant as
// "stop, then restart" would leave no daemon.
func (c *cmdline) checkExclusive() error {
	seen := map[action]bool{}
	for _, a := range c.given {
		switch a {
		case dumpConfig, kill, restart, status:
			seen[a] = true
		}
	}
	if len(seen) > 1 {
		return usagef("the -D, -K, -R, and -S options are mutually exclusive; pick only one")
	}
	return nil
}

// checkLocale warns, as the stock does, when -l names a locale this system
// cannot set (localeAvailable). Sesame's messages are not translated, so
// a locale that exists changes nothing.
func checkLocale(name string, stderr io.Writer) {
	if name == "" || localeAvailable(name) {
		return
	}
	fmt.Fprintf(stderr, "fwknopd: warning: Unable to set locale to '%s'.\n", name)
}

// stockOrder is the order in which the stock acts on these flags and exits
// (--dump-serv-err-codes while it parses the command line, the others in
// its main): of those given, the first here wins whatever their order on
// the command line ("-D --exit-parse-config" dumps the configuration).
var stockOrder = []action{dumpErrCodes, kill, status, restart, fwListAll, fwList, fwFlush, dumpConfig, parseConfig, parseDigestCache}

// settle picks the action the stock daemon would take when several of
// stockOrder are given.
func (c *cmdline) settle() {
	if !slices.Contains(stockOrder, c.action) {
		return
	}
	for _, a := range stockOrder {
		if slices.Contains(c.given, a) {
			c.action = a
			return
		}
	}
}

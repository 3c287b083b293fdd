package knock

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"
)

// Delivery are the stock client's settings about how a packet travels
// and where its keys come from, that the flags and ~/.fwknoprc set alike
// (embedded in Options). They change nothing in the message itself.
type Delivery struct {
	SourcePort      uint16 // -S, SPA_SOURCE_PORT: the packet's source port; 0: the system picks
	RandPort        bool   // -r, RAND_PORT: a random destination port in MinRandPort..65534
	HTTPProxy       string // -H host[:port] or http://host[:port]/: -P http through this proxy
	WgetCmd         string // -w, WGET_CMD: learn -R's address by running this wget
	WgetUserAgent   bool   // --use-wget-user-agent, USE_WGET_USER_AGENT: wget's own User-Agent
	ResolveHTTPOnly bool   // --resolve-http-only, RESOLVE_HTTP_ONLY: -R over plain HTTP
	KeyFile         string // -G, KEY_FILE: "server: key" lines, the Rijndael key of -D
	HMACKeyFile     string // --get-hmac-key, HMAC_KEY_FILE: the same for the HMAC key
	NoSaveArgs      bool   // --no-save-args, NO_SAVE_ARGS: do not write ~/.fwknop.run
	Verbose         bool   // VERBOSE: as -v
}

// MinRandPort is the lowest port of --nat-rand-port and -r, as the stock
// client's get_rand_port (MIN_HIGH_PORT in fwknop's common.h).
const MinRandPort = 10000

// RandPort is get_rand_port: a port in MinRandPort..65534 from random
// data.
func RandPort(r io.Reader) (uint16, error) {
	var b [4]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, err
	}
	return uint16(MinRandPort + binary.BigEndian.Uint32(b[:])%(65535-MinRandPort)), nil
}

// maxKeyFile bounds what KeyFromFile reads of a key file.
const maxKeyFile = 1 << 20

// KeyFromFile is the stock client's get_key_file (-G, --get-hmac-key,
// KEY_FILE): the key for server in a file of "server: key" lines, server
// as -D gives it. Blank lines and lines starting with '#' or ';' are
// skipped; the last matching line wins, as in the stock client. Errors
// name the file and the server, never a key.
func KeyFromFile(path, server string) (Secret, error) {
	data, err := readBounded(path)
	if err != nil {
		return "", invalid("Could not open config file: key file: %v", err)
	}
	var key string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimLeft(line, " \t=")
		if line == "" || strings.ContainsRune("#;\r", rune(line[0])) {
			continue
		}
		rest, ok := strings.CutPrefix(line, server)
		if !ok || server == "" {
			continue
		}
		if rest, ok = strings.CutPrefix(rest, ":"); ok {
			key = strings.TrimLeft(rest, " \t=")
		}
	}
	if key == "" {
		return "", invalid("key file %s: no key for %s (want a line \"%s: KEY\")", path, server, server)
	}
	return Secret(key), nil
}

func readBounded(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxKeyFile+1))
	if err == nil && len(data) > maxKeyFile {
		err = fmt.Errorf("%s: longer than %d bytes", path, maxKeyFile)
	}
	return data, err
}

// keysFromFiles fills in the keys that -G and --get-hmac-key name, when
// no key is given otherwise, as the stock client's get_keys. In GPG mode
// -G's key is the signing key's passphrase (Keys passes o.Key on), so the
// file is read unless GPG_SIGNING_PW gave one; like the stock client it is
// read even with --gpg-agent or --gpg-no-signing-pw, and a file without
// the server's line is refused in every mode.
func keysFromFiles(o *Options) error {
	var err error
	if o.KeyFile != "" && o.Key == "" && o.KeyBase64 == "" && (!o.UseGPG || o.GPGSigningPW == "") {
		if o.Key, err = KeyFromFile(o.KeyFile, o.Destination); err != nil {
			return err
		}
	}
	if o.HMACKeyFile != "" && o.UseHMAC && o.HMACKey == "" && o.HMACKeyBase64 == "" {
		o.HMACKey, err = KeyFromFile(o.HMACKeyFile, o.Destination)
	}
	return err
}

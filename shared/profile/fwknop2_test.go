package profile

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestFormatFwknop2(t *testing.T) {
	want := "KEY_BASE64:" + testKeyB64 + " HMAC_KEY_BASE64:" + testHMACB64
	if got := FormatFwknop2(testKey, testHMACKey); got != want {
		t.Errorf("FormatFwknop2 = %q, want %q", got, want)
	}
	if got := FormatFwknop2([]byte{0xff}, nil); got != "KEY_BASE64:/w==" {
		t.Errorf("FormatFwknop2 without HMAC = %q", got)
	}
}

func TestParseFwknop2(t *testing.T) {
	tests := []struct {
		name, text   string
		key, hmacKey []byte
		keyPass      bool
		hmacPass     bool
	}{
		{"formatted", FormatFwknop2(testKey, testHMACKey), testKey, testHMACKey, false, false},
		{"lower-case names", "key_base64:" + testKeyB64 + " Hmac_Key_Base64:" + testHMACB64, testKey, testHMACKey, false, false},
		{"reversed, extra tokens", "SESAME x HMAC_KEY_BASE64:" + testHMACB64 + " FOO:bar KEY_BASE64:" + testKeyB64, testKey, testHMACKey, false, false},
		{"passphrases", "KEY:s3cret HMAC_KEY:0ther", []byte("s3cret"), []byte("0ther"), true, true},
		{"mixed", "KEY:s3cret HMAC_KEY_BASE64:" + testHMACB64, []byte("s3cret"), testHMACKey, true, false},
		{"no HMAC", "KEY_BASE64:" + testKeyB64, testKey, nil, false, false},
		{"unpadded", "KEY_BASE64:" + strings.TrimRight(testKeyB64, "="), testKey, nil, false, false},
		{"white space around and between", "\n KEY_BASE64:" + testKeyB64 + "\t\tHMAC_KEY:x\r\n", testKey, []byte("x"), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseFwknop2(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(k.Key, tt.key) || !bytes.Equal(k.HMACKey, tt.hmacKey) ||
				k.KeyPassphrase != tt.keyPass || k.HMACKeyPassphrase != tt.hmacPass {
				t.Errorf("got %q %q %v %v", k.Key, k.HMACKey, k.KeyPassphrase, k.HMACKeyPassphrase)
			}
		})
	}
}

func TestParseFwknop2Refusals(t *testing.T) {
	long := base64.StdEncoding.EncodeToString(make([]byte, 33))
	tests := []struct {
		name, text string
		err        error
		field      string
		reason     string
	}{
		{"empty", "", ErrMissing, "KEY_BASE64", "neither KEY_BASE64 nor KEY"},
		{"only HMAC", "HMAC_KEY_BASE64:" + testHMACB64, ErrMissing, "KEY_BASE64", "neither"},
		{"only junk", "hello world", ErrMissing, "KEY_BASE64", "neither"},
		{"name without colon", "KEY_BASE64", ErrMissing, "KEY_BASE64", "empty value"},
		{"empty value", "KEY_BASE64: " + testKeyB64, ErrMissing, "KEY_BASE64", "empty value"},
		{"empty passphrase", "KEY:", ErrMissing, "KEY", "empty value"},
		{"second colon", "KEY:" + testKeyB64[:10] + ":x", ErrField, "KEY", "holds a ':'"},
		{"bad base64", "KEY_BASE64:" + testKeyB64[:20] + "!", ErrField, "KEY_BASE64", "not valid base64"},
		{"base64url", "KEY_BASE64:-_-_", ErrField, "KEY_BASE64", "not valid base64"},
		{"bad padding", "KEY_BASE64:" + testKeyB64 + "=", ErrField, "KEY_BASE64", "not valid base64"},
		{"bad hmac base64", "KEY:x HMAC_KEY_BASE64:" + testHMACB64[:30] + "*", ErrField, "HMAC_KEY_BASE64", "not valid base64"},
		{"key too long", "KEY_BASE64:" + long, ErrField, "KEY_BASE64", "33 bytes long, want 1..32"},
		{"passphrase too long", "KEY:" + strings.Repeat("p", 33), ErrField, "KEY", "33 bytes long, want 1..32"},
		{"hmac too long", "KEY:x HMAC_KEY:" + strings.Repeat("h", 129), ErrField, "HMAC_KEY", "129 bytes long, want 1..128"},
		{"key twice", "KEY:abc KEY_BASE64:" + testKeyB64, ErrSyntax, "KEY_BASE64", "already holds KEY"},
		{"hmac twice", "KEY:x HMAC_KEY:a hmac_key:b", ErrSyntax, "HMAC_KEY", "already holds HMAC_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFwknop2(tt.text)
			if err == nil {
				t.Fatal("accepted")
			}
			checkParseError(t, err, tt.err, tt.field, tt.reason)
			if !strings.HasPrefix(err.Error(), "Fwknop2 text: ") {
				t.Errorf("error %q does not name the Fwknop2 text", err)
			}
			for _, tok := range strings.Fields(tt.text) {
				if _, v, _ := strings.Cut(tok, ":"); len(v) >= 3 && strings.Contains(err.Error(), v) {
					t.Errorf("error %q quotes the value %q", err, v)
				}
			}
		})
	}
}

func TestFwknop2KeysRedacted(t *testing.T) {
	k, err := ParseFwknop2("KEY:s3cretpass HMAC_KEY:0therpass")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%+v", k), fmt.Sprintf("%#v", k), fmt.Sprintf("%v", &k)} {
		if strings.Contains(s, "s3cret") || strings.Contains(s, "0ther") || strings.Contains(s, "115") {
			t.Errorf("printed keys not redacted: %s", s)
		}
	}
}

// TestFwknopKeyGen reads what the stock client's --key-gen prints, turned
// into the QR text the way Fwknop2 users do (one line, no space after ':').
func TestFwknopKeyGen(t *testing.T) {
	path, err := exec.LookPath("fwknop")
	if err != nil {
		t.Skip("fwknop client not installed (apt-get install fwknop-client)")
	}
	// A fresh HOME: on its first run the client creates ~/.fwknoprc and
	// says so on standard output.
	cmd := exec.Command(path, "--key-gen")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("fwknop --key-gen: %v", err)
	}
	var keyLines []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "KEY_BASE64:") || strings.HasPrefix(l, "HMAC_KEY_BASE64:") {
			keyLines = append(keyLines, strings.ReplaceAll(l, ": ", ":"))
		}
	}
	text := strings.Join(keyLines, " ")
	k, err := ParseFwknop2(text)
	if err != nil {
		t.Fatalf("ParseFwknop2(fwknop --key-gen) = %v", err)
	}
	if len(k.Key) != 32 || len(k.HMACKey) != 64 {
		t.Errorf("key lengths %d, %d; want 32, 64", len(k.Key), len(k.HMACKey))
	}
	if got := FormatFwknop2(k.Key, k.HMACKey); got != strings.TrimSpace(text) {
		t.Errorf("FormatFwknop2 = %q, want fwknop's own text %q", got, strings.TrimSpace(text))
	}
}

package knock

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// -G and --get-hmac-key read "server: key" lines as the stock client's
// get_key_file: the last line for -D as given wins.
func TestKeyFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys")
	text := "# keys\n\n203.0.113.9: other\n203.0.113.5: first\n  203.0.113.5:  =second key\n; 203.0.113.5: commented\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if k, err := KeyFromFile(path, "203.0.113.5"); err != nil || k != "second key" {
		t.Errorf("KeyFromFile = %q, %v", k, err)
	}
	_, err := KeyFromFile(path, "198.51.100.1")
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "no key for 198.51.100.1") || strings.Contains(err.Error(), "second") {
		t.Errorf("missing server: %v", err)
	}
	if _, err := KeyFromFile(filepath.Join(t.TempDir(), "none"), "x"); !errors.Is(err, ErrInvalid) {
		t.Errorf("missing file: %v", err)
	}

	o := NewOptions()
	o.Destination, o.KeyFile, o.HMACKeyFile, o.UseHMAC = "203.0.113.9", path, path, true
	o.SetHMACKey("hmac given")
	k, err := Keys(o, nil)
	if err != nil || string(k.Rijndael) != "other" || string(k.HMAC) != "hmac given" {
		t.Fatalf("Keys = %+v, %v", k, err)
	}
	if o.Key != "" {
		t.Errorf("Keys changed the options: %q", o.Key)
	}
}

// -S sends from the port given.
func TestSendSourcePort(t *testing.T) {
	ln, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	// A free port to send from: bind one, note it, let it go.
	probe, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	src := uint16(probe.LocalAddr().(*net.UDPAddr).Port)
	probe.Close()
	dst := ln.LocalAddr().(*net.UDPAddr).AddrPort()
	if err := Send(context.Background(), Target{Addr: dst, Transport: UDP, SourcePort: src}, "packet"); err != nil {
		t.Fatal(err)
	}
	ln.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 64)
	n, from, err := ln.ReadFromUDPAddrPort(buf)
	if err != nil || string(buf[:n]) != "packet" || from.Port() != src {
		t.Fatalf("got %q from %v (%v), want port %d", buf[:n], from, err, src)
	}
}

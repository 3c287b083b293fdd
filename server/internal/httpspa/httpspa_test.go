package httpspa

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// packet is a standard-base64 packet using both characters the stock
// client makes URL-safe.
var packet = "8" + strings.Repeat("ab+c/dEF9", 20)

// stockRequest is the request of the stock client's -P http
// (send_spa_packet_http in client/spa_comm.c).
func stockRequest(p, agent string) []byte {
	p = strings.NewReplacer("+", "-", "/", "_").Replace(p)
	return []byte("GET /" + p + " HTTP/1.1\r\nUser-Agent: " + agent + "\r\nAccept: */*\r\nHost: 198.51.100.1\r\nConnection: close\r\n\r\n")
}

func TestPacket(t *testing.T) {
	long := strings.Repeat("A", 139)
	for _, c := range []struct {
		name  string
		req   string
		anyUA bool
		want  string
		err   error
	}{
		{"stock client", string(stockRequest(packet, "Fwknop/2.6.10")), false, packet, nil},
		{"method in lower case", "get /" + long + "B HTTP/1.1\r\nUser-Agent: Fwknop/2\r\n\r\n", false, long + "B", nil},
		{"path to the end", "GET /" + long + "B", true, long + "B", nil},
		{"path ends at a tab", "GET /" + long + "C\tUser-Agent: Fwknop", false, long + "C", nil},
		{"'+' and '/' kept", "GET /" + long + "+/ User-Agent: Fwknop", false, long + "+/", nil},
		{"other agent refused", string(stockRequest(packet, "curl/8.0")), false, "", ErrUserAgent},
		{"other agent allowed", string(stockRequest(packet, "curl/8.0")), true, packet, nil},
		{"agent in other case refused", string(stockRequest(packet, "fwknop/2")), false, "", ErrUserAgent},
		{"agent after a NUL refused", "GET /" + long + "B \x00User-Agent: Fwknop", false, "", ErrUserAgent},
		{"empty path", "GET / HTTP/1.1\r\nUser-Agent: Fwknop\r\n\r\n", false, "", ErrTooShort},
		{"139 characters", "GET /" + long + " HTTP/1.1\r\nUser-Agent: Fwknop\r\n\r\n", false, "", ErrTooShort},
		{"bare GET /", "GET /", true, "", ErrTooShort},
	} {
		t.Run(c.name, func(t *testing.T) {
			req := []byte(c.req)
			if !IsRequest(req) {
				t.Fatalf("IsRequest(%q) false", c.req)
			}
			got, err := Packet(req, c.anyUA)
			if !errors.Is(err, c.err) || string(got) != c.want {
				t.Fatalf("Packet = %q, %v; want %q, %v", got, err, c.want, c.err)
			}
		})
	}
}

func TestPacketNUL(t *testing.T) {
	// A NUL is not a blank: it stays in the packet, for the judge to
	// refuse as bad base64.
	long := strings.Repeat("A", 140)
	got, err := Packet([]byte("GET /"+long+"\x00x y"), true)
	if err != nil || string(got) != long+"\x00x" {
		t.Fatalf("Packet = %q, %v", got, err)
	}
}

func TestIsRequest(t *testing.T) {
	for in, want := range map[string]bool{
		"GET /x": true, "gEt /": true, "GET x": false, "GET": false, "": false,
		"POST /x": false, " GET /x": false, packet: false,
	} {
		if got := IsRequest([]byte(in)); got != want {
			t.Errorf("IsRequest(%q) = %v", in, got)
		}
	}
}

func TestErrorReasons(t *testing.T) {
	for _, e := range []*Error{ErrUserAgent, ErrTooShort} {
		if !strings.HasPrefix(e.Reason, "http_") || !strings.HasPrefix(e.Error(), "http: ") {
			t.Errorf("%q: %q", e.Reason, e.Error())
		}
	}
}

func TestPacketAllocatesNothing(t *testing.T) {
	req := stockRequest(packet, "Fwknop/2.6.10")
	buf := make([]byte, len(req))
	if n := testing.AllocsPerRun(100, func() {
		copy(buf, req)
		if _, err := Packet(buf, false); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("%v allocations a request", n)
	}
}

// reference is Packet written the plain way, on a copy.
func reference(req []byte, anyUA bool) ([]byte, error) {
	s := string(req)
	cstr, _, _ := strings.Cut(s, "\x00")
	if !anyUA && !strings.Contains(cstr, userAgent) {
		return nil, ErrUserAgent
	}
	path := s[len(method):]
	if i := strings.IndexAny(path, " \t\n\v\f\r"); i >= 0 {
		path = path[:i]
	}
	if len(path) < 140 {
		return nil, ErrTooShort
	}
	return []byte(strings.NewReplacer("-", "+", "_", "/").Replace(path)), nil
}

func FuzzPacket(f *testing.F) {
	f.Add(stockRequest(packet, "Fwknop/2.6.10"), false)
	f.Add(stockRequest(packet, "x"), true)
	f.Add([]byte("GET /"), false)
	f.Add([]byte("get /\x00User-Agent: Fwknop"), false)
	f.Fuzz(func(t *testing.T, req []byte, anyUA bool) {
		if !IsRequest(req) {
			return
		}
		want, wantErr := reference(req, anyUA)
		got, err := Packet(bytes.Clone(req), anyUA)
		if err != wantErr || !bytes.Equal(got, want) {
			t.Fatalf("Packet(%q) = %q, %v; want %q, %v", req, got, err, want, wantErr)
		}
		if err == nil && (len(got) < 140 || bytes.ContainsAny(got, "-_ \r\n")) {
			t.Fatalf("Packet(%q) = %q", req, got)
		}
	})
}

package daemon

import (
	"strings"
	"testing"
)

// httpRequest is the stock client's -P http request for packet.
func httpRequest(packet []byte, agent string) []byte {
	path := strings.NewReplacer("+", "-", "/", "_").Replace(string(packet))
	return []byte("GET /" + path + " HTTP/1.1\r\nUser-Agent: " + agent + "\r\nAccept: */*\r\nHost: 198.51.100.1\r\nConnection: close\r\n\r\n")
}

func withSettings(set ...Setting) func(*Options) {
	return func(o *Options) { o.Set = append(o.Set, set...) }
}

// TestSPAOverHTTP: with ENABLE_SPA_OVER_HTTP the stock client's HTTP
// request is judged by its path; a request of another agent, or with no
// packet in it, is refused with a reason of its own.
func TestSPAOverHTTP(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, withSettings(Setting{"ENABLE_SPA_OVER_HTTP", "Y"})).start()
	for _, c := range []struct {
		name, reason string
		payload      []byte
	}{
		{"stock client", "", httpRequest(seal(t, keyA, hmacA, "tcp/22", t0), "Fwknop/2.6.10")},
		{"other agent", "http_user_agent", httpRequest(seal(t, keyA, hmacA, "tcp/23", t0), "curl/8.5")},
		{"empty path", "http_too_short", []byte("GET / HTTP/1.1\r\nUser-Agent: Fwknop/2.6.10\r\n\r\n")},
		{"not base64", "bad_base64", httpRequest([]byte(strings.Repeat("%", 200)), "Fwknop/2.6.10")},
		{"wrong key", "bad_hmac", httpRequest(seal(t, keyB, hmacB, "tcp/24", t0), "Fwknop/2.6.10")},
		{"plain packet still judged", "", seal(t, keyA, hmacA, "tcp/25", t0)},
	} {
		e.send(c.payload, clientIP)
		got := e.decision()
		if c.reason == "" && got["decision"] != "accept" || c.reason != "" && (got["decision"] != "reject" || got["reason"] != c.reason) {
			t.Errorf("%s: decision %v, want %q", c.name, got, c.reason)
		}
		if c.reason != "" && got["src"] != clientIP.String() {
			t.Errorf("%s: reject without its source: %v", c.name, got)
		}
	}
}

// TestSPAOverHTTPAnyAgentAndOff: ALLOW_ANY_USER_AGENT lets any agent in;
// without ENABLE_SPA_OVER_HTTP a request is judged as a packet (and is
// no base64), as the stock daemon does.
func TestSPAOverHTTPAnyAgentAndOff(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, withSettings(Setting{"ENABLE_SPA_OVER_HTTP", "Y"},
		Setting{"ALLOW_ANY_USER_AGENT", "Y"})).start()
	e.send(httpRequest(seal(t, keyA, hmacA, "tcp/22", t0), "curl/8.5"), clientIP)
	if got := e.decision(); got["decision"] != "accept" {
		t.Errorf("ALLOW_ANY_USER_AGENT Y: %v", got)
	}
	off := newEnv(t, stanza(keyA, hmacA, ""), nil, nil).start()
	off.send(httpRequest(seal(t, keyA, hmacA, "tcp/22", t0), "Fwknop/2.6.10"), clientIP)
	if got := off.decision(); got["reason"] != "bad_base64" {
		t.Errorf("ENABLE_SPA_OVER_HTTP N: %v", got)
	}
}

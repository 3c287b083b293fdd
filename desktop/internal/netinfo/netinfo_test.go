package netinfo

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// echoServer answers with the caller's address, as the public resolvers do;
// its Date header is the real time plus dateOffset.
func echoServer(t *testing.T, network string, dateOffset time.Duration) *httptest.Server {
	t.Helper()
	ln, err := net.Listen(network, map[string]string{"tcp4": "127.0.0.1:0", "tcp6": "[::1]:0"}[network])
	if err != nil {
		t.Skipf("no %s loopback: %v", network, err)
	}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		w.Header().Set("Date", time.Now().Add(dateOffset).UTC().Format(http.TimeFormat))
		w.Write([]byte(host + "\n"))
	}))
	ts.Listener.Close()
	ts.Listener = ln
	ts.StartTLS()
	t.Cleanup(ts.Close)
	return ts
}

func noInterfaces() ([]IfaceAddr, error) { return nil, nil }

func TestExternalFamilies(t *testing.T) {
	v4 := echoServer(t, "tcp4", 0)
	v6 := echoServer(t, "tcp6", 0)
	d := &Detector{Resolvers: []string{v4.URL, v6.URL}, Transport: v4.Client().Transport, Interfaces: noInterfaces, Timeout: 5 * time.Second}
	for f, want := range map[Family]string{IPv4: "127.0.0.1", IPv6: "::1"} {
		r, err := d.External(context.Background(), f)
		if err != nil || r.Addr.String() != want || r.Direct {
			t.Fatalf("%s: got %v, %v", f, r, err)
		}
		if wantURL := map[Family]string{IPv4: v4.URL, IPv6: v6.URL}[f]; r.Source != wantURL {
			t.Fatalf("%s: source %s, want %s", f, r.Source, wantURL)
		}
	}
}

func TestExternalFromInterface(t *testing.T) {
	d := &Detector{Resolvers: []string{"https://unused.invalid"}, Interfaces: func() ([]IfaceAddr, error) {
		return []IfaceAddr{
			{"lo", netip.MustParseAddr("127.0.0.1")},
			{"wlan0", netip.MustParseAddr("192.168.1.5")},
			{"wlan0", netip.MustParseAddr("fe80::1")},
			{"wwan0", netip.MustParseAddr("100.64.3.3")},
			{"eth1", netip.MustParseAddr("2001:db8::7")},
			{"eth0", netip.MustParseAddr("203.0.113.7")},
		}, nil
	}}
	r, err := d.External(context.Background(), IPv4)
	if err != nil || r.Addr.String() != "203.0.113.7" || r.Source != "interface eth0" || !r.Direct {
		t.Fatalf("IPv4: %v, %v", r, err)
	}
	r, err = d.External(context.Background(), IPv6)
	if err != nil || r.Addr.String() != "2001:db8::7" || r.Source != "interface eth1" {
		t.Fatalf("IPv6: %v, %v", r, err)
	}
}

func TestExternalFailures(t *testing.T) {
	bad := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html>not an address</html>"))
	}))
	defer bad.Close()
	hang := make(chan struct{})
	slow := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(hang)
	d := &Detector{Resolvers: []string{bad.URL, slow.URL}, Transport: bad.Client().Transport, Interfaces: noInterfaces, Timeout: 300 * time.Millisecond}
	start := time.Now()
	_, err := d.External(context.Background(), IPv4)
	if !errors.Is(err, ErrNoAddress) || !strings.Contains(err.Error(), "did not answer with an IP address") {
		t.Fatalf("got %v", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Fatalf("took %v despite a 300ms timeout", el)
	}
	// An IPv4-only resolver cannot give an IPv6 address.
	v4 := echoServer(t, "tcp4", 0)
	d = &Detector{Resolvers: []string{v4.URL}, Transport: v4.Client().Transport, Interfaces: noInterfaces}
	if _, err := d.External(context.Background(), IPv6); !errors.Is(err, ErrNoAddress) {
		t.Fatalf("IPv6 from an IPv4 resolver: %v", err)
	}
}

func TestClockSkew(t *testing.T) {
	a := echoServer(t, "tcp4", -10*time.Second)
	b := echoServer(t, "tcp4", 200*time.Second)
	c := echoServer(t, "tcp4", 205*time.Second)
	d := &Detector{Resolvers: []string{a.URL, b.URL, c.URL}, Transport: a.Client().Transport}
	s, err := d.ClockSkew(context.Background())
	if err != nil || s.Samples != 3 {
		t.Fatalf("%+v, %v", s, err)
	}
	// The median server is 200 s ahead: the local clock is 200 s behind.
	if s.Offset < -202*time.Second || s.Offset > -198*time.Second {
		t.Fatalf("offset %v, want about -200s", s.Offset)
	}
	// A local clock 3 minutes fast.
	d = &Detector{Resolvers: []string{a.URL}, Transport: a.Client().Transport, Now: func() time.Time { return time.Now().Add(3 * time.Minute) }}
	if s, err := d.ClockSkew(context.Background()); err != nil || s.Offset < 188*time.Second || s.Offset > 192*time.Second {
		t.Fatalf("fast clock: %+v, %v", s, err)
	}
	d = &Detector{Resolvers: []string{"https://127.0.0.1:1"}, Timeout: time.Second}
	if _, err := d.ClockSkew(context.Background()); !errors.Is(err, ErrNoClock) {
		t.Fatal(err)
	}
}

func TestIsPublic(t *testing.T) {
	for s, want := range map[string]bool{
		"203.0.113.7": true, "2001:db8::1": true, "10.1.2.3": false, "192.168.0.1": false,
		"100.64.0.1": false, "fd00::1": false, "fe80::1": false, "127.0.0.1": false, "::ffff:203.0.113.7": true,
	} {
		if IsPublic(netip.MustParseAddr(s)) != want {
			t.Errorf("%s: want %v", s, want)
		}
	}
}

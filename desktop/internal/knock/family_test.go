package knock

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

// fakeHosts is a HostResolver with fixed A and AAAA records.
type fakeHosts map[string][]string

func (h fakeHosts) LookupNetIP(_ context.Context, network, host string) ([]netip.Addr, error) {
	var out []netip.Addr
	for _, s := range h[host] {
		a := netip.MustParseAddr(s)
		if network == "ip" || (network == "ip4") == a.Unmap().Is4() {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("lookup %s: no such host", host)
	}
	return out, nil
}

func TestResolveFamily(t *testing.T) {
	hosts := fakeHosts{
		"dual.example": {"::ffff:203.0.113.5", "2001:db8::5"},
		"v6.example":   {"2001:db8::6"},
		"v4.example":   {"203.0.113.4"},
	}
	tests := []struct {
		host string
		fam  Family
		want string
		err  error
	}{
		{"dual.example", AnyFamily, "203.0.113.5", nil},
		{"dual.example", IPv4, "203.0.113.5", nil},
		{"dual.example", IPv6, "2001:db8::5", nil},
		{"v6.example", AnyFamily, "2001:db8::6", nil},
		{"v6.example", IPv6, "2001:db8::6", nil},
		{"v6.example", IPv4, "", ErrUnresolvable},
		{"v4.example", IPv6, "", ErrUnresolvable},
		{"nowhere.example", AnyFamily, "", ErrUnresolvable},
		{"2001:db8::1", AnyFamily, "2001:db8::1", nil},
		{"[2001:db8::1]", IPv6, "2001:db8::1", nil},
		{"2001:db8::1", IPv4, "", ErrUnresolvable},
		{"203.0.113.1", IPv6, "", ErrUnresolvable},
		{"::ffff:203.0.113.1", IPv4, "203.0.113.1", nil},
	}
	for _, tt := range tests {
		a, err := ResolveFamily(context.Background(), hosts, tt.host, tt.fam)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ResolveFamily(%q, %v) = %v, %v; want %v", tt.host, tt.fam, a, err, tt.err)
			}
			continue
		}
		if err != nil || a.String() != tt.want {
			t.Errorf("ResolveFamily(%q, %v) = %v, %v; want %s", tt.host, tt.fam, a, err, tt.want)
		}
	}
}

func TestCheckFamily(t *testing.T) {
	tests := []struct {
		name string
		set  func(o *Options)
		msg  string // empty: no conflict
	}{
		{"-4 with IPv4", func(o *Options) { o.Family = IPv4 }, ""},
		{"-6 with IPv6", func(o *Options) { o.Family, o.Destination, o.AllowIP = IPv6, "2001:db8::1", "2001:db8::7" }, ""},
		{"-6 with -s", func(o *Options) { o.Family, o.Destination, o.AllowIP = IPv6, "[2001:db8::1]", SourceAddr }, ""},
		{"-6 with a name", func(o *Options) { o.Family, o.Destination, o.AllowIP = IPv6, "spa.example", "2001:db8::7" }, ""},
		{"-4 with IPv6 -D", func(o *Options) { o.Family, o.Destination = IPv4, "2001:db8::1" }, "-4 asks for IPv4, but -D 2001:db8::1 is not an IPv4 address"},
		{"-4 with IPv6 -a", func(o *Options) { o.Family, o.AllowIP = IPv4, "2001:db8::7" }, "-4 asks for IPv4, but -a 2001:db8::7"},
		{"-6 with IPv4 -D", func(o *Options) { o.Family, o.AllowIP = IPv6, SourceAddr }, "-6 asks for IPv6, but -D 203.0.113.5"},
		{"-6 with IPv4 -a", func(o *Options) { o.Family, o.Destination = IPv6, "spa.example" }, "-6 asks for IPv6, but -a 198.51.100.7"},
		{"-6 with --server-resolve-ipv4", func(o *Options) { o.Family, o.Destination, o.ServerIPv4 = IPv6, "spa.example", true }, "-6 conflicts with --server-resolve-ipv4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOptions()
			o.Access, o.AllowIP, o.Destination = "tcp/22", "198.51.100.7", "203.0.113.5"
			tt.set(o)
			_, err := Message(context.Background(), o, testEnv())
			if tt.msg == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want ErrInvalid with %q", err, tt.msg)
			}
		})
	}
}

func TestServerFamily(t *testing.T) {
	o := NewOptions()
	if o.ServerFamily() != AnyFamily {
		t.Fatal("default family forced")
	}
	o.ServerIPv4 = true
	if o.ServerFamily() != IPv4 {
		t.Fatal("--server-resolve-ipv4 not IPv4")
	}
	o.Family = IPv4
	if o.ServerFamily() != IPv4 {
		t.Fatal("-4 not IPv4")
	}
}

// -4/-6 steer the -R connection and check the answer's family.
func TestHTTPResolverFamily(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "2001:db8::42")
	}))
	defer srv.Close() // listens on 127.0.0.1
	r := HTTPResolver{Client: srv.Client()}
	ctx := context.Background()
	if a, err := r.ExternalAddr(ctx, srv.URL, "ua", AnyFamily); err != nil || a.String() != "2001:db8::42" {
		t.Fatalf("any family: %v, %v", a, err)
	}
	if a, err := r.ExternalAddr(ctx, srv.URL, "ua", IPv6); !errors.Is(err, ErrExternalIP) {
		t.Fatalf("-6 reached an IPv4-only server: %v, %v", a, err)
	}
	if _, err := r.ExternalAddr(ctx, srv.URL, "ua", IPv4); !errors.Is(err, ErrExternalIP) || !strings.Contains(err.Error(), "not an IPv4 address (-4)") {
		t.Fatalf("-4 took an IPv6 answer: %v", err)
	}
}

// The Host header of SPA over HTTP: -D as given, an IPv6 literal in
// brackets (the stock client writes it bare), never a port (as the stock).
func TestHTTPRequestHost(t *testing.T) {
	for host, want := range map[string]string{
		"2001:db8::1":        "[2001:db8::1]",
		"[2001:db8::1]":      "[2001:db8::1]",
		"::ffff:203.0.113.1": "[::ffff:203.0.113.1]",
		"203.0.113.1":        "203.0.113.1",
		"spa.example":        "spa.example",
	} {
		if req := HTTPRequest(host, "", "packet"); !strings.Contains(req, "\r\nHost: "+want+"\r\n") {
			t.Errorf("-D %s: request %q, want Host: %s", host, req, want)
		}
	}
}

package client

import (
	"errors"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// --resolve-http-only asks the default URL over plain HTTP and refuses
// an https:// --resolve-url, as the stock client.
func TestResolveURLHTTPOnly(t *testing.T) {
	for _, tt := range []struct {
		url      string
		httpOnly bool
		want     string
		err      bool
	}{
		{"", false, knock.DefaultResolveURL, false},
		{"", true, "http://www.cipherdyne.org/cgi-bin/myip", false},
		{"http://198.51.100.1/ip", true, "http://198.51.100.1/ip", false},
		{"HTTPS://198.51.100.1/ip", true, "", true},
		{"https://198.51.100.1/ip", false, "https://198.51.100.1/ip", false},
	} {
		o := knock.NewOptions()
		o.ResolveURL, o.ResolveHTTPOnly = tt.url, tt.httpOnly
		got, err := resolveURL(o)
		if got != tt.want || (err != nil) != tt.err || err != nil && !errors.Is(err, knock.ErrInvalid) {
			t.Errorf("resolveURL(%q, %v) = %q, %v", tt.url, tt.httpOnly, got, err)
		}
	}
}

package knock

import "testing"

func TestParseProxy(t *testing.T) {
	for _, tt := range []struct {
		in   string
		host string
		port uint16
		ok   bool
	}{
		{"proxy.example", "proxy.example", 0, true},
		{"proxy.example:3128", "proxy.example", 3128, true},
		{"HTTP://198.51.100.80:8080/", "198.51.100.80", 8080, true},
		{"[2001:db8::80]:3128", "2001:db8::80", 3128, true},
		{"proxy:0", "", 0, false},
		{"", "", 0, false},
	} {
		host, port, err := ParseProxy(tt.in)
		if (err == nil) != tt.ok || host != tt.host || port != tt.port {
			t.Errorf("ParseProxy(%q) = %q, %d, %v", tt.in, host, port, err)
		}
	}
	want := "GET http://[2001:db8::1]/a-b_c HTTP/1.1\r\nUser-Agent: " + DefaultUserAgent + "\r\nAccept: */*\r\nHost: [2001:db8::1]\r\nConnection: close\r\n\r\n"
	if got := ProxyRequest("2001:db8::1", "", "a+b/c"); got != want {
		t.Errorf("ProxyRequest = %q", got)
	}
}

package knock

import (
	"net"
	"strconv"
	"strings"
)

// ParseProxy reads -H's proxy: host, host:port, [v6]:port, each with or
// without "http://" in front and "/" behind, as the stock client's
// send_spa_packet_http. port is 0 when none is given: the packet then
// goes to the proxy on the server port (-p), as with the stock client.
func ParseProxy(s string) (host string, port uint16, err error) {
	rest := s
	if len(rest) >= 7 && strings.EqualFold(rest[:7], "http://") {
		rest = rest[7:]
	}
	rest = strings.TrimSuffix(rest, "/")
	host, portText := rest, ""
	switch {
	case strings.HasPrefix(rest, "["):
		h, p, err := net.SplitHostPort(rest)
		if err != nil {
			h, p = strings.Trim(rest, "[]"), ""
		}
		host, portText = h, p
	case strings.Count(rest, ":") == 1:
		host, portText, _ = strings.Cut(rest, ":")
	}
	if host == "" || strings.ContainsAny(host, "/ ") {
		return "", 0, invalid("http-proxy %q: want host[:port]", s)
	}
	if portText != "" {
		n, err := strconv.ParseUint(portText, 10, 16)
		if err != nil || n == 0 {
			return "", 0, invalid("http-proxy %q: the proxy port must be 1 to 65535", s)
		}
		port = uint16(n)
	}
	return host, port, nil
}

// ProxyRequest is the GET request of -P http through a proxy: the
// absolute URI of the server (-D as given) in the request line. The Host
// header names the server, as HTTP asks (RFC 9112 3.2.2), where the stock
// client writes the proxy's name.
func ProxyRequest(server, userAgent, packet string) string {
	if userAgent == "" {
		userAgent = DefaultUserAgent
	}
	path := strings.NewReplacer("+", "-", "/", "_").Replace(packet)
	host := hostHeader(server)
	return "GET http://" + host + "/" + path + " HTTP/1.1\r\nUser-Agent: " + userAgent + "\r\nAccept: */*\r\n" +
		"Host: " + host + "\r\nConnection: close\r\n\r\n"
}

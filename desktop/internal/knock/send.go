package knock

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Target is where a packet goes.
type Target struct {
	Host      string // as given with -D, for the HTTP Host header
	Addr      netip.AddrPort
	Transport Transport
	UserAgent string // for HTTP; empty: DefaultUserAgent
	// SourcePort is the local port to send from (-S); 0: the system's
	// choice.
	SourcePort uint16
	// Proxy is -H's HTTP proxy, host[:port]; empty: none. The packet goes
	// to it (on Addr's port when it names none), Addr's host unused.
	Proxy string
}

// sendTimeout bounds a TCP or HTTP connect and write.
const sendTimeout = 10 * time.Second

// Send delivers packet to t: one UDP datagram, the packet written on a TCP
// connection, or an HTTP GET request as the stock client writes it (with
// '+' and '/' mapped to the URL-safe '-' and '_'). Nothing is read back:
// SPA servers never answer.
func Send(ctx context.Context, t Target, packet string) error {
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	payload := packet
	network := "udp"
	switch t.Transport {
	case TCP:
		network = "tcp"
	case HTTP:
		network, payload = "tcp", HTTPRequest(t.Host, t.UserAgent, packet)
	}
	addr := t.Addr.String()
	if t.Proxy != "" && t.Transport == HTTP {
		host, port, err := ParseProxy(t.Proxy)
		if err != nil {
			return err
		}
		if port == 0 {
			port = t.Addr.Port()
		}
		addr, payload = net.JoinHostPort(host, strconv.Itoa(int(port))), ProxyRequest(t.Host, t.UserAgent, packet)
	}
	var d net.Dialer
	if t.SourcePort != 0 {
		d.LocalAddr = localAddr(network, t.SourcePort)
	}
	conn, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSend, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetWriteDeadline(dl)
	}
	if _, err := conn.Write([]byte(payload)); err != nil {
		return fmt.Errorf("%w: %v", ErrSend, err)
	}
	return nil
}

// HTTPRequest is the GET request of the stock client's -P http
// (send_spa_packet_http in client/spa_comm.c) to host, the server as -D
// gives it.
func HTTPRequest(host, userAgent, packet string) string {
	if userAgent == "" {
		userAgent = DefaultUserAgent
	}
	path := strings.NewReplacer("+", "-", "/", "_").Replace(packet)
	return "GET /" + path + " HTTP/1.1\r\nUser-Agent: " + userAgent + "\r\nAccept: */*\r\n" +
		"Host: " + hostHeader(host) + "\r\nConnection: close\r\n\r\n"
}

// hostHeader is the Host header's value for the server host: as given,
// and without a port, as the stock client writes it (fwknopd reads only
// the request line), but with an IPv6 literal in brackets, where the
// stock client writes it bare: "Host: 2001:db8::1" is not an HTTP host
// (RFC 9110 7.2, RFC 3986 IP-literal), and a proxy or web server in front
// of fwknopd may refuse the request.
func hostHeader(host string) string {
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
		return "[" + host + "]"
	}
	return host
}

// localAddr is the wildcard address with port, of the dialer's network,
// for -S (the stock client binds the same way).
func localAddr(network string, port uint16) net.Addr {
	if network == "udp" {
		return &net.UDPAddr{Port: int(port)}
	}
	return &net.TCPAddr{Port: int(port)}
}

package cli

import (
	"bufio"
	"bytes"
	"net"
	"strings"
	"testing"
	"time"
)

// -H sends -P http through the proxy: the absolute URI of the server in
// the request line, the server's name left for the proxy to resolve.
func TestHTTPProxy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan string, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			got <- err.Error()
			return
		}
		defer conn.Close()
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		line, _ := bufio.NewReader(conn).ReadString('\n')
		got <- line
	}()
	var out, errOut bytes.Buffer
	args := []string{"--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "secret1",
		"-D", "spa.invalid", "-H", "http://" + ln.Addr().String() + "/"}
	if st := Knock(args, testSystem(&out, &errOut, nil)); st != 0 {
		t.Fatalf("exit %d: %s", st, errOut.String())
	}
	if line := <-got; !strings.HasPrefix(line, "GET http://spa.invalid/") || !strings.HasSuffix(line, " HTTP/1.1\r\n") {
		t.Errorf("request line %q", line)
	}
	errOut.Reset()
	if st := Knock(append(args, "-P", "udp"), testSystem(&out, &errOut, nil)); st != 2 || !strings.Contains(errOut.String(), "--http-proxy needs -P http") {
		t.Errorf("-H with -P udp: %d %q", st, errOut.String())
	}
	errOut.Reset()
	if st := Knock(append(args[:len(args)-1], "host:99999"), testSystem(&out, &errOut, nil)); st != 2 || !strings.Contains(errOut.String(), "proxy port") {
		t.Errorf("bad proxy port: %d %q", st, errOut.String())
	}
}

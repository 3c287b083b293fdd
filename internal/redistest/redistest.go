// Package redistest starts a real redis-server (Debian's redis-server
// package) for a test: on 127.0.0.1 or, through netnstest, inside a
// namespace, on a free port, without persistence (--save "" --appendonly
// no), in a directory of its own, and killed by t.Cleanup. A test that
// needs it skips when redis-server is missing, except under CI=true, where
// a missing program is a failure (scripts/install-deps.sh installs it).
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Server is one redis-server process.
type Server struct {
	Addr string // host:port

	t    testing.TB
	host string
	port int
	dir  string
	args []string
	wrap func(name string, arg ...string) *exec.Cmd
	cmd  *exec.Cmd
	done chan struct{}
}

// Options configure Start.
type Options struct {
	// Host to listen on; "": 127.0.0.1.
	Host string
	// Command runs the program (a namespace's Command); nil: exec.Command.
	Command func(name string, arg ...string) *exec.Cmd
	// Extra redis-server arguments (e.g. a --user ACL rule).
	Args []string
}

// Require returns the path of redis-server, skipping t when it is missing
// outside CI and failing it under CI=true.
func Require(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("redistest: redis-server is not installed (scripts/install-deps.sh installs it): %v", err)
		}
		t.Skip("redistest: skipped: redis-server is not installed (apt-get install redis-server, or scripts/install-deps.sh)")
	}
	return p
}

// Start starts a redis-server and waits until it answers.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	Require(t)
	s := &Server{t: t, host: o.Host, dir: t.TempDir(), args: o.Args, wrap: o.Command}
	if s.host == "" {
		s.host = "127.0.0.1"
	}
	if s.wrap == nil {
		s.wrap = exec.Command
	}
	s.port = freePort(t)
	s.Addr = net.JoinHostPort(s.host, strconv.Itoa(s.port))
	t.Cleanup(s.Stop)
	s.start()
	return s
}

// freePort picks a port the kernel reports free on loopback; in a fresh
// namespace every port is free, so the same number serves there too.
func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("redistest: free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (s *Server) start() {
	s.t.Helper()
	args := append([]string{"--bind", s.host, "--port", strconv.Itoa(s.port), "--save", "", "--appendonly", "no",
		"--dir", s.dir, "--protected-mode", "no", "--logfile", filepath.Join(s.dir, "redis.log")}, s.args...)
	s.cmd = s.wrap("redis-server", args...)
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("redistest: start redis-server: %v", err)
	}
	s.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { cmd.Wait(); close(done) }(s.cmd, s.done)
	s.waitReady()
}

// waitReady waits (at most 10 s) for the log's "Ready to accept
// connections", which works inside a namespace too.
func (s *Server) waitReady() {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			s.t.Fatalf("redistest: redis-server exited at start: %s", s.Log())
		default:
		}
		if strings.Contains(s.Log(), "Ready to accept connections") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("redistest: redis-server not ready after 10 s: %s", s.Log())
}

// Log returns the server's log so far.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	return string(b)
}

// URL is redis://Addr.
func (s *Server) URL() string { return "redis://" + s.Addr }

// Stop kills the server and waits for it; it may be called again.
func (s *Server) Stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Kill()
	<-s.done
	s.cmd = nil
}

// Restart starts the server again on the same port (its data is gone:
// no persistence).
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	os.Remove(filepath.Join(s.dir, "redis.log"))
	s.start()
}

// Keys counts the keys matching pattern, by reading the server directly
// (a plain RESP exchange: no client library in the way).
func (s *Server) Keys(pattern string) int {
	s.t.Helper()
	c, err := net.DialTimeout("tcp", s.Addr, 2*time.Second)
	if err != nil {
		s.t.Fatalf("redistest: %v", err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "*2\r\n$4\r\nKEYS\r\n$%d\r\n%s\r\n", len(pattern), pattern)
	r := bufio.NewReader(c)
	line, err := r.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "*") {
		s.t.Fatalf("redistest: KEYS: %q %v", line, err)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(line[1:]))
	return n
}

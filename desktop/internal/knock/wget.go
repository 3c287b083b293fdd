package knock

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/netip"
	"os/exec"
	"strings"
	"time"
)

// WgetResolver learns the external address as the stock client's
// resolve_ip_https does with -w/--wget-cmd: it runs that wget with
// "-U AGENT" (unless OwnUserAgent, --use-wget-user-agent),
// "--secure-protocol=auto --quiet -O - URL" and reads the address from
// the first line wget prints. Cmd is split on white space like the
// stock's strtoargv. Only the URL and the User-Agent reach wget's command
// line: no key does.
type WgetResolver struct {
	Cmd          string
	OwnUserAgent bool
	Timeout      time.Duration // 0: 10 s
}

// ExternalAddr runs wget for url.
func (w WgetResolver) ExternalAddr(ctx context.Context, url, userAgent string, fam Family) (netip.Addr, error) {
	argv := w.Command(url, userAgent, fam)
	if len(argv) == 0 {
		return netip.Addr{}, invalid("wget-cmd: empty command")
	}
	timeout := w.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var out bytes.Buffer
	cmd.Stdout = &limitedWriter{w: &out, n: 256}
	if err := cmd.Run(); err != nil {
		return netip.Addr{}, fmt.Errorf("%w: %s: %v", ErrExternalIP, argv[0], err)
	}
	line, _ := bufio.NewReader(&out).ReadString('\n')
	a, err := netip.ParseAddr(strings.TrimSpace(line))
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, fmt.Errorf("%w: %s for %s did not print an IP address", ErrExternalIP, argv[0], url)
	}
	a = a.Unmap()
	if !fam.Has(a) {
		return netip.Addr{}, fmt.Errorf("%w: %s for %s printed %s, not an %s address (%s)", ErrExternalIP, argv[0], url, a, fam, fam.Flag())
	}
	return a, nil
}

// Command is the wget command line ExternalAddr runs for url (empty when
// Cmd is): the stock client prints it when -R fails.
func (w WgetResolver) Command(url, userAgent string, fam Family) []string {
	argv := strings.Fields(w.Cmd)
	if len(argv) == 0 {
		return nil
	}
	if !w.OwnUserAgent {
		argv = append(argv, "-U", userAgent)
	}
	switch fam {
	case IPv4:
		argv = append(argv, "--inet4-only")
	case IPv6:
		argv = append(argv, "--inet6-only")
	}
	return append(argv, "--secure-protocol=auto", "--quiet", "-O", "-", url)
}

// limitedWriter keeps the first n bytes and drops the rest, so that a
// chatty program cannot fill the memory.
type limitedWriter struct {
	w *bytes.Buffer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if room := l.n - l.w.Len(); room > 0 {
		l.w.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

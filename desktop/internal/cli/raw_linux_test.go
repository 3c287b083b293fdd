package cli

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// withoutCapNetRaw runs f on an OS thread whose effective capabilities
// lack CAP_NET_RAW (capabilities are per thread on Linux), then restores
// them; if that fails the thread stays locked and the runtime discards it.
func withoutCapNetRaw(t *testing.T, f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.LockOSThread()
		hdr := unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
		var caps [2]unix.CapUserData
		if err := unix.Capget(&hdr, &caps[0]); err != nil {
			t.Errorf("capget: %v", err)
			return
		}
		saved := caps
		caps[0].Effective &^= 1 << unix.CAP_NET_RAW
		if err := unix.Capset(&hdr, &caps[0]); err != nil {
			t.Errorf("capset: %v", err)
			return
		}
		f()
		if unix.Capset(&hdr, &saved[0]) == nil {
			runtime.UnlockOSThread()
		}
	}()
	<-done
}

// TestRawNeedsCapNetRaw: without CAP_NET_RAW, each raw transport says so
// in one line and exits 2 before asking for anything; -T needs no socket.
func TestRawNeedsCapNetRaw(t *testing.T) {
	for _, proto := range []string{"udpraw", "tcpraw", "icmp"} {
		// To loopback, should the capability not be dropped after all.
		args := []string{"--no-rc-file", "-P", proto, "-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
		var out, errOut bytes.Buffer
		var st int
		withoutCapNetRaw(t, func() { st = Knock(args, testSystem(&out, &errOut, nil)) })
		if st != 2 || out.Len() != 0 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "-P "+proto+" needs CAP_NET_RAW") {
			t.Errorf("-P %s: exit %d, %q; want exit 2 and one line saying it needs CAP_NET_RAW", proto, st, errOut.String())
		}
		out.Reset()
		errOut.Reset()
		withoutCapNetRaw(t, func() { st = Knock(append([]string{"-T"}, args...), testSystem(&out, &errOut, nil)) })
		if st != 0 {
			t.Errorf("-T -P %s: exit %d: %s", proto, st, errOut.String())
		}
	}
}

// TestRawOptionChecks: -Q needs a raw transport and an IPv4 address, as
// in the stock client; the raw transports are IPv4 only.
func TestRawOptionChecks(t *testing.T) {
	base := []string{"-T", "--no-rc-file", "-A", "tcp/22", "-a", "198.51.100.7", "-D", "198.51.100.1", "--key-base64-rijndael", testKey, "--key-base64-hmac", testHMAC}
	for _, tc := range []struct {
		args []string
		say  string
	}{
		{[]string{"-Q", "198.51.100.77"}, "Must set -P <udpraw|tcpraw|icmp> with a spoofed source IP"},
		{[]string{"-P", "tcpraw", "--spoof-source", "2001:db8::7"}, "not an IPv4 address"},
		{[]string{"-P", "icmp", "--icmp-type", "41"}, "Invalid icmp type '41', must be in [0-40]"},
		{[]string{"-P", "icmp", "--icmp-code", "16"}, "Invalid icmp code '16', must be in [0-15]"},
		{[]string{"-P", "udpraw", "-6", "-D", "2001:db8::1", "-a", "2001:db8::7"}, "sends IPv4 only"},
	} {
		var out, errOut bytes.Buffer
		st := Knock(append(append([]string{}, base...), tc.args...), testSystem(&out, &errOut, nil))
		if st != 2 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), tc.say) {
			t.Errorf("%q: exit %d, %q; want exit 2 and one line saying %q", tc.args, st, errOut.String(), tc.say)
		}
	}
}

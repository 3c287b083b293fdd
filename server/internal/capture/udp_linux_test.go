package capture

import (
	"net/netip"
	"os"
	"testing"

	"golang.org/x/sys/unix"
)

// As root (CAP_NET_ADMIN) the receive buffer passes net.core.rmem_max.
func TestUDPServerReceiveBuffer(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("skipped: SO_RCVBUFFORCE needs CAP_NET_ADMIN (CI runs as root)")
	}
	s, err := ListenUDP(netip.MustParseAddrPort("127.0.0.1:0"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rc, err := s.conn.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var size int
	var opErr error
	if err := rc.Control(func(fd uintptr) {
		size, opErr = unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_RCVBUF)
	}); err != nil || opErr != nil {
		t.Fatal(err, opErr)
	}
	if size < recvBuffer { // the kernel reports twice what was set
		t.Fatalf("SO_RCVBUF = %d, want at least %d", size, recvBuffer)
	}
}

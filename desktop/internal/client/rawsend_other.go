//go:build !linux

package client

import (
	"fmt"
	"net/netip"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// rawSocket is Linux-only; elsewhere openRaw refuses with the reason.
type rawSocket struct{}

func openRaw(t knock.Transport) (*rawSocket, error) {
	return nil, fmt.Errorf("%w: -P %s builds its own IP packets, which sesame does only on Linux; use -P udp", knock.ErrInvalid, t)
}

func routeSource(netip.AddrPort) (netip.Addr, error) { return netip.Addr{}, nil }

func (*rawSocket) send([]byte, netip.Addr) error { return nil }

func (*rawSocket) Close() error { return nil }

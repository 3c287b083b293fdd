package sshlaunch

import (
	"errors"
	"io"
	"net"
)

// Relay copies in to conn and conn to out until conn has nothing more to
// send, as ssh's ProxyCommand needs. When in ends, the sending half of conn
// is closed (if it can be) so the server sees the end too. Relay closes
// conn before it returns.
func Relay(conn net.Conn, in io.Reader, out io.Writer) error {
	defer conn.Close()
	up := make(chan error, 1)
	go func() {
		_, err := io.Copy(conn, in)
		if cw, ok := conn.(interface{ CloseWrite() error }); ok {
			cw.CloseWrite()
		}
		up <- err
	}()
	_, err := io.Copy(out, conn)
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	// The server closed first: whatever in still holds has nowhere to go,
	// and a terminal's stdin may never end, so do not wait for the copy.
	select {
	case e := <-up:
		return errors.Join(err, e)
	default:
		return err
	}
}

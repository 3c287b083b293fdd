package trayapp

import (
	"errors"
	"fmt"
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// SocketName is the tray's socket in SocketDir.
const SocketName = "tray.sock"

// dialTimeout bounds the look for a running tray: a live one answers at
// once, a stale socket file refuses at once.
const dialTimeout = 2 * time.Second

// SocketDir is the folder of the tray's socket, made 0700 when missing:
// $XDG_RUNTIME_DIR/sesame (per login, on tmpfs), else the user's cache
// folder's sesame. A folder of another mode is narrowed to 0700.
func SocketDir() (string, error) {
	base := os.Getenv("XDG_RUNTIME_DIR")
	if base == "" {
		var err error
		if base, err = os.UserCacheDir(); err != nil {
			return "", fmt.Errorf("tray socket: no runtime or cache folder: %w", err)
		}
	}
	dir := filepath.Join(base, "sesame")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("tray socket: %w", err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return "", fmt.Errorf("tray socket: %w", err)
	}
	return dir, nil
}

// SocketPath is the tray's socket.
func SocketPath() (string, error) {
	dir, err := SocketDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, SocketName), nil
}

// Dial connects to the running tray's socket at path.
func Dial(path string) (net.Conn, error) {
	return net.DialTimeout("unix", path, dialTimeout)
}

// Listen makes the socket at path (mode 0600) for the one tray process.
// A socket file no process answers on (left by a killed tray) is removed
// first; one that answers is ErrRunning.
func Listen(path string) (net.Listener, error) {
	if c, err := Dial(path); err == nil {
		c.Close()
		return nil, fmt.Errorf("%w (%s)", ErrRunning, path)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("tray socket: %w", err)
	}
	ln, err := listenPrivate(path)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%w (%s)", ErrRunning, path)
		}
		return nil, fmt.Errorf("tray socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("tray socket: %w", err)
	}
	return ln, nil
}

// ErrRunning: another tray process holds the socket.
var ErrRunning = errors.New("a Sesame tray is already running")

// HandOver asks the tray running at path to show the window. It fails when
// no tray answers there; the caller then starts one.
func HandOver(path string) error {
	c, err := Dial(path)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(dialTimeout))
	return wire.Write(c, wire.Msg{Kind: wire.KindShow})
}

package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

// closeWindow does what a window manager's close button does: it sends
// the window a WM_PROTOCOLS client message carrying WM_DELETE_WINDOW.
// Debian's xdotool (2016) has no command for it and bare Xvfb has no
// window manager, so this speaks the few X11 requests it needs itself:
// the connection setup, two InternAtoms and a SendEvent. Xvfb started
// without -auth lets local clients connect with no authorization.
func closeWindow(display string, window uint32) error {
	num := strings.TrimPrefix(display, ":")
	if i := strings.IndexByte(num, '.'); i >= 0 {
		num = num[:i]
	}
	conn, err := net.DialTimeout("unix", "/tmp/.X11-unix/X"+num, 5*time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if err := x11Setup(conn); err != nil {
		return err
	}
	protocols, err := internAtom(conn, "WM_PROTOCOLS")
	if err != nil {
		return err
	}
	deleteWindow, err := internAtom(conn, "WM_DELETE_WINDOW")
	if err != nil {
		return err
	}
	le := binary.LittleEndian
	req := make([]byte, 44)
	req[0] = 25 // SendEvent; propagate false
	le.PutUint16(req[2:], 11)
	le.PutUint32(req[4:], window)
	le.PutUint32(req[8:], 0) // event mask 0: to the window's creator
	ev := req[12:]
	ev[0] = 33 // ClientMessage
	ev[1] = 32 // format: 32-bit data
	le.PutUint32(ev[4:], window)
	le.PutUint32(ev[8:], protocols)
	le.PutUint32(ev[12:], deleteWindow)
	// ev[16:20] is the time: CurrentTime (0).
	if _, err := conn.Write(req); err != nil {
		return err
	}
	// A round trip, so the server has handled the SendEvent (or said why
	// not) before the connection closes.
	_, err = internAtom(conn, "WM_DELETE_WINDOW")
	return err
}

// x11Setup opens an X11 connection (little-endian, no authorization).
func x11Setup(conn net.Conn) error {
	req := []byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	if _, err := conn.Write(req); err != nil {
		return err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(conn, head); err != nil {
		return fmt.Errorf("X11 setup: %v", err)
	}
	rest := make([]byte, 4*int(binary.LittleEndian.Uint16(head[6:])))
	if _, err := io.ReadFull(conn, rest); err != nil {
		return fmt.Errorf("X11 setup: %v", err)
	}
	if head[0] != 1 {
		n := min(int(head[1]), len(rest))
		return fmt.Errorf("X11 server refused the connection: %q", rest[:n])
	}
	return nil
}

// internAtom returns the atom of name, creating it if need be.
func internAtom(conn net.Conn, name string) (uint32, error) {
	le := binary.LittleEndian
	padded := (len(name) + 3) &^ 3
	req := make([]byte, 8+padded)
	req[0] = 16 // InternAtom; only-if-exists false
	le.PutUint16(req[2:], uint16(len(req)/4))
	le.PutUint16(req[4:], uint16(len(name)))
	copy(req[8:], name)
	if _, err := conn.Write(req); err != nil {
		return 0, err
	}
	reply := make([]byte, 32)
	for {
		if _, err := io.ReadFull(conn, reply); err != nil {
			return 0, err
		}
		switch reply[0] {
		case 0:
			return 0, fmt.Errorf("X11 error %d on InternAtom %s", reply[1], name)
		case 1:
			if extra := le.Uint32(reply[4:]); extra != 0 {
				return 0, errors.New("X11: InternAtom reply longer than expected")
			}
			return le.Uint32(reply[8:]), nil
		}
		// An event: skip it.
	}
}

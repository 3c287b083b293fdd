// Package sshlaunch builds what runs ssh after a knock: the ssh command
// line from a profile's settings, the command that opens the user's
// terminal running it, a ~/.ssh/config block whose ProxyCommand knocks
// through `sesame proxy`, and the byte relay that command performs.
//
// Nothing here ever puts a key on a command line: ssh is given the
// profile's user, port, identity file and extra arguments, no more. The
// functions are pure or act only on the values passed in, so they are safe
// for concurrent use.
package sshlaunch

import (
	"strconv"
	"strings"
)

// Settings are a profile's ssh settings. The zero value runs plain
// `ssh host`, with ssh's own defaults and ~/.ssh/config.
type Settings struct {
	User     string   `json:"user,omitempty"`     // -l; empty: ssh's default
	Port     uint16   `json:"port,omitempty"`     // -p; zero: ssh's default (22)
	Identity string   `json:"identity,omitempty"` // -i; empty: ssh's default keys
	Args     []string `json:"args,omitempty"`     // more ssh options, before the host
}

// Args returns ssh's arguments (without the program name) to reach host:
// the profile's options, the host, then extra (the user's own arguments,
// options or a remote command; OpenSSH reads options after the host too).
// host must be a validated host name or address, never starting with '-'.
func Args(s Settings, host string, extra []string) []string {
	var a []string
	if s.Port != 0 {
		a = append(a, "-p", strconv.Itoa(int(s.Port)))
	}
	if s.Identity != "" {
		a = append(a, "-i", s.Identity)
	}
	if s.User != "" {
		a = append(a, "-l", s.User)
	}
	a = append(a, s.Args...)
	a = append(a, host)
	return append(a, extra...)
}

// PortOr returns the ssh port of s, or def when s names none.
func (s Settings) PortOr(def uint16) uint16 {
	if s.Port != 0 {
		return s.Port
	}
	return def
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// shellJoin quotes each word of argv for a POSIX shell.
func shellJoin(argv []string) string {
	q := make([]string, len(argv))
	for i, a := range argv {
		q[i] = shellQuote(a)
	}
	return strings.Join(q, " ")
}

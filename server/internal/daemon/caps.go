package daemon

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Capabilities are the Linux capabilities the daemon's work needs, as held
// in the effective set.
type Capabilities struct {
	NetAdmin bool // change the firewall
	NetRaw   bool // capture with libpcap
	SetUID   bool // run commands as CMD_EXEC_USER
	SetGID   bool
}

// Capability bit numbers (linux/capability.h).
const (
	capSetGID   = 6
	capSetUID   = 7
	capNetAdmin = 12
	capNetRaw   = 13
)

// ReadCapabilities reads the effective set of this process from
// /proc/self/status.
func ReadCapabilities() (Capabilities, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return Capabilities{}, err
	}
	defer f.Close()
	return parseCapabilities(f)
}

func parseCapabilities(r io.Reader) (Capabilities, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		v, ok := strings.CutPrefix(sc.Text(), "CapEff:")
		if !ok {
			continue
		}
		bits, err := strconv.ParseUint(strings.TrimSpace(v), 16, 64)
		if err != nil {
			return Capabilities{}, fmt.Errorf("CapEff %q: %w", strings.TrimSpace(v), err)
		}
		has := func(n uint) bool { return bits&(1<<n) != 0 }
		return Capabilities{NetAdmin: has(capNetAdmin), NetRaw: has(capNetRaw),
			SetUID: has(capSetUID), SetGID: has(capSetGID)}, nil
	}
	if err := sc.Err(); err != nil {
		return Capabilities{}, err
	}
	return Capabilities{}, fmt.Errorf("no CapEff line")
}

// String lists the capabilities held and missing.
func (c Capabilities) String() string {
	var held, missing []string
	for _, x := range []struct {
		name string
		ok   bool
	}{{"CAP_NET_ADMIN", c.NetAdmin}, {"CAP_NET_RAW", c.NetRaw}, {"CAP_SETUID", c.SetUID}, {"CAP_SETGID", c.SetGID}} {
		if x.ok {
			held = append(held, x.name)
		} else {
			missing = append(missing, x.name)
		}
	}
	return fmt.Sprintf("holds [%s], lacks [%s]", strings.Join(held, " "), strings.Join(missing, " "))
}

// CanSwitchUser reports whether commands can run as another user.
func (c Capabilities) CanSwitchUser() bool { return c.SetUID && c.SetGID }

// limits says which features the missing capabilities leave out, given what
// the run needs: firewall changes (not -t), live capture (not UDP or a
// file), commands as another user.
func (c Capabilities) limits(firewall, capture, cmdAsOther bool) []string {
	var out []string
	if firewall && !c.NetAdmin {
		out = append(out, "no CAP_NET_ADMIN: firewall changes will fail (run with -t, or grant the capability)")
	}
	if capture && !c.NetRaw {
		out = append(out, "no CAP_NET_RAW: libpcap capture will fail (ENABLE_UDP_SERVER Y needs no capability above port 1023)")
	}
	if cmdAsOther && !c.CanSwitchUser() {
		out = append(out, "no CAP_SETUID/CAP_SETGID: command messages for a CMD_EXEC_USER other than the daemon's own user are refused")
	}
	return out
}

// childrenNote says what capabilities the children the daemon starts for
// clients get (childcaps.Start), for a daemon running as uid.
func childrenNote(uid int) string {
	if uid == 0 {
		return "children: running as root, command messages run as root with all capabilities unless " +
			"CMD_EXEC_USER names another user (then with none), and CMD_CYCLE commands run as root, as with the stock fwknopd"
	}
	return "children: command messages run with no capability (ambient and inheritable sets cleared, no_new_privs); " +
		"CMD_CYCLE commands keep CAP_NET_ADMIN only, on purpose, for the iptables they usually run"
}

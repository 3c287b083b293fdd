package access

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/shared/spa"
)

// MaxCycleCommandLen is the longest CMD_CYCLE_OPEN or CMD_CYCLE_CLOSE
// command once its variables are substituted: the stock daemon's
// CMD_CYCLE_BUFSIZE (256) less its terminating NUL.
const MaxCycleCommandLen = 255

// ErrCycleCommand is why a stanza's command cycle could not be built for a
// packet: the message has no port list to take $PORT and $PROTO from, or
// a substituted command is longer than MaxCycleCommandLen.
var ErrCycleCommand = errors.New("could not build the command")

// CycleVars are the values a command cycle's $VARIABLES take for one
// accepted packet. Nothing else from the packet reaches the command.
type CycleVars struct {
	AllowIP  netip.Addr    // $IP and $SRC: the address access is for
	PacketIP netip.Addr    // $PKT_SRC: the packet's source address
	DestIP   netip.Addr    // $DST: the packet's destination address
	Port     spa.ProtoPort // $PORT and $PROTO (as its IP protocol number)
	// Timestamp is the message's timestamp in Unix seconds; $TIMEOUT is
	// Timestamp plus Timeout.
	Timestamp int64
	Timeout   time.Duration // $CLIENT_TIMEOUT, in seconds
}

// ExpandCycle substitutes v into a CMD_CYCLE_OPEN or CMD_CYCLE_CLOSE
// command as the stock daemon's build_cmd does: a '$' followed by IP, SRC,
// PKT_SRC, DST, PORT, PROTO, TIMEOUT or CLIENT_TIMEOUT becomes the value
// (the name is matched as a prefix, so "$IPs" is the address then "s");
// any other '$' is dropped and the text after it kept ("$HOME" gives
// "HOME"). A result longer than MaxCycleCommandLen is an error, where the
// stock daemon refuses a literal text that long but silently cuts one that
// substitution made long.
func ExpandCycle(cmd string, v CycleVars) (string, error) {
	secs := int64(v.Timeout / time.Second)
	vars := [...]struct{ name, value string }{
		{"IP", addrText(v.AllowIP)},
		{"SRC", addrText(v.AllowIP)},
		{"PKT_SRC", addrText(v.PacketIP)},
		{"DST", addrText(v.DestIP)},
		{"PORT", strconv.Itoa(int(v.Port.Port))},
		{"PROTO", strconv.Itoa(int(protoNumber(v.Port.Proto)))},
		{"TIMEOUT", strconv.FormatInt(v.Timestamp+secs, 10)},
		{"CLIENT_TIMEOUT", strconv.FormatInt(secs, 10)},
	}
	var b strings.Builder
	for i := 0; i < len(cmd); i++ {
		if cmd[i] != '$' {
			b.WriteByte(cmd[i])
			continue
		}
		for _, vr := range vars {
			if strings.HasPrefix(cmd[i+1:], vr.name) {
				b.WriteString(vr.value)
				i += len(vr.name)
				break
			}
		}
	}
	if b.Len() > MaxCycleCommandLen {
		return "", fmt.Errorf("%w: %d bytes once substituted, more than %d", ErrCycleCommand, b.Len(), MaxCycleCommandLen)
	}
	return b.String(), nil
}

// addrText is an address as the stock daemon prints it; the empty string
// when it is not known.
func addrText(a netip.Addr) string {
	if !a.IsValid() {
		return ""
	}
	return a.Unmap().WithZone("").String()
}

// cycleTimeout is how long a cycle lasts: the client's timeout, else
// CMD_CYCLE_TIMER. Unlike an Open's, the client's timeout is not clamped
// to MAX_FW_TIMEOUT: the stock daemon does not.
func cycleTimeout(cfg *config.Stanza, m *spa.Message) time.Duration {
	if m.ClientTimeout > 0 {
		return time.Duration(m.ClientTimeout) * time.Second
	}
	return cfg.CmdCycleTimer
}

// cycle is cmd_cycle_open(): the stanza's CMD_CYCLE_OPEN and (unless it is
// NONE) CMD_CYCLE_CLOSE built for this packet from the first proto/port it
// asks. As in the stock daemon, no port is checked against OPEN_PORTS, and
// a cycle that cannot be built (a command message, which has no port list;
// a command too long) fails this stanza, so the next one is tried.
func (p *packetState) cycle(cfg *config.Stanza, d Decision) (Decision, bool) {
	fail := func(err error) (Decision, bool) {
		d.stage, d.Reason, d.Err = stagePorts, CycleNotBuilt, err
		return d, false
	}
	m := d.Message
	if m.Type == spa.CommandMsg || len(d.Ports) == 0 {
		return fail(fmt.Errorf("%w: a command message has no proto/port for CMD_CYCLE_OPEN", ErrCycleCommand))
	}
	d.Action, d.Timeout = Cycle, cycleTimeout(cfg, m)
	v := CycleVars{AllowIP: d.AllowIP, PacketIP: p.src, DestIP: p.dst, Port: d.Ports[0],
		Timestamp: m.Timestamp, Timeout: d.Timeout}
	var err error
	if d.CycleOpen, err = ExpandCycle(cfg.CmdCycleOpen, v); err != nil {
		return fail(fmt.Errorf("CMD_CYCLE_OPEN: %w", err))
	}
	if strings.HasPrefix(cfg.CmdCycleClose, "NONE") { // as the stock: a prefix
		return accept(d)
	}
	if d.CycleClose, err = ExpandCycle(cfg.CmdCycleClose, v); err != nil {
		return fail(fmt.Errorf("CMD_CYCLE_CLOSE: %w", err))
	}
	return accept(d)
}

package access

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

var cycleVars = CycleVars{
	AllowIP:   netip.MustParseAddr("203.0.113.5"),
	PacketIP:  netip.MustParseAddr("::ffff:198.51.100.7"),
	DestIP:    netip.MustParseAddr("198.51.100.1"),
	Port:      spa.ProtoPort{Proto: "udp", Port: 53},
	Timestamp: 1795563500,
	Timeout:   45 * time.Second,
}

func TestExpandCycle(t *testing.T) {
	tests := []struct{ cmd, want string }{
		{"x $IP y", "x 203.0.113.5 y"},
		{"$SRC", "203.0.113.5"},
		{"$PKT_SRC", "198.51.100.7"}, // IPv4-mapped shown as IPv4
		{"$DST", "198.51.100.1"},
		{"$PORT", "53"},
		{"$PROTO", "17"},
		{"$TIMEOUT", "1795563545"},
		{"$CLIENT_TIMEOUT", "45"},
		{"/sbin/ipset add allow $IP,$PROTO:$PORT timeout $CLIENT_TIMEOUT", "/sbin/ipset add allow 203.0.113.5,17:53 timeout 45"},
		// Names match as prefixes, with no word boundary.
		{"$IPs $PORTAL $SRCX", "203.0.113.5s 53AL 203.0.113.5X"},
		// An unknown variable loses its '$' and keeps its name, as in
		// the stock's build_cmd; so does a lone or trailing '$'.
		{"echo $HOME $ip $", "echo HOME ip "},
		{"$$IP", "203.0.113.5"},
		{"$I", "I"},
		{"no variables", "no variables"},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := ExpandCycle(tt.cmd, cycleVars)
		if err != nil || got != tt.want {
			t.Errorf("ExpandCycle(%q) = %q, %v; want %q", tt.cmd, got, err, tt.want)
		}
	}
	v := cycleVars
	v.Port.Proto, v.DestIP = "tcp", netip.Addr{}
	if got, _ := ExpandCycle("$PROTO [$DST]", v); got != "6 []" {
		t.Errorf("tcp and no destination: %q", got)
	}
}

func TestExpandCycleLimit(t *testing.T) {
	// 255 bytes is the most CMD_CYCLE_BUFSIZE (256) holds.
	fits := strings.Repeat("a", MaxCycleCommandLen-len("203.0.113.5")) + "$IP"
	if got, err := ExpandCycle(fits, cycleVars); err != nil || len(got) != MaxCycleCommandLen {
		t.Fatalf("%d bytes once substituted: %d, %v", MaxCycleCommandLen, len(got), err)
	}
	for _, cmd := range []string{"a" + fits, strings.Repeat("b", MaxCycleCommandLen+1)} {
		if got, err := ExpandCycle(cmd, cycleVars); !errors.Is(err, ErrCycleCommand) || got != "" {
			t.Errorf("%d bytes: %q, %v; want ErrCycleCommand", len(cmd), got, err)
		}
	}
}

const cycleConf = "CMD_CYCLE_OPEN /usr/bin/touch /run/open-$IP-$PORT-$PROTO-$TIMEOUT\n" +
	"CMD_CYCLE_CLOSE /usr/bin/touch /run/close-$SRC-$PKT_SRC-$DST-$CLIENT_TIMEOUT\n" +
	"CMD_CYCLE_TIMER 90\n"

func TestCycle(t *testing.T) {
	tests := []struct {
		name      string
		extra     string
		edit      func(*spa.Message)
		timeout   time.Duration
		open, end string
	}{
		{name: "timer", timeout: 90 * time.Second, edit: ports("udp/53,tcp/22"),
			open: "/usr/bin/touch /run/open-198.51.100.7-53-17-1795563590",
			end:  "/usr/bin/touch /run/close-198.51.100.7-198.51.100.7-198.51.100.1-90"},
		// The client's timeout wins over the timer and, as in the stock,
		// is not clamped to MAX_FW_TIMEOUT; no port is checked.
		{name: "client timeout", extra: "MAX_FW_TIMEOUT 60\nOPEN_PORTS tcp/80\n", timeout: 600 * time.Second,
			edit: func(m *spa.Message) { m.Type, m.ClientTimeout = spa.ClientTimeoutAccessMsg, 600 },
			open: "/usr/bin/touch /run/open-198.51.100.7-22-6-1795564100",
			end:  "/usr/bin/touch /run/close-198.51.100.7-198.51.100.7-198.51.100.1-600"},
		{name: "allow any", timeout: 90 * time.Second, edit: allowAny,
			open: "/usr/bin/touch /run/open-203.0.113.9-22-6-1795563590",
			end:  "/usr/bin/touch /run/close-203.0.113.9-203.0.113.9-198.51.100.1-90"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, _ := judge(t, "SOURCE ANY\n"+keysA+cycleConf+tt.extra, "", aging)
			src := clientIP
			if tt.name == "allow any" {
				src = netip.MustParseAddr("203.0.113.9")
			}
			d := j.Decide(sealA(t, tt.edit), src, serverIP, t0)
			if !d.Accept || d.Action != Cycle || len(d.Grants) != 0 {
				t.Fatalf("accept=%v %q (%v) action %v grants %v", d.Accept, d.Reason, d.Err, d.Action, d.Grants)
			}
			if d.Timeout != tt.timeout || d.CycleOpen != tt.open || d.CycleClose != tt.end {
				t.Errorf("timeout %v open %q close %q\nwant %v %q %q", d.Timeout, d.CycleOpen, d.CycleClose, tt.timeout, tt.open, tt.end)
			}
		})
	}
}

func TestCycleCloseNone(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"CMD_CYCLE_OPEN /usr/bin/true $IP\nCMD_CYCLE_CLOSE NONE\n", "", aging)
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if !d.Accept || d.CycleOpen != "/usr/bin/true 198.51.100.7" || d.CycleClose != "" || d.Timeout != 0 {
		t.Fatalf("%+v", d)
	}
}

// TestCycleNotBuilt: a cycle that cannot be built fails its stanza, and the
// next stanza is tried, as in the stock daemon.
func TestCycleNotBuilt(t *testing.T) {
	long := "CMD_CYCLE_OPEN /usr/bin/true " + strings.Repeat("$IP", 25) + "\nCMD_CYCLE_CLOSE NONE\n"
	longClose := "CMD_CYCLE_OPEN /usr/bin/true\nCMD_CYCLE_TIMER 5\nCMD_CYCLE_CLOSE /usr/bin/true " + strings.Repeat("$DST", 25) + "\n"
	for _, c := range []struct {
		name, stanza string
		edit         func(*spa.Message)
	}{
		{"command message", cycleConf + "ENABLE_CMD_EXEC Y\n", command},
		{"open too long", long, nil},
		{"close too long", longClose, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			j, _ := judge(t, "SOURCE ANY\n"+keysA+c.stanza, "", aging)
			d := j.Decide(sealA(t, edits(c.edit)...), clientIP, serverIP, t0)
			if d.Accept || d.Reason != CycleNotBuilt || !errors.Is(d.Err, ErrCycleCommand) {
				t.Fatalf("accept=%v %q (%v), want %s", d.Accept, d.Reason, d.Err, CycleNotBuilt)
			}
			j, _ = judge(t, "SOURCE ANY\n"+keysA+c.stanza+"\nSOURCE ANY\n"+keysA+"ENABLE_CMD_EXEC Y\n", "", aging)
			if d = j.Decide(sealA(t, edits(c.edit)...), clientIP, serverIP, t0); !d.Accept || d.Stanza.Num != 2 {
				t.Fatalf("the next stanza was not tried: %q (%v)", d.Reason, d.Err)
			}
		})
	}
}

func edits(e func(*spa.Message)) []func(*spa.Message) {
	if e == nil {
		return nil
	}
	return []func(*spa.Message){e}
}

package lockdown

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa"
)

func stepsText(steps []step) []string {
	var out []string
	for _, s := range steps {
		out = append(out, s.String())
	}
	return out
}

const (
	est      = "-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"
	lo       = "-i lo -j ACCEPT"
	drop22   = "-p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j DROP"
	dropU53  = "-p udp -m udp --dport 53 -j DROP"
	grantJmp = "-j FWKNOP_INPUT"
	ourJmp   = "-j SESAME_LOCKDOWN"
)

func TestPlanLockdown(t *testing.T) {
	ssh := []spa.ProtoPort{{Proto: "tcp", Port: 22}}
	sshDNS := []spa.ProtoPort{{Proto: "tcp", Port: 22}, {Proto: "udp", Port: 53}}
	build := []string{
		"iptables -t filter -N SESAME_LOCKDOWN",
		"iptables -t filter -A SESAME_LOCKDOWN " + lo,
		"iptables -t filter -A SESAME_LOCKDOWN " + est,
		"iptables -t filter -A SESAME_LOCKDOWN " + drop22,
	}
	tests := []struct {
		name  string
		st    state
		ports []spa.ProtoPort
		want  []string
	}{
		{"fresh, no grant chain: jump first", state{input: []string{"-s 203.0.113.9/32 -j ACCEPT"}}, ssh,
			append(slices.Clone(build), "iptables -t filter -I INPUT 1 -j SESAME_LOCKDOWN")},
		{"fresh, after the grant jump", state{input: []string{grantJmp, "-p tcp -m tcp --dport 22 -j ACCEPT"}}, ssh,
			append(slices.Clone(build), "iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN")},
		{"grant jump not first", state{input: []string{"-s 203.0.113.9/32 -j ACCEPT", grantJmp}}, ssh,
			append(slices.Clone(build), "iptables -t filter -I INPUT 3 -j SESAME_LOCKDOWN")},
		{"in place", state{chainExists: true, chain: []string{lo, est, drop22}, input: []string{grantJmp, ourJmp}}, ssh, nil},
		{"jump before the grant jump is moved", state{chainExists: true, chain: []string{lo, est, drop22}, input: []string{ourJmp, grantJmp}}, ssh,
			[]string{"iptables -t filter -D INPUT -j SESAME_LOCKDOWN", "iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN"}},
		{"jump missing", state{chainExists: true, chain: []string{lo, est, drop22}, input: []string{grantJmp}}, ssh,
			[]string{"iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN"}},
		{"duplicate jumps", state{chainExists: true, chain: []string{lo, est, drop22}, input: []string{grantJmp, ourJmp, ourJmp}}, ssh,
			[]string{"iptables -t filter -D INPUT -j SESAME_LOCKDOWN", "iptables -t filter -D INPUT -j SESAME_LOCKDOWN", "iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN"}},
		{"other ports: rebuilt with the jump out", state{chainExists: true, chain: []string{lo, est, drop22}, input: []string{grantJmp, ourJmp}}, sshDNS,
			[]string{
				"iptables -t filter -D INPUT -j SESAME_LOCKDOWN",
				"iptables -t filter -F SESAME_LOCKDOWN",
				"iptables -t filter -A SESAME_LOCKDOWN " + lo,
				"iptables -t filter -A SESAME_LOCKDOWN " + est,
				"iptables -t filter -A SESAME_LOCKDOWN " + drop22,
				"iptables -t filter -A SESAME_LOCKDOWN " + dropU53,
				"iptables -t filter -I INPUT 2 -j SESAME_LOCKDOWN",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planLockdown("iptables", tt.st, wantRules(tt.ports), DefaultGrantChain)
			if got := stepsText(p); !slices.Equal(got, tt.want) {
				t.Errorf("steps:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			assertSafeOrder(t, p)
		})
	}
}

// assertSafeOrder checks the promise that no drop is added while the chain
// is jumped to without its accept rules, and that the conntrack check runs
// before the first drop.
func assertSafeOrder(t *testing.T, steps []step) {
	t.Helper()
	checked := false
	for _, s := range steps {
		txt := s.String()
		if s.keepsEstablished() {
			checked = true
		}
		if (strings.HasSuffix(txt, "-j DROP") || strings.Contains(txt, " drop comment ")) && !checked {
			t.Errorf("drop %q added before the conntrack check", txt)
		}
	}
}

func TestPlanUndo(t *testing.T) {
	got := stepsText(planUndo("ip6tables", state{chainExists: true, chain: []string{lo}, input: []string{grantJmp, ourJmp}}))
	want := []string{
		"ip6tables -t filter -D INPUT -j SESAME_LOCKDOWN",
		"ip6tables -t filter -F SESAME_LOCKDOWN",
		"ip6tables -t filter -X SESAME_LOCKDOWN",
	}
	if !slices.Equal(got, want) {
		t.Errorf("steps %q, want %q", got, want)
	}
	if got := planUndo("iptables", state{input: []string{grantJmp}}); len(got) != 0 {
		t.Errorf("nothing to undo, got %q", stepsText(got))
	}
}

func TestParsePorts(t *testing.T) {
	good := map[string]string{"tcp/22": "tcp/22", "tcp/22,udp/53": "tcp/22,udp/53", "tcp/22,tcp/22": "tcp/22"}
	for in, want := range good {
		pp, err := parsePorts(in)
		if err != nil || portList(pp) != want {
			t.Errorf("parsePorts(%q) = %v, %v; want %s", in, pp, err, want)
		}
	}
	for _, in := range []string{"", "22", "icmp/0", "tcp/0", "tcp/70000", "sctp/22", "tcp/22;x"} {
		if _, err := parsePorts(in); !errors.Is(err, ErrPorts) {
			t.Errorf("parsePorts(%q) error %v, want ErrPorts", in, err)
		}
	}
}

func TestConfirm(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	tests := []struct {
		name string
		opts Options
		want error
	}{
		{"yes flag", Options{Yes: true}, nil},
		{"no stdin", Options{}, ErrNeedYes},
		{"stdin not a terminal", Options{In: devnull}, ErrNeedYes},
		{"answered y", Options{In: strings.NewReader("y\n")}, nil},
		{"answered YES", Options{In: strings.NewReader(" YES \n")}, nil},
		{"answered n", Options{In: strings.NewReader("n\n")}, ErrDeclined},
		{"empty answer", Options{In: strings.NewReader("\n")}, ErrDeclined},
		{"end of input", Options{In: strings.NewReader("")}, ErrDeclined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			tt.opts.Out = &out
			if err := confirm(tt.opts); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("confirm = %v, want %v", err, tt.want)
			}
		})
	}
}

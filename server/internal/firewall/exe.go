package firewall

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/coreos/go-iptables/iptables"
)

// ErrNotIPTables: a program named as the iptables command that is not one
// (FIREWALL_EXE pointing at iptables-save, a shell, a missing file).
var ErrNotIPTables = errors.New("firewall: no usable iptables program")

// IP6TablesFor returns the ip6tables program that goes with the iptables
// program exe: the same directory, with "iptables" at the start of the base
// name replaced by "ip6tables" (/usr/sbin/iptables-legacy ->
// /usr/sbin/ip6tables-legacy, /sbin/iptables -> /sbin/ip6tables). A bare
// name stays bare (looked up in PATH). It fails when the base name does not
// start with "iptables", as no counterpart can be told then.
func IP6TablesFor(exe string) (string, error) {
	dir, base := filepath.Split(exe)
	rest, ok := strings.CutPrefix(base, "iptables")
	if !ok {
		return "", fmt.Errorf("%w: %s: no ip6tables counterpart can be derived from a name that does not start with \"iptables\"", ErrNotIPTables, exe)
	}
	return dir + "ip6tables" + rest, nil
}

// Programs are the commands the iptables backend runs.
type Programs struct {
	IPv4 string
	IPv6 string // "" when NoIPv6 says why there is none
	// Mode4 and Mode6 are the tables each program works on, as its
	// --version says: "legacy" or "nf_tables". /usr/sbin/iptables is a
	// Debian alternatives link, so only this tells which.
	Mode4, Mode6 string
	// NoIPv6 is why IPv6 grants cannot be made: the counterpart of IPv4
	// is missing or is not an ip6tables program.
	NoIPv6 error
}

func (p Programs) String() string {
	v4 := p.IPv4 + " (" + p.Mode4 + ")"
	if p.NoIPv6 != nil {
		return fmt.Sprintf("%s; no IPv6 grants: %v", v4, p.NoIPv6)
	}
	return v4 + ", " + p.IPv6 + " (" + p.Mode6 + ")"
}

// FindPrograms checks that exe ("" for "iptables" in PATH) is an iptables
// program and finds its ip6tables counterpart. An unusable exe is an error;
// an unusable counterpart only sets NoIPv6. It runs each with --version
// and changes nothing.
func FindPrograms(exe string) (Programs, error) {
	if exe == "" {
		exe = "iptables"
	}
	var p Programs
	var err error
	if p.IPv4, p.Mode4, err = checkProgram(exe, "iptables"); err != nil {
		return p, err
	}
	v6, err := IP6TablesFor(exe)
	if err == nil {
		v6, p.Mode6, err = checkProgram(v6, "ip6tables")
	}
	if err != nil {
		p.NoIPv6 = fmt.Errorf("no ip6tables beside %s: %w", p.IPv4, err)
		return p, nil
	}
	p.IPv6 = v6
	return p, nil
}

// versionTimeout bounds "--version" of a program that hangs.
const versionTimeout = 5 * time.Second

// checkProgram finds exe (a path, or a name in PATH) and checks that it is
// an executable whose --version starts with "name v" (iptables v1.8.9
// (legacy)), so that iptables-save, iptables-restore or an unrelated
// program is refused before any rule is written. It returns the path and
// the mode.
func checkProgram(exe, name string) (path, mode string, err error) {
	path, err = exec.LookPath(exe)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(err, exec.ErrNotFound):
		return "", "", fmt.Errorf("%w: %s does not exist", ErrNotIPTables, exe)
	case err != nil:
		return "", "", fmt.Errorf("%w: %s is not an executable: %v", ErrNotIPTables, exe, errors.Unwrap(err))
	}
	ctx, cancel := context.WithTimeout(context.Background(), versionTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	first, _, _ := strings.Cut(string(bytes.TrimSpace(out)), "\n")
	if err != nil || !strings.HasPrefix(first, name+" v") {
		return "", "", fmt.Errorf("%w: %s --version says %q (want %q)%s", ErrNotIPTables, path, first, name+" v...", errText(err))
	}
	return path, modeOf(first), nil
}

// modeOf reads the mode from a version line, "iptables v1.8.9 (nf_tables)";
// versions before 1.8 print none and are legacy, as go-iptables assumes.
func modeOf(version string) string {
	if i := strings.LastIndexByte(version, '('); i >= 0 {
		if m, ok := strings.CutSuffix(version[i+1:], ")"); ok && m != "" {
			return m
		}
	}
	return "legacy"
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return ": " + err.Error()
}

// Open returns go-iptables handles on p's programs; v6 is nil without IPv6.
func (p Programs) Open() (v4, v6 *iptables.IPTables, err error) {
	if v4, err = openFamily(p.IPv4, iptables.ProtocolIPv4); err != nil || p.IPv6 == "" {
		return v4, nil, err
	}
	v6, err = openFamily(p.IPv6, iptables.ProtocolIPv6)
	return v4, v6, err
}

func openFamily(path string, proto iptables.Protocol) (*iptables.IPTables, error) {
	ipt, err := iptables.New(iptables.IPFamily(proto), iptables.Timeout(5), iptables.Path(path))
	if err != nil {
		return nil, fmt.Errorf("firewall: %s: %w", path, err)
	}
	return ipt, nil
}

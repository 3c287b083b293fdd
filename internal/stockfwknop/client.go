package stockfwknop

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Require skips t when the stock programs are not installed, or fails it
// under CI.
func Require(t testing.TB) {
	t.Helper()
	for _, p := range []string{"fwknop", "fwknopd"} {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s not installed (CI must install fwknop-client and fwknop-server): %v", p, err)
			}
			t.Skipf("%s not installed (apt-get install fwknop-client fwknop-server): %v", p, err)
		}
	}
}

// Fields are the "Name: value" lines of a packet dump as the stock programs
// print them ("Random Value", "Username", "Message String", ...). Missing
// values read "<NULL>".
type Fields map[string]string

// parseDump reads the first "SPA Field Values" block of out.
func parseDump(lines []string) Fields {
	f := Fields{}
	in := false
	for _, l := range lines {
		if strings.Contains(l, "SPA Field Values:") {
			if in {
				break
			}
			in = true
			continue
		}
		if !in {
			continue
		}
		name, val, ok := strings.Cut(l, ": ")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.HasPrefix(name, "=") {
			if strings.TrimSpace(l) == "" && len(f) > 0 {
				break
			}
			continue
		}
		f[name] = strings.TrimSpace(val)
	}
	return f
}

// Build runs `fwknop --test -v` with args (plus -D 127.0.0.1 unless args
// name a destination) and returns the wire packet and the fields the
// client printed. HOME is a temporary folder so no rc file is read or
// written.
func Build(t testing.TB, args ...string) (string, Fields) {
	t.Helper()
	full := append([]string{"--test", "-v", "--no-save-args"}, args...)
	if !hasFlag(args, "-D", "--destination") {
		full = append(full, "-D", "127.0.0.1")
	}
	cmd := exec.Command("fwknop", full...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("fwknop %s: %v\n%s", redactArgs(full), err, out)
	}
	lines := splitLines(string(out))
	f := parseDump(lines)
	for _, l := range lines {
		if name, val, ok := strings.Cut(l, ": "); ok && strings.TrimSpace(name) == "Final SPA Data" {
			return strings.TrimSpace(val), f
		}
	}
	t.Fatalf("fwknop printed no packet:\n%s", out)
	return "", nil
}

func hasFlag(args []string, names ...string) bool {
	for _, a := range args {
		for _, n := range names {
			if a == n {
				return true
			}
		}
	}
	return false
}

// redactArgs hides the values of key options in failure messages.
func redactArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if i > 0 && strings.HasPrefix(args[i-1], "--key-") {
			out[i] = "<key>"
		}
	}
	return strings.Join(out, " ")
}

func splitLines(s string) []string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSplitCommand(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"id", []string{"id"}},
		{"  /usr/bin/touch\t/tmp/a  \n", []string{"/usr/bin/touch", "/tmp/a"}},
		{`touch "a b"`, []string{"touch", `"a`, `b"`}},
		{"id; rm -rf /", []string{"id;", "rm", "-rf", "/"}},
		{"echo $HOME `id` $(id) | cat > x & *", []string{"echo", "$HOME", "`id`", "$(id)", "|", "cat", ">", "x", "&", "*"}},
		{`a\ b`, []string{`a\`, "b"}},
		{"a\vb\fc\rd", []string{"a", "b", "c", "d"}},
		{"caf\u00e9\u00a0x", []string{"caf\u00e9\u00a0x"}}, // only ASCII white space separates
	}
	for _, tt := range tests {
		got, err := SplitCommand(tt.in)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("SplitCommand(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", " \t ", strings.Repeat("x ", MaxCommandArgs+1)} {
		if _, err := SplitCommand(bad); !errors.Is(err, ErrCommand) {
			t.Errorf("SplitCommand(%q) err = %v, want ErrCommand", bad, err)
		}
	}
}

func self(line string, timeout time.Duration) Command {
	return Command{Line: line, UID: uint32(os.Geteuid()), GID: uint32(os.Getegid()), Timeout: timeout}
}

// TestExecNoShell: shell syntax in a command reaches the program as
// literal arguments.
func TestExecNoShell(t *testing.T) {
	dir := t.TempDir()
	code, err := ExecRunner{}.Run(t.Context(), self("touch "+dir+"/$(id) "+dir+"/a;touch "+dir+"/b", 5*time.Second))
	if err != nil || code != 0 {
		t.Fatalf("Run = %d, %v", code, err)
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if want := []string{"$(id)", "a;touch", "b"}; !slices.Equal(names, want) {
		t.Fatalf("files %q, want %q", names, want)
	}
}

func TestExecExitCodeAndTimeout(t *testing.T) {
	if code, err := (ExecRunner{}).Run(t.Context(), self("false", 5*time.Second)); err != nil || code != 1 {
		t.Errorf("false: %d, %v", code, err)
	}
	start := time.Now()
	_, err := ExecRunner{}.Run(t.Context(), self("sleep 30", 200*time.Millisecond))
	if !errors.Is(err, ErrCommand) || !strings.Contains(err.Error(), "killed") {
		t.Errorf("sleep past the timeout: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("timeout took %s", d)
	}
	if _, err := (ExecRunner{}).Run(t.Context(), self("/no/such/program", time.Second)); !errors.Is(err, ErrCommand) {
		t.Errorf("missing program: %v", err)
	}
}

func TestExecAsOtherUser(t *testing.T) {
	other := Command{Line: "id", UID: 65534, GID: 65534, Timeout: 5 * time.Second}
	if os.Geteuid() == 65534 {
		t.Skip("running as uid 65534 already")
	}
	if _, err := (ExecRunner{CanSwitchUser: false}).Run(t.Context(), other); !errors.Is(err, ErrCommand) {
		t.Errorf("without CAP_SETUID: %v, want ErrCommand", err)
	}
	if os.Geteuid() != 0 {
		t.Skip("switching user needs root (CAP_SETUID/CAP_SETGID)")
	}
	// Not t.TempDir: its parent is private to root.
	dir, err := os.MkdirTemp("", "fwknopd-exec-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o777)
	other.Line = "touch " + filepath.Join(dir, "x")
	if code, err := (ExecRunner{CanSwitchUser: true}).Run(t.Context(), other); err != nil || code != 0 {
		t.Fatalf("Run as 65534: %d, %v", code, err)
	}
	fi, err := os.Stat(filepath.Join(dir, "x"))
	if err != nil {
		t.Fatal(err)
	}
	if st := fi.Sys().(*syscall.Stat_t); st.Uid != 65534 || st.Gid != 65534 {
		t.Fatalf("file made by uid %d gid %d, want 65534", st.Uid, st.Gid)
	}
}

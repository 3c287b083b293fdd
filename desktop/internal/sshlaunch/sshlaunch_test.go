package sshlaunch

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestArgs(t *testing.T) {
	s := Settings{User: "alice", Port: 2222, Identity: "/home/a/.ssh/id_ed25519", Args: []string{"-o", "ServerAliveInterval=30"}}
	got := Args(s, "2001:db8::1", []string{"-v", "uptime"})
	want := []string{"-p", "2222", "-i", "/home/a/.ssh/id_ed25519", "-l", "alice", "-o", "ServerAliveInterval=30", "2001:db8::1", "-v", "uptime"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if got := Args(Settings{}, "host.example", nil); !reflect.DeepEqual(got, []string{"host.example"}) {
		t.Fatalf("zero settings: %q", got)
	}
	if (Settings{}).PortOr(22) != 22 || s.PortOr(22) != 2222 {
		t.Fatal("PortOr")
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"ssh":          "ssh",
		"/usr/bin/ssh": "/usr/bin/ssh",
		"a b":          "'a b'",
		"it's":         `'it'\''s'`,
		"":             "''",
		"$HOME":        "'$HOME'",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func fakeLook(found ...string) func(string) (string, error) {
	return func(name string) (string, error) {
		for _, f := range found {
			if f == name {
				return "/usr/bin/" + name, nil
			}
		}
		return "", exec.ErrNotFound
	}
}

func TestUnixTerminal(t *testing.T) {
	argv := []string{"ssh", "-l", "alice", "host.example"}
	tests := []struct {
		name     string
		terminal string
		found    []string
		want     []string
	}{
		{"$TERMINAL wins", "alacritty", []string{"alacritty", "xterm"}, []string{"/usr/bin/alacritty", "-e", "ssh", "-l", "alice", "host.example"}},
		{"$TERMINAL missing", "nope", []string{"xterm"}, []string{"/usr/bin/xterm", "-e", "ssh", "-l", "alice", "host.example"}},
		{"debian alternative first", "", []string{"x-terminal-emulator", "gnome-terminal"}, []string{"/usr/bin/x-terminal-emulator", "-e", "ssh", "-l", "alice", "host.example"}},
		{"gnome", "", []string{"gnome-terminal", "xterm"}, []string{"/usr/bin/gnome-terminal", "--", "ssh", "-l", "alice", "host.example"}},
		{"konsole", "", []string{"konsole"}, []string{"/usr/bin/konsole", "-e", "ssh", "-l", "alice", "host.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := Env{Getenv: func(string) string { return tt.terminal }, LookPath: fakeLook(tt.found...)}
			cmd, err := unixTerminal(argv, env)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(cmd.Args, tt.want) {
				t.Fatalf("got %q, want %q", cmd.Args, tt.want)
			}
		})
	}
	_, err := unixTerminal(argv, Env{Getenv: func(string) string { return "" }, LookPath: fakeLook()})
	if !errors.Is(err, ErrNoTerminal) {
		t.Fatalf("no terminal: %v", err)
	}
}

func TestMacTerminal(t *testing.T) {
	cmd := macTerminal([]string{"ssh", "-i", `/Users/a/my "key"`, "host"})
	if cmd.Args[0] != "osascript" || cmd.Args[1] != "-e" {
		t.Fatalf("%q", cmd.Args)
	}
	if want := `do script "ssh -i '/Users/a/my \"key\"' host"`; !strings.Contains(cmd.Args[2], want) {
		t.Fatalf("script %s lacks %s", cmd.Args[2], want)
	}
}

func TestWindowsTerminal(t *testing.T) {
	argv := []string{"ssh", "host"}
	if got := windowsTerminal(argv, Env{LookPath: fakeLook("wt.exe")}).Args; !reflect.DeepEqual(got, []string{"/usr/bin/wt.exe", "new-tab", "--", "ssh", "host"}) {
		t.Fatalf("wt: %q", got)
	}
	if got := windowsTerminal(argv, Env{LookPath: fakeLook()}).Args; got[0] != "cmd.exe" || got[len(got)-1] != "host" {
		t.Fatalf("console: %q", got)
	}
}

// The block is a config that OpenSSH itself reads as intended.
func TestConfigBlockWithSSH(t *testing.T) {
	block := ConfigBlock("web1", "2001:db8::1", Settings{User: "alice", Port: 2222, Identity: "/home/alice/my keys/id"}, "/opt/se same/sesame")
	ssh, err := exec.LookPath("ssh")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("ssh (openssh-client) is not installed; scripts/install-deps.sh installs it")
		}
		t.Skip("ssh (openssh-client) is not installed: cannot check the block with ssh -G")
	}
	file := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(file, []byte(block), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(ssh, "-G", "-F", file, "web1").CombinedOutput()
	if err != nil {
		t.Fatalf("ssh -G: %v\n%s\n%s", err, out, block)
	}
	for _, want := range []string{
		"hostname 2001:db8::1\n", "port 2222\n", "user alice\n", "identityfile /home/alice/my keys/id\n",
		"proxycommand '/opt/se same/sesame' proxy web1 %h %p\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("ssh -G lacks %q:\n%s", want, out)
		}
	}
}

func TestRelay(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // an echo server
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(c, c)
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	payload := bytes.Repeat([]byte("SSH-2.0-test\r\n"), 1000)
	var out bytes.Buffer
	if err := Relay(conn, bytes.NewReader(payload), &out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), payload) {
		t.Fatalf("relayed %d bytes, want %d", out.Len(), len(payload))
	}
}

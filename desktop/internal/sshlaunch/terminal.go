package sshlaunch

import (
	"errors"
	"os"
	"os/exec"
	"strings"
)

// ErrNoTerminal: no terminal program was found to run ssh in.
var ErrNoTerminal = errors.New("no terminal program found")

// Env is what choosing a terminal reads from the system.
type Env struct {
	Getenv   func(string) string
	LookPath func(string) (string, error)
}

func osEnv() Env {
	return Env{Getenv: os.Getenv, LookPath: exec.LookPath}
}

// unixTerminals are tried in order after $TERMINAL. Each takes the command
// to run after its flag, as separate arguments.
var unixTerminals = []struct{ name, flag string }{
	{"x-terminal-emulator", "-e"}, // Debian's choice of the user's terminal
	{"gnome-terminal", "--"},
	{"konsole", "-e"},
	{"xfce4-terminal", "-x"},
	{"xterm", "-e"},
}

// unixTerminal returns a command opening the user's terminal on a Linux or
// BSD desktop: $TERMINAL (run as `$TERMINAL -e argv...`, the convention
// those terminals share), else the first of unixTerminals found.
func unixTerminal(argv []string, env Env) (*exec.Cmd, error) {
	if t := strings.TrimSpace(env.Getenv("TERMINAL")); t != "" {
		if path, err := env.LookPath(t); err == nil {
			return exec.Command(path, append([]string{"-e"}, argv...)...), nil
		}
	}
	for _, t := range unixTerminals {
		if path, err := env.LookPath(t.name); err == nil {
			return exec.Command(path, append([]string{t.flag}, argv...)...), nil
		}
	}
	return nil, errors.Join(ErrNoTerminal, errors.New("set $TERMINAL or install xterm"))
}

// macTerminal returns a command making Terminal.app open a window running
// argv. The command travels as AppleScript text: it holds no secret, as
// argv never does.
func macTerminal(argv []string) *exec.Cmd {
	script := `tell application "Terminal"
	activate
	do script "` + appleEscape(shellJoin(argv)) + `"
end tell`
	return exec.Command("osascript", "-e", script)
}

func appleEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// windowsTerminal returns a command opening Windows Terminal running argv,
// or a new console window where Windows Terminal is not installed.
func windowsTerminal(argv []string, env Env) *exec.Cmd {
	if path, err := env.LookPath("wt.exe"); err == nil {
		return exec.Command(path, append([]string{"new-tab", "--"}, argv...)...)
	}
	// start's first quoted argument is the window title.
	return exec.Command("cmd.exe", append([]string{"/c", "start", "sesame ssh"}, argv...)...)
}

// TerminalSSH returns a command that opens the user's terminal running ssh
// to host with the settings s (the GUI's "Open SSH", after the knock).
func TerminalSSH(s Settings, host string) (*exec.Cmd, error) {
	return Terminal(append([]string{"ssh"}, Args(s, host, nil)...))
}

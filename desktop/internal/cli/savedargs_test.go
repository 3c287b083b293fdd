package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The command line is saved in ~/.fwknop.run as the stock client saves
// it (0600), --show-last prints it, -l runs it again, --no-save-args and
// -E change where or whether it goes; the stock client runs Sesame's
// saved line.
func TestSavedArgs(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"HOME": home}
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		st := Knock(args, testSystem(&out, &errOut, env))
		return st, out.String(), errOut.String()
	}
	knock := []string{"-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "secret1", "-T"}
	if st, _, errOut := run(knock...); st != 0 {
		t.Fatalf("knock: %d %s", st, errOut)
	}
	runFile := filepath.Join(home, ".fwknop.run")
	data, err := os.ReadFile(runFile)
	want := "fwknop " + strings.Join(knock, " ") + " \n"
	if err != nil || string(data) != want {
		t.Fatalf(".fwknop.run = %q, %v; want %q", data, err, want)
	}
	if st, _ := os.Stat(runFile); st.Mode().Perm() != 0o600 {
		t.Errorf(".fwknop.run mode %04o", st.Mode().Perm())
	}
	if st, out, _ := run("--show-last"); st != 0 || out != "Last fwknop client command line: "+want+"\n" {
		t.Errorf("--show-last: %d %q", st, out)
	}
	if st, out, errOut := run("-l", "-v"); st != 0 || !strings.Contains(out, "Message String: 198.51.100.7,tcp/22") || !strings.Contains(errOut, "Executing: fwknop -A") {
		t.Errorf("-l: %d %q %q", st, out, errOut)
	}
	if st, _, _ := run(append([]string{"--no-save-args", "-D", "203.0.113.5"}, knock...)...); st != 0 {
		t.Fatal("--no-save-args failed")
	}
	if data, _ := os.ReadFile(runFile); string(data) != want {
		t.Errorf("--no-save-args changed .fwknop.run: %q", data)
	}
	other := filepath.Join(home, "args")
	if st, _, _ := run(append([]string{"-E", other}, knock...)...); st != 0 {
		t.Fatal("-E failed")
	}
	if data, _ := os.ReadFile(other); !strings.HasPrefix(string(data), "fwknop -E "+other+" -A") {
		t.Errorf("-E file: %q", data)
	}
	if st, _, errOut := run("-l", "-E", filepath.Join(home, "none")); st != 2 || !strings.Contains(errOut, "could not open the args file") {
		t.Errorf("-l without a file: %d %q", st, errOut)
	}
	stock, err := exec.LookPath("fwknop")
	if err != nil {
		t.Skip("no stock fwknop client")
	}
	cmd := exec.Command(stock, "-l")
	cmd.Env = []string{"HOME=" + home, "PATH=/usr/bin:/bin"}
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "Message String: 198.51.100.7,tcp/22") {
		t.Errorf("stock fwknop -l of sesame's line: %v\n%s", err, out)
	}
}

// TestSavedArgsTooLong: a command line longer than the stock client saves
// is refused in its words (fwknop's suite: "save args too long"), nothing
// is sent, and the saved line stays as it was.
func TestSavedArgsTooLong(t *testing.T) {
	home := t.TempDir()
	file := filepath.Join(home, "args")
	if err := os.WriteFile(file, []byte("fwknop -A tcp/22 \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"-E", file, "-a", "198.51.100.7", "--key-rijndael", "secret1", "-T"}
	for range 300 {
		args = append(args, "-A", "tcp/22")
	}
	var out, errOut bytes.Buffer
	st := Knock(args, testSystem(&out, &errOut, map[string]string{"HOME": home}))
	if st == 0 || !strings.Contains(errOut.String(), "argument string too long, exiting.") || out.Len() != 0 {
		t.Errorf("status %d, stdout %q, stderr %q", st, out.String(), errOut.String())
	}
	if data, _ := os.ReadFile(file); string(data) != "fwknop -A tcp/22 \n" {
		t.Errorf("the saved line became %q", data)
	}
}

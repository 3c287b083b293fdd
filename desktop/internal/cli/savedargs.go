package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// The stock client saves each command line it accepts in ~/.fwknop.run
// (or the -E file), so that -l runs it again and --show-last prints it.
// The file is the stock's: one line, "fwknop" and the arguments joined by
// spaces, mode 0600; so either client runs the other's last command. As
// in the stock client, an argument with a space in it comes back as two
// (the format has no quoting), and the file holds any key given on the
// command line, as the command line itself did.

// savedArgsFile is where the saved arguments live: -E's path, else
// ~/.fwknop.run; "" when there is no home folder to put it in.
func (c *knockCmd) savedArgsFile(sys *System) string {
	if c.argsFile != "" {
		return c.argsFile
	}
	if home := sys.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".fwknop.run")
	}
	return ""
}

// maxSavedArgs bounds what -l and --show-last read (the stock's
// MAX_LINE_LEN is 1024; this leaves room for longer lines of our own).
const maxSavedArgs = 64 << 10

// readSavedArgs reads the saved line, which must be the user's own file
// that only they can read or change (it may hold a key).
func readSavedArgs(path string) (string, error) {
	if path == "" {
		return "", usageErr("Unable to determine args save file: no home folder for ~/.fwknop.run; give -E FILE")
	}
	fh, err := os.Open(path)
	if err != nil {
		return "", usageErr("could not open the args file: %v", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return "", usageErr("args file: %v", err)
	}
	if !st.Mode().IsRegular() {
		return "", usageErr("args file %s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(fh, maxSavedArgs))
	if err != nil {
		return "", usageErr("args file %s: %v", path, err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	if strings.TrimSpace(line) == "" {
		return "", usageErr("could not read a line from the args file %s", path)
	}
	return line, nil
}

// warnLoose says, as the stock client, that a file others may read
// should be 0600.
func warnLoose(sys *System, path string) {
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(sys.Stderr, "sesame knock: warning: %s: mode %04o lets other users read it; run: chmod 600 %s\n", path, st.Mode().Perm(), path)
	}
}

// lastArgs are the arguments of the saved line for -l: its words, less
// the program name.
func lastArgs(line string) ([]string, error) {
	words := strings.Fields(line)
	if len(words) > 0 && !strings.HasPrefix(words[0], "-") {
		words = words[1:]
	}
	for _, w := range words {
		if w == "-l" || w == "--last-cmd" {
			return nil, usageErr("the saved command line runs -l itself")
		}
	}
	return words, nil
}

// maxArgsSaved is how many bytes of arguments (the program's name
// included, blanks not counted) the stock client saves: MAX_PATH_LEN less
// its terminating NUL. It refuses a longer command line and exits.
const maxArgsSaved = 1023

// saveArgs writes args as the saved line, replacing the file in one step
// (a temporary file renamed over it), mode 0600. A command line longer
// than the stock saves is refused in its words, before anything is sent;
// unlike the stock, which has emptied the file by then, the saved line
// stays as it was.
func saveArgs(path string, args []string) error {
	n := len("fwknop")
	for _, a := range args {
		n += len(a)
	}
	if n > maxArgsSaved {
		return fmt.Errorf("argument string too long, exiting.: %d bytes of arguments, at most %d are saved (%s kept as it was; --no-save-args sends without saving)", n, maxArgsSaved, path)
	}
	line := "fwknop " + strings.Join(args, " ") + " \n"
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fwknop.run.*")
	if err != nil {
		return fmt.Errorf("saving the arguments: %v", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(line)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("saving the arguments in %s: %v", path, err)
	}
	return nil
}

// lastCommand is --show-last (print the saved line) and -l (run it).
func (c *knockCmd) lastCommand(ctx context.Context, sys *System) error {
	path := c.savedArgsFile(sys)
	line, err := readSavedArgs(path)
	if err != nil {
		return err
	}
	warnLoose(sys, path)
	if c.showLast {
		// The stock client prints the line with its own '\n' and then
		// another: a blank line follows.
		_, err := fmt.Fprintf(sys.Stdout, "Last fwknop client command line: %s\n\n", line)
		return err
	}
	args, err := lastArgs(line)
	if err != nil {
		return err
	}
	if c.verbose {
		fmt.Fprintf(sys.Stderr, "Executing: %s\n", line)
	}
	return runKnock(ctx, args, sys)
}

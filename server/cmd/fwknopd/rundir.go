package main

import (
	"fmt"
	"io"
	"os"
)

// checkRunDir makes sure FWKNOP_RUN_DIR is a directory before the
// firewall actions, as the stock's check_dir_path does before them: a
// missing one is created (0700, with its parents) and said so; a file in
// its place is refused in the stock's words. (The daemon itself makes its
// run directory when it starts.)
func checkRunDir(dir string, stderr io.Writer) error {
	fi, err := os.Stat(dir)
	switch {
	case err == nil && fi.IsDir():
		return nil
	case err == nil:
		return fmt.Errorf("Specified Run directory: %s is NOT a directory", dir)
	case !os.IsNotExist(err):
		return fmt.Errorf("Run directory %s: %w", dir, err)
	}
	fmt.Fprintf(stderr, "fwknopd: Run directory: %s does not exist. Attempting to create it.\n", dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("Unable to create Run directory: %w", err)
	}
	fmt.Fprintf(stderr, "fwknopd: Successfully created Run directory: %s\n", dir)
	return nil
}

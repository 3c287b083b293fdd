package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// maxPathLen is the stock's MAX_PATH_LEN: a longer path on the command line
// is refused before it is looked at.
const maxPathLen = 1024

// dirSetting checks a directory flag as the stock's is_valid_dir does when
// it parses the command line (--access-folder, --gpg-home-dir): a trailing
// '/' dropped, then too long, missing or not a directory is refused in the
// stock's words, so a typo fails at once and not at the first SPA packet.
func dirSetting(name, what string) func(*cmdline, string) error {
	return func(c *cmdline, v string) error {
		if len(v) > 1 {
			v = strings.TrimSuffix(v, "/")
		}
		if len(v) >= maxPathLen {
			return fmt.Errorf("Invalid %s directory: Provided path is too long (%d bytes, at most %d)", what, len(v), maxPathLen-1)
		}
		if why := notDir(v); why != "" {
			return fmt.Errorf("Invalid %s directory '%s' could not lstat(), does not exist, or too large? (%s)", what, v, why)
		}
		return setVar(name)(c, v)
	}
}

// notDir says why path is not a directory, "" when it is one.
func notDir(path string) string {
	fi, err := os.Stat(path)
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		return pe.Err.Error() // the path is in the message already
	case err != nil:
		return err.Error()
	case !fi.IsDir():
		return "not a directory"
	}
	return ""
}

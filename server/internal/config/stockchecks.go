package config

import "path/filepath"

// checkAbsolute refuses a relative path where the stock daemon does
// (FWKNOP_RUN_DIR: "Path '...' is not absolute."): a daemon's working
// directory is no place to keep its state.
func checkAbsolute(v string) error {
	if !filepath.IsAbs(v) {
		return badValue("path %s is not absolute", quote(v))
	}
	return nil
}

//go:build !cgo

package main

import (
	"os"
	"path/filepath"
)

// localeAvailable without libc: the locales every system has, and those
// compiled into their own folder under /usr/lib/locale.
func localeAvailable(name string) bool {
	switch name {
	case "C", "POSIX", "C.UTF-8", "C.utf8":
		return true
	}
	_, err := os.Stat(filepath.Join("/usr/lib/locale", filepath.Base(name)))
	return err == nil
}

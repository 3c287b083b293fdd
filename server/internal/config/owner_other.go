//go:build !unix

package config

import "io/fs"

// fileOwner is unknown where files have no Unix owner; no warning is given.
func fileOwner(fs.FileInfo) (uint32, bool) { return 0, false }

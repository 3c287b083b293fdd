//go:build !linux

package replay

import "os"

func datasync(f *os.File) error { return f.Sync() }

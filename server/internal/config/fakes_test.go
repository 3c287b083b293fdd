package config

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing/fstest"
)

// memFS is an in-memory fileSystem; paths are absolute.
type memFS struct{ m fstest.MapFS }

func (f memFS) key(name string) string                     { return strings.TrimPrefix(name, "/") }
func (f memFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(f.m, f.key(name)) }
func (f memFS) Open(name string) (io.ReadCloser, error)    { return f.m.Open(f.key(name)) }
func (f memFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.m, f.key(name)) }
func (memFS) Owner(fs.FileInfo) (uint32, bool)             { return 0, false }
func (memFS) Euid() uint32                                 { return 0 }

// fakeUsers knows alice (1000:1000) and group staff (50).
type fakeUsers struct{}

var errNoUser = errors.New("no such user")

func (fakeUsers) LookupUser(name string) (uint32, uint32, error) {
	if name == "alice" {
		return 1000, 1000, nil
	}
	return 0, 0, errNoUser
}

func (fakeUsers) LookupGroup(name string) (uint32, error) {
	if name == "staff" {
		return 50, nil
	}
	return 0, errNoUser
}

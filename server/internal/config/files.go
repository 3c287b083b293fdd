package config

import (
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

// fileSystem is what the loaders need from the disk; tests and fuzzing
// substitute an in-memory one.
type fileSystem interface {
	Stat(name string) (fs.FileInfo, error)
	Open(name string) (io.ReadCloser, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	// Owner returns the uid owning the file, and false where unknown.
	Owner(fi fs.FileInfo) (uint32, bool)
	Euid() uint32
}

type osFS struct{}

func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) Open(name string) (io.ReadCloser, error)    { return os.Open(name) }
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) Euid() uint32                               { return uint32(os.Geteuid()) }
func (osFS) Owner(fi fs.FileInfo) (uint32, bool)        { return fileOwner(fi) }

// openConfig opens a config file after the stock checks
// (verify_file_perms_ownership): it must be a regular file (an error
// otherwise); permissions and owner only give warnings. The stock daemon
// warns unless the mode is exactly 0600; Sesame also accepts group read
// (0640, 0440, 0400) because its unprivileged daemon reads the files through
// its group, and warns about group write, any access by others, or an owner
// that is neither root nor the daemon's own user.
func openConfig(fsys fileSystem, path string) (io.ReadCloser, []Warning, error) {
	fi, err := fsys.Stat(path)
	if err != nil {
		return nil, nil, &Error{File: path, Msg: "cannot read: " + errText(err), Err: err}
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, errorf(ErrFile, path, 0, "not a regular file")
	}
	if fi.Size() > maxFileSize {
		return nil, nil, errorf(ErrFile, path, 0, "file larger than %d bytes", maxFileSize)
	}
	var warns []Warning
	if perm := fi.Mode().Perm(); perm&0o137 != 0 {
		warns = append(warns, Warning{File: path, Msg: "permissions " + octal(perm) + ": permissions should only be user read/write (0600, or 0640 for the daemon's group): the file holds keys"})
	}
	if uid, ok := fsys.Owner(fi); ok && uid != 0 && uid != fsys.Euid() {
		warns = append(warns, Warning{File: path, Msg: "not owned by root or the current effective user"})
	}
	f, err := fsys.Open(path)
	if err != nil {
		return nil, nil, &Error{File: path, Msg: "cannot read: " + errText(err), Err: err}
	}
	return f, warns, nil
}

// confFiles lists the *.conf files of dir in name order (the stock daemon
// takes readdir order and any extension starting ".conf").
func confFiles(fsys fileSystem, dir string) ([]string, error) {
	ents, err := fsys.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if i := strings.LastIndexByte(n, '.'); i >= 0 && strings.HasPrefix(n[i:], ".conf") && !e.IsDir() {
			out = append(out, strings.TrimSuffix(dir, "/")+"/"+n)
		}
	}
	sort.Strings(out)
	return out, nil
}

func octal(m fs.FileMode) string {
	const digits = "01234567"
	return "0" + string([]byte{digits[(m>>6)&7], digits[(m>>3)&7], digits[m&7]})
}

// errText is an OS error without the path it repeats.
func errText(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

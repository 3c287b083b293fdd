//go:build unix

package onboard

import (
	"io/fs"
	"os"
	"syscall"
)

// fileOwner is a file's uid and gid; the zero value means unknown (leave
// the new file's owner as created).
type fileOwner struct {
	known    bool
	uid, gid int
}

func ownerOf(fi fs.FileInfo) fileOwner {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileOwner{}
	}
	return fileOwner{known: true, uid: int(st.Uid), gid: int(st.Gid)}
}

// apply gives f the owner, where it is not already f's (only root can
// give a file away).
func (o fileOwner) apply(f *os.File) error {
	if !o.known {
		return nil
	}
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if ownerOf(fi) == o {
		return nil
	}
	return f.Chown(o.uid, o.gid)
}

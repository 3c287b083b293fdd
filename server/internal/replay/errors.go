package replay

import (
	"errors"
	"fmt"
)

var (
	// ErrSeen: the digest is already in the cache; the packet is a replay.
	ErrSeen = errors.New("replay: digest already seen")
	// ErrClosed: the cache has been closed.
	ErrClosed = errors.New("replay: cache closed")
	// ErrBadDigest: a digest is not 43 characters of unpadded base64.
	ErrBadDigest = errors.New("replay: malformed digest")
	// ErrNotCache: the file is neither a Sesame replay cache nor a stock
	// fwknopd digest.cache; Open refuses to overwrite it.
	ErrNotCache = errors.New("replay: not a replay cache file")
	// ErrVersion: the file is a Sesame replay cache of an unknown version.
	ErrVersion = errors.New("replay: unsupported cache file version")
	// ErrBadRecord: a line of a cache file could not be parsed or failed
	// its checksum; it is skipped.
	ErrBadRecord = errors.New("replay: malformed record")
	// ErrTornRecord: the file ends in a partial record, left by a crash
	// during an append; it is dropped and the file truncated.
	ErrTornRecord = errors.New("replay: torn last record")
)

// RecordError locates a problem in a cache or stock digest file. Open and
// Import pass it to Options.Warn; errors.Is matches its Err.
type RecordError struct {
	File   string
	Line   int   // 1-based
	Offset int64 // byte offset of the line's start
	Err    error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%s:%d (byte %d): %v", e.File, e.Line, e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

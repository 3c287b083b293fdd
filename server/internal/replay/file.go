package replay

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

const (
	// newFile is what a fresh cache file holds.
	newFile = header + fieldsLine
	// tempInfix names compaction and conversion files: <base>.tmp-<random>.
	tempInfix = ".tmp-"
	// compactMinDead keeps small files from being rewritten over and over.
	compactMinDead = 1024
	// batchBytes bounds the buffer of an Import between writes.
	batchBytes = 1 << 20
	// pendingBytes is how much NoSync lets Adds collect before a write.
	pendingBytes = 64 << 10
	// bytesPerRecord estimates records from a file's size to size the maps.
	bytesPerRecord = 120
)

// fileLog is the append-only file. Its lock orders appends and the switch
// to a compacted file; lookups never take it.
type fileLog struct {
	mu      sync.Mutex
	path    string
	f       *os.File
	size    int64 // bytes of complete records and header
	records int64 // record lines, live or not
	noSync  bool
	buf     []byte
	// With noSync, records wait in pending (pendingN of them) and are
	// written in batches: before any other write, at close, and once
	// pendingBytes are waiting.
	pending  []byte
	pendingN int64
	broken   error // set when a failed append could not be undone
}

func (l *fileLog) usable() error {
	if l.f == nil {
		return ErrClosed
	}
	return l.broken
}

// append writes one record and flushes it to disk: appendBatch for one
// record, without its closures (this is the per-packet path).
func (l *fileLog) append(r *record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return err
	}
	if l.noSync {
		l.pending, l.pendingN = appendRecord(l.pending, r), l.pendingN+1
		if len(l.pending) < pendingBytes {
			return nil
		}
		return l.writePending()
	}
	start, startRecords := l.size, l.records
	l.buf = appendRecord(l.buf[:0], r)
	err := l.write(l.buf, 1)
	return l.finish(start, startRecords, err)
}

// writePending writes the records NoSync held back; l.mu is held.
func (l *fileLog) writePending() error {
	if len(l.pending) == 0 {
		return nil
	}
	start, startRecords := l.size, l.records
	err := l.write(l.pending, int(l.pendingN))
	l.pending, l.pendingN = l.pending[:0], 0
	return l.finish(start, startRecords, err)
}

// appendBatch writes the records fill emits, then flushes them to disk.
// On any error the file is cut back to where it was.
func (l *fileLog) appendBatch(fill func(emit func(*record) error) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return err
	}
	if err := l.writePending(); err != nil {
		return err
	}
	start, startRecords := l.size, l.records
	buf, n := l.buf[:0], 0
	flush := func() error {
		err := l.write(buf, n)
		buf, n = buf[:0], 0
		return err
	}
	err := fill(func(r *record) error {
		buf, n = appendRecord(buf, r), n+1
		if len(buf) < batchBytes {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if cap(buf) <= 4096 {
		l.buf = buf // keep the small buffer of single appends
	}
	return l.finish(start, startRecords, err)
}

// finish flushes what an append wrote to disk, or, if writing failed,
// cuts the file back to start.
func (l *fileLog) finish(start, startRecords int64, err error) error {
	if err == nil {
		err = l.sync(l.f)
	}
	if err != nil {
		l.rollback(start, startRecords)
		return fmt.Errorf("replay: appending to %s: %w", l.path, err)
	}
	return nil
}

func (l *fileLog) write(b []byte, n int) error {
	if len(b) == 0 {
		return nil
	}
	if _, err := l.f.WriteAt(b, l.size); err != nil {
		return err
	}
	l.size += int64(len(b))
	l.records += int64(n)
	return nil
}

// rollback cuts the file back so no partial record stays before the next
// append. If that fails the log refuses further appends: a grant must not
// rest on a record that a later load would reject.
func (l *fileLog) rollback(size, records int64) {
	if err := l.f.Truncate(size); err != nil {
		l.broken = fmt.Errorf("replay: %s left with a partial record: %w", l.path, err)
	}
	l.size, l.records = size, records
}

func (l *fileLog) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.writePending()
	f := l.f
	l.f = nil
	return errors.Join(err, f.Close())
}

// createTemp makes a fresh cache file beside the real one.
func (l *fileLog) createTemp() (*os.File, error) {
	f, err := os.CreateTemp(filepath.Dir(l.path), filepath.Base(l.path)+tempInfix+"*")
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	if _, err := f.WriteString(newFile); err != nil {
		discard(f)
		return nil, fmt.Errorf("replay: %w", err)
	}
	return f, nil
}

// install puts f in place of the cache file, durably.
func (l *fileLog) install(f *os.File) error {
	if err := l.sync(f); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	if err := os.Rename(f.Name(), l.path); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	return l.syncDir()
}

func discard(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}

// sync flushes f to disk unless Options.NoSync says not to.
func (l *fileLog) sync(f *os.File) error {
	if l.noSync {
		return nil
	}
	return datasync(f)
}

// syncDir makes a new or renamed file's name durable.
func (l *fileLog) syncDir() error {
	if l.noSync {
		return nil
	}
	d, err := os.Open(filepath.Dir(l.path))
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("replay: syncing directory of %s: %w", l.path, err)
	}
	return nil
}

// removeTemps deletes what a crash during a compaction left behind.
func removeTemps(path string) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	prefix := filepath.Base(path) + tempInfix
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(filepath.Dir(path), e.Name()))
		}
	}
}

type fileKind int

const (
	kindNew fileKind = iota
	kindSesame
	kindStock
)

// classify tells from its first line what the file at path holds.
func classify(f *os.File, size int64) (fileKind, error) {
	first := make([]byte, min(size, maxLine))
	if _, err := f.ReadAt(first, 0); err != nil && !errors.Is(err, io.EOF) {
		return 0, fmt.Errorf("replay: %w", err)
	}
	line, _, complete := bytes.Cut(first, []byte{'\n'})
	switch {
	case !complete && strings.HasPrefix(newFile, string(first)):
		return kindNew, nil // empty, or a crash cut the header short
	case string(line) == strings.TrimSuffix(header, "\n"):
		return kindSesame, nil
	case bytes.HasPrefix(line, []byte(headerStem)):
		return 0, fmt.Errorf("%w: %s has header %q", ErrVersion, f.Name(), line)
	case string(bytes.TrimRight(line, "\r")) == stockHeader:
		return kindStock, nil
	}
	if _, err := parseStockLine(line); err == nil {
		return kindStock, nil
	}
	if len(line) > 60 {
		line = line[:60]
	}
	return 0, fmt.Errorf("%w: %s starts with %q", ErrNotCache, f.Name(), line)
}

// open opens or creates the file and loads it into the empty maps.
func (c *Cache) open() error {
	l := &c.log
	removeTemps(l.path)
	f, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("replay: %w", err)
	}
	c.makeShards(fi.Size() / bytesPerRecord)
	kind, err := classify(f, fi.Size())
	switch {
	case err != nil:
	case kind == kindNew:
		err = l.init(f)
	case kind == kindSesame:
		l.f = f
		err = c.load(fi.Size())
	case kind == kindStock:
		err = c.convert(f, fi.Size())
	}
	if err != nil || kind == kindStock {
		f.Close()
	}
	if err != nil {
		l.f = nil
	}
	return err
}

// makeShards sizes the empty tables for about records digests in all.
func (c *Cache) makeShards(records int64) {
	for i := range c.shards {
		c.shards[i].t.resize(slotsFor(int(records / shardCount)))
	}
}

// init writes the header of a new file, durably.
func (l *fileLog) init(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	if _, err := f.WriteAt([]byte(newFile), 0); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	if err := l.sync(f); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	l.f, l.size, l.records = f, int64(len(newFile)), 0
	return l.syncDir()
}

// load reads the live records of l.f, skipping damaged ones and cutting off
// a torn tail.
func (c *Cache) load(size int64) error {
	l := &c.log
	pol, now := c.policy.Load(), c.now().Unix()
	lr := newLineReader(io.NewSectionReader(l.f, 0, size), 0, 0)
	l.size = size
	for {
		line, off, err := lr.next()
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case errors.Is(err, ErrTornRecord):
			c.warn(&RecordError{File: l.path, Line: lr.line, Offset: off, Err: ErrTornRecord})
			return l.cutTorn(off)
		case errors.Is(err, errLong):
			l.records++
			c.warn(&RecordError{File: l.path, Line: lr.line, Offset: off, Err: fmt.Errorf("%w: %v", ErrBadRecord, err)})
			continue
		case err != nil:
			return fmt.Errorf("replay: reading %s: %w", l.path, err)
		}
		if len(line) > 0 && line[0] == '#' {
			continue
		}
		l.records++
		d, st, err := parseEntry(line)
		if err != nil {
			c.warn(&RecordError{File: l.path, Line: lr.line, Offset: off, Err: fmt.Errorf("%w: %v", ErrBadRecord, err)})
			continue
		}
		if !pol.expired(st, now) {
			c.keepLater(&d, st, pol)
		}
	}
}

// keepLater loads one entry; of two records of one digest the one that
// expires later wins. Only for load, before the cache is shared.
func (c *Cache) keepLater(d *Digest, st stamp, pol *policy) {
	s, h := c.shard(d)
	if e, added := s.t.insert(d, h, st); added {
		c.live.Add(1)
	} else if st.expiry(pol.maxAge) > e.st.expiry(pol.maxAge) {
		e.st = st
	}
}

func (l *fileLog) cutTorn(at int64) error {
	if err := l.f.Truncate(at); err != nil {
		return fmt.Errorf("replay: cutting the torn record off %s: %w", l.path, err)
	}
	if err := l.sync(l.f); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	l.size = at
	return nil
}

// convert replaces a stock digest.cache by a Sesame file holding the same
// entries; the caller closes stock.
func (c *Cache) convert(stock *os.File, size int64) error {
	l := &c.log
	tmp, err := l.createTemp()
	if err != nil {
		return err
	}
	l.f, l.size, l.records = tmp, int64(len(newFile)), 0
	if _, err = c.Import(io.NewSectionReader(stock, 0, size), l.path); err == nil {
		err = l.install(tmp)
	}
	if err != nil {
		discard(tmp)
		return err
	}
	return nil
}

// maybeCompact compacts when dead records outnumber live ones.
func (c *Cache) maybeCompact() error {
	c.log.mu.Lock()
	records := c.log.records + c.log.pendingN
	c.log.mu.Unlock()
	dead := records - c.live.Load()
	if dead < compactMinDead || dead <= c.live.Load() {
		return nil
	}
	return c.compact()
}

// compact rewrites the file with only its live records. The bulk is copied
// without the append lock; only the records appended meanwhile are copied
// under it, just before the rename.
func (c *Cache) compact() (err error) {
	c.compactMu.Lock()
	defer c.compactMu.Unlock()
	l := &c.log
	l.mu.Lock()
	err = l.usable()
	if err == nil {
		err = l.writePending()
	}
	old, end := l.f, l.size
	l.mu.Unlock()
	if err != nil {
		return err
	}
	tmp, err := l.createTemp()
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			discard(tmp)
		}
	}()
	size, kept, err := c.copyLive(io.NewSectionReader(old, 0, end), tmp)
	if err == nil {
		err = l.sync(tmp)
	}
	if err != nil {
		return fmt.Errorf("replay: compacting %s: %w", l.path, err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err = l.writePending(); err != nil {
		return err
	}
	tail, err := copyTail(old, end, l.size, tmp, size)
	if err == nil {
		err = l.install(tmp)
	}
	if err != nil {
		return fmt.Errorf("replay: compacting %s: %w", l.path, err)
	}
	old.Close()
	l.f, l.size, l.records = tmp, size+int64(len(tail)), kept+int64(bytes.Count(tail, []byte{'\n'}))
	return nil
}

// copyLive writes the live records of r to w after its header and returns
// the size of w and the records kept. Damaged records were reported at load
// and are dropped.
func (c *Cache) copyLive(r io.Reader, w io.Writer) (size, kept int64, err error) {
	pol, now := c.policy.Load(), c.now().Unix()
	bw := bufio.NewWriterSize(w, 64<<10)
	lr := newLineReader(r, 0, 0)
	size = int64(len(newFile))
	for {
		line, _, err := lr.next()
		if errors.Is(err, io.EOF) {
			return size, kept, bw.Flush()
		}
		if errors.Is(err, ErrTornRecord) || errors.Is(err, errLong) || (err == nil && (len(line) == 0 || line[0] == '#')) {
			continue
		}
		if err != nil {
			return 0, 0, err
		}
		if _, st, perr := parseEntry(line); perr != nil || pol.expired(st, now) {
			continue
		}
		bw.Write(line)
		bw.WriteByte('\n')
		size += int64(len(line)) + 1
		kept++
	}
}

// copyTail copies old[from:to], the records appended during a compaction,
// to w at offset at.
func copyTail(old *os.File, from, to int64, w *os.File, at int64) ([]byte, error) {
	tail := make([]byte, to-from)
	if _, err := old.ReadAt(tail, from); err != nil {
		return nil, err
	}
	if _, err := w.WriteAt(tail, at); err != nil {
		return nil, err
	}
	return tail, nil
}

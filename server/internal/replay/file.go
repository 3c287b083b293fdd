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
	"time"
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
	// damagedInfix names a damaged file set aside: <base>.damaged-<unix>.
	damagedInfix = ".damaged-"
	// repairInterval spaces the attempts to cut off a record that a failed
	// append left and could not undo.
	repairInterval = time.Second
	// sniffBytes is how much of a file without a header classify reads to
	// tell a damaged cache from a foreign file.
	sniffBytes = 1 << 20
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
	now      func() time.Time
	warn     func(error)
	// broken is set when a failed append could not be undone, so the file
	// may end in a partial record: appends are refused until repair cuts it
	// off, tried at the first append after nextRepair.
	broken     error
	nextRepair time.Time
	// outage counts the appends failed since the last one that worked; its
	// start and its end are reported once each (StoreError).
	outage int
}

// usable returns nil when appends may go ahead, repairing a broken file
// first when it is time to try.
func (l *fileLog) usable() error {
	switch {
	case l.f == nil:
		return ErrClosed
	case l.broken == nil:
		return nil
	case l.now().Before(l.nextRepair):
		return l.broken
	}
	if err := l.repair(); err != nil {
		l.nextRepair = l.now().Add(repairInterval)
		l.broken = fmt.Errorf("replay: %s may end in a partial record, and cutting it off failed: %w", l.path, err)
		return l.broken
	}
	l.broken = nil
	return nil
}

// repair cuts the file back to its last complete record and checks that it
// is that long.
func (l *fileLog) repair() error {
	if err := l.f.Truncate(l.size); err != nil {
		return err
	}
	fi, err := l.f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() != l.size {
		return fmt.Errorf("%s is %d bytes after truncating it to %d", l.path, fi.Size(), l.size)
	}
	return l.sync(l.f)
}

// track reports the start and the end of an outage, once each, and returns
// err.
func (l *fileLog) track(err error) error {
	switch {
	case err == nil && l.outage > 0:
		l.warn(&StoreError{Path: l.path, Recovered: true, Failed: l.outage})
		l.outage = 0
	case err != nil && !errors.Is(err, ErrClosed):
		if l.outage == 0 {
			l.warn(&StoreError{Path: l.path, Err: err})
		}
		l.outage++
	}
	return err
}

// append writes one record and flushes it to disk: appendBatch for one
// record, without its closures (this is the per-packet path).
func (l *fileLog) append(r *record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(); err != nil {
		return l.track(err)
	}
	if l.noSync {
		l.pending, l.pendingN = appendRecord(l.pending, r), l.pendingN+1
		if len(l.pending) < pendingBytes {
			return nil
		}
		return l.track(l.writePending())
	}
	start, startRecords := l.size, l.records
	l.buf = appendRecord(l.buf[:0], r)
	err := l.write(l.buf, 1)
	return l.track(l.finish(start, startRecords, err))
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

// appendBatch writes the records and watermarks fill emits, then flushes
// them to disk. On any error the file is cut back to where it was.
func (l *fileLog) appendBatch(fill func(emit func(*record) error, emitMark func(int64) error) error) (err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	defer func() { l.track(err) }()
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
	more := func() error {
		if len(buf) < batchBytes {
			return nil
		}
		return flush()
	}
	err = fill(func(r *record) error {
		buf, n = appendRecord(buf, r), n+1
		return more()
	}, func(mark int64) error {
		buf = appendMark(buf, mark)
		return more()
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
		err = fmt.Errorf("replay: appending to %s: %w", l.path, err)
		if rerr := l.rollback(start, startRecords); rerr != nil {
			err = fmt.Errorf("%w; %w", err, rerr)
		}
		return err
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
// append. If that fails the log refuses appends until a repair succeeds: a
// grant must not rest on a record that a later load would reject.
func (l *fileLog) rollback(size, records int64) error {
	l.size, l.records = size, records
	if err := l.f.Truncate(size); err != nil {
		l.broken = fmt.Errorf("replay: %s may end in a partial record, and cutting it off failed: %w", l.path, err)
		l.nextRepair = l.now().Add(repairInterval)
		return l.broken
	}
	return nil
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
	kindNew      fileKind = iota // empty, or a header cut short
	kindSesame                   // a Sesame cache
	kindStock                    // a stock fwknopd digest.cache
	kindDamaged                  // a Sesame cache whose header is damaged
	kindSesameV1                 // a Sesame cache of the first format
)

// classify tells from its first line what the file at path holds.
func classify(f *os.File, size int64) (fileKind, error) {
	first := make([]byte, min(size, maxLine))
	if _, err := f.ReadAt(first, 0); err != nil && !errors.Is(err, io.EOF) {
		return 0, fmt.Errorf("replay: %w", err)
	}
	line, _, complete := bytes.Cut(first, []byte{'\n'})
	switch {
	case !complete && (strings.HasPrefix(newFile, string(first)) || strings.HasPrefix(headerV1, string(first))):
		return kindNew, nil // empty, or a crash cut the header short
	case string(line) == strings.TrimSuffix(header, "\n"):
		return kindSesame, nil
	case string(line) == strings.TrimSuffix(headerV1, "\n"):
		return kindSesameV1, nil
	case bytes.HasPrefix(line, []byte(headerStem)) && isVersion(line[len(headerStem):]):
		return 0, fmt.Errorf("%w: %s has header %q", ErrVersion, f.Name(), line)
	case bytes.HasPrefix(line, []byte(headerStem)):
		return kindDamaged, nil
	case string(bytes.TrimRight(line, "\r")) == stockHeader:
		return kindStock, nil
	}
	if _, err := parseStockLine(line); err == nil {
		return kindStock, nil
	}
	if ours, err := holdsOurLines(f, size); ours || err != nil {
		return kindDamaged, err
	}
	if len(line) > 60 {
		line = line[:60]
	}
	return 0, fmt.Errorf("%w: %s starts with %q", ErrNotCache, f.Name(), line)
}

func isVersion(b []byte) bool {
	return len(b) > 0 && len(bytes.Trim(b, "0123456789")) == 0
}

// holdsOurLines tells a Sesame cache whose header is damaged from a foreign
// file, which Open must leave alone: it starts with a NUL byte (what a crash
// can leave of a file's first block), or one of its first lines is
// something only Sesame writes (the fields line, a checksummed record or
// watermark).
func holdsOurLines(f *os.File, size int64) (bool, error) {
	head := make([]byte, min(size, sniffBytes))
	if _, err := f.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return false, fmt.Errorf("replay: %w", err)
	}
	if len(head) > 0 && head[0] == 0 {
		return true, nil
	}
	for line := range bytes.Lines(head) {
		line = bytes.TrimSuffix(line, []byte{'\n'})
		if string(line) == strings.TrimSuffix(fieldsLine, "\n") {
			return true, nil
		}
		if _, _, err := parseEntry(line); err == nil {
			return true, nil
		}
		if bytes.HasPrefix(line, []byte(markPrefix)) {
			if _, err := parseMark(line); err == nil {
				return true, nil
			}
		}
	}
	return false, nil
}

// open opens or creates the file and loads it into the empty maps.
func (c *Cache) open() error {
	l := &c.log
	removeTemps(l.path)
	f, existed, err := openOrCreate(l.path)
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
	case kind == kindNew && !existed:
		err = l.init(f, noMark) // a fresh install: nothing was lost
	case kind == kindNew && fi.Size() == 0:
		err = c.startLost(f, "is empty", "")
	case kind == kindNew:
		err = c.startLost(f, "holds only part of its header", "")
	case kind == kindDamaged:
		f, err = c.setAside(f)
	case kind == kindSesameV1:
		if err = upgradeHeader(f); err != nil {
			break
		}
		fallthrough
	case kind == kindSesame:
		l.f = f
		err = c.load(fi)
	case kind == kindStock:
		err = c.convert(f, fi.Size())
	}
	if f != nil && (err != nil || kind == kindStock) {
		f.Close()
	}
	if err != nil {
		l.f = nil
	}
	return err
}

// upgradeHeader turns a v1 header into v2 in place, one byte in the first
// block, flushed before any v2 record can follow: an older Sesame then
// refuses the file (ErrVersion) rather than skip the new records as damaged
// and accept their packets again. v1 records stay as they are; parseEntry
// reads both.
func upgradeHeader(f *os.File) error {
	if _, err := f.WriteAt([]byte(header[len(headerStem):len(headerStem)+1]), int64(len(headerStem))); err != nil {
		return fmt.Errorf("replay: upgrading %s to v2: %w", f.Name(), err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("replay: upgrading %s to v2: %w", f.Name(), err)
	}
	return nil
}

// openOrCreate opens the file at path, creating it if it does not exist,
// and reports whether it existed.
func openOrCreate(path string) (f *os.File, existed bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR, 0)
	if !errors.Is(err, os.ErrNotExist) {
		return f, true, err
	}
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	return f, false, err
}

// startLost starts a new cache in f after the old one was lost: Sesame
// always writes a header, so an existing file without one lost its
// digests. Packets stamped up to now are refused (the watermark, written
// into the new file so that a restart keeps it), said loudly through Warn.
// With aging on they would be refused as stale once now+MaxAge has passed
// anyway; with aging off, the mark is the only guard left.
func (c *Cache) startLost(f *os.File, why, aside string) error {
	mark := c.now().Unix()
	c.raiseMark(mark)
	if err := c.log.init(f, c.mark.Load()); err != nil {
		return err
	}
	c.warn(&LostError{Path: c.log.path, Why: why, SetAside: aside, Mark: c.mark.Load()})
	return nil
}

// setAside moves a damaged cache file out of the way, keeping it for
// inspection, and starts a new one as after a loss. It closes f and
// returns the new file.
func (c *Cache) setAside(f *os.File) (*os.File, error) {
	f.Close()
	l := &c.log
	aside := fmt.Sprintf("%s%s%d", l.path, damagedInfix, c.now().Unix())
	for i := 1; fileExists(aside) && i <= 100; i++ {
		aside = fmt.Sprintf("%s%s%d.%d", l.path, damagedInfix, c.now().Unix(), i)
	}
	if err := os.Rename(l.path, aside); err != nil {
		return nil, fmt.Errorf("replay: %s has a damaged header and cannot be set aside: %w", l.path, err)
	}
	nf, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("replay: %w", err)
	}
	return nf, c.startLost(nf, "does not start with a Sesame or stock header", aside)
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// makeShards sizes the empty tables for about records digests in all.
func (c *Cache) makeShards(records int64) {
	for i := range c.shards {
		c.shards[i].t.resize(slotsFor(int(records / shardCount)))
	}
}

// init writes the header of a new file, and its watermark if it has one,
// durably.
func (l *fileLog) init(f *os.File, mark int64) error {
	head := []byte(newFile)
	if mark != noMark {
		head = appendMark(head, mark)
	}
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	if _, err := f.WriteAt(head, 0); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	if err := l.sync(f); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	l.f, l.size, l.records = f, int64(len(head)), 0
	return l.syncDir()
}

// load reads the live records of l.f and its watermarks, skipping damaged
// ones and cutting off a torn tail. The records it leaves out as expired
// raise the watermark, as pruning would.
func (c *Cache) load(fi os.FileInfo) error {
	l := &c.log
	pol, now := c.policy.Load(), c.now().Unix()
	lr := newLineReader(io.NewSectionReader(l.f, 0, fi.Size()), 0, 0)
	l.size = fi.Size()
	dropped := int64(noMark)
	defer func() { c.raiseMark(dropped) }()
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
		if bytes.HasPrefix(line, []byte(markPrefix)) {
			c.loadMark(line, lr.line, off, fi.ModTime())
			continue
		}
		if len(line) > 0 && line[0] == '#' {
			continue
		}
		l.records++
		d, st, err := parseEntry(line)
		switch {
		case err != nil:
			c.warn(&RecordError{File: l.path, Line: lr.line, Offset: off, Err: fmt.Errorf("%w: %v", ErrBadRecord, err)})
		case pol.expired(st, now):
			dropped = max(dropped, st.latest(pol.maxAge))
		default:
			c.keepLater(&d, st, pol)
		}
	}
}

// loadMark raises the watermark to a watermark record's. A damaged one
// raises it to the file's last modification instead, which no watermark
// written into the file can be later than.
func (c *Cache) loadMark(line []byte, n int, off int64, mtime time.Time) {
	mark, err := parseMark(line)
	if err != nil {
		mark = mtime.Unix()
		c.warn(&RecordError{File: c.log.path, Line: n, Offset: off,
			Err: fmt.Errorf("%w: %v; refusing packets stamped up to the file's last change, %s, instead", ErrBadRecord, err, unixText(mark))})
	}
	c.raiseMark(mark)
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
	size, kept, err := c.copyLive(io.NewSectionReader(old, 0, end), tmp, int64(len(newFile)))
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

// copyLive writes the live records of r to w, which holds size bytes, then
// the watermark, raised to cover the records it drops; it returns the size
// of w and the records kept. Damaged records were reported at load and are
// dropped; so are the watermark records, the new one standing for them all.
func (c *Cache) copyLive(r io.Reader, w io.Writer, size int64) (_, kept int64, err error) {
	pol, now := c.policy.Load(), c.now().Unix()
	bw := bufio.NewWriterSize(w, 64<<10)
	lr := newLineReader(r, 0, 0)
	for {
		line, _, err := lr.next()
		if errors.Is(err, io.EOF) {
			if m := c.mark.Load(); m != noMark {
				mark := appendMark(nil, m)
				bw.Write(mark)
				size += int64(len(mark))
			}
			return size, kept, bw.Flush()
		}
		if errors.Is(err, ErrTornRecord) || errors.Is(err, errLong) || (err == nil && (len(line) == 0 || line[0] == '#')) {
			continue
		}
		if err != nil {
			return 0, 0, err
		}
		_, st, perr := parseEntry(line)
		if perr != nil {
			continue
		}
		if pol.expired(st, now) {
			c.raiseMark(st.latest(pol.maxAge))
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

package daemon

import (
	"io"
	"log/syslog"
	"os"
	"strconv"
	"sync"
	"time"
)

// TextSink writes human log lines to a stream (standard error in the
// foreground). Under systemd (JOURNAL_STREAM set) it prefixes each line with
// its sd-daemon priority, "<4>" or "<6>", and leaves the timestamp to the
// journal; otherwise each line starts with the time and "fwknopd[pid]:",
// like a syslog line.
//
// Decision lines (the Logger's, through bufferLine) are collected and
// written together, at most FlushDelay after the first of them or once
// flushBytes are waiting, so that a flood or a pcap file costs one write per
// batch instead of one per packet. Every other line is written at once,
// after what is waiting, so order is kept and the last lines before an exit
// ("shutting down") carry every decision out with them. Safe for
// concurrent use.
type TextSink struct {
	w       io.Writer
	journal bool
	now     func() time.Time
	pid     int

	mu    sync.Mutex
	buf   []byte      // formatted lines not yet written
	timer *time.Timer // writes buf FlushDelay after it stopped being empty
}

// FlushDelay bounds how long a decision line waits in a TextSink: short
// beside a firewall rule insert (~1.4 ms), so an accept shows promptly.
const FlushDelay = time.Millisecond

// flushBytes is how much a TextSink collects before writing regardless.
const flushBytes = 64 << 10

// NewTextSink returns a sink on w; journal selects the systemd form.
func NewTextSink(w io.Writer, journal bool, now func() time.Time) *TextSink {
	return &TextSink{w: w, journal: journal, now: now, pid: os.Getpid()}
}

// WriteLine writes one line, after any lines waiting.
func (s *TextSink) WriteLine(level int, line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = appendTextLine(s, s.buf, level, line)
	s.flushLocked()
}

// bufferLine queues one line to be written within FlushDelay (see
// bufferedLineWriter); line may be reused once it returns.
func (s *TextSink) bufferLine(level int, line []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := len(s.buf) == 0
	s.buf = appendTextLine(s, s.buf, level, line)
	switch {
	case len(s.buf) >= flushBytes:
		s.flushLocked()
	case first && s.timer == nil:
		s.timer = time.AfterFunc(FlushDelay, s.flush)
	case first:
		s.timer.Reset(FlushDelay)
	}
}

// flush writes the lines waiting.
func (s *TextSink) flush() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flushLocked()
}

func (s *TextSink) flushLocked() {
	if len(s.buf) > 0 {
		s.w.Write(s.buf)
		s.buf = s.buf[:0]
	}
}

// appendTextLine appends one formatted line to b.
func appendTextLine[T string | []byte](s *TextSink, b []byte, level int, line T) []byte {
	if s.journal {
		b = append(b, '<')
		b = strconv.AppendInt(b, int64(syslogPriority(level)), 10)
		b = append(b, '>')
	} else {
		b = s.now().AppendFormat(b, time.RFC3339)
		b = append(b, " fwknopd["...)
		b = strconv.AppendInt(b, int64(s.pid), 10)
		b = append(b, "]: "...)
	}
	return append(append(b, line...), '\n')
}

// syslogPriority maps a log level to syslog's: warning, info, debug.
func syslogPriority(level int) syslog.Priority {
	switch level {
	case levelWarn:
		return syslog.LOG_WARNING
	case levelInfo:
		return syslog.LOG_INFO
	}
	return syslog.LOG_DEBUG
}

// SyslogSink sends human log lines to the local syslog daemon, as the stock
// fwknopd does once it has gone into the background.
type SyslogSink struct{ w *syslog.Writer }

// NewSyslogSink connects to syslog as "fwknopd", facility daemon.
func NewSyslogSink() (*SyslogSink, error) {
	w, err := syslog.New(syslog.LOG_DAEMON|syslog.LOG_INFO, "fwknopd")
	if err != nil {
		return nil, err
	}
	return &SyslogSink{w: w}, nil
}

// WriteLine sends one line at the level's syslog priority.
func (s *SyslogSink) WriteLine(level int, line string) {
	switch syslogPriority(level) {
	case syslog.LOG_WARNING:
		s.w.Warning(line)
	case syslog.LOG_INFO:
		s.w.Info(line)
	default:
		s.w.Debug(line)
	}
}

package daemon

import (
	"io"
	"log/syslog"
	"os"
	"strconv"
	"time"
)

// TextSink writes human log lines to a stream (standard error in the
// foreground). Under systemd (JOURNAL_STREAM set) it prefixes each line with
// its sd-daemon priority, "<4>" or "<6>", and leaves the timestamp to the
// journal; otherwise each line starts with the time and "fwknopd[pid]:",
// like a syslog line.
type TextSink struct {
	w       io.Writer
	journal bool
	now     func() time.Time
	pid     int
	buf     []byte // the line being written, reused: calls are serialised
}

// NewTextSink returns a sink on w; journal selects the systemd form.
func NewTextSink(w io.Writer, journal bool, now func() time.Time) *TextSink {
	return &TextSink{w: w, journal: journal, now: now, pid: os.Getpid()}
}

// WriteLine writes one line; the Logger serialises calls.
func (s *TextSink) WriteLine(level int, line string) { writeTextLine(s, level, line) }

// writeLineBytes is WriteLine without the string (see byteLineWriter).
func (s *TextSink) writeLineBytes(level int, line []byte) { writeTextLine(s, level, line) }

// writeTextLine formats the line into the sink's buffer and writes it in one
// call, so that lines from this process never interleave mid-line.
func writeTextLine[T string | []byte](s *TextSink, level int, line T) {
	b := s.buf[:0]
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
	b = append(append(b, line...), '\n')
	s.w.Write(b)
	s.buf = b
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

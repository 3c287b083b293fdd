package daemon

import (
	"context"
	"fmt"
	"net/netip"
	"os"
	"slices"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/childcaps"
)

// cycleReq asks the cycle worker to run an accepted packet's CMD_CYCLE_OPEN
// now and its CMD_CYCLE_CLOSE (if any) ev.Timeout later; the worker logs
// the decision once the open command has run.
type cycleReq struct {
	ev          Event
	open, close string
	limit       time.Duration // CMD_EXEC_TIMEOUT
}

// pendingClose is a CMD_CYCLE_CLOSE command waiting for its time.
type pendingClose struct {
	at     time.Time
	cmd    string
	allow  netip.Addr
	stanza int
	limit  time.Duration
}

// cycleWorker runs command cycles (CMD_CYCLE_OPEN / CMD_CYCLE_CLOSE), one
// command at a time as the stock daemon does, so that a cycle's close
// command never starts before its open command is over. It has its own
// goroutine because a command may take up to CMD_EXEC_TIMEOUT, which must
// delay no firewall change. Like the firewall worker, it keeps one timer
// set to the earliest pending close.
type cycleWorker struct {
	runner CommandRunner
	clock  Clock
	log    *Logger
	reqs   chan cycleReq
	timer  Timer
	// pending holds the close commands in the order they were scheduled,
	// which is the order due ones run in, as with the stock's list.
	pending []pendingClose
}

func newCycleWorker(runner CommandRunner, clock Clock, log *Logger) *cycleWorker {
	t := clock.NewTimer(time.Hour)
	t.Stop()
	return &cycleWorker{runner: runner, clock: clock, log: log, reqs: make(chan cycleReq, 64), timer: t}
}

// run serves cycle requests and due close commands until reqs is closed
// and drained. Close commands still pending then are not run, as the stock
// daemon frees them unrun at exit; each is logged.
func (w *cycleWorker) run() {
	defer w.timer.Stop()
	for {
		select {
		case r, ok := <-w.reqs:
			if !ok {
				w.drop()
				return
			}
			w.open(r)
		case <-w.timer.C():
			w.closeDue()
		}
	}
}

// open is cmd_cycle_open(): the open command runs whatever its outcome,
// and the close command is scheduled even if the open command failed, as
// in the stock daemon, so that whatever it did open gets closed.
func (w *cycleWorker) open(r cycleReq) {
	ev := &r.ev
	w.log.Warnf("[%s] (stanza #%d) Running CMD_CYCLE_OPEN command: %s", ev.Src, ev.Stanza, r.open)
	if err := w.exec(r.open, r.limit); err != nil {
		ev.Error = "CMD_CYCLE_OPEN: " + err.Error()
	}
	if r.close != "" {
		secs := int64(ev.Timeout / time.Second)
		w.log.Warnf("[%s] (stanza #%d) Running CMD_CYCLE_CLOSE command in %d seconds: %s", ev.Src, ev.Stanza, secs, r.close)
		ev.Expires = w.clock.Now().Add(ev.Timeout)
		w.pending = append(w.pending, pendingClose{at: ev.Expires, cmd: r.close, allow: ev.AllowIP,
			stanza: ev.Stanza, limit: r.limit})
		w.arm()
	}
	w.log.Decision(*ev)
}

// closeDue is cmd_cycle_close(): it runs every close command whose time
// has come.
func (w *cycleWorker) closeDue() {
	now := w.clock.Now()
	var due []pendingClose
	w.pending = slices.DeleteFunc(w.pending, func(p pendingClose) bool {
		if p.at.After(now) {
			return false
		}
		due = append(due, p)
		return true
	})
	for _, p := range due {
		w.log.Warnf("[%s] (stanza #%d) Timer expired, running CMD_CYCLE_CLOSE command: %s", p.allow, p.stanza, p.cmd)
		if err := w.exec(p.cmd, p.limit); err != nil {
			w.log.Warnf("[%s] (stanza #%d) CMD_CYCLE_CLOSE command failed: %v", p.allow, p.stanza, err)
		}
	}
	w.arm()
}

// exec runs one cycle command as the daemon's own user, as the stock's
// run_extcmd does (CMD_EXEC_USER is for command messages only). Of the
// daemon's capabilities it keeps CAP_NET_ADMIN alone, on purpose: cycle
// commands are the administrator's, not the client's, and usually run
// iptables; CAP_NET_RAW, CAP_SETUID and CAP_SETGID are not passed on.
func (w *cycleWorker) exec(line string, limit time.Duration) error {
	code, err := w.runner.Run(context.Background(), Command{Line: line,
		UID: uint32(os.Geteuid()), GID: uint32(os.Getegid()), Timeout: limit, Keep: childcaps.NetAdmin})
	switch {
	case err != nil:
		return err
	case code != 0:
		return fmt.Errorf("exited with status %d", code)
	}
	return nil
}

// drop logs the close commands that exit leaves unrun.
func (w *cycleWorker) drop() {
	for _, p := range w.pending {
		w.log.Warnf("[%s] (stanza #%d) exiting: CMD_CYCLE_CLOSE command due at %s not run: %s",
			p.allow, p.stanza, p.at.UTC().Format(time.RFC3339), p.cmd)
	}
	w.pending = nil
}

func (w *cycleWorker) arm() {
	if len(w.pending) == 0 {
		w.timer.Stop()
		return
	}
	next := slices.MinFunc(w.pending, func(a, b pendingClose) int { return a.at.Compare(b.at) }).at
	w.timer.Reset(max(0, next.Sub(w.clock.Now())))
}

// cycle hands an accepted command cycle to the cycle worker.
func (d *Daemon) cycle(ev Event, dec access.Decision, cfg *Config) {
	if d.cycles == nil {
		ev.Error = "command execution is not available"
		d.log.Decision(ev)
		return
	}
	d.cycles.reqs <- cycleReq{ev: ev, open: dec.CycleOpen, close: dec.CycleClose, limit: cfg.Server.CmdExecTimeout}
}

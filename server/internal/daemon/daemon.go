package daemon

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/firewall"
)

// ReplayStore is the replay cache as the daemon manages it: what the Judge
// uses, plus upkeep. *replay.Cache satisfies it.
type ReplayStore interface {
	access.ReplayCache
	Prune() (int, error)
	SetPolicy(maxAge time.Duration, aging bool) error
	Close() error
}

// Deps are the daemon's connections to the world, replaceable in tests.
type Deps struct {
	Clock    Clock             // nil: SystemClock
	Firewall firewall.Firewall // unused in test mode (-t)
	Source   capture.Source
	Replay   ReplayStore
	Runner   CommandRunner // nil: command messages are logged as refused
	Log      *Logger
	// NewJudge builds the Judge for a configuration; nil: access.New.
	NewJudge func(cfg *Config, cache access.ReplayCache, opts access.Options) (Judge, error)
	// Workers is the number of deciding goroutines; 0: GOMAXPROCS.
	Workers int
	// Block makes capture wait for room in the queue instead of dropping,
	// and the queue one FIFO instead of fair by source prefix (a pcap
	// file, where nothing may be lost and order matters).
	Block bool
}

// Daemon is one running fwknopd: a packet source feeding a bounded queue
// that is fair between source prefixes, deciding workers, and one firewall
// worker.
type Daemon struct {
	opts  Options
	deps  Deps
	clock Clock
	log   *Logger

	state    atomic.Pointer[loaded]
	reloadMu sync.Mutex

	fw      *fwWorker    // nil in test mode
	cycles  *cycleWorker // nil in test mode or without a Runner
	cmdSem  chan struct{}
	cmdWG   sync.WaitGroup
	dropped atomic.Int64
}

// loaded is a configuration with the Judge built from it; a reload swaps
// the whole pair at once.
type loaded struct {
	cfg   *Config
	judge Judge
}

// MaxConcurrentCommands bounds the command messages running at once.
const MaxConcurrentCommands = 4

// New prepares a daemon for cfg; nothing runs until Run.
func New(opts Options, cfg *Config, deps Deps) (*Daemon, error) {
	if deps.Clock == nil {
		deps.Clock = SystemClock{}
	}
	if deps.NewJudge == nil {
		deps.NewJudge = newAccessJudge
	}
	if deps.Workers <= 0 {
		deps.Workers = runtime.GOMAXPROCS(0)
	}
	d := &Daemon{opts: opts, deps: deps, clock: deps.Clock, log: deps.Log,
		cmdSem: make(chan struct{}, MaxConcurrentCommands)}
	j, err := d.judgeFor(cfg)
	if err != nil {
		return nil, err
	}
	d.state.Store(&loaded{cfg: cfg, judge: j})
	if !opts.Test {
		if deps.Firewall == nil {
			return nil, errors.New("daemon: no firewall outside test mode")
		}
		d.fw = newFWWorker(deps.Firewall, d.clock, d.log)
		if deps.Runner != nil {
			d.cycles = newCycleWorker(deps.Runner, d.clock, d.log)
		}
	}
	return d, nil
}

func newAccessJudge(cfg *Config, cache access.ReplayCache, opts access.Options) (Judge, error) {
	return access.New(cfg.Server, cfg.Access, cache, opts)
}

func (d *Daemon) judgeFor(cfg *Config) (Judge, error) {
	return d.deps.NewJudge(cfg, d.deps.Replay, access.Options{
		TestMode:    d.opts.Test,
		PacketAging: cfg.Server.PacketAging(d.opts.PCAPFile != ""),
		Resolve:     resolveNATHost,
	})
}

// Config returns the configuration in force.
func (d *Daemon) Config() *Config { return d.state.Load().cfg }

// Run serves packets until ctx is done, the source ends (a pcap file) or
// the -C packet limit is reached. Grants stay in the firewall when it
// returns (unless FLUSH_IPT_AT_EXIT), to be read back by the next start.
func (d *Daemon) Run(ctx context.Context) error {
	// Firewall calls must finish even while shutting down.
	fwCtx := context.WithoutCancel(ctx)
	srv := d.Config().Server
	if d.fw != nil {
		if err := d.fw.start(fwCtx, srv.FlushIPTAtInit); err != nil {
			return fmt.Errorf("firewall: %w", err)
		}
	}
	capCtx, stopCapture := context.WithCancel(ctx)
	defer stopCapture()
	in := &intake{queue: newFairQueue(QueueLen, PrefixQueueLen, d.deps.Block), limit: d.opts.PacketLimit,
		stop: stopCapture, overflow: d.overflow}

	var workers, fwDone sync.WaitGroup
	for range d.deps.Workers {
		workers.Go(func() { d.work(in.queue) })
	}
	if d.fw != nil {
		fwDone.Go(func() { d.fw.run(fwCtx) })
	}
	if d.cycles != nil {
		fwDone.Go(d.cycles.run)
	}
	houseCtx, stopHouse := context.WithCancel(ctx)
	var house sync.WaitGroup
	house.Go(func() { d.housekeep(houseCtx) })

	err := d.deps.Source.Run(capCtx, in.handle)
	if in.limit > 0 && in.count >= in.limit {
		// The stock's two lines (capture, then main loop): scripts and
		// fwknop's suite wait for them.
		d.log.Warnf("* Incoming packet count limit of %d reached", in.limit)
		d.log.Warnf("Packet count limit (%d) reached. Exiting...", in.limit)
	}
	in.queue.close()
	workers.Wait()
	if err == nil {
		d.lingerAfterFile(ctx, in.limit > 0 && in.count >= in.limit)
	}
	if d.fw != nil {
		close(d.fw.reqs)
	}
	if d.cycles != nil {
		close(d.cycles.reqs)
	}
	fwDone.Wait()
	d.cmdWG.Wait()
	stopHouse()
	house.Wait()
	d.log.Tick(time.Unix(math.MaxInt32, 0))
	if d.fw != nil && srv.FlushIPTAtExit {
		d.log.Warnf("FLUSH_IPT_AT_EXIT Y: removing the firewall chains and every live grant")
		err = errors.Join(err, d.deps.Firewall.Flush(fwCtx))
	}
	return err
}

// yieldEvery is how long a deciding worker runs before it lets other
// goroutines run. Under a flood every worker is always busy, and the
// capture goroutine, back from waiting for packets, would wait for the Go
// scheduler's 10 ms preemption while the kernel's capture buffer fills;
// yielding bounds that wait to about this long plus one decision. Yielding
// after every decision would cost cheap decisions a third more.
const yieldEvery = 200 * time.Microsecond

// work is one deciding worker; it returns once the queue is closed and
// drained.
func (d *Daemon) work(queue *fairQueue) {
	last := time.Now()
	for {
		it, ok := queue.pop()
		if !ok {
			return
		}
		d.decide(it)
		// A file's capture waits for room in the queue, nothing to hurry.
		if !d.deps.Block && time.Since(last) >= yieldEvery {
			runtime.Gosched()
			last = time.Now()
		}
	}
}

func (d *Daemon) decide(it item) {
	now := d.clock.Now()
	st := d.state.Load()
	payload, reason := httpPacket(it.payload, st.cfg.Server)
	if reason != "" {
		it.release()
		d.log.Decision(Event{Time: now, Src: it.meta.Src.Addr(), Reason: reason})
		return
	}
	dec := st.judge.DecideDatagram(payload, it.meta, now)
	startGrantsAt(&dec, now, d.clock.Now())
	if dec.Accept { // rejects are folded under a flood; this line is not
		d.log.packet(it.meta.Src.Addr(), payload)
	}
	d.log.decoded(dec)
	it.release()
	ev := eventOf(dec, now)
	switch {
	case !dec.Accept:
		d.log.Decision(ev)
	case d.opts.Test || dec.TestMode:
		ev.Test = true
		d.log.Decision(ev)
	case dec.Action == access.Open:
		d.fw.reqs <- grantReq{ev: ev, grants: withPrefix(dec.Grants, dec.SourcePrefix)}
	case dec.Action == access.Command:
		d.command(ev, dec, st.cfg)
	case dec.Action == access.Cycle:
		d.cycle(ev, dec, st.cfg)
	}
}

// overflow accounts for a packet the queue had no room for.
func (d *Daemon) overflow(src netip.Addr) {
	d.dropped.Add(1)
	d.log.Decision(Event{Time: d.clock.Now(), Src: src, Reason: ReasonQueueFull})
}

// housekeep writes the per-second reject summary and prunes the replay
// cache every minute.
func (d *Daemon) housekeep(ctx context.Context) {
	t := d.clock.NewTimer(time.Second)
	defer t.Stop()
	lastPrune := d.clock.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C():
			d.log.Tick(now)
			if now.Sub(lastPrune) >= time.Minute {
				lastPrune = now
				if _, err := d.deps.Replay.Prune(); err != nil {
					d.log.Warnf("replay cache: %v", err)
				}
			}
			t.Reset(time.Second)
		}
	}
}

// eventOf turns a Decision into its log event: decoded fields only.
func eventOf(dec access.Decision, now time.Time) Event {
	ev := Event{Time: now, Src: dec.Source, Accept: dec.Accept, Reason: string(dec.Reason),
		AllowIP: dec.AllowIP, Timeout: dec.Timeout, Command: dec.Command, Scope: replayScope(dec),
		stockText: stockDetail(dec.Err)}
	if dec.Accept {
		ev.Action = dec.Action.String()
	}
	if dec.Stanza != nil {
		ev.Stanza = dec.Stanza.Num
	}
	ev.others = refusalEvents(dec, now)
	if dec.Accept && widens(dec.SourcePrefix) {
		ev.GrantPrefix = dec.SourcePrefix
	}
	if dec.Message != nil {
		ev.User = dec.Message.User
	}
	ports := make([]string, len(dec.Ports))
	for i, p := range dec.Ports {
		ports[i] = p.String()
	}
	ev.Access = strings.Join(ports, ",")
	if len(dec.Grants) > 0 {
		ev.Expires = dec.Grants[0].Expires
	}
	return ev
}

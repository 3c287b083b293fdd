package daemon

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"time"

	"github.com/sesame-spa/sesame/server/internal/capture"
	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/replay"
)

// Stdio are the streams a run writes to.
type Stdio struct {
	Stdout io.Writer // --log-json decisions
	Stderr io.Writer // the human log in the foreground
	// Human replaces the human log sink (syslog once in the background).
	Human lineWriter
}

// Run is fwknopd: it loads cfg's files, takes the pid file, opens the
// replay cache, the firewall and the packet source, and serves until ctx is
// done, SIGTERM or SIGINT arrives, the pcap file ends or the packet limit
// is reached. SIGHUP reloads the configuration. ready, if not nil, is
// called once the daemon serves (the background parent waits for it).
func Run(ctx context.Context, opts Options, cfg *Config, stdio Stdio, ready func()) error {
	log := newRunLogger(opts, stdio)
	logConfigWarnings(log, cfg)
	srv := cfg.Server
	pid, err := LockPIDFile(srv.PIDFile)
	if err != nil {
		return err
	}
	defer pid.Close()
	log.Infof("%s%spid file %s", stockStarting, stockSep, srv.PIDFile)

	reportCapabilities(log, opts, cfg)
	store, err := openReplay(opts, srv, log)
	if err == nil {
		store, err = withFleet(opts, srv, store, log)
	}
	if err != nil {
		return fmt.Errorf("replay cache: %w", err)
	}
	defer store.Close()
	deps := Deps{Replay: store, Log: log, Block: opts.PCAPFile != "",
		Runner: ExecRunner{CanSwitchUser: capsOrZero().CanSwitchUser()}}
	if opts.PCAPFile != "" {
		deps.Workers = 1 // decisions in file order, as the stock daemon's
	} else {
		deps.Workers = reserveCaptureP()
	}
	if !opts.Test {
		choice := ChooseBackend(srv)
		log.Warnf("firewall: %s (%s); %s", choice.Backend, choice.Why, FirewallPrograms(srv, choice.Backend))
		if deps.Firewall, err = newTracedFirewall(srv, choice.Backend, log, opts.NoIPTCheck); err != nil {
			return err
		}
		if c, ok := deps.Firewall.(io.Closer); ok {
			defer c.Close()
		}
	}
	if deps.Source, err = openSource(opts, srv); err != nil {
		return stockSourceError(opts, srv, err)
	}
	for _, l := range stockCaptureLines(opts, srv) {
		log.Warnf("%s", l)
	}
	if deps.Source, err = withTCPServer(deps.Source, opts, srv, log); err != nil {
		return err
	}
	d, err := New(opts, cfg, deps)
	if err != nil {
		deps.Source.Close()
		return err
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	// Subscribe before ready: a SIGTERM or SIGHUP sent (by -K or -R) the
	// moment the parent returns must not find Go's default action, which
	// kills the process and leaves the pid file behind.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(sigs)
	go handleSignals(ctx, sigs, stop, d, log)
	log.Warnf("%s%sfwknopd (Sesame) serving: %s; %d access stanzas", stockServing(opts, srv), stockSep, DescribeSource(opts, srv), len(cfg.Access.Stanzas))
	if ready != nil {
		ready()
	}
	exitErr := startIntfWatch(ctx, opts, srv, log, stop)
	err = exitErr(d.Run(ctx))
	log.Warnf("shutting down")
	return err
}

// reserveCaptureP returns how many deciding workers to run, one per core
// (GOMAXPROCS), and raises GOMAXPROCS by one. Under a flood the workers
// keep every P busy; the capture goroutine, back from waiting in libpcap,
// needs a P to run, and waiting for a worker to yield one while the
// process is short of CPU let the kernel's capture buffer overflow and
// drop knocks. The spare P is free for capture (and the firewall worker)
// whenever the OS runs its thread.
func reserveCaptureP() int {
	n := runtime.GOMAXPROCS(0)
	runtime.GOMAXPROCS(n + 1)
	return n
}

func newRunLogger(opts Options, stdio Stdio) *Logger {
	human := stdio.Human
	if human == nil {
		_, journal := os.LookupEnv("JOURNAL_STREAM")
		human = NewTextSink(stdio.Stderr, journal, SystemClock{}.Now)
	}
	var jsonOut io.Writer
	if opts.LogJSON {
		jsonOut = stdio.Stdout
	}
	return NewLogger(human, jsonOut, opts.Verbose)
}

// handleSignals reloads on SIGHUP and stops on SIGTERM or SIGINT, until
// ctx is done.
func handleSignals(ctx context.Context, ch <-chan os.Signal, stop context.CancelFunc, d *Daemon, log *Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case s := <-ch:
			if s == syscall.SIGHUP {
				log.Warnf("%s%sre-reading the configuration", stockSignal(s), stockSep)
				d.Reload()
				continue
			}
			log.Warnf("%s%sexiting (grants stay in the firewall until their expiry)", stockSignal(s), stockSep)
			stop()
			return
		}
	}
}

// openReplay opens the replay cache: the DIGEST_FILE with persistence, in
// memory without (Sesame still refuses replays then, for as long as it
// runs). In test mode the file is copied and the copy used, so that -t
// decides as a live run would, replays included, without recording its
// packets in the live daemon's cache.
func openReplay(opts Options, srv *config.Server, log *Logger) (ReplayStore, error) {
	aging := srv.PacketAging(opts.PCAPFile != "")
	if !srv.EnableDigestPersistence {
		log.Infof("ENABLE_DIGEST_PERSISTENCE N: replays are refused from memory until the daemon stops")
		return newMemCache(srv.MaxSPAPacketAge, aging, SystemClock{}.Now), nil
	}
	path := srv.DigestFile
	var floor time.Time
	if opts.RotateCache && !opts.Test {
		if err := os.Rename(path, path+"-old"); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		// The moved digests are no longer consulted: refuse the packets
		// they could have been, as after a lost cache.
		floor = time.Now()
		log.Warnf("--rotate-digest-cache: moved %s to %s-old; packets stamped at or before %s are refused as possible replays",
			path, path, floor.UTC().Format(time.RFC3339))
	}
	var cleanup func()
	if opts.Test {
		var err error
		if path, cleanup, err = copyForTest(path); err != nil {
			return nil, err
		}
	}
	c, err := replay.Open(path, replay.Options{MaxAge: srv.MaxSPAPacketAge, Aging: aging, Floor: floor,
		NoSync: opts.Test, Warn: func(err error) { log.Warnf("replay cache: %v", err) }})
	if err != nil {
		if cleanup != nil {
			cleanup()
		}
		return nil, err
	}
	if mark, ok := c.Mark(); ok {
		log.Infof("replay cache %s: %d digests; packets stamped at or before %s are refused (older digests were pruned or lost)",
			path, c.Len(), mark.UTC().Format(time.RFC3339))
	} else {
		log.Infof("replay cache %s: %d digests", path, c.Len())
	}
	if cleanup == nil {
		return c, nil
	}
	return &tempStore{Cache: c, cleanup: cleanup}, nil
}

// tempStore is a replay cache on a copy that is removed at Close.
type tempStore struct {
	*replay.Cache
	cleanup func()
}

func (t *tempStore) Close() error {
	err := t.Cache.Close()
	t.cleanup()
	return err
}

func copyForTest(path string) (string, func(), error) {
	dir, err := os.MkdirTemp("", "fwknopd-test-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	dst := filepath.Join(dir, "digest.cache")
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return dst, cleanup, nil
	case err != nil:
		cleanup()
		return "", nil, err
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		cleanup()
		return "", nil, err
	}
	return dst, cleanup, nil
}

// openSource opens the packet source: --pcap-file, the UDP server
// (ENABLE_UDP_SERVER or -U), or libpcap on PCAP_INTF.
func openSource(opts Options, srv *config.Server) (capture.Source, error) {
	switch {
	case opts.PCAPFile != "":
		return capture.OpenFile(opts.PCAPFile, srv.PCAPFilter)
	case opts.UDPServer || srv.EnableUDPServer:
		return capture.ListenUDP(netip.AddrPortFrom(netip.Addr{}, srv.UDPServPort))
	}
	return capture.OpenLive(capture.LiveConfig{Interface: srv.PCAPIntf, Filter: srv.PCAPFilter,
		Snaplen: srv.MaxSniffBytes, Promisc: srv.EnablePCAPPromisc, AnyDirection: srv.EnablePCAPAnyDirection})
}

func describeSource(opts Options, srv *config.Server) string {
	switch {
	case opts.PCAPFile != "":
		return "pcap file " + opts.PCAPFile
	case opts.UDPServer || srv.EnableUDPServer:
		return fmt.Sprintf("UDP server on port %d", srv.UDPServPort)
	}
	return fmt.Sprintf("libpcap on %s, filter %q", srv.PCAPIntf, srv.PCAPFilter)
}

func capsOrZero() Capabilities {
	c, _ := ReadCapabilities()
	return c
}

// reportCapabilities logs which capabilities the process holds and which
// features their absence leaves out.
func reportCapabilities(log *Logger, opts Options, cfg *Config) {
	c, err := ReadCapabilities()
	if err != nil {
		log.Warnf("cannot read capabilities: %v", err)
		return
	}
	live := opts.PCAPFile == "" && !opts.UDPServer && !cfg.Server.EnableUDPServer
	cmdAsOther := slices.ContainsFunc(cfg.Access.Stanzas, func(s *config.Stanza) bool {
		return s.EnableCmdExec && s.CmdExecUser != "" && s.CmdExecUID != uint32(os.Geteuid())
	})
	log.Warnf("capabilities: %s (uid %d)", c, os.Geteuid())
	log.Warnf("capabilities: %s", childrenNote(os.Geteuid()))
	for _, l := range c.limits(!opts.Test, live, cmdAsOther) {
		log.Warnf("capabilities: %s", l)
	}
}

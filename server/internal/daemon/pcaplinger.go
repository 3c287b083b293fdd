package daemon

import (
	"context"
	"time"
)

// lingerAfterFile keeps a --pcap-file run alive, once the file is read and
// decided, until the grants it made have expired and been removed, as the
// stock fwknopd keeps running after its file: otherwise its grants would be
// left with nothing to expire them. A test run (-t, no firewall), the -C
// packet limit, SIGTERM/SIGINT (ctx) and FLUSH_IPT_AT_EXIT end it at once.
func (d *Daemon) lingerAfterFile(ctx context.Context, limitReached bool) {
	if d.opts.PCAPFile == "" || d.fw == nil || limitReached || d.Config().Server.FlushIPTAtExit {
		return
	}
	logged := false
	for {
		// A grant requested by the last decision reaches the firewall
		// within milliseconds; a second's wait sees it.
		t := d.clock.NewTimer(time.Second)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C():
		}
		gs, err := d.deps.Firewall.List(context.WithoutCancel(ctx))
		if err != nil || len(gs) == 0 {
			return
		}
		if !logged {
			d.log.Warnf("pcap file %s read; running until its %d grants expire (SIGTERM stops now)", d.opts.PCAPFile, len(gs))
			logged = true
		}
	}
}

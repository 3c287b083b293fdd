package daemon

import (
	"context"
	"fmt"
	"os"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/childcaps"
)

// command runs an accepted command message in the background, at most
// MaxConcurrentCommands at once, and logs the decision with its outcome.
func (d *Daemon) command(ev Event, dec access.Decision, cfg *Config) {
	if d.deps.Runner == nil {
		ev.Error = "command execution is not available"
		d.log.Decision(ev)
		return
	}
	// A command message is the client's: it keeps no capability.
	c := Command{Line: dec.Command, UID: uint32(os.Geteuid()), GID: uint32(os.Getegid()),
		Timeout: cfg.Server.CmdExecTimeout, Keep: childcaps.None}
	if dec.CmdExecUser != "" && dec.Stanza != nil {
		c.UID, c.GID = dec.Stanza.CmdExecUID, dec.Stanza.CmdExecGID
	}
	select {
	case d.cmdSem <- struct{}{}:
	default:
		ev.Error = fmt.Sprintf("%d commands already running", MaxConcurrentCommands)
		d.log.Decision(ev)
		return
	}
	d.cmdWG.Go(func() {
		defer func() { <-d.cmdSem }()
		code, err := d.deps.Runner.Run(context.Background(), c)
		switch {
		case err != nil:
			ev.Error = stockCommandError(err)
		case code != 0:
			ev.Error = fmt.Sprintf("command exited with status %d", code)
		}
		d.log.Decision(ev)
	})
}

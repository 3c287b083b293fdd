package daemon

import (
	"errors"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/fleetcache"
)

// withFleet puts the fleet's shared replay cache (REPLAY_REDIS_URL) behind
// the local one, and logs where it is, its policy and whether it answers
// (PING). An unreachable Redis does not stop the start: the policy decides
// until it is back. Test mode (-t) records nothing anywhere, so it
// consults the local cache alone. On error local is closed.
func withFleet(opts Options, srv *config.Server, local ReplayStore, log *Logger) (ReplayStore, error) {
	r := srv.Redis
	if r.URL == "" {
		return local, nil
	}
	if opts.Test {
		log.Warnf("shared replay cache: not consulted in test mode (-t records nothing); the local cache decides")
		return local, nil
	}
	c, err := openFleet(srv, local, log)
	if err != nil {
		local.Close()
		return nil, err
	}
	if err := c.Hello(); err != nil {
		log.Warnf("shared replay cache %s: PING failed at start", c.Describe())
	} else {
		log.Warnf("shared replay cache %s: PING ok", c.Describe())
	}
	return c, nil
}

func openFleet(srv *config.Server, local ReplayStore, log *Logger) (*fleetcache.Cache, error) {
	r := srv.Redis
	user, pass, err := srv.RedisCredentials()
	if err != nil {
		return nil, err
	}
	return fleetcache.Open(local, fleetcache.Options{URL: r.URL, Username: user, Password: pass,
		Prefix: r.Prefix, Policy: fleetcache.Policy(r.Policy), Timeout: r.Timeout, MaxAge: srv.MaxSPAPacketAge,
		Warn: func(msg string) { log.Warnf("%s", msg) }, Debug: func(msg string) { log.Debugf("redis client: %s", msg) }})
}

// replayScope says which cache refused a replay: "fleet" for the shared
// one, "local" for the daemon's own; "" for any other decision.
func replayScope(dec access.Decision) string {
	if dec.Reason != access.Replay {
		return ""
	}
	var f interface{ Fleet() bool }
	if errors.As(dec.Err, &f) && f.Fleet() {
		return "fleet"
	}
	return "local"
}

// FleetDump is the shared cache as -D shows it: the URL (never a
// password), prefix, policy and bound, or that there is none.
func FleetDump(srv *config.Server) string {
	r := srv.Redis
	if r.URL == "" {
		return "shared replay cache: none (REPLAY_REDIS_URL not set): each daemon's own cache decides"
	}
	auth := "no password"
	if r.PasswordFile != "" {
		auth = "password from " + r.PasswordFile
	}
	return "shared replay cache: " + fleetcache.Redact(r.URL) + ", prefix " + r.Prefix + ", policy " + r.Policy +
		" (" + policyMeaning(r.Policy) + "), timeout " + r.Timeout.String() + ", " + auth
}

func policyMeaning(p string) string {
	if p == string(fleetcache.PolicyClosed) {
		return "knocks that cannot be recorded fleet-wide are refused"
	}
	return "an outage decides on the local cache alone"
}

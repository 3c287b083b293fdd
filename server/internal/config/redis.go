package config

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// Redis is the fleet's shared replay cache (server/internal/fleetcache):
// the REPLAY_REDIS_* variables. URL "" means none: the local cache alone.
type Redis struct {
	URL          string        // REPLAY_REDIS_URL: redis://host:port[/db] or rediss:// (TLS)
	PasswordFile string        // REPLAY_REDIS_PASSWORD_FILE: "password" or "user password", mode 0600
	Prefix       string        // REPLAY_REDIS_PREFIX (sesame:replay:)
	Policy       string        // REPLAY_REDIS_POLICY: local (default) or closed
	Timeout      time.Duration // REPLAY_REDIS_TIMEOUT in ms (25)
}

// Defaults of the REPLAY_REDIS_* variables (fleetcache's).
const (
	defaultRedisPrefix  = "sesame:replay:"
	defaultRedisPolicy  = "local"
	defaultRedisTimeout = 25 * time.Millisecond
	maxRedisTimeout     = 10000 // ms
	maxPasswordFileSize = 4096
)

func defaultRedis() Redis {
	return Redis{Prefix: defaultRedisPrefix, Policy: defaultRedisPolicy, Timeout: defaultRedisTimeout}
}

// checkRedisURL accepts redis:// and rediss:// without a password: the
// password goes in REPLAY_REDIS_PASSWORD_FILE, never in a file others may
// read or a log line.
func checkRedisURL(v string) error {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
		return badValue("want redis://host:port[/db] or rediss://host:port[/db], got %s", quote(redactURL(v)))
	}
	if _, has := u.User.Password(); has {
		return badValue("the URL holds a password: put it in REPLAY_REDIS_PASSWORD_FILE (mode 0600)")
	}
	return nil
}

// redactURL drops a password from a URL shown in a message.
func redactURL(v string) string {
	if i := strings.LastIndexByte(v, '@'); i >= 0 {
		if j := strings.Index(v, "://"); j >= 0 && j < i {
			return v[:j+3] + "(credentials)" + v[i:]
		}
		return "(unparsable URL)"
	}
	return v
}

func checkRedisPrefix(v string) error {
	if strings.ContainsAny(v, " \t") || len(v) > 128 {
		return badValue("want at most 128 characters without blanks, got %s", quote(v))
	}
	return nil
}

func checkRedisPolicy(v string) error {
	if v != "local" && v != "closed" {
		return badValue("want closed or local, got %s", quote(v))
	}
	return nil
}

// RedisCredentials reads REPLAY_REDIS_PASSWORD_FILE: one line, "password"
// or "user password" (an ACL user). The file must be a regular file that
// neither group nor others can read or write (0600 or 0400); an error names
// the place of the setting and the file, never its content. No file: no
// credentials.
func (s *Server) RedisCredentials() (user, password string, err error) {
	return s.redisCredentials(osFS{})
}

func (s *Server) redisCredentials(fsys fileSystem) (user, password string, err error) {
	path := s.Redis.PasswordFile
	if path == "" {
		return "", "", nil
	}
	file, line := splitPlace(s.set["REPLAY_REDIS_PASSWORD_FILE"])
	refuse := func(format string, a ...any) error {
		return errorf(ErrFile, file, line, "REPLAY_REDIS_PASSWORD_FILE %s: %s", path, fmt.Sprintf(format, a...))
	}
	fi, err := fsys.Stat(path)
	if err != nil {
		return "", "", refuse("cannot read: %s", errText(err))
	}
	if !fi.Mode().IsRegular() {
		return "", "", refuse("not a regular file")
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return "", "", refuse("permissions %s: group or others may access it; want 0600", octal(perm))
	}
	f, err := fsys.Open(path)
	if err != nil {
		return "", "", refuse("cannot read: %s", errText(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPasswordFileSize+1))
	if err != nil {
		return "", "", refuse("cannot read: %s", errText(err))
	}
	if len(b) > maxPasswordFileSize {
		return "", "", refuse("larger than %d bytes", maxPasswordFileSize)
	}
	fields := strings.Fields(strings.TrimSpace(string(b)))
	switch len(fields) {
	case 1:
		return "", fields[0], nil
	case 2:
		return fields[0], fields[1], nil
	}
	return "", "", refuse("want one line: \"password\" or \"user password\"")
}

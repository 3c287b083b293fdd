package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func redisConf(t *testing.T, body string) *Server {
	t.Helper()
	p := filepath.Join(t.TempDir(), "fwknopd.conf")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	s, _, err := LoadServer(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRedisDefaults(t *testing.T) {
	s := NewServer()
	if s.Redis.URL != "" || s.Redis.Policy != "local" || s.Redis.Prefix != "sesame:replay:" || s.Redis.Timeout.Milliseconds() != 25 {
		t.Fatalf("%+v", s.Redis)
	}
}

func TestRedisURLRefused(t *testing.T) {
	for _, v := range []string{"http://h:1", "redis://", "redis://u:hunter2@h:6379"} {
		_, _, err := ParseServer(strings.NewReader("REPLAY_REDIS_URL "+v+"\n"), "f.conf")
		if err == nil || !strings.Contains(err.Error(), "f.conf:1") || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%s: %v", v, err)
		}
	}
	if _, _, err := ParseServer(strings.NewReader("REPLAY_REDIS_POLICY open\n"), "f.conf"); err == nil {
		t.Error("policy open accepted")
	}
}

// The password file: 0600 only, refused at the place of the setting,
// never quoting its content.
func TestRedisPasswordFile(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "redis.pw")
	s := redisConf(t, "REPLAY_REDIS_URL redis://127.0.0.1:6379\n\nREPLAY_REDIS_PASSWORD_FILE "+pw+"\n")
	for _, c := range []struct {
		body       string
		mode       os.FileMode
		user, pass string
		err        string
	}{
		{"hunter2\n", 0o600, "", "hunter2", ""},
		{"fwknopd hunter2\n", 0o400, "fwknopd", "hunter2", ""},
		{"hunter2\n", 0o640, "", "", "permissions 0640"},
		{"hunter2\n", 0o604, "", "", "permissions 0604"},
		{"a b hunter2\n", 0o600, "", "", "want one line"},
		{"", 0o600, "", "", "want one line"},
	} {
		os.Remove(pw)
		if err := os.WriteFile(pw, []byte(c.body), c.mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(pw, c.mode)
		u, p, err := s.RedisCredentials()
		if c.err == "" {
			if err != nil || u != c.user || p != c.pass {
				t.Errorf("%q %o: %q %q %v", c.body, c.mode, u, p, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "fwknopd.conf:3") ||
			strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%q %o: got %v, want %q at fwknopd.conf:3", c.body, c.mode, err, c.err)
		}
	}
	os.Remove(pw)
	if _, _, err := s.RedisCredentials(); err == nil || !strings.Contains(err.Error(), "cannot read") {
		t.Errorf("missing file: %v", err)
	}
}

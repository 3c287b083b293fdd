package guilocale

import "testing"

func TestFix(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"LANG": "C.UTF-8"}, true},
		{map[string]string{"LANG": "POSIX.utf8"}, true},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, true},
		// go-locale handles these itself; nothing to do.
		{map[string]string{"LANG": "C"}, false},
		{map[string]string{}, false},
		// A real locale, or a user's own LANGUAGE, is left alone.
		{map[string]string{"LANG": "de_DE.UTF-8"}, false},
		{map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C.UTF-8"}, false},
		{map[string]string{"LC_MESSAGES": "pt_BR.UTF-8", "LANG": "C.UTF-8"}, false},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, false},
	} {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		got := Fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if got != c.want {
			t.Errorf("Fix(%v) = %v, want %v", c.env, got, c.want)
		}
		if want := map[bool]string{true: "en", false: c.env["LANGUAGE"]}[c.want]; env["LANGUAGE"] != want {
			t.Errorf("Fix(%v): LANGUAGE = %q, want %q", c.env, env["LANGUAGE"], want)
		}
	}
}

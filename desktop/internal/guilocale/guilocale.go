// Package guilocale keeps Fyne from logging an error at every start on a
// system whose locale is C.UTF-8 or POSIX.UTF-8 (Debian's default in
// containers, CI and many servers).
//
// Fyne's lang package reads the locale in its package init through
// github.com/jeandeaual/go-locale, which knows "C" and "POSIX" but turns
// "C.UTF-8" into the language tag "C", fails to parse it, and logs
// "Fyne error: Error parsing user locale C" — before main runs, so even
// `sesame-gui knock` printed it. Importing this package from the GUI build
// runs its init first (Go initialises a ready package with the smaller
// import path first, and fyne.io/fyne/v2/lang waits for golang.org/x/text,
// which sorts after this package), and there it sets LANGUAGE=en when the
// locale is such a C locale and LANGUAGE is unset: go-locale then reads
// "en", which is what the C locale means for messages.
//
// Children (the terminal running ssh) inherit LANGUAGE=en. Under a C
// locale gettext shows untranslated, that is English, messages anyway,
// so nothing they print changes.
package guilocale

import (
	"os"
	"strings"
)

func init() { Fix(os.Getenv, os.Setenv) }

// Fix sets LANGUAGE=en through setenv when the locale that getenv reports
// (LC_ALL, then LC_MESSAGES, then LANG, the order go-locale reads them)
// is C or POSIX with a codeset, and LANGUAGE is empty. It reports whether
// it set it.
func Fix(getenv func(string) string, setenv func(string, string) error) bool {
	if getenv("LANGUAGE") != "" {
		return false
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		lang, _, found := strings.Cut(v, ".")
		if !found || (lang != "C" && lang != "POSIX") {
			return false
		}
		return setenv("LANGUAGE", "en") == nil
	}
	return false
}

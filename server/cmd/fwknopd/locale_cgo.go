//go:build cgo

package main

/*
#include <locale.h>
#include <stdlib.h>
#include <string.h>

// locale_ok reports whether setlocale(LC_ALL, name) succeeds, and puts the
// process's locale back as it was.
static int locale_ok(const char *name) {
	char *old = setlocale(LC_ALL, NULL);
	char *saved = old ? strdup(old) : NULL;
	int ok = setlocale(LC_ALL, name) != NULL;
	if (saved) {
		setlocale(LC_ALL, saved);
		free(saved);
	}
	return ok;
}
*/
import "C"

import "unsafe"

// localeAvailable asks libc, as the stock's setlocale does, whether name
// is a locale this system has.
func localeAvailable(name string) bool {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	return C.locale_ok(cs) != 0
}

package profile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// lineModes are the encryption modes the enc field carries: every
// Rijndael mode the client sends (fwknop's -M), CBC first. GPG
// (Asymmetric) is not one: the line has no GPG fields.
var lineModes = []spa.Mode{spa.CBC, spa.Legacy, spa.ECB, spa.CFB, spa.OFB, spa.CTR}

// modeList names lineModes for error messages: "cbc, legacy, ecb, ...".
var modeList = func() string {
	names := make([]string, len(lineModes))
	for i, m := range lineModes {
		names[i] = m.String()
	}
	return strings.Join(names, ", ")
}()

func isLineMode(m spa.Mode) bool {
	for _, x := range lineModes {
		if m == x {
			return true
		}
	}
	return false
}

// parseMode reads the enc field: one of lineModes, written exactly as
// spa.Mode.String writes it (lower case). The modes no line carries are
// refused with the reason.
func parseMode(s string) (spa.Mode, error) {
	for _, m := range lineModes {
		if s == m.String() {
			return m, nil
		}
	}
	switch s {
	case "gpg", "asymmetric":
		return 0, errors.New("GPG is not carried by a profile line: set up the GPG keys in the app and write the rest of the profile by hand")
	case "pcbc":
		// fwknop lists PCBC but has no code for it: its client refuses
		// it, so no server could open such a packet.
		return 0, errors.New("pcbc is not implemented by fwknop 2.6 (its client refuses it too): use one of " + modeList)
	}
	return 0, fmt.Errorf("want %s, got %q", modeList, s)
}

// LineModes returns the encryption modes a profile line carries, CBC
// first, for a program that offers them (the desktop editor's choices).
func LineModes() []spa.Mode { return append([]spa.Mode(nil), lineModes...) }

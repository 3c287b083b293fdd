package config

import (
	"errors"
	"fmt"
	"strings"
)

// stockAccessName is an access.conf variable's name as the stock parser
// reads it: cut at its last colon, so "SOURCE:" is SOURCE (fwknop's suite
// writes "SOURCE: ANY;" in some of its files).
func stockAccessName(name string) string {
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		return name[:i]
	}
	return name
}

// maxIPv4Text is the stock's MAX_IPV4_STR_LEN: access.c refuses a SOURCE or
// DESTINATION item without a mask this long or longer before parsing it.
const maxIPv4Text = 16

// notAnAddress is the refusal of a SOURCE or DESTINATION item that is no
// address, in the stock's words for it (access.c's add_source_mask): an
// item too long for an IPv4 address is "Error parsing string to IP", any
// other one "Fatal error parsing IP to int for: ITEM". fwknop's test suite
// greps both.
func notAnAddress(item, addrText string, hasMask bool) error {
	if !hasMask && len(addrText) >= maxIPv4Text {
		return badValue("Error parsing string to IP: not an address or network: %s", quote(item))
	}
	return badValue("Fatal error parsing IP to int for: %s", quote(item))
}

// stockListVars are the access.conf lists whose refusal the stock ends
// with "Fatal invalid NAME in access stanza" (access.c's
// expand_acc_ent_lists); fwknop's suite greps "Fatal invalid".
var stockListVars = map[string]bool{"SOURCE": true, "DESTINATION": true, "OPEN_PORTS": true,
	"RESTRICT_PORTS": true, "GPG_REMOTE_ID": true, "GPG_FINGERPRINT_ID": true}

// stockListError adds the stock's closing words to a list's refusal.
func stockListError(name string, err error) error {
	var ve *valueError
	if !stockListVars[name] || !errors.As(err, &ve) || ve.rng != nil || ve.lead {
		return err
	}
	c := *ve
	c.msg = fmt.Sprintf("%s: Fatal invalid %s in access stanza", ve.msg, name)
	return &c
}

// lookupExecGroup reads CMD_EXEC_GROUP: a group's name or, as the stock
// reads it (access.c looks the name up with getpwnam), a user's name
// standing for that user's primary group. fwknop's suite writes
// "CMD_EXEC_GROUP nobody", which on Debian is a user whose group is
// nogroup.
func lookupExecGroup(users userDB, name string) (uint32, error) {
	if gid, err := users.LookupGroup(name); err == nil {
		return gid, nil
	}
	_, gid, err := users.LookupUser(name)
	return gid, err
}

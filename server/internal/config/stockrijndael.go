package config

import "strings"

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

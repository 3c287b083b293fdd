package main

import (
	"fmt"
	"io"
)

// dumpErrCodes is --dump-serv-err-codes.
const dumpErrCodes action = iota + 200

// serverErrors are the stock fwknopd's error codes and texts
// (fwknopd_errors.h), as --dump-serv-err-codes lists them; fwknop's test
// suite and scripts written for the stock daemon read the list. Sesame's
// own reasons are in --log-json (server/internal/access/reason.go).
var serverErrors = []struct {
	code int
	text string
}{
	{0x1000, "Data is not a valid SPA message format"},
	{0x1001, "Not enough data to be a valid SPA message"},
	{0x1002, "Data is not an SPA message"},
	{0x1003, "SPA via HTTP request, but ENABLE_SPA_OVER_HTTP is not set"},
	{0x1004, "Error creating FKO context for incoming data."},
	{0x1005, "Unable to retrieve digest from the SPA data."},
	{0x1006, "Error trying to access the digest.cache file"},
	{0x1007, "Detected SPA message replay"},
	{0x1008, "SPA message timestamp is outside the allowable window"},
	{0x1009, "SPA message did not pass access checks"},
	{0x100a, "An error occurred while executing an SPA command message"},
	{0x100b, "Unsupported SPA message operation"},
	{0x100c, "Undefined/unknown fwknopd Error"},
	{0x100d, "General SPA message processing error"},
	{0x2000, "An error occurred while tring to add a firewall rule"},
	{0x2001, "An error occurred while tring to delete a firewall rule"},
	{0x2002, "Unknown/unclassified firewall rule processing error"},
}

// dumpServerErrors prints the list as the stock does.
func dumpServerErrors(w io.Writer) {
	for _, e := range serverErrors {
		fmt.Fprintf(w, "err code: %d, err string: '%s'\n", e.code, e.text)
	}
}

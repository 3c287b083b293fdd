package config

import (
	"path/filepath"
	"slices"
)

// checkAbsolute refuses a relative path where the stock daemon does
// (FWKNOP_RUN_DIR: "Path '...' is not absolute."): a daemon's working
// directory is no place to keep its state.
func checkAbsolute(v string) error {
	if !filepath.IsAbs(v) {
		return badValue("path %s is not absolute", quote(v))
	}
	return nil
}

// chainTargets are the targets the stock's chains use (ACCEPT for the
// filter chains, DNAT, SNAT and MASQUERADE for the nat ones) and the other
// verdicts an administrator may pick.
var chainTargets = []string{"ACCEPT", "DROP", "REJECT", "RETURN", "DNAT", "SNAT", "MASQUERADE"}

// checkTarget refuses a chain target iptables would refuse at the first
// grant ("AACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1"), so that the typo
// is found at its file:line when the configuration loads.
func checkTarget(t string) error {
	if !slices.Contains(chainTargets, t) {
		return badValue("unknown target %s, want one of %v", quote(t), chainTargets)
	}
	return nil
}

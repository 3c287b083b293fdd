package config

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
)

// checkFirewallExe refuses, at its file:line, a FIREWALL_EXE that the
// iptables backend could not run: a relative path, a missing file, a
// directory, a file without execute permission, or a program whose name
// does not start with "iptables" (iptables, iptables-legacy, iptables-nft;
// the ip6tables counterpart is derived from that name) or is one of the
// tools beside it (iptables-save, iptables-legacy-restore, ...). The daemon still
// runs the program with --version before using it. With FIREWALL_BACKEND
// nftables, FIREWALL_EXE is not used: a warning, not an error. The stock
// default is not checked here: the daemon falls back to iptables in PATH
// where /usr/sbin/iptables is missing.
func (s *Server) checkFirewallExe(fsys fileSystem) (*Warning, error) {
	where, ok := s.set["FIREWALL_EXE"]
	if !ok {
		return nil, nil
	}
	file, line := splitPlace(where)
	if s.IsSet("FIREWALL_BACKEND") && s.FirewallBackend == NFTables {
		return &Warning{File: file, Line: line, Msg: "FIREWALL_EXE is not used with FIREWALL_BACKEND nftables (the nftables backend works over netlink)"}, nil
	}
	if err := checkIPTablesExe(fsys, s.FirewallExe); err != nil {
		return nil, at(err, file, line, "FIREWALL_EXE")
	}
	return nil, nil
}

// siblingTools are the programs installed beside iptables whose names
// start with "iptables" but that take other arguments.
var siblingTools = []string{"-save", "-restore", "-apply", "-translate"}

func checkIPTablesExe(fsys fileSystem, exe string) error {
	if !filepath.IsAbs(exe) {
		return badValue("%s is not an absolute path", quote(exe))
	}
	base := filepath.Base(exe)
	if !strings.HasPrefix(base, "iptables") {
		return badValue("%s is not an iptables program: the name must start with \"iptables\" (iptables, iptables-legacy, iptables-nft)", quote(exe))
	}
	for _, tool := range siblingTools {
		if strings.Contains(base, tool) {
			return badValue("%s is not an iptables program but iptables%s (want iptables, iptables-legacy or iptables-nft)", quote(exe), tool)
		}
	}
	fi, err := fsys.Stat(exe)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return badValue("%s does not exist", quote(exe))
	case err != nil:
		return badValue("%s: %v", quote(exe), err)
	case !fi.Mode().IsRegular():
		return badValue("%s is not a regular file", quote(exe))
	case fi.Mode().Perm()&0o111 == 0:
		return badValue("%s is not executable (mode %04o)", quote(exe), fi.Mode().Perm())
	}
	return nil
}

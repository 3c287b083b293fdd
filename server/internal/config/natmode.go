package config

import "io"

// NAT access variables against fwknopd.conf's NAT modes.
//
// The stock parser refuses FORCE_NAT and FORCE_SNAT at their line, before
// reading the value, when fwknopd.conf has neither ENABLE_IPT_FORWARDING
// nor ENABLE_IPT_LOCAL_NAT (access.c): "FORCE_NAT requires either
// ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf". Reading
// access.conf for a known server configuration (LoadAccessFor,
// ParseAccessFor) does the same; LoadAccess, with no server configuration
// at hand, leaves the check to Access.Validate.

// LoadAccessFor is LoadAccess for the server configuration srv.
func LoadAccessFor(path string, srv *Server) (*Access, []Warning, error) {
	p := newAccessParser(osFS{}, osUsers{})
	p.natOff = natModesOff(srv)
	if err := p.includeFile(path, "", 0); err != nil {
		return nil, nil, err
	}
	return p.finish(path)
}

// ParseAccessFor is ParseAccess for the server configuration srv.
func ParseAccessFor(r io.Reader, name string, srv *Server) (*Access, []Warning, error) {
	p := newAccessParser(osFS{}, osUsers{})
	p.natOff = natModesOff(srv)
	if err := p.parseFile(r, name); err != nil {
		return nil, nil, err
	}
	return p.finish(name)
}

func natModesOff(srv *Server) bool {
	return srv != nil && !srv.EnableIPTForwarding && !srv.EnableIPTLocalNAT
}

// needNATMode refuses a NAT variable when the server has no NAT mode on,
// in the stock's words (the caller adds file:line and the name).
func (p *accessParser) needNATMode() error {
	if !p.natOff {
		return nil
	}
	return &valueError{sentinel: ErrConflict, lead: true,
		msg: "requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf"}
}

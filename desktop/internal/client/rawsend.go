package client

import "io"

// sendRaw is the send stage of the raw transports (-P udpraw, tcpraw,
// icmp): the IPv4 packet, from -Q's address or the route's own, built and
// written through s.
func sendRaw(s *rawSocket, k *Knock, rand io.Reader) error {
	dst := k.Target.Addr
	src := k.Options.SpoofSource
	if !src.IsValid() {
		var err error
		if src, err = routeSource(dst); err != nil {
			return err
		}
	}
	p, err := newRawPacket(k.Options, src, dst, k.Packet, rand)
	if err != nil {
		return err
	}
	pkt, err := p.serialize()
	if err != nil {
		return err
	}
	return s.send(pkt, dst.Addr())
}

package capture

import (
	"encoding/binary"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// FilterPassesTCP reports whether filter (PCAP_FILTER) lets a TCP segment
// with data to port through: with the TCP server and libpcap, a filter
// that does not (the default "udp port 62201") never shows the capture a
// packet sent over TCP. It tries an IPv4 segment only (compiled for raw
// IPv4, where an IPv6-only filter is an error); an error means the answer
// is unknown: libpcap is missing or refused the filter there.
func FilterPassesTCP(filter string, port uint16) (bool, error) {
	m, err := newMatcher(layers.LinkTypeIPv4, filter)
	if err != nil || m == nil {
		return m == nil && err == nil, err
	}
	seg := tcpSegment(port)
	return m(gopacket.CaptureInfo{CaptureLength: len(seg), Length: len(seg)}, seg), nil
}

// tcpSegment is an IPv4 TCP segment (PSH, ACK) carrying one byte of data,
// from 198.51.100.7:40000 to 198.51.100.1:port.
func tcpSegment(port uint16) []byte {
	b := make([]byte, 20+20+1)
	b[0], b[8], b[9] = 0x45, 64, 6 // version 4, 20-byte header; TTL; TCP
	binary.BigEndian.PutUint16(b[2:], uint16(len(b)))
	copy(b[12:], []byte{198, 51, 100, 7, 198, 51, 100, 1})
	tcp := b[20:]
	binary.BigEndian.PutUint16(tcp[0:], 40000)
	binary.BigEndian.PutUint16(tcp[2:], port)
	tcp[12], tcp[13] = 5<<4, 0x18 // 20-byte header; PSH, ACK
	binary.BigEndian.PutUint16(tcp[14:], 65535)
	tcp[20] = 'x'
	return b
}

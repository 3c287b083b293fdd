// Package capture hands the daemon every payload that may carry an SPA
// packet, from one of three sources: a live libpcap capture (Live, the stock
// fwknopd's way), a plain UDP socket (UDPServer, ENABLE_UDP_SERVER) or a
// pcap or pcapng file (File, --pcap-file). Each source delivers IPv4 and IPv6
// alike to one Handler as a *Packet with its addresses, protocol and time.
// TCPServer (ENABLE_TCP_SERVER) accepts connections beside either live
// source: with libpcap it only completes the handshake so that the capture
// sees the packet; beside the UDP server it reads and delivers the packet
// itself. Join runs two sources as one.
//
// A source does no SPA checks beyond skipping empty payloads: length,
// alphabet and everything else belong to the pipeline, so that all sources
// are judged the same way. Live and File deliver a payload exactly as the IP
// and transport headers frame it and skip frames that are truncated by the
// snap length, malformed, IP fragments or tunnelled; UDPServer delivers what
// the kernel hands its socket, at most MaxPayload bytes of it (the stock
// daemon's recvfrom limit: a longer datagram is cut, not dropped).
//
// Ownership and concurrency: a source calls its Handler from the goroutine
// running Run, one packet at a time, and reuses both the Packet and the
// bytes of Payload for the next packet, so a Handler must copy whatever it
// keeps after it returns. Run stops when its context is cancelled — a
// Handler may cancel it to stop after the current packet, and no packet is
// delivered once the context is done. A source is for one Run; Close frees it
// when Run is never called, and must not be called while Run is running.
package capture

import (
	"context"
	"errors"
	"net/netip"
	"time"
)

// IP protocol numbers a Packet can carry.
const (
	ProtoICMP uint8 = 1
	ProtoTCP  uint8 = 6
	ProtoUDP  uint8 = 17
)

// DefaultFilter is the stock PCAP_FILTER; libpcap compiles it to match UDP
// to or from port 62201 over IPv4 and IPv6 alike.
const DefaultFilter = "udp port 62201"

// MaxPayload is the stock MAX_SPA_PACKET_LEN: UDPServer reads at most this
// many bytes of a datagram.
const MaxPayload = 1500

// Packet is one payload with where it came from.
type Packet struct {
	// Payload is the transport payload: UDP data, TCP segment data, or the
	// bytes after the 8-byte ICMP header, as the stock daemon takes them.
	// Never empty. Valid only until the Handler returns.
	Payload []byte
	// Src and Dst are the IP addresses and ports of the packet. IPv4
	// addresses are plain 4-byte addresses, never IPv4-mapped IPv6. Ports
	// are zero for ICMP.
	Src, Dst netip.AddrPort
	// Proto is ProtoUDP, ProtoTCP or ProtoICMP.
	Proto uint8
	// Time is when the packet was captured: the kernel's timestamp for Live,
	// the file's for File, the time of the read for UDPServer.
	Time time.Time
}

// LiveConfig is the part of fwknopd.conf that shapes a live capture.
type LiveConfig struct {
	Interface    string // PCAP_INTF; "any" captures on every interface
	Filter       string // PCAP_FILTER, compiled into the kernel; "" captures everything
	Snaplen      int    // MAX_SNIFF_BYTES; 0 means 1500
	Promisc      bool   // ENABLE_PCAP_PROMISC
	AnyDirection bool   // ENABLE_PCAP_ANY_DIRECTION: also packets the host sends
}

// Handler receives each packet. It must not keep p or p.Payload after it
// returns.
type Handler func(p *Packet)

// Source is what Live, UDPServer and File have in common.
type Source interface {
	// Run delivers packets to h until ctx is done (then it returns nil), the
	// end of a file (nil), or a read error. It closes the source on return.
	Run(ctx context.Context, h Handler) error
	// Close frees a source whose Run was never called. It is idempotent.
	Close() error
}

var (
	// ErrLinkType means the capture's data link type is not one Sesame
	// decodes (Ethernet, Linux cooked v1/v2, BSD loopback, raw IP).
	ErrLinkType = errors.New("capture: unsupported data link type")
	// ErrNoLibpcap means the binary was built without cgo, so neither live
	// capture nor BPF filters are available.
	ErrNoLibpcap = errors.New("capture: built without libpcap (cgo disabled)")
	// ErrFilter means libpcap refused the BPF filter expression
	// (PCAP_FILTER).
	ErrFilter = errors.New("capture: bad filter")
)

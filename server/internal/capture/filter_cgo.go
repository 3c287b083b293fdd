//go:build cgo

package capture

import (
	"fmt"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcap"
)

// matcher reports whether a captured frame passes the filter.
type matcher func(ci gopacket.CaptureInfo, frame []byte) bool

// newMatcher compiles filter with libpcap for frames of link type lt, so a
// file is filtered exactly as the stock daemon's pcap_open_offline handle
// filters it. An empty filter matches everything (nil matcher).
func newMatcher(lt layers.LinkType, filter string) (matcher, error) {
	if filter == "" {
		return nil, nil
	}
	bpf, err := pcap.NewBPF(lt, maxSnaplen, filter)
	if err != nil {
		return nil, fmt.Errorf("%w %q: %v", ErrFilter, filter, err)
	}
	return bpf.Matches, nil
}

// maxSnaplen is libpcap's MAXIMUM_SNAPLEN: filters on files are compiled for
// whole frames.
const maxSnaplen = 262144

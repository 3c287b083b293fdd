//go:build !cgo

package capture

import (
	"fmt"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// matcher reports whether a captured frame passes the filter.
type matcher func(ci gopacket.CaptureInfo, frame []byte) bool

// newMatcher needs libpcap's BPF compiler for any filter but the empty one,
// which matches everything (nil matcher).
func newMatcher(_ layers.LinkType, filter string) (matcher, error) {
	if filter == "" {
		return nil, nil
	}
	return nil, fmt.Errorf("filter %q: %w", filter, ErrNoLibpcap)
}

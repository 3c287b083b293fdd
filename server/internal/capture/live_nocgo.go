//go:build !cgo

package capture

import (
	"context"
	"fmt"
)

// Live is a libpcap capture; without cgo there is none, and OpenLive
// returns ErrNoLibpcap.
type Live struct{}

// OpenLive reports that live capture needs a cgo build.
func OpenLive(cfg LiveConfig) (*Live, error) {
	return nil, fmt.Errorf("interface %s: %w", cfg.Interface, ErrNoLibpcap)
}

// Run reports that live capture needs a cgo build.
func (*Live) Run(context.Context, Handler) error { return ErrNoLibpcap }

// Close does nothing.
func (*Live) Close() error { return nil }
